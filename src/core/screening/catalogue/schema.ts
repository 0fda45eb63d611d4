import { z } from 'zod';
import { CONTEXTS, DIMENSION_IDS, FACT_IDS, PHASES, VERIFICATION } from '../../contract';

// The indicator catalogue is legal and research knowledge, so it is data with a citation on
// every record and a schema that checks it when the module loads (STYLE.md principle 5).

export const STRENGTHS = ['strong', 'medium', 'weak'] as const;
export type Strength = (typeof STRENGTHS)[number];

/** The four ILO 2009 lists: adults/children × labour/sexual exploitation. */
export const PROFILES = ['adult-labour', 'adult-sexual', 'child-labour', 'child-sexual'] as const;
export type Profile = (typeof PROFILES)[number];

export const LAST_REVIEWED = '2026-11-28';

const bilingual = z.strictObject({ en: z.string().min(1), fr: z.string().min(1) });
export type Bilingual = z.infer<typeof bilingual>;

export const citationSchema = z.strictObject({
  source: z.string().min(1),
  pinpoint: z.string().min(1),
  url: z.url().optional(),
  verification: z.enum(VERIFICATION),
  lastReviewed: z.literal(LAST_REVIEWED),
  /** The provision's own words, machine-checked against the official XML (src/core/law/quotes.ts, ADR 0014). */
  quote: z.string().min(1).optional(),
});
export type Citation = z.infer<typeof citationSchema>;

const perProfile = <T extends z.ZodType>(value: T) =>
  z.strictObject({ 'adult-labour': value, 'adult-sexual': value, 'child-labour': value, 'child-sexual': value });

/** One place where a fact counts as an ILO indicator: a dimension, in a phase, with a weight per list. */
export const weightingSchema = z.strictObject({
  dimension: z.enum(DIMENSION_IDS),
  phase: z.enum(PHASES),
  /** The ILO 2009 item this fact stands for, in the brochure's words (paraphrased). */
  iloItem: z.string().min(1),
  strength: perProfile(z.enum(STRENGTHS)),
  /** How far each weight was checked against the ILO 2009 brochure itself. */
  strengthVerification: perProfile(z.enum(VERIFICATION)),
});
export type Weighting = z.infer<typeof weightingSchema>;

/**
 * ilo-indicator: weighted in an ILO 2009 element; legal-element: read by a legal test; red-flag: a
 * front-line warning sign, shown and asked about but never weighted; observation: what the
 * practitioner notices (never a question to the client), shown only, never weighted or read by a rule.
 */
const INDICATOR_KINDS = ['ilo-indicator', 'legal-element', 'red-flag', 'observation'] as const;

export const indicatorSchema = z.strictObject({
  id: z.enum(FACT_IDS as [string, ...string[]]),
  kind: z.enum(INDICATOR_KINDS),
  weightings: z.array(weightingSchema),
  /** Contexts in which the question is worth asking; empty means every context. */
  contexts: z.array(z.enum(CONTEXTS)),
  practitioner: bilingual,
  question: bilingual,
  why: bilingual,
  citations: z.array(citationSchema).min(1),
});
export type Indicator = z.infer<typeof indicatorSchema>;
