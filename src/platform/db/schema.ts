import type { ColumnType, Generated } from 'kysely';

// Row types of the tables created by ./migrations. Kept by hand beside the SQL they mirror.
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export interface OrganisationsTable {
  id: Generated<string>;
  name: string;
  is_demo: Generated<boolean>;
  retention_days: Generated<number>;
  created_at: Generated<Date>;
}

export type Role = 'admin' | 'lawyer' | 'legal-worker' | 'support-worker' | 'educator' | 'researcher';
export const ROLES: readonly Role[] = ['admin', 'lawyer', 'legal-worker', 'support-worker', 'educator', 'researcher'];

export interface UsersTable {
  id: Generated<string>;
  organisation_id: string;
  email: string;
  display_name: string;
  role: Role;
  /** The admin duty: manages the organisation's people. Gives no case access (migration 0005). Always true for role 'admin'. */
  is_admin: Generated<boolean>;
  status: Generated<'active' | 'disabled'>;
  password_hash: string;
  totp_secret: Buffer | null;
  /** The last TOTP time step accepted for this person; a code of that step or an earlier one is refused. bigint arrives as a string. */
  totp_last_step: ColumnType<string | null, number | null | undefined, number | null>;
  mfa_enrolled_at: Date | null;
  language: Generated<'en' | 'fr'>;
  discreet_mode: Generated<boolean>;
  /** Reminders also go by e-mail (migration 0015). */
  reminder_email: Generated<boolean>;
  created_at: Generated<Date>;
}

export interface RecoveryCodesTable {
  id: Generated<string>;
  user_id: string;
  code_hash: string;
  used_at: Date | null;
}

export type SessionStage = 'mfa-enrol' | 'mfa-verify' | 'active';

export interface SessionsTable {
  token_hash: string;
  user_id: string;
  stage: SessionStage;
  csrf_token: string;
  pending_totp_secret: Buffer | null;
  created_at: Generated<Date>;
  last_seen_at: Timestamp;
  expires_at: Timestamp;
}

export interface SetupTokensTable {
  token_hash: string;
  expires_at: Timestamp;
  used_at: Date | null;
}

export interface InvitationsTable {
  token_hash: string;
  organisation_id: string;
  email: string;
  role: Role;
  invited_by: string | null;
  expires_at: Timestamp;
  accepted_at: Date | null;
}

/** A one-time link that lets a person whose authenticator an admin reset enrol a new one (migration 0005). */
export interface MfaResetsTable {
  token_hash: string;
  user_id: string;
  created_by: string | null;
  expires_at: Timestamp;
  used_at: Date | null;
}

export interface AuditLogTable {
  seq: string | number; // bigint arrives as a string from pg
  at: Timestamp;
  /** The exact UTC instant text the hash covers (timestamptz would round it). */
  at_text: string;
  actor_id: string;
  action: string;
  case_id: string | null;
  detail: ColumnType<Record<string, unknown>, string, string>;
  prev_hash: string;
  hash: string;
  key_id: string | null;
}

export interface SignInThrottleTable {
  key: string;
  failures: number;
  locked_until: Date | null;
}

export interface RateLimitHitsTable {
  key: string;
  hits: number;
  reset_at: Date;
}

export interface ScheduledRunsTable {
  job: string;
  period: string;
  claimed_by: string;
  started_at: Date;
  finished_at: Date | null;
  outcome: string | null;
}

export interface KeyCheckTable {
  id: number;
  check_value: Buffer;
  system_key: Buffer;
  created_at: Generated<Date>;
}

// ---- Case files (migration 0002). Buffer columns are ciphertext under the case's data key. ----

export type CaseCompartment = 'privileged' | 'team' | 'shareable';
export type CaseTeamRole = 'responsible-lawyer' | 'lawyer' | 'legal-worker' | 'support-worker';

export interface CasesTable {
  id: Generated<string>;
  code: string;
  organisation_id: string;
  status: Generated<'open' | 'closed'>;
  province: string;
  languages: string[];
  interpreter_needed: boolean;
  wrapped_key: Buffer;
  identity: Buffer | null;
  safe_contact: Buffer | null;
  facts: Buffer | null;
  facts_updated_at: Date | null;
  outcome: string | null;
  created_by: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
  closed_at: Date | null;
}

