import { z } from 'zod';
import { COMPARTMENTS, TEAM_ROLES } from '../core/access';
import { INTAKE_TOPICS, TIME_PRECISIONS } from '../core/cases';
import { isoDateSchema, PROVINCES } from '../core/contract';
import { withoutBidiControls } from '../platform/text/bidi';

// Request and response shapes of the case routes (docs/cases/api.md). Free-text limits keep one
// request well inside the 1 MiB body limit.

const text = (max: number) => z.string().trim().min(1, 'is required').max(max);
const optionalText = (max: number) => z.string().trim().max(max).optional();
/** A name as typed, without the controls that could make it display reversed (platform/text/bidi.ts). */
const nameText = (max: number) => z.string().overwrite(withoutBidiControls).trim().min(1, 'is required').max(max);
const optionalNameText = (max: number) => z.string().overwrite(withoutBidiControls).trim().max(max).optional();
export const languageTag = z.string().regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/, 'expected a language tag such as "en", "es" or "pa-Guru"');

export const provinceSchema = z.enum(PROVINCES);
const compartmentSchema = z.enum(COMPARTMENTS);
export const teamRoleSchema = z.enum(TEAM_ROLES);
export const topicSchema = z.enum(INTAKE_TOPICS);
export const FRAGMENT_TAGS = ['recruitment', 'journey', 'work', 'living-conditions', 'control', 'exit', 'after-exit'] as const;
const tagSchema = z.enum(FRAGMENT_TAGS);
export const OUTCOMES = ['remedy-granted', 'remedy-refused', 'resolved-otherwise', 'referred-elsewhere', 'client-withdrew', 'lost-contact', 'other'] as const;
export const outcomeSchema = z.enum(OUTCOMES);
const safety = z.enum(['safe', 'unsafe', 'unknown']);

// Checked loosely on purpose: a client's only safe number may be a foreign one with an extension.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[\d\s().\-/]{3,40}(?:\s*(?:ext\.?|x|poste)\s*\d{1,6})?$/i;
const emailText = optionalText(254).refine((v) => !v || EMAIL.test(v), 'must be an email address');
const phoneText = optionalText(100).refine((v) => !v || (PHONE.test(v) && /\d{3}/.test(v.replace(/\D/g, ''))), 'must be a phone number');

export const identitySchema = z.strictObject({
  names: z.array(nameText(200)).max(10).default([]),
  aliases: z.array(nameText(200)).max(20).default([]),
  dateOfBirth: optionalText(40),
  nationality: optionalText(100),
  contact: z.strictObject({ phone: phoneText, email: emailText, address: optionalText(500), other: optionalText(500) }).default({}),
  documentsHeld: z.array(text(200)).max(30).default([]),
});
export type Identity = z.output<typeof identitySchema>;

export const safeContactSchema = z.strictObject({
  call: safety,
  text: safety,
  email: safety,
  leaveMessages: safety,
  safeTimes: optionalText(500),
  codeWord: optionalText(100),
  othersWhoMayAnswer: optionalText(500),
  notes: optionalText(2000),
});
export type SafeContact = z.output<typeof safeContactSchema>;

export const codeParams = z.strictObject({ code: z.string().max(40) });
export const itemParams = z.strictObject({ code: z.string().max(40), id: z.uuid() });

export const caseSummarySchema = z.object({
  code: z.string(),
  status: z.enum(['open', 'closed']),
  province: z.string(),
  languages: z.array(z.string()),
  interpreterNeeded: z.boolean(),
  myTeamRole: teamRoleSchema.nullable(),
  createdAt: z.string(),
  closedAt: z.string().nullable(),
  lastSittingOn: z.string().nullable(),
});
export type CaseSummary = z.infer<typeof caseSummarySchema>;

export const caseHeaderSchema = caseSummarySchema.extend({
  outcome: outcomeSchema.nullable(),
  access: z.enum(['team', 'org-admin', 'break-glass']),
  identityRecorded: z.boolean(),
  safeContact: safeContactSchema.nullable(),
  breakGlass: z.array(
    z.object({
      id: z.string(),
      byUserId: z.string(),
      byDisplayName: z.string(),
      reason: z.string(),
      grantedAt: z.string(),
      expiresAt: z.string(),
      active: z.boolean(),
    }),
  ),
});
export type CaseHeader = z.infer<typeof caseHeaderSchema>;

const timeInputSchema = z.strictObject({ label: text(200), earliest: isoDateSchema.nullish(), latest: isoDateSchema.nullish() });
export const approximateTimeSchema = z.object({
  label: z.string(),
  earliest: z.string().nullable(),
  latest: z.string().nullable(),
  precision: z.enum(TIME_PRECISIONS),
});

