// The consent ledger: what the client agreed to, refused, or withdrew, and what was explained to
// them first. Entries are appended, never edited, except that a consent gains `withdrawnOn`.
// Informed consent rests on an explanation: a consent counts only when an explanation of the
// same purpose was recorded on or before the day it was given (see may-perform.ts).
import { z } from 'zod';
import { isoDateSchema } from '../contract/case-facts';
import { REMEDY_IDS, type RemedyId } from '../contract/identifiers';
import type { IsoDate } from '../dates/iso-date';

export const CONSENT_PURPOSES = [
  'share-with-organisation',
  'refer',
  'contact-police',
  'contact-immigration-authorities',
  'file-remedy',
  'name-employer-in-complaint',
  'anonymous-statistics',
  'use-interpreter',
  'generate-document',
] as const;
export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number];

export const DATA_CATEGORIES = ['identity', 'contact', 'narrative', 'immigration', 'employment', 'health', 'documents'] as const;
export type DataCategory = (typeof DATA_CATEGORIES)[number];

export const GIVEN_HOW = ['verbal', 'written'] as const;
export type GivenHow = (typeof GIVEN_HOW)[number];

/** Purposes that disclose to a named third party: their consent must name the recipient. */
export const PURPOSES_NEEDING_RECIPIENT: readonly ConsentPurpose[] = ['share-with-organisation', 'refer'];
/** Purposes whose consent or refusal may name a remedy (required for file-remedy). */
export const PURPOSES_WITH_REMEDY: readonly ConsentPurpose[] = ['file-remedy', 'name-employer-in-complaint'];
/** Purposes whose consent or refusal may name a recipient: those needing one, and the interpreter. */
export const PURPOSES_WITH_RECIPIENT: readonly ConsentPurpose[] = [...PURPOSES_NEEDING_RECIPIENT, 'use-interpreter'];
/** A lawyer's override must explain itself in at least this many characters (after trimming). */
export const OVERRIDE_REASON_MIN_LENGTH = 20;

export interface Consent {
  kind: 'consent';
  id: string;
  purpose: ConsentPurpose;
  /** Required for file-remedy; for name-employer-in-complaint it narrows the consent to one remedy. */
  remedy?: RemedyId;
  scope: DataCategory[];
  /** An organisation id; required for share-with-organisation and refer. */
  recipient?: string;
  givenHow: GivenHow;
  /** BCP 47 tag of the language the client consented in. */
  language: string;
  interpreter?: string;
  givenOn: IsoDate;
  /** The first day on which the consent no longer applies (exclusive end). */
  expiresOn?: IsoDate;
  /** The day the client withdrew it; the consent no longer applies from that day on. */
  withdrawnOn?: IsoDate;
  recordedBy: string;
}

/** A recorded "no": the client was asked and declined. */
export interface Refusal {
  kind: 'refusal';
  id: string;
  purpose: ConsentPurpose;
  remedy?: RemedyId;
  recipient?: string;
  decidedOn: IsoDate;
  givenHow: GivenHow;
  language: string;
  interpreter?: string;
  recordedBy: string;
}

/** "The options, risks and consequences were explained": what informed consent rests on. */
export interface ExplanationRecord {
  kind: 'explanation';
  id: string;
  purposes: ConsentPurpose[];
  explainedOn: IsoDate;
  language: string;
  interpreter?: string;
  /** What the explanation went through, when it was a document: the options sheet (its language
   *  and a digest of its content, so the same sheet is recorded once a day). */
  material?: { kind: 'options-sheet'; lang: string; digest: string };
  recordedBy: string;
}

export type LedgerEntry = Consent | Refusal | ExplanationRecord;
export type ConsentLedger = readonly LedgerEntry[];

/** A lawyer's decision to act without (or against) the client's consent, e.g. imminent danger. */
export interface ConsentOverride {
  id: string;
  action: GatedAction;
  reason: string;
  byLawyer: string;
  recordedOn: IsoDate;
  /** Exclusive end; by default an override covers only the day it was recorded. */
  expiresOn?: IsoDate;
}

/** Actions that need the client's consent. `kind` is the consent purpose it needs. */
export type GatedAction =
  | { kind: 'share-with-organisation'; recipient: string; categories: DataCategory[] }
  | { kind: 'refer'; recipient: string; categories: DataCategory[] }
  | { kind: 'contact-police'; categories?: DataCategory[] }
  | { kind: 'contact-immigration-authorities'; categories?: DataCategory[] }
  | { kind: 'file-remedy'; remedy: RemedyId; categories?: DataCategory[] }
  | { kind: 'name-employer-in-complaint'; remedy?: RemedyId }
  | { kind: 'anonymous-statistics' }
  | { kind: 'use-interpreter'; recipient?: string; categories?: DataCategory[] }
  | { kind: 'generate-document'; categories?: DataCategory[] };

// ---- Schemas, for parsing ledger rows and request bodies at the boundary --------------------

const purpose = z.enum(CONSENT_PURPOSES);
const remedy = z.enum(REMEDY_IDS);
const category = z.enum(DATA_CATEGORIES);
const id = z.string().min(1).max(100);
const language = z.string().regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/, 'expected a language tag such as "en", "es" or "pa-Guru"');

