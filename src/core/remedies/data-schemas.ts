// The schemas of the legal data files other than a remedy's own (model.ts, remedyDataSchema): the
// jurisdictions (jurisdictions/<code>/<code>.json, federal periods included), the register of bars
// (bars.json) and the rows several remedies share (knowledge/common/common.json). Editors validate
// each file against the JSON Schema generated from these (schema/*.schema.json).
import { z } from 'zod';
import { ELIGIBILITY, REMEDY_IDS, RISK_IDS, RISK_LEVELS } from '../contract';
import {
  BAR_IDS,
  citationRefSchema,
  describedDataSchema,
  eligibilityEndSchema,
  eligibilityVersionSchema,
  isoDate,
  JURISDICTION_CODES,
  localizedSchema,
  PARAM_IDS,
  paramValueSchemas,
  PERIOD_IDS,
  REVIEW_STATUSES,
  riskEndSchema,
  riskVersionSchema,
  SHARED_FACTS,
  startSchema,
  versionsOf,
  type CitationRef,
  type ParamId,
  type PeriodId,
} from './model';

// ---- Jurisdictions as data: jurisdictions/<code>/<code>.json ------------------------------------

/** A sentence of the jurisdiction's wording files, by code (`jurisdictions/<code>/wording/{en,fr}.json`). */
const wordingCodeSchema = z.string().regex(/^[A-Za-z0-9_.-]+$/, { error: 'expected a wording code' });

/** A sentence as a data file writes it: a wording code, or a code whose {placeholders} are other sentences of the same file. */
const sentenceDataSchema = z.union([wordingCodeSchema, z.strictObject({ code: wordingCodeSchema, fills: z.record(z.string(), wordingCodeSchema) })]);
export type SentenceData = z.infer<typeof sentenceDataSchema>;

/** A parameter's value as a data file writes it: each sentence (an English–French pair in the engine) is a wording code. */
function valueDataSchemaOf(schema: z.ZodObject) {
  const shape = Object.fromEntries(
    Object.entries(schema.shape).map(([key, field]) => {
      if (field === localizedSchema) return [key, sentenceDataSchema];
      if (field instanceof z.ZodOptional && field.unwrap() === localizedSchema) return [key, sentenceDataSchema.optional()];
      return [key, field];
    }),
  );
  return z.strictObject(shape);
}

/** The keys of a parameter's value that hold a sentence: the loader turns their codes into wording. */
export function sentenceKeysOf(id: ParamId): string[] {
  return Object.entries(paramValueSchemas[id].shape)
    .filter(([, field]) => field === localizedSchema || (field instanceof z.ZodOptional && field.unwrap() === localizedSchema))
    .map(([key]) => key);
}

/**
 * A source the jurisdiction's citations name, written once in its data file: its title, its
 * address, and the day it was read (null: not recorded). Its id starts with the jurisdiction's code.
 */
export const sourceEntrySchema = z.strictObject({
  title: z.string().min(1),
  url: z.url().optional(),
  read: isoDate.nullable(),
  /** For reviewers, not shown: what the source is and how it was read. */
  note: z.string().min(1).optional(),
});
export type SourceEntry = z.infer<typeof sourceEntrySchema>;

const paramVersionDataSchemaOf = (id: ParamId) =>
  z.strictObject({
    from: startSchema,
    value: valueDataSchemaOf(paramValueSchemas[id]),
    /** The wording code of the banner asking a reviewer to confirm this version. */
    verify: wordingCodeSchema.optional(),
    /** For reviewers, not shown: where the start date comes from, what was and was not read. */
    note: z.string().min(1).optional(),
    citations: z.array(citationRefSchema).min(1),
  });
/** OpenFisca's `null`: from this day the parameter has no value (until a later version, if any). */
const paramEndDataSchema = z.strictObject({ from: isoDate, value: z.null() });

/** A version of a parameter as the loader reads it (the schema above checks each value's own shape). */
export interface ParamVersionData {
  from: string;
  value: Record<string, unknown> | null;
  verify?: string;
  note?: string;
  citations?: CitationRef[];
}

/** How long a federal period runs: `{ "length": 15, "unit": "days" }`. */
const periodValueSchema = z.strictObject({ length: z.number().int().positive(), unit: z.enum(['days', 'months']) });
const periodVersionDataSchema = z.strictObject({
  from: startSchema,
  value: periodValueSchema,
  /** For reviewers, not shown: how the value was encoded, where the start date comes from, what was and was not read. */
  note: z.string().min(1).optional(),
  citations: z.array(citationRefSchema).min(1),
});
/** A version of a federal period as the loader reads it (`"value": null` ends one without a successor). */
export interface PeriodVersionData {
  from: string;
  value: z.infer<typeof periodValueSchema> | null;
  note?: string;
  citations?: CitationRef[];
}

/**
 * A jurisdiction as its data file writes it: each parameter's versions oldest first (a version ends
 * the day before the next starts; `"value": null` ends one without a successor), its sentences as
 * wording codes, its citations by source id (the register of sources.ts, or `sources` here).
 */
