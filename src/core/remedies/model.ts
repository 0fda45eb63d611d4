// The shape of remedies knowledge: typed data, validated by zod when the catalogue loads.
// Every rule and value is a dated fact: it carries citations, the period it is in force
// (`effective.from` .. `effective.until`, both inclusive), the day someone last checked it
// against its source, and how good that source is.
import { z } from 'zod';
import {
  CONSENT_KEYS,
  ELIGIBILITY,
  GOALS,
  IMMIGRATION_STATUSES,
  PROVINCES,
  REMEDY_IDS,
  RISK_IDS,
  RISK_LEVELS,
  type CaseFacts,
  type Eligibility,
  type Province,
  type RiskId,
  type RiskLevel,
} from '../contract';
import { isIsoDate, type IsoDate } from '../dates/iso-date';
import type { ScreeningResult } from '../screening';

/**
 * The federal periods a deadline rule may name (DeadlineRule.period; periodAt in periods.ts). Their
 * values, versions and citations are data: the `periods` of jurisdictions/federal/federal.json.
 * Written here, beside the schema that checks that file: periods.ts loads the file through that
 * schema, so the list cannot live there without an import cycle.
 */
export const PERIOD_IDS = [
  // Leave and judicial review at the Federal Court of a decision made in Canada (H&C, PRRA, refugee decisions).
  'judicial-review-in-canada',
  // Applying for employment insurance after earnings stop.
  'employment-insurance-claim',
  // The one-year bar on refugee claims (IRPA s. 101(1)(b.1)).
  'refugee-claim-one-year',
  // The Basis of Claim form of a claim made at a port of entry (IRPR s. 159.8(2)).
  'refugee-basis-of-claim-port-of-entry',
  // Contract additions of December 2026: the Refugee Appeal Division's two time limits (IRPR s. 159.91).
  'rad-appeal-filing',
  'rad-appeal-perfecting',
] as const;
export type PeriodId = (typeof PERIOD_IDS)[number];

export const VERIFICATIONS = ['official-text', 'secondary', 'unverified'] as const;
export type VerificationStatus = (typeof VERIFICATIONS)[number];

export const JURISDICTION_CODES = ['federal', ...PROVINCES] as const;
export type JurisdictionCode = (typeof JURISDICTION_CODES)[number];

export const isoDate = z.string().refine((s): boolean => isIsoDate(s), { error: 'expected a calendar date in YYYY-MM-DD form' });

export const localizedSchema = z.strictObject({ en: z.string().min(1), fr: z.string().min(1) });
export type Localized = z.infer<typeof localizedSchema>;

export const citationSchema = z.strictObject({
  source: z.string().min(1),
  pinpoint: z.string().min(1),
  url: z.url().optional(),
  verification: z.enum(VERIFICATIONS),
  /** The day the source was read, or null: nobody recorded it (REVIEW_DATE_NOT_RECORDED, shown and counted as such). */
  lastReviewed: isoDate.nullable(),
  /** The provision's own words, from src/core/law/quotes.ts; present only where a program checked them against the official XML (ADR 0014). */
  quote: z.string().min(1).optional(),
  /** The provision's official French wording, for readers in French; Quebec and New Brunswick enact both languages. Read by hand in the official text or a faithful copy, as the source says. */
  quoteFr: z.string().min(1).optional(),
});
export type Citation = z.infer<typeof citationSchema>;

/**
 * `from` is the first day the version applies: a date someone found in the sources, or `null`,
 * which says in so many words that the start was not researched (the version is then applied to
 * every day before `until`). There is no default: every record states one or the other.
 * `until` is the last day the version applies (inclusive); absent means "still in force".
 */
export const effectiveSchema = z
  .strictObject({ from: isoDate.nullable(), until: isoDate.optional() })
  .refine((e) => e.until === undefined || e.from === null || e.from <= e.until, { error: 'effective.until is before effective.from' });
export type Effective = z.infer<typeof effectiveSchema>;

const datedShape = {
  effective: effectiveSchema,
  citations: z.array(citationSchema).min(1),
  lastReviewed: isoDate.nullable(),
  verification: z.enum(VERIFICATIONS),
  /** Law in motion: a reviewer must confirm this version (in-force date, exceptions) before relying on it. */
  verify: localizedSchema.optional(),
};

export interface Dated {
  effective: Effective;
  citations: Citation[];
  /** The oldest of its citations' review dates; null when any of them was not recorded. */
  lastReviewed: string | null;
  verification: VerificationStatus;
  verify?: Localized;
}

