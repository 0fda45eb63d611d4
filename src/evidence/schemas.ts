import { z } from 'zod';
import { COMPARTMENTS } from '../core/access';
import { REMEDY_IDS } from '../core/contract';
import { EVIDENCE_KINDS, EVIDENCE_STATUSES, NEED_STATES, REQUEST_CHANNELS, TRANSLATION_STATUSES } from '../core/evidence';
import { isIsoDate } from '../core/dates/iso-date';
import { languageTag } from '../cases/schemas';

// Request and response shapes of the evidence routes (docs/evidence.md).

const isoDay = z.string().refine(isIsoDate, 'must be a calendar date, YYYY-MM-DD');
const optionalText = (max: number) => z.string().trim().max(max, `must be at most ${max} characters`).optional();

const linkSchema = z.strictObject({
  remedy: z.enum(REMEDY_IDS),
  need: z.number().int().min(0).max(50).optional(),
});

const requestSchema = z.strictObject({
  from: optionalText(300),
  requestedOn: isoDay,
  channel: z.enum(REQUEST_CHANNELS),
  followUpOn: isoDay.optional(),
});

/** The sealed part of an item: what can identify the client or tell the story. */
export const detailsSchema = z.strictObject({
  description: z.string().trim().min(1, 'is required').max(2000, 'must be at most 2000 characters'),
  /** A day, or an approximate date in words ("spring 2023"). */
  date: optionalText(100),
  providedBy: optionalText(300),
  obtainedHow: optionalText(1000),
  originalLanguage: languageTag.optional(),
  translator: optionalText(300),
  /** Legal-test elements the item goes to (ids from the assessment's legal tests). */
  elements: z.array(z.string().max(100)).max(30).optional(),
  request: requestSchema.optional(),
});
export type EvidenceDetails = z.output<typeof detailsSchema>;

export const newItemSchema = detailsSchema.extend({
  kind: z.enum(EVIDENCE_KINDS),
  compartment: z.enum(COMPARTMENTS),
  status: z.enum(EVIDENCE_STATUSES).default('held'),
  translation: z.enum(TRANSLATION_STATUSES).default('none'),
  supports: z.array(linkSchema).max(60).default([]),
});
export type NewItem = z.output<typeof newItemSchema>;

/** Everything but the compartment may change (moving an item between compartments is not offered). */
export const itemPatchSchema = detailsSchema.partial().extend({
  kind: z.enum(EVIDENCE_KINDS).optional(),
  status: z.enum(EVIDENCE_STATUSES).optional(),
  translation: z.enum(TRANSLATION_STATUSES).optional(),
  supports: z.array(linkSchema).max(60).optional(),
  request: requestSchema.nullable().optional(),
});
export type ItemPatch = z.output<typeof itemPatchSchema>;

const fileSchema = z.object({
  id: z.string(),
  version: z.number(),
  size: z.number(),
  sha256: z.string(),
  mediaType: z.string(),
  name: z.string().optional(),
  /** Whether a copy leaving Harbour is re-encoded without its metadata (photos). */
  metadataRemovedOnExport: z.boolean(),
  uploadedAt: z.string(),
});

export const itemSchema = z.object({
  id: z.string(),
  exhibit: z.number(),
  label: z.string(),
  kind: z.enum(EVIDENCE_KINDS),
  compartment: z.enum(COMPARTMENTS),
  status: z.enum(EVIDENCE_STATUSES),
  translation: z.enum(TRANSLATION_STATUSES),
  supports: z.array(linkSchema),
  details: detailsSchema,
  file: fileSchema.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type EvidenceItem = z.output<typeof itemSchema>;

export const historySchema = z.object({
  action: z.string(),
  at: z.string(),
  by: z.string().nullable(),
  sha256: z.string().nullable(),
  fileId: z.string().nullable(),
});

export const checklistSchema = z.array(
  z.object({
    remedy: z.enum(REMEDY_IDS),
    eligibility: z.string(),
    inPlayBecause: z.enum(['assessment', 'linked']),
    needs: z.array(
      z.object({
        need: z.number(),
        text: z.string(),
        state: z.enum(NEED_STATES),
        exhibits: z.array(z.number()),
        request: z.object({ requestedOn: z.string(), channel: z.enum(REQUEST_CHANNELS), followUpOn: z.string().optional(), overdue: z.boolean() }).optional(),
      }),
    ),
    otherExhibits: z.array(z.number()),
    counts: z.object({ held: z.number(), requested: z.number(), missing: z.number() }),
  }),
);

export const evidenceParams = z.strictObject({ code: z.string().max(40), id: z.uuid('must be an evidence item id') });