export interface CaseNameIndexTable {
  case_id: string;
  token: string;
}

export interface CaseTeamTable {
  case_id: string;
  user_id: string;
  team_role: CaseTeamRole;
  supervised_by: string | null;
  added_at: Generated<Date>;
  /** Who put them on the team; null for rows from before migration 0005. */
  added_by: string | null;
  /** The lawyer of the case who vouched for their privileged access; null when an admin placed them. */
  vouched_by: string | null;
}

export interface CaseReassignmentsTable {
  id: string;
  case_id: string;
  by_user: string;
  from_user: string | null;
  to_user: string;
  /** Sealed with the case key. */
  reason: Buffer;
  at: Date;
}

export interface CaseSittingsTable {
  id: Generated<string>;
  case_id: string;
  held_on: string;
  duration_minutes: number;
  mode: 'in-person' | 'phone' | 'video';
  present: Buffer | null;
  interpreter: Buffer | null;
  interpreter_language: string | null;
  could_speak_freely: 'yes' | 'no' | 'unsure';
  topics_covered: string[];
  topics_later: string[];
  note: Buffer | null;
  note_compartment: CaseCompartment;
  /** The note is sealed with its compartment in the associated data (false only before start-up reseals it). */
  compartment_bound: Generated<boolean>;
  created_by: string | null;
  created_at: Generated<Date>;
}