/** A value that changes over time: one record per version. */
export interface Fact<T> extends Dated {
  value: T;
}

export interface EvaluationContext {
  facts: CaseFacts;
  screening: ScreeningResult;
  asOf: IsoDate;
  province: Province;
  /** Provincial values in force at asOf, or `reviewed: false` for a jurisdiction nobody has reviewed yet. */
  jurisdiction: JurisdictionView;
  /** The ids of the facts answered yes, in any phase, when the caller has worked them out (rules ask often). */
  answeredYes?: ReadonlySet<string>;
}

export interface JurisdictionView {
  code: Province;
  reviewed: boolean;
  param<K extends ParamId>(id: K): Fact<ParamValues[K]> | undefined;
}

/** A row of a remedy's eligibility table. Rows are tried in order; the first decisive row that matches wins. */
export interface EligibilityRule extends Dated {
  /** Reason code, stable across versions of the same rule (versions share the id). */
  id: string;
  effect: Eligibility | 'note';
  when: (ctx: EvaluationContext) => boolean;
  /** Plain wording for the practitioner; may use {placeholders} filled by `details`. */
  reason: Localized;
  details?: (ctx: EvaluationContext) => Record<string, string>;
}

/** A collateral-harm rule: when the facts match, the remedy carries this risk. */
export interface RiskRule extends Dated {
  id: string;
  risk: RiskId;
  level: RiskLevel | ((ctx: EvaluationContext) => RiskLevel);
  /** 'law' when a rule of law causes the harm; 'practice' when testimony or reports describe it. */
  basis: 'law' | 'practice';
  when: (ctx: EvaluationContext) => boolean;
  why: Localized;
}

export const DEADLINE_KINDS = ['limitation', 'judicial-review', 'renewal', 'removal', 'claim-window'] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

export interface ComputedDeadline {
  id: string;
  kind: DeadlineKind;
  date: IsoDate;
  trigger: { event: string; date: IsoDate };
  basis: Localized;
  extension?: Localized;
  citation: Citation;
  verification: VerificationStatus;
}

export interface DeadlineRule {
  id: string;
  compute: (ctx: EvaluationContext) => ComputedDeadline | undefined;
  /** The federal period it counts (periods.ts); absent when the period is a provincial value or there is none. */
  period?: PeriodId;
  /** The deadline is the event's own date (a permit's expiry, a removal date): no period to count. */
  onTheEventDate?: true;
  /** Law in motion: while not confirmed against official text, the deadline's basis joins the result's verify list. */
  lawInMotion?: boolean;
}

const YIELD_KINDS = ['status', 'money', 'documents', 'health-coverage', 'permits', 'protection', 'income'] as const;
export const URGENCY_ROLES = ['answers-imminent-removal', 'stays-removal', 'none'] as const;
export type UrgencyRole = (typeof URGENCY_ROLES)[number];
export const BAR_IDS = [
  'refugee-rejected-12-months-hc',
  'refugee-rejected-12-months-prra',
  'refugee-rejected-12-months-trp',
  'refugee-claim-pending-hc',
  'prra-refused-12-months',
  'refugee-ineligible-prior-claim',
  'refugee-one-year-after-entry',
  'removal-order-no-refugee-claim',
  'limitation-period',
  // Legal review of December 2026: pending-PRRA bars (ss. 24(3.1), 25(1.2)(b.1)) and designated-foreign-national bars (ss. 24(5), 25(1.01)).
  'prra-pending-after-ineligible-claim-trp',
  'prra-pending-after-ineligible-claim-hc',
  'designated-foreign-national-5-years-trp',
  'designated-foreign-national-5-years-hc',
] as const;
export type BarId = (typeof BAR_IDS)[number];

const fn = <T>() => z.custom<T>((v) => typeof v === 'function', { error: 'expected a function' });
const levelSchema = z.union([z.enum(RISK_LEVELS), fn<(ctx: EvaluationContext) => RiskLevel>()]);

const eligibilityRuleSchema = z.strictObject({
  ...datedShape,
  id: z.string().regex(/^[a-z0-9.-]+$/),
  effect: z.union([z.enum(ELIGIBILITY), z.literal('note')]),
  when: fn<EligibilityRule['when']>(),
  reason: localizedSchema,
  details: fn<NonNullable<EligibilityRule['details']>>().optional(),
});

const riskRuleSchema = z.strictObject({
  ...datedShape,
  id: z.string().regex(/^[a-z0-9.-]+$/),
  risk: z.enum(RISK_IDS),
  level: levelSchema,
  basis: z.enum(['law', 'practice']),
  when: fn<RiskRule['when']>(),
  why: localizedSchema,
});