export const sittingInputSchema = z.strictObject({
  heldOn: isoDateSchema,
  durationMinutes: z.number().int().min(1).max(1440),
  mode: z.enum(['in-person', 'phone', 'video']),
  present: z.array(text(200)).max(20).default([]),
  interpreter: z.strictObject({ name: optionalNameText(200), language: languageTag }).nullish(),
  couldSpeakFreely: z.enum(['yes', 'no', 'unsure']),
  topicsCovered: z.array(topicSchema).max(20).default([]),
  topicsLater: z.array(topicSchema).max(20).default([]),
  note: optionalText(20_000),
  noteCompartment: compartmentSchema.optional(),
});
export type SittingInput = z.output<typeof sittingInputSchema>;
export const sittingPatchSchema = z.strictObject({
  heldOn: isoDateSchema.optional(),
  durationMinutes: z.number().int().min(1).max(1440).optional(),
  mode: z.enum(['in-person', 'phone', 'video']).optional(),
  present: z.array(text(200)).max(20).optional(),
  interpreter: z.strictObject({ name: optionalNameText(200), language: languageTag }).nullish(),
  couldSpeakFreely: z.enum(['yes', 'no', 'unsure']).optional(),
  topicsCovered: z.array(topicSchema).max(20).optional(),
  topicsLater: z.array(topicSchema).max(20).optional(),
  note: z.string().trim().max(20_000).nullish(),
  noteCompartment: compartmentSchema.optional(),
});
export type SittingPatch = z.output<typeof sittingPatchSchema>;

export const sittingSchema = z.object({
  id: z.string(),
  heldOn: z.string(),
  durationMinutes: z.number(),
  mode: z.enum(['in-person', 'phone', 'video']),
  present: z.array(z.string()),
  interpreter: z.object({ name: z.string().optional(), language: z.string() }).nullable(),
  couldSpeakFreely: z.enum(['yes', 'no', 'unsure']),
  topicsCovered: z.array(topicSchema),
  topicsLater: z.array(topicSchema),
  note: z.string().nullable(),
  noteCompartment: compartmentSchema,
  noteHidden: z.boolean(),
  createdAt: z.string(),
});
export type Sitting = z.infer<typeof sittingSchema>;

const fragmentFields = {
  text: text(50_000),
  source: z.enum(['client', 'practitioner-summary', 'document']),
  compartment: compartmentSchema,
  tags: z.array(tagSchema).max(7).default([]),
  sittingId: z.uuid().nullish(),
  time: timeInputSchema.nullish(),
  inconsistencyNote: z.string().trim().max(5000).nullish(),
  relatedFragmentIds: z.array(z.uuid()).max(50).default([]),
};
export const fragmentInputSchema = z.strictObject(fragmentFields);
export type FragmentInput = z.output<typeof fragmentInputSchema>;
export const fragmentPatchSchema = z.strictObject({
  text: fragmentFields.text.optional(),
  source: fragmentFields.source.optional(),
  compartment: fragmentFields.compartment.optional(),
  tags: z.array(tagSchema).max(7).optional(),
  sittingId: fragmentFields.sittingId,
  time: fragmentFields.time,
  inconsistencyNote: fragmentFields.inconsistencyNote,
  relatedFragmentIds: z.array(z.uuid()).max(50).optional(),
});
export type FragmentPatch = z.output<typeof fragmentPatchSchema>;

export const fragmentSchema = z.object({
  id: z.string(),
  text: z.string(),
  source: z.enum(['client', 'practitioner-summary', 'document']),
  sittingId: z.string().nullable(),
  time: approximateTimeSchema.nullable(),
  tags: z.array(tagSchema),
  compartment: compartmentSchema,
  inconsistencyNote: z.string().nullable(),
  relatedFragmentIds: z.array(z.string()),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Fragment = z.infer<typeof fragmentSchema>;

export const teamMemberSchema = z.object({
  userId: z.string(),
  displayName: z.string(),
  organisationId: z.string(),
  organisationName: z.string(),
  role: z.string(),
  teamRole: teamRoleSchema,
  supervisedBy: z.string().nullable(),
  addedAt: z.string(),
  /** Who put them on the team (null for members from before this was recorded). */
  addedBy: z.string().nullable(),
  addedByDisplayName: z.string().nullable(),
  /** A lawyer of the case vouched for them: only then may they reach privileged material. */
  vouched: z.boolean(),
});
