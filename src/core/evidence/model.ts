import type { RemedyId } from '../contract/identifiers';

// Evidence on a case, as plain data (issue 16, docs/evidence.md). What identifies the client
// (descriptions, who provided an item) never reaches these rules: they work on kinds, states,
// links and dates, and return codes that the web and documents put into words.

export const EVIDENCE_KINDS = [
  'identity-document',
  'contract',
  'pay-record',
  'messages',
  'photo',
  'medical-record',
  'police-report',
  'tribunal-decision',
  'witness-statement',
  'expert-report',
  'other',
] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

/** Held: Harbour or the team has it. Requested: asked for, not yet received. */
export const EVIDENCE_STATUSES = ['held', 'requested'] as const;
export type EvidenceStatus = (typeof EVIDENCE_STATUSES)[number];

/** Where a translation stands (the translator, if any, is named in the sealed details). */
export const TRANSLATION_STATUSES = ['none', 'requested', 'done', 'certified'] as const;
export type TranslationStatus = (typeof TRANSLATION_STATUSES)[number];

/** How a request went out: to someone in Canada, to someone overseas, or through a consulate. */
export const REQUEST_CHANNELS = ['direct', 'overseas', 'consulate'] as const;
export type RequestChannel = (typeof REQUEST_CHANNELS)[number];

/** An item supports a remedy, and optionally one entry (by position) of that remedy's evidence list. */
export interface EvidenceLink {
  remedy: RemedyId;
  need?: number;
}

/** An outstanding request: when it went out, how, and when to follow it up (who from is sealed). */
export interface EvidenceRequest {
  requestedOn: string;
  channel: RequestChannel;
  followUpOn?: string;
}

/** What the checklist and the exhibit index need of an item. */
export interface EvidenceItemFacts {
  id: string;
  exhibit: number;
  kind: EvidenceKind;
  status: EvidenceStatus;
  translation: TranslationStatus;
  supports: EvidenceLink[];
  request?: EvidenceRequest;
  hasFile: boolean;
}