const practiceNoteSchema = z.strictObject({
  id: z.string(),
  text: localizedSchema,
  citations: z.array(citationSchema).min(1),
  lastReviewed: isoDate.nullable(),
  verification: z.enum(VERIFICATIONS),
});

/** What the options sheet says of a remedy, in the client's words (grades 6–8). */
export const SHEET_FIELDS = ['name', 'what', 'could', 'long', 'need', 'next', 'bring'] as const;
type SheetField = (typeof SHEET_FIELDS)[number];

const describedFact = z.strictObject({ ...datedShape, value: localizedSchema });

export const remedyKnowledgeSchema = z.strictObject({
  id: z.enum(REMEDY_IDS),
  scope: z.enum(['federal', 'provincial']),
  name: localizedSchema,
  nameInSentence: localizedSchema,
  description: localizedSchema,
  decisionMaker: localizedSchema,
  legalBasis: z.array(describedFact).min(1),
  consentNeeded: z.union([z.enum(CONSENT_KEYS), z.literal('none')]),
  /** Overrides by province, e.g. no police report for Quebec's IVAC. */
  consentByProvince: z.partialRecord(z.enum(PROVINCES), z.union([z.enum(CONSENT_KEYS), z.literal('none')])).optional(),
  /** Reason codes that, when a result carries one, mean this case needs no consent (consent.ts). */
  consentWaivedBy: z.array(z.string()).optional(),
  producesEvidenceFor: z.array(z.enum(REMEDY_IDS)),
  urgencyRole: z.enum(URGENCY_ROLES),
  /** The client goals this remedy can serve, for ranking plans. */
  goals: z.array(z.enum(GOALS)).min(1),
  /** An immigration application: what a failed or pending refugee claim can bar, and what status-first plans put first. */
  immigrationApplication: z.boolean(),
  /** Where the evidence links and goals come from. */
  sequencingBasis: z.array(citationSchema).min(1),
  yields: z.array(z.strictObject({ kind: z.enum(YIELD_KINDS), text: localizedSchema })).min(1),
  timeline: describedFact,
  fees: describedFact,
  evidence: z.array(localizedSchema).min(1),
  barsSubjectTo: z.array(z.enum(BAR_IDS)),
  barsCreated: z.array(z.enum(BAR_IDS)),
  eligibility: z.array(eligibilityRuleSchema).min(1),
  risks: z.array(riskRuleSchema),
  practiceNotes: z.array(practiceNoteSchema),
  /** The remedy in the client's words, for the options sheet (`<id>.sheet.<field>` in its wording). */
  sheet: z.strictObject(Object.fromEntries(SHEET_FIELDS.map((f) => [f, localizedSchema])) as Record<SheetField, typeof localizedSchema>),
  deadlines: z.array(
    z.strictObject({
      id: z.string(),
      compute: fn<DeadlineRule['compute']>(),
      period: z.enum(PERIOD_IDS).optional(),
      onTheEventDate: z.literal(true).optional(),
      lawInMotion: z.boolean().optional(),
    }),
  ),
});
export type RemedyKnowledge = z.infer<typeof remedyKnowledgeSchema>;

// ---- Rows as data: ids, effects, levels, dates and citations (the conditions stay TypeScript) ----

/** The day a version starts, as found in the sources, or "not-researched" (first version only): there is no default. */
export const startSchema = z.union([isoDate, z.literal('not-researched')]);
const ruleId = z.string().regex(/^[a-z0-9.-]+$/);

/**
 * A citation as a data file writes it: a source of the register (`SOURCES_BY_ID` in sources.ts) by
 * id, the pinpoint, how it was verified; `lastReviewed` and `url` only where they differ from what
 * the register says of the source; `quote` a short quote of the provision where its text was read;
 * `quoteFr` its official French wording.
 */
export const citationRefSchema = z.strictObject({
  source: z.string().min(1),
  pinpoint: z.string().min(1),
  verification: z.enum(VERIFICATIONS),
  lastReviewed: isoDate.nullable().optional(),
  url: z.url().optional(),
  quote: z.string().min(1).optional(),
  /** The provision's official French wording, for readers in French; Quebec and New Brunswick enact both languages. */
  quoteFr: z.string().min(1).optional(),
});
export type CitationRef = z.infer<typeof citationRefSchema>;