export const jurisdictionDataSchema = z.strictObject({
  $schema: z.string().optional(),
  code: z.enum(JURISDICTION_CODES),
  name: wordingCodeSchema,
  review: z.strictObject({ status: z.enum(REVIEW_STATUSES), note: wordingCodeSchema }),
  /** For reviewers, not shown: what was searched, found and not found, paragraph by paragraph. */
  research: z.array(z.string().min(1)).optional(),
  sources: z.record(z.string().regex(/^[a-z]{2}\.[a-z0-9.-]+$/), sourceEntrySchema).optional(),
  params: z.strictObject(
    Object.fromEntries(PARAM_IDS.map((id) => [id, versionsOf(z.union([paramVersionDataSchemaOf(id), paramEndDataSchema])).optional()])) as unknown as Record<
      ParamId,
      z.ZodOptional<z.ZodArray<z.ZodType<ParamVersionData>>>
    >,
  ),
  /** Federal only: the periods deadline rules name (PERIOD_IDS), each with its versions oldest first. */
  periods: z
    .strictObject(
      Object.fromEntries(PERIOD_IDS.map((id) => [id, versionsOf(z.union([periodVersionDataSchema, paramEndDataSchema])).optional()])) as unknown as Record<
        PeriodId,
        z.ZodOptional<z.ZodArray<z.ZodType<PeriodVersionData>>>
      >,
    )
    .optional(),
});
export type JurisdictionData = z.infer<typeof jurisdictionDataSchema>;

// ---- Bars as data: bars.json (how a trigger is found in the facts stays TypeScript, in bars.ts) ----

/** A version of a bar: from when, how long, what it does, and where the law says so. */
const barVersionDataSchema = z.strictObject({
  from: startSchema,
  /** 'blocks': the remedy cannot be a step before the bar ends; 'caution': counsel must check whether it applies. */
  effect: z.enum(['blocks', 'caution']),
  /** How long the bar lasts after the trigger's date; absent: for as long as the trigger lasts. */
  months: z.number().int().positive().optional(),
  /** An exception counsel should assess, named on the plan. */
  exception: z.enum(['best-interests-of-child']).optional(),
  /** For reviewers, not shown: where the start date comes from, what was and was not read. */
  note: z.string().min(1).optional(),
  citation: citationRefSchema,
});
/** OpenFisca's `null`: from this day the bar no longer applies (until a later version, if any). */
const barEndDataSchema = z.strictObject({ from: isoDate, effect: z.null() });

/**
 * The register of bars as bars.json writes it: each bar (an id of BAR_IDS on one remedy) names its
 * trigger (a name the code of bars.ts knows) and its versions, oldest first (a version ends the day
 * before the next starts; `"effect": null` ends one without a successor), citations by source id.
 */
export const barsDataSchema = z.strictObject({
  $schema: z.string().optional(),
  bars: z.array(
    z.strictObject({
      id: z.enum(BAR_IDS),
      remedy: z.enum(REMEDY_IDS),
      /** What starts the bar: a trigger of bars.ts, which finds it in the facts. */
      trigger: z.string().regex(/^[a-z0-9-]+$/),
      versions: versionsOf(z.union([barVersionDataSchema, barEndDataSchema])),
    }),
  ),
});
export type BarsData = z.infer<typeof barsDataSchema>;

// ---- Rows written once for several remedies: knowledge/common/common.json ----------------------

/** A shared row's id, without the remedy's: `employer-tip-off` is placed as `small-claims.employer-tip-off`. */
const sharedRowId = z.string().regex(/^[a-z0-9-]+$/, { error: 'expected a shared row id (kebab-case, without the remedy id)' });
/** A shared risk's level: fixed, worked out from the facts by common.ts ("by-condition"), or each remedy's (`byRemedy`). */
const commonRiskVersionSchema = riskVersionSchema.extend({ level: z.union([z.enum(RISK_LEVELS), z.literal('by-condition'), z.literal('by-remedy')]) });

/**
 * The data of the rows, risk rules and facts that several remedies share, kept for review in
 * `knowledge/common/common.json`: each row by its shared id, its versions oldest first and its
 * citations by source id, as in a remedy's data file; common.ts holds the conditions under the
 * same ids. Editors validate the file against `schema/common.schema.json`, generated from this.
 */
export const commonDataSchema = z.strictObject({
  $schema: z.string().optional(),
  eligibility: z.array(z.strictObject({ id: sharedRowId, versions: versionsOf(z.union([eligibilityVersionSchema, eligibilityEndSchema])) })),
  risks: z.array(
    z.strictObject({
      id: sharedRowId,
      risk: z.enum(RISK_IDS),
      basis: z.enum(['law', 'practice']),
      versions: versionsOf(z.union([commonRiskVersionSchema, riskEndSchema])),
      /** Per remedy: the level of a "by-remedy" version, and citations added after the version's. */
      byRemedy: z
        .partialRecord(z.enum(REMEDY_IDS), z.strictObject({ level: z.enum(RISK_LEVELS).optional(), citations: z.array(citationRefSchema).min(1).optional() }))
        .optional(),
    }),
  ),
  /**
   * Rows of a bar of the register (bars.ts): their dates are the bar's, so only what the rows add is
   * here: the effect while the bar runs, the effect when a fact it turns on is unknown, the citations.
   */
  barRows: z.array(
    z.strictObject({
      id: sharedRowId,
      bar: z.enum(BAR_IDS),
      effect: z.enum(ELIGIBILITY),
      uncertain: z.union([z.enum(ELIGIBILITY), z.literal('note')]),
      citations: z.array(citationRefSchema).min(1),
    }),
  ),
  /** Facts a remedy's legal basis names (`{ "shared": "permit-holder-class" }`); the sentence is the code `common.<id>`. */
  facts: z.strictObject(
    Object.fromEntries(SHARED_FACTS.map((id) => [id, describedDataSchema])) as Record<(typeof SHARED_FACTS)[number], typeof describedDataSchema>,
  ),
});
export type CommonData = z.infer<typeof commonDataSchema>;
