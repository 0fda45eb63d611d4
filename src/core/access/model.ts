// Plain data the policy decides over. The server loads these from the database; the policy
// never queries anything, so every rule can be tested as a table.
import type { DataCategory } from '../consent/model';

export const ROLES = ['admin', 'lawyer', 'legal-worker', 'support-worker', 'educator', 'researcher'] as const;
export type Role = (typeof ROLES)[number];

export const TEAM_ROLES = ['responsible-lawyer', 'lawyer', 'legal-worker', 'support-worker'] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];

/**
 * privileged: solicitor–client privileged material (lawyers, and legal workers they supervise);
 * team: the whole case team, from any organisation on it; shareable: may leave the team, with
 * the client's consent (sharing itself is gated by the consent ledger, not by this policy).
 */
export const COMPARTMENTS = ['privileged', 'team', 'shareable'] as const;
export type Compartment = (typeof COMPARTMENTS)[number];

/**
 * Which team roles a user of each role may hold. Role 'admin' administers without practising and
 * holds no team role; a lawyer who also administers keeps role 'lawyer' and holds the admin duty
 * (Actor.adminDuty), which gives no case access.
 */
export const TEAM_ROLES_FOR_ROLE: Record<Role, readonly TeamRole[]> = {
  admin: [],
  lawyer: ['responsible-lawyer', 'lawyer'],
  'legal-worker': ['legal-worker'],
  'support-worker': ['support-worker'],
  educator: [],
  researcher: [],
};

export interface Actor {
  id: string;
  orgId: string;
  /** The practice role: the only thing case access follows. */
  role: Role;
  /**
   * The admin duty held beside a practice role (a solo lawyer who also runs the organisation).
   * It lets the person manage the organisation's people and nothing else: every case rule still
   * reads `role` alone, so the duty never opens, lists or staffs a case. Role 'admin' implies it.
   */
  adminDuty?: boolean;
}

export interface TeamMember {
  userId: string;
  orgId: string;
  teamRole: TeamRole;
  /** For legal workers: the lawyer on this team who supervises them. */
  supervisedBy?: string;
  /**
   * The lawyer who vouched for this member's access to privileged material: a lawyer on this
   * case, who held that standing themselves, added them (the lawyer who opened the case vouches
   * for themselves). Absent when an administrator placed them (a reassignment), or when the
   * person who added them had no standing. Without it the privileged compartment stays closed.
   */
  vouchedBy?: string;
}

/** What a consent to share with an organisation opens today: the data categories it names. */
export interface SharingInEffect {
  orgId: string;
  categories: readonly DataCategory[];
}

export interface CaseAccessFacts {
  id: string;
  /** The organisation that holds the file; its admins administer it. */
  orgId: string;
  status: 'open' | 'closed';
  team: readonly TeamMember[];
  /**
   * Consents to share with other organisations in effect now (given, explained, not withdrawn or
   * expired). Members from another organisation reach the case only through one of these, and
   * only the categories it names. Absent means none.
   */
  sharing?: readonly SharingInEffect[];
}

/** Emergency access by an admin of the owning organisation: reasoned, personal and short. */
export interface BreakGlassGrant {
  id: string;
  caseId: string;
  by: string;
  reason: string;
  /** ISO 8601 instants with a time zone, e.g. 2025-03-01T10:00:00Z. */
  grantedAt: string;
  expiresAt: string;
}

export const BREAK_GLASS_REASON_MIN_LENGTH = 20;
/** A reason is written in words: this many different words of two letters or more… */
export const BREAK_GLASS_REASON_MIN_WORDS = 3;
/** …using at least this many different letters (so no key held down, no "asdf asdf asdf"). */
export const BREAK_GLASS_REASON_MIN_LETTERS = 6;
export const BREAK_GLASS_MAX_HOURS = 24;

/** A reassignment's reason must say, in words, why the case changes hands. */
export const REASSIGNMENT_REASON_MIN_LENGTH = 20;
export const REASSIGNMENT_REASON_MIN_WORDS = 4;
