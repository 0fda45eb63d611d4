// Reassignment: an admin of the holding organisation hands a case to another lawyer when its
// responsible lawyer is gone (their account disabled). It is the only team change an admin may
// make, it needs a reason in words, and it never gives the newcomer the privileged compartment:
// only a lawyer of the case can vouch for that (TeamMember.vouchedBy).
import { isReasonInWords as isWordyReason } from './reasons';
import { REASSIGNMENT_REASON_MIN_LENGTH, REASSIGNMENT_REASON_MIN_WORDS, type Actor, type CaseAccessFacts, type Role } from './model';

export type ReassignmentRefusal =
  'not-an-admin' | 'other-organisation' | 'case-closed' | 'responsible-lawyer-active' | 'not-an-active-lawyer-of-the-organisation' | 'reason-not-in-words';

/** A reason says something: at least 20 characters and four different words (see reasons.ts). */
export function isReasonInWords(reason: string): boolean {
  return reason.trim().length >= REASSIGNMENT_REASON_MIN_LENGTH && isWordyReason(reason, REASSIGNMENT_REASON_MIN_WORDS);
}

type CaseRefusal = Extract<ReassignmentRefusal, 'not-an-admin' | 'other-organisation' | 'case-closed' | 'responsible-lawyer-active'>;

/**
 * Whether this admin may hand this case on at all now, before naming anyone or giving a reason:
 * what the case page asks before it offers the reassignment form.
 */
export function checkCaseReassignable(actor: Actor, target: CaseAccessFacts): { ok: true } | { ok: false; reason: CaseRefusal } {
  if (actor.role !== 'admin') return { ok: false, reason: 'not-an-admin' };
  if (actor.orgId !== target.orgId) return { ok: false, reason: 'other-organisation' };
  if (target.status === 'closed') return { ok: false, reason: 'case-closed' };
  // `team` holds active accounts only: a responsible lawyer listed there is still working.
  if (target.team.some((m) => m.teamRole === 'responsible-lawyer')) return { ok: false, reason: 'responsible-lawyer-active' };
  return { ok: true };
}

/** Whether this admin may hand this case to this person now, with this reason. */
export function checkReassignment(input: {
  actor: Actor;
  case: CaseAccessFacts;
  to: { userId: string; orgId: string; role: Role; active: boolean };
  reason: string;
}): { ok: true } | { ok: false; reason: ReassignmentRefusal } {
  const { to } = input;
  const target = input.case;
  const reassignable = checkCaseReassignable(input.actor, target);
  if (!reassignable.ok) return reassignable;
  if (!to.active || to.role !== 'lawyer' || to.orgId !== target.orgId) return { ok: false, reason: 'not-an-active-lawyer-of-the-organisation' };
  if (!isReasonInWords(input.reason)) return { ok: false, reason: 'reason-not-in-words' };
  return { ok: true };
}