/** A version of a row: where it starts, its effect, its citations; `reason` names a wording code other than `<id>.reason`; `verify` asks a reviewer to confirm it. */
export const eligibilityVersionSchema = z.strictObject({
  from: startSchema,
  effect: z.union([z.enum(ELIGIBILITY), z.literal('note')]),
  reason: z.string().min(1).optional(),
  verify: z.literal(true).optional(),
  /** For reviewers, not shown: where the start date comes from, what was and was not read. */
  note: z.string().min(1).optional(),
  citations: z.array(citationRefSchema).min(1),
});
/** OpenFisca's `null`: from this day the row no longer applies (until a later version, if any). */
export const eligibilityEndSchema = z.strictObject({ from: isoDate, effect: z.null() });
export const riskVersionSchema = z.strictObject({
  from: startSchema,
  /** "by-condition": the level is worked out from the facts by the remedy's TypeScript (`level` beside `when`). */
  level: z.union([z.enum(RISK_LEVELS), z.literal('by-condition')]),
  why: z.string().min(1).optional(),
  verify: z.literal(true).optional(),
  /** For reviewers, not shown: where the start date comes from, what was and was not read. */
  note: z.string().min(1).optional(),
  citations: z.array(citationRefSchema).min(1),
});
export const riskEndSchema = z.strictObject({ from: isoDate, level: z.null() });

/** The versions of one row, oldest first: each starts the day after the one before ends. */
export const versionsOf = <V extends z.ZodType<{ from: string }>>(version: V) =>
  z
    .array(version)
    .min(1)
    .superRefine((versions, ctx) => {
      versions.forEach((v, i) => {
        if (i > 0 && v.from === 'not-researched') ctx.addIssue({ code: 'custom', message: 'only the first version may have a start not researched' });
        const before = versions[i - 1]?.from;
        if (i > 0 && before !== 'not-researched' && before !== undefined && !(before < v.from))
          ctx.addIssue({ code: 'custom', message: `versions must start in order (${before} then ${v.from})` });
      });
    });

export const eligibilityRowDataSchema = z.strictObject({
  id: ruleId,
  versions: versionsOf(z.union([eligibilityVersionSchema, eligibilityEndSchema])),
});
export type EligibilityRowData = z.infer<typeof eligibilityRowDataSchema>;
export const riskRowDataSchema = z.strictObject({
  id: ruleId,
  risk: z.enum(RISK_IDS),
  basis: z.enum(['law', 'practice']),
  versions: versionsOf(z.union([riskVersionSchema, riskEndSchema])),
});
export type RiskRowData = z.infer<typeof riskRowDataSchema>;
/** A described fact (legal basis, timeline, fees) as a data file writes it; its sentence is the code `<remedy>.legalBasis.<n>`, `<remedy>.timeline` or `<remedy>.fees`. */
export const describedDataSchema = z.strictObject({ from: startSchema, note: z.string().min(1).optional(), citations: z.array(citationRefSchema).min(1) });
/** Facts written once in knowledge/common for several remedies, placed in a legal basis by name. */
export const SHARED_FACTS = ['permit-holder-class'] as const;

/** A row written once in knowledge/common for several remedies: the data file only says where it goes. */
const sharedRowSchema = z.strictObject({ id: ruleId, shared: z.literal(true) });

/**
 * The part of a remedy that is plain data, kept for review in `knowledge/<id>/<id>.json`: what it
 * needs consent for, what it gives evidence to, its goals and the bars it meets or makes. Editors
 * validate the file against `schema/remedy.schema.json`, generated from this schema (a test fails
 * when it is stale).
 */
export const remedyDataSchema = remedyKnowledgeSchema
  .pick({
    id: true,
    scope: true,
    consentNeeded: true,
    consentByProvince: true,
    consentWaivedBy: true,
    producesEvidenceFor: true,
    urgencyRole: true,
    goals: true,
    immigrationApplication: true,
    barsSubjectTo: true,
    barsCreated: true,
  })
  .extend({
    $schema: z.string().optional(),
    eligibility: z
      .array(z.union([eligibilityRowDataSchema, sharedRowSchema]))
      .min(1)
      .optional(),
    risks: z.array(z.union([riskRowDataSchema, sharedRowSchema])).optional(),
    legalBasis: z
      .array(z.union([describedDataSchema, z.strictObject({ shared: z.enum(SHARED_FACTS) })]))
      .min(1)
      .optional(),
    timeline: describedDataSchema.optional(),
    fees: describedDataSchema.optional(),
    /** Where the evidence links, urgency role and goals above come from. */
    sequencingBasis: z.array(citationRefSchema).min(1).optional(),
    /** What it yields, by kind; the sentence of the n-th (from 0) is `<remedy>.yields.<n>.text`. */
    yields: z.array(z.enum(YIELD_KINDS)).min(1).optional(),
    /** How many items of evidence it typically needs; the sentence of the n-th (from 0) is `<remedy>.evidence.<n>`. */
    evidence: z.number().int().positive().optional(),
    /** What happens in practice without being a rule, and who says so; the sentence is `<note id>.text`. */
    practiceNotes: z.array(z.strictObject({ id: ruleId, citations: z.array(citationRefSchema).min(1) })).optional(),
  });

