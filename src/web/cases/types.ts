// The shapes of the case-file API (docs/cases/api.md), as the browser sees them.
import type { Compartment, TeamRole } from '../../core/access/model';
import type { IntakeTopic } from '../../core/cases/intake-guide';
import type { ConsentState } from '../../core/consent/in-effect';
import type { ConsentPurpose, DataCategory, GatedAction, GivenHow } from '../../core/consent/model';
import type { Province, RemedyId } from '../../core/contract/identifiers';

export type { Compartment, TeamRole, IntakeTopic, ConsentPurpose, DataCategory, GatedAction, GivenHow, Province, RemedyId };
export { COMPARTMENTS, TEAM_ROLES_FOR_ROLE } from '../../core/access/model';
export { INTAKE_TOPICS } from '../../core/cases/intake-guide';
export { PROVINCES, REMEDY_IDS } from '../../core/contract/identifiers';

export type Safety = 'safe' | 'unsafe' | 'unknown';
export type Outcome = 'remedy-granted' | 'remedy-refused' | 'resolved-otherwise' | 'referred-elsewhere' | 'client-withdrew' | 'lost-contact' | 'other';
export const OUTCOMES: readonly Outcome[] = [
  'remedy-granted',
  'remedy-refused',
  'resolved-otherwise',
  'referred-elsewhere',
  'client-withdrew',
  'lost-contact',
  'other',
];
export type Tag = 'recruitment' | 'journey' | 'work' | 'living-conditions' | 'control' | 'exit' | 'after-exit';
export const TAGS: readonly Tag[] = ['recruitment', 'journey', 'work', 'living-conditions', 'control', 'exit', 'after-exit'];
export type Source = 'client' | 'practitioner-summary' | 'document';
export const SOURCES: readonly Source[] = ['client', 'practitioner-summary', 'document'];
export type SittingMode = 'in-person' | 'phone' | 'video';
export const SITTING_MODES: readonly SittingMode[] = ['in-person', 'phone', 'video'];
export type FreeSpeech = 'yes' | 'no' | 'unsure';

// Kept in the order of src/core/consent/model.ts; the type check catches a purpose that disappears.
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
] as const satisfies readonly ConsentPurpose[];
export const DATA_CATEGORIES = [
  'identity',
  'contact',
  'narrative',
  'immigration',
  'employment',
  'health',
  'documents',
] as const satisfies readonly DataCategory[];
export const PURPOSES_NEEDING_RECIPIENT: readonly ConsentPurpose[] = ['share-with-organisation', 'refer'];
export const PURPOSES_WITH_REMEDY: readonly ConsentPurpose[] = ['file-remedy', 'name-employer-in-complaint'];

export interface CaseSummary {
  code: string;
  status: 'open' | 'closed';
  province: Province;
  languages: string[];
  interpreterNeeded: boolean;
  myTeamRole: TeamRole | null;
  createdAt: string;
  closedAt: string | null;
  lastSittingOn: string | null;
}

export interface SafeContact {
  call: Safety;
  text: Safety;
  email: Safety;
  leaveMessages: Safety;
  safeTimes?: string;
  codeWord?: string;
  othersWhoMayAnswer?: string;
  notes?: string;
}

export interface Identity {
  names: string[];
  aliases: string[];
  dateOfBirth?: string;
  nationality?: string;
  contact: { phone?: string; email?: string; address?: string; other?: string };
  documentsHeld: string[];
}

export interface BreakGlassNotice {
  id: string;
  byUserId: string;
  byDisplayName: string;
  reason: string;
  grantedAt: string;
  expiresAt: string;
  active: boolean;
}

export interface CaseHeader extends CaseSummary {
  outcome: Outcome | null;
  access: 'team' | 'org-admin' | 'break-glass';
  identityRecorded: boolean;
  safeContact: SafeContact | null;
  breakGlass: BreakGlassNotice[];
}

