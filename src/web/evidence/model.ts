// The evidence API's shapes as the web app reads them (src/evidence/schemas.ts on the server).

// The kinds, statuses and exhibit labels are the core's own (pure constants and one function).
export { EVIDENCE_KINDS, TRANSLATION_STATUSES as TRANSLATIONS, REQUEST_CHANNELS as CHANNELS, type EvidenceKind } from '../../core/evidence/model';
export { exhibitLabel } from '../../core/evidence/exhibits';
import type { EvidenceKind, REQUEST_CHANNELS, TRANSLATION_STATUSES } from '../../core/evidence/model';

export type Compartment = 'privileged' | 'team' | 'shareable';

export interface Link {
  remedy: string;
  need?: number;
}

export interface EvidenceItem {
  id: string;
  exhibit: number;
  label: string;
  kind: EvidenceKind;
  compartment: Compartment;
  status: 'held' | 'requested';
  translation: (typeof TRANSLATION_STATUSES)[number];
  supports: Link[];
  details: {
    description: string;
    date?: string;
    providedBy?: string;
    request?: { from?: string; requestedOn: string; channel: (typeof REQUEST_CHANNELS)[number]; followUpOn?: string };
  };
  file: {
    id: string;
    version: number;
    size: number;
    sha256: string;
    mediaType: string;
    name?: string;
    metadataRemovedOnExport: boolean;
    uploadedAt: string;
  } | null;
  createdAt: string;
}

export interface ChecklistNeed {
  need: number;
  text: string;
  state: 'held' | 'requested' | 'missing';
  exhibits: number[];
  request?: { requestedOn: string; channel: string; followUpOn?: string; overdue: boolean };
}

export interface RemedyChecklist {
  remedy: string;
  inPlayBecause: 'assessment' | 'linked';
  needs: ChecklistNeed[];
  otherExhibits: number[];
  counts: { held: number; requested: number; missing: number };
}

export interface HistoryEntry {
  action: string;
  at: string;
  by: string | null;
  sha256: string | null;
}

export const PREVIEWABLE = ['application/pdf', 'image/jpeg', 'image/png', 'image/webp', 'image/gif'];

export const linkKey = (l: Link) => `${l.remedy}#${l.need ?? '*'}`;