// ---- Provincial parameters: one value schema per parameter ----------------------------------

const SA_STATUS = z.enum(['eligible', 'conditional', 'ineligible', 'unknown']);

export const paramValueSchemas = {
  'employment-standards.limitation': z.strictObject({
    /** null: the complaint period was searched for and not found (the fact cites notFoundInOfficialSources); no deadline is computed. */
    months: z.number().int().positive().nullable(),
    /** null with months null: what starts the period was not found either. */
    trigger: z.enum(['employmentEnded', 'wagesDue']).nullable(),
    body: localizedSchema,
    extension: localizedSchema,
  }),
  'employment-standards.recovery': z.strictObject({ text: localizedSchema }),
  'employment-standards.complaint-disclosed-to-employer': z.strictObject({ disclosed: z.enum(['yes', 'no', 'unknown']) }),
  'small-claims.limit': z.strictObject({ maxDollars: z.number().int().positive(), forum: localizedSchema }),
  /** months null: the period was searched for and not found (the fact cites notFoundInOfficialSources); no deadline is computed. */
  'civil.limitation': z.strictObject({ months: z.number().int().positive().nullable(), rule: localizedSchema }),
  'human-rights.limitation': z.strictObject({ months: z.number().int().positive(), body: localizedSchema, extension: localizedSchema }),
  'victim-compensation.program': z.strictObject({
    name: localizedSchema,
    months: z.number().int().positive().nullable(),
    noLimitFor: localizedSchema.optional(),
    /** 'advised': highly advisable but not mandatory (BC CVAP, legal review of Dec 2026, E2). */
    policeReportRequired: z.enum(['yes', 'no', 'advised', 'unknown']),
    /** Victims of human trafficking may report to a community agency instead of the police (Ontario VQRP+). */
    traffickingReportToAgency: z.enum(['yes', 'no', 'unknown']).optional(),
    traffickingCovered: z.enum(['yes', 'no', 'unknown']),
    extension: localizedSchema,
  }),
  'social-assistance.access': z.strictObject({
    program: localizedSchema,
    byStatus: z.record(z.enum(IMMIGRATION_STATUSES), SA_STATUS),
    conditions: localizedSchema,
    sharesWithImmigration: z.enum(['yes', 'no', 'unknown']),
  }),
} as const;
export type ParamId = keyof typeof paramValueSchemas;
export type ParamValues = { [K in ParamId]: z.infer<(typeof paramValueSchemas)[K]> };
export const PARAM_IDS = Object.keys(paramValueSchemas) as ParamId[];

export type ParamTable = { [K in ParamId]?: Fact<ParamValues[K]>[] };

export const REVIEW_STATUSES = ['reviewed', 'not-yet-reviewed'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

export interface Jurisdiction {
  code: JurisdictionCode;
  name: Localized;
  review: { status: ReviewStatus; note: Localized };
  params: ParamTable;
}

export const jurisdictionSchema = z.strictObject({
  code: z.enum(JURISDICTION_CODES),
  name: localizedSchema,
  review: z.strictObject({ status: z.enum(REVIEW_STATUSES), note: localizedSchema }),
  params: z.record(z.string(), z.array(z.any())),
});

export function factSchemaFor(id: ParamId) {
  return z.strictObject({ ...datedShape, value: paramValueSchemas[id] });
}

export type { RiskId };

/** A remedy's data file (`knowledge/<id>/<id>.json`), checked against its schema when the module loads. */
export function remedyData(file: unknown) {
  const parsed = remedyDataSchema.safeParse(file);
  if (!parsed.success) throw new Error(`remedy data file is invalid: ${JSON.stringify(parsed.error.issues)}`);
  const {
    $schema: _schema,
    eligibility: _rows,
    risks: _risks,
    legalBasis: _basis,
    timeline: _timeline,
    fees: _fees,
    sequencingBasis: _sequencing,
    yields: _yields,
    evidence: _evidence,
    practiceNotes: _notes,
    ...data
  } = parsed.data;
  return data;
}