export interface Sitting {
  id: string;
  heldOn: string;
  durationMinutes: number;
  mode: SittingMode;
  present: string[];
  interpreter: { name?: string; language: string } | null;
  couldSpeakFreely: FreeSpeech;
  topicsCovered: IntakeTopic[];
  topicsLater: IntakeTopic[];
  note: string | null;
  noteCompartment: Compartment;
  noteHidden: boolean;
  createdAt: string;
}

export interface IntakeGuide {
  done: IntakeTopic[];
  remaining: IntakeTopic[];
  revisit: IntakeTopic[];
  nextSitting: IntakeTopic[];
  cautions: ('could-not-speak-freely' | 'safety-not-yet-covered')[];
}

export interface ApproximateTime {
  label: string;
  earliest: string | null;
  latest: string | null;
  precision: 'day' | 'month' | 'season' | 'year' | 'range' | 'relative';
}

export interface Fragment {
  id: string;
  text: string;
  source: Source;
  sittingId: string | null;
  time: ApproximateTime | null;
  tags: Tag[];
  compartment: Compartment;
  inconsistencyNote: string | null;
  relatedFragmentIds: string[];
  createdAt: string;
  updatedAt: string;
}

export interface Timeline {
  entries: { fragment: Fragment; time: ApproximateTime }[];
  undated: Fragment[];
}

interface EntryBase {
  id: string;
  language: string;
  interpreter?: string;
  recordedBy: string;
}
export interface ConsentEntry extends EntryBase {
  kind: 'consent';
  purpose: ConsentPurpose;
  remedy?: RemedyId;
  scope: DataCategory[];
  recipient?: string;
  givenHow: GivenHow;
  givenOn: string;
  expiresOn?: string;
  withdrawnOn?: string;
}
export interface RefusalEntry extends EntryBase {
  kind: 'refusal';
  purpose: ConsentPurpose;
  remedy?: RemedyId;
  recipient?: string;
  givenHow: GivenHow;
  decidedOn: string;
}
export interface ExplanationEntry extends EntryBase {
  kind: 'explanation';
  purposes: ConsentPurpose[];
  explainedOn: string;
  /** Set when the explanation went through the client's options sheet (confirmed on the plan tab). */
  material?: { kind: 'options-sheet'; lang: string; digest: string };
}
export type LedgerEntry = ConsentEntry | RefusalEntry | ExplanationEntry;

export interface ConsentOverride {
  id: string;
  action: GatedAction;
  reason: string;
  byLawyer: string;
  recordedOn: string;
  expiresOn?: string;
}

export type ConsentDecision = 'yes' | 'no' | 'undecided';
export interface Consents {
  ledger: LedgerEntry[];
  /** Each consent's state today, by id: the core's one definition of "in effect" (never recomputed here). */
  states: Record<string, ConsentState>;
  overrides: ConsentOverride[];
  contractConsents: { contactPolice: ConsentDecision; contactImmigrationAuthorities: ConsentDecision; fileComplaintsNamingEmployer: ConsentDecision };
}

export interface TeamMember {
  userId: string;
  displayName: string;
  organisationId: string;
  organisationName: string;
  role: string;
  teamRole: TeamRole;
  supervisedBy: string | null;
  addedAt: string;
  addedBy: string | null;
  addedByDisplayName: string | null;
  /** A lawyer of the case vouched for them: without it, privileged material stays closed to them. */
  vouched: boolean;
}

/** An administrator handing on a case whose responsible lawyer is gone; shown to the team. */
export interface Reassignment {
  id: string;
  at: string;
  byUserId: string;
  byDisplayName: string;
  fromUserId: string | null;
  toUserId: string;
  reason: string;
}

export interface Person {
  id: string;
  displayName: string;
  organisationId: string;
  organisationName: string;
  role: 'lawyer' | 'legal-worker' | 'support-worker';
  email?: string;
}

export interface ActivityEntry {
  seq: number;
  at: string;
  actorId: string;
  actorDisplayName: string | null;
  action: string;
  detail: Record<string, unknown>;
}
