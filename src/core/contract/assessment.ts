import { z } from 'zod';
import {
  CONTINUUM,
  DIMENSION_IDS,
  ELIGIBILITY,
  FLAG_IDS,
  FLAG_LEVELS,
  LEGAL_TEST_IDS,
  REMEDY_IDS,
  RISK_IDS,
  RISK_LEVELS,
  TEST_STATUSES,
  CONSENT_KEYS,
} from './identifiers';

export const VERIFICATION = ['official-text', 'secondary', 'unverified'] as const;
export type Verification = (typeof VERIFICATION)[number];

export const citationOutSchema = z.object({
  source: z.string(),
  pinpoint: z.string(),
  url: z.string().optional(),
  verified: z.boolean(),
  verification: z.enum(VERIFICATION).optional(),
  /** The day the source was read; null says nobody recorded it (addition of December 2026: it was a default date before). */
  lastReviewed: z.string().nullable(),
  /** Addition of December 2026: the provision's words, present only when a program found them in the official federal text. */
  quote: z.string().optional(),
  /** Addition of December 2026: the provision's official French wording (Quebec, New Brunswick), in an assessment written in French only. */
  quoteFr: z.string().optional(),
});
export type CitationOut = z.infer<typeof citationOutSchema>;

export const dimensionResultSchema = z.object({
  id: z.enum(DIMENSION_IDS),
  status: z.enum(TEST_STATUSES),
  because: z.array(z.string()),
  missing: z.array(z.string()),
});

export const legalElementSchema = z.object({
  id: z.string(),
  status: z.enum(TEST_STATUSES),
  because: z.array(z.string()),
  missing: z.array(z.string()).optional(),
  citations: z.array(citationOutSchema).optional(),
});

export const legalTestResultSchema = z.object({
  id: z.enum(LEGAL_TEST_IDS),
  status: z.enum(TEST_STATUSES),
  elements: z.array(legalElementSchema),
  citations: z.array(citationOutSchema),
  notes: z.array(z.string()).optional(),
});

export const riskOutSchema = z.object({ id: z.enum(RISK_IDS), level: z.enum(RISK_LEVELS), why: z.string() });

export const remedyResultSchema = z.object({
  id: z.enum(REMEDY_IDS),
  eligibility: z.enum(ELIGIBILITY),
  reasons: z.array(z.string()),
  evidenceNeeded: z.array(z.string()),
  yields: z.array(z.string()),
  deadline: z.object({ date: z.string(), basis: z.string(), citation: z.string() }).optional(),
  risks: z.array(riskOutSchema),
  citations: z.array(citationOutSchema),
});
export type RemedyResult = z.infer<typeof remedyResultSchema>;

export const flagOutSchema = z.object({ id: z.enum(FLAG_IDS), level: z.enum(FLAG_LEVELS), why: z.string() });
export type FlagOut = z.infer<typeof flagOutSchema>;

/** Why a plan leaves an open remedy out: the client refused the consent it needs, the law bars it, or its risks are too high for this plan. */
export const EXCLUSION_REASONS = ['consent-refused', 'barred', 'high-risk'] as const;
export type ExclusionReason = (typeof EXCLUSION_REASONS)[number];

export const planSchema = z.object({
  steps: z.array(
    z.object({ order: z.number().int().positive(), remedy: z.enum(REMEDY_IDS), why: z.string(), producesEvidenceFor: z.array(z.enum(REMEDY_IDS)) }),
  ),
  awaitingDecision: z.array(z.object({ remedy: z.enum(REMEDY_IDS), consentNeeded: z.enum(CONSENT_KEYS), risks: z.array(z.string()) })),
  excluded: z.array(
    z.object({
      remedy: z.enum(REMEDY_IDS),
      why: z.string(),
      /** Addition of December 2026: why it is left out, as a code (the client's options sheet words it for the client). */
      reason: z.enum(EXCLUSION_REASONS).optional(),
    }),
  ),
  tradeOffs: z.array(z.string()),
});
export type Plan = z.infer<typeof planSchema>;

export const assessmentSchema = z.object({
  contractVersion: z.literal(1),
  knowledgeVersion: z.string(),
  continuum: z.enum(CONTINUUM),
  dimensions: z.array(dimensionResultSchema),
  legalTests: z.array(legalTestResultSchema),
  remedies: z.array(remedyResultSchema),
  flags: z.array(flagOutSchema),
  plan: planSchema,
  alternatives: z.array(planSchema),
});
export type Assessment = z.infer<typeof assessmentSchema>;
export type DimensionResult = z.infer<typeof dimensionResultSchema>;
export type LegalTestResult = z.infer<typeof legalTestResultSchema>;
