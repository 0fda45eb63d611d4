// The evidence API's shapes as the web app reads them (src/evidence/schemas.ts on the server).

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
export const TRANSLATIONS = ['none', 'requested', 'done', 'certified'] as const;
export const CHANNELS = ['direct', 'overseas', 'consulate'] as const;
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
  translation: (typeof TRANSLATIONS)[number];
  supports: Link[];
  details: {
    description: string;
    date?: string;
    providedBy?: string;
    request?: { from?: string; requestedOn: string; channel: (typeof CHANNELS)[number]; followUpOn?: string };
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

/** The exhibit label of a number: A … Z, AA … (as on the server, src/core/evidence/exhibits.ts). */
export function exhibitLabel(n: number): string {
  let label = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) label = String.fromCharCode(65 + ((k - 1) % 26)) + label;
  return label;
}

export const PREVIEWABLE = ['application/pdf', 'image/jpeg', 'image/png', 'image/webp', 'image/gif'];

export const linkKey = (l: Link) => `${l.remedy}#${l.need ?? '*'}`;