export interface CaseFragmentsTable {
  id: Generated<string>;
  case_id: string;
  sitting_id: string | null;
  text: Buffer;
  source: 'client' | 'practitioner-summary' | 'document';
  time: Buffer | null;
  tags: string[];
  compartment: CaseCompartment;
  /** Text and inconsistency note are sealed with the compartment in the associated data (false only before start-up reseals them). */
  compartment_bound: Generated<boolean>;
  inconsistency_note: Buffer | null;
  related_fragment_ids: string[];
  created_by: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface CaseConsentsTable {
  id: Generated<string>;
  case_id: string;
  position: Generated<string | number>;
  kind: 'consent' | 'refusal' | 'explanation';
  entry: Buffer;
  recorded_at: Generated<Date>;
}

export interface CaseOverridesTable {
  id: Generated<string>;
  case_id: string;
  entry: Buffer;
  recorded_at: Generated<Date>;
}

export interface CaseBreakGlassTable {
  id: Generated<string>;
  case_id: string;
  by_user: string;
  reason: Buffer;
  granted_at: Timestamp;
  expires_at: Timestamp;
}

export interface CaseFactsHistoryTable {
  id: Generated<string>;
  case_id: string;
  changed_at: Generated<Date>;
  changed_by: string | null;
  changed: string[];
  patch: Buffer;
}

export const CASE_DATE_KINDS = ['hearing', 'appointment', 'filing', 'decision-expected', 'follow-up', 'other'] as const;
export type CaseDateKind = (typeof CASE_DATE_KINDS)[number];

export interface CaseDatesTable {
  id: string;
  case_id: string;
  kind: CaseDateKind;
  /** A calendar day: read back as text (YYYY-MM-DD), never as an instant. */
  on_date: ColumnType<string, string, string>;
  at_time: string | null;
  /** Sealed with the case key. */
  note: Buffer | null;
  created_by: string | null;
  created_at: Timestamp;
}

export interface CalendarFeedsTable {
  person_id: string;
  token_hash: string;
  created_at: Timestamp;
  revoked_at: Timestamp | null;
}

// ---- Reminders and the institution log (migration 0015) ----------------------------------------

export interface ReminderPreferencesTable {
  person_id: string;
  kind: string;
  offsets: number[];
}

export type EmailState = 'none' | 'pending' | 'sending' | 'sent';

export interface NotificationsTable {
  id: Generated<string>;
  person_id: string;
  case_id: string;
  item_key: string;
  kind: string;
  on_date: ColumnType<string, string, string>;
  days_before: number;
  created_at: Timestamp;
  read_at: Timestamp | null;
  email_state: EmailState;
}

export interface InstitutionLogTable {
  id: string;
  case_id: string;
  institution: string;
  request_kind: string;
  sent_on: ColumnType<string, string, string>;
  /** Sealed with the case key. */
  what_sent: Buffer | null;
  /** Sealed with the case key. */
  reference: Buffer | null;
  follow_up_days: number | null;
  extension_days: number | null;
  answered_on: ColumnType<string | null, string | null | undefined, string | null>;
  outcome: string | null;
  /** Sealed with the case key. */
  outcome_note: Buffer | null;
  created_by: string | null;
  created_at: Timestamp;
}

// ---- Referrals and the directory of services (migration 0013) ----
type ReferralStatus = 'sent' | 'acknowledged' | 'accepted' | 'declined' | 'outcome';

export const DIRECTORY_VISIBILITIES = ['organisation', 'instance'] as const;
export const REFERRAL_OUTCOMES = ['service-provided', 'client-did-not-attend', 'not-eligible', 'no-capacity', 'other'] as const;
export type ReferralOutcome = (typeof REFERRAL_OUTCOMES)[number];

export interface DirectoryEntriesTable {
  id: string;
  organisation_id: string;
  visibility: (typeof DIRECTORY_VISIBILITIES)[number];
  harbour_organisation_id: string | null;
  /** The entry in the seed format (public details of a service; no client data). */
  entry: ColumnType<unknown, string, string>;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface DirectoryEntryChangesTable {
  id: Generated<string>;
  entry_id: string;
  changed_by: string | null;
  changed_at: Timestamp;
  reviewed_on: ColumnType<string, string, string>;
  changed: string[];
}

export interface ReferralsTable {
  id: string;
  case_id: string;
  from_organisation_id: string;
  entry_id: string;
  /** What the consent names: the receiving organisation's id inside this Harbour, else the entry id. */
  recipient: string;
  recipient_organisation_id: string | null;
  categories: string[];
  language: 'en' | 'fr';
  status: ReferralStatus;
  outcome: ReferralOutcome | null;
  follow_up_on: ColumnType<string | null, string | null | undefined, string | null>;
  /** Sealed with the case key. */
  packet: Buffer;
  /** Sealed with the case key. */
  notes: Buffer | null;
  linked_case_id: string | null;
  /** Sealed with the linked case's key. */
  received_packet: Buffer | null;
  access_ended_on: ColumnType<string | null, string | null | undefined, string | null>;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ReferralEventsTable {
  id: Generated<string>;
  referral_id: string;
  status: string;
  by_user: string | null;
  by_organisation_id: string | null;
  at: Timestamp;
}

export interface Database {
  organisations: OrganisationsTable;
  users: UsersTable;
  recovery_codes: RecoveryCodesTable;
  sessions: SessionsTable;
  setup_tokens: SetupTokensTable;
  invitations: InvitationsTable;
  mfa_resets: MfaResetsTable;
  audit_log: AuditLogTable;
  key_check: KeyCheckTable;
  sign_in_throttle: SignInThrottleTable;
  rate_limit_hits: RateLimitHitsTable;
  scheduled_runs: ScheduledRunsTable;
  cases: CasesTable;
  case_name_index: CaseNameIndexTable;
  case_team: CaseTeamTable;
  case_sittings: CaseSittingsTable;
  case_fragments: CaseFragmentsTable;
  case_consents: CaseConsentsTable;
  case_overrides: CaseOverridesTable;
  case_break_glass: CaseBreakGlassTable;
  case_facts_history: CaseFactsHistoryTable;
  case_reassignments: CaseReassignmentsTable;
  case_dates: CaseDatesTable;
  calendar_feeds: CalendarFeedsTable;
  reminder_preferences: ReminderPreferencesTable;
  notifications: NotificationsTable;
  institution_log: InstitutionLogTable;
  directory_entries: DirectoryEntriesTable;
  directory_entry_changes: DirectoryEntryChangesTable;
  referrals: ReferralsTable;
  referral_events: ReferralEventsTable;
}