function needsRemedyAndRecipient(entry: { purpose: ConsentPurpose; remedy?: string; recipient?: string }, ctx: z.RefinementCtx) {
  if (entry.purpose === 'file-remedy' && !entry.remedy) ctx.addIssue({ code: 'custom', path: ['remedy'], message: 'file-remedy names the remedy it is for' });
  if (PURPOSES_NEEDING_RECIPIENT.includes(entry.purpose) && !entry.recipient) {
    ctx.addIssue({ code: 'custom', path: ['recipient'], message: `${entry.purpose} names the organisation it is for` });
  }
  // A remedy or recipient on a purpose whose action never names one would narrow the consent to
  // nothing: "in effect" on the ledger, yet no action could ever rest on it.
  if (entry.remedy && !PURPOSES_WITH_REMEDY.includes(entry.purpose))
    ctx.addIssue({ code: 'custom', path: ['remedy'], message: `${entry.purpose} does not name a remedy` });
  if (entry.recipient && !PURPOSES_WITH_RECIPIENT.includes(entry.purpose))
    ctx.addIssue({ code: 'custom', path: ['recipient'], message: `${entry.purpose} does not name a recipient` });
}

export const consentSchema = z
  .strictObject({
    kind: z.literal('consent'),
    id,
    purpose,
    remedy: remedy.optional(),
    scope: z.array(category),
    recipient: id.optional(),
    givenHow: z.enum(GIVEN_HOW),
    language,
    interpreter: z.string().max(200).optional(),
    givenOn: isoDateSchema,
    expiresOn: isoDateSchema.optional(),
    withdrawnOn: isoDateSchema.optional(),
    recordedBy: id,
  })
  .superRefine((c, ctx) => {
    needsRemedyAndRecipient(c, ctx);
    if (c.expiresOn && c.expiresOn <= c.givenOn) ctx.addIssue({ code: 'custom', path: ['expiresOn'], message: 'expiresOn must be after givenOn' });
    if (c.withdrawnOn && c.withdrawnOn < c.givenOn) ctx.addIssue({ code: 'custom', path: ['withdrawnOn'], message: 'withdrawnOn cannot be before givenOn' });
  });

export const refusalSchema = z
  .strictObject({
    kind: z.literal('refusal'),
    id,
    purpose,
    remedy: remedy.optional(),
    recipient: id.optional(),
    decidedOn: isoDateSchema,
    givenHow: z.enum(GIVEN_HOW),
    language,
    interpreter: z.string().max(200).optional(),
    recordedBy: id,
  })
  .superRefine((r, ctx) => {
    if (r.remedy && !PURPOSES_WITH_REMEDY.includes(r.purpose))
      ctx.addIssue({ code: 'custom', path: ['remedy'], message: `${r.purpose} does not name a remedy` });
    if (r.recipient && !PURPOSES_WITH_RECIPIENT.includes(r.purpose))
      ctx.addIssue({ code: 'custom', path: ['recipient'], message: `${r.purpose} does not name a recipient` });
  });

export const explanationRecordSchema = z.strictObject({
  kind: z.literal('explanation'),
  id,
  purposes: z.array(purpose).min(1),
  explainedOn: isoDateSchema,
  language,
  interpreter: z.string().max(200).optional(),
  material: z.strictObject({ kind: z.literal('options-sheet'), lang: language, digest: z.string().regex(/^[0-9a-f]{64}$/) }).optional(),
  recordedBy: id,
});

export const ledgerEntrySchema = z.discriminatedUnion('kind', [consentSchema, refusalSchema, explanationRecordSchema]);
export const consentLedgerSchema = z.array(ledgerEntrySchema);

export const gatedActionSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('share-with-organisation'), recipient: id, categories: z.array(category).min(1) }),
  z.strictObject({ kind: z.literal('refer'), recipient: id, categories: z.array(category).min(1) }),
  z.strictObject({ kind: z.literal('contact-police'), categories: z.array(category).optional() }),
  z.strictObject({ kind: z.literal('contact-immigration-authorities'), categories: z.array(category).optional() }),
  z.strictObject({ kind: z.literal('file-remedy'), remedy, categories: z.array(category).optional() }),
  z.strictObject({ kind: z.literal('name-employer-in-complaint'), remedy: remedy.optional() }),
  z.strictObject({ kind: z.literal('anonymous-statistics') }),
  z.strictObject({ kind: z.literal('use-interpreter'), recipient: id.optional(), categories: z.array(category).optional() }),
  z.strictObject({ kind: z.literal('generate-document'), categories: z.array(category).optional() }),
]);

export const consentOverrideSchema = z.strictObject({
  id,
  action: gatedActionSchema,
  reason: z
    .string()
    .max(4000)
    .refine((r) => r.trim().length >= OVERRIDE_REASON_MIN_LENGTH, {
      error: `an override needs a written reason of at least ${OVERRIDE_REASON_MIN_LENGTH} characters`,
    }),
  byLawyer: id,
  recordedOn: isoDateSchema,
  expiresOn: isoDateSchema.optional(),
});
