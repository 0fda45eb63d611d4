// Evidence as plain data: kinds and states, the "what is still missing" checklist per remedy, and
// exhibit numbering. Pure: the server seals, stores and audits (src/evidence).
export {
  EVIDENCE_KINDS,
  EVIDENCE_STATUSES,
  TRANSLATION_STATUSES,
  REQUEST_CHANNELS,
  type EvidenceKind,
  type EvidenceStatus,
  type TranslationStatus,
  type RequestChannel,
  type EvidenceLink,
  type EvidenceRequest,
  type EvidenceItemFacts,
} from './model';
export { evidenceChecklist, NEED_STATES, type NeedState, type RemedyChecklist, type ChecklistNeed, type RemedyEvidenceList } from './checklist';
export { exhibitLabel, exhibitsOf, nextExhibit } from './exhibits';
