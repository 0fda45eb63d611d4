// Evaluates the POLICY table for one actor, one action and one target.
// Outside the team a case does not exist: non-members get 'not-found', never 'forbidden', so
// a probe cannot learn that a person has a file. Members get 'forbidden' with a reason code.
import { isGrantActive } from './break-glass';
import type { DataCategory } from '../consent/model';
import { TEAM_ROLES_FOR_ROLE, type Actor, type BreakGlassGrant, type CaseAccessFacts, type Compartment, type TeamMember } from './model';
import { POLICY, type CaseAction, type CaseRule, type CompartmentAction } from './policy';

/**
 * `categories`: the data categories (of the consent model) the request reaches. They matter to
 * members from another organisation, whose access rests on a consent to share: it must be in
 * effect and name every one of them. Absent means none beyond the case's existence.
 */
export type AccessRequest =
  | { action: Exclude<CaseAction, CompartmentAction>; case: CaseAccessFacts; categories?: readonly DataCategory[] }
  | { action: CompartmentAction; case: CaseAccessFacts; compartment: Compartment; categories?: readonly DataCategory[] }
  | { action: 'org:manage-members'; orgId: string };

export type CaseAccessRequest = Exclude<AccessRequest, { action: 'org:manage-members' }>;

export interface AccessContext {
  /** ISO 8601 instant; the policy never reads the clock. */
  now: string;
  grants?: readonly BreakGlassGrant[];
}

export const ACCESS_DENY_REASONS = [
  'not-on-team',
  'other-organisation',
  'role-sees-no-case-data',
  'team-role-does-not-fit-role',
  'team-role-not-permitted',
  'legal-worker-not-supervised',
  'not-vouched-for',
  'no-consent-to-share',
  'category-not-shared',
  'case-closed',
  'admin-needs-break-glass',
  'not-permitted-under-break-glass',
  'not-an-admin',
] as const;
export type AccessDenyReason = (typeof ACCESS_DENY_REASONS)[number];

export type AccessDecision =
  | { allow: true; via: 'team' | 'org-admin' }
  | { allow: true; via: 'break-glass'; grantId: string }
  | { allow: false; deny: 'not-found' | 'forbidden'; reason: AccessDenyReason };

const notFound = (reason: AccessDenyReason): AccessDecision => ({ allow: false, deny: 'not-found', reason });
const forbidden = (reason: AccessDenyReason): AccessDecision => ({ allow: false, deny: 'forbidden', reason });

export function ruleFor(request: CaseAccessRequest): CaseRule {
  const entry = POLICY[request.action];
  return 'byCompartment' in entry ? entry.byCompartment[(request as { compartment: Compartment }).compartment] : entry.rule;
}

function isSupervised(member: TeamMember, team: readonly TeamMember[], vouched: boolean): boolean {
  return team.some(
    (m) => m.userId === member.supervisedBy && (m.teamRole === 'responsible-lawyer' || m.teamRole === 'lawyer') && (!vouched || m.vouchedBy !== undefined),
  );
}

/** For a member of another organisation: does a consent to share with it, in effect now, cover the request? */
function sharingDecision(member: TeamMember, target: CaseAccessFacts, categories: readonly DataCategory[]): AccessDecision | null {
  if (member.orgId === target.orgId) return null;
  const shared = new Set((target.sharing ?? []).filter((s) => s.orgId === member.orgId).flatMap((s) => s.categories));
  // No consent in effect: the case is, to them, no longer there at all.
  if (!(target.sharing ?? []).some((s) => s.orgId === member.orgId)) return notFound('no-consent-to-share');
  return categories.every((c) => shared.has(c)) ? null : forbidden('category-not-shared');
}

export function authorize(actor: Actor, request: AccessRequest, context: AccessContext): AccessDecision {
  if (request.action === 'org:manage-members') {
    if (actor.role !== 'admin' && actor.adminDuty !== true) return forbidden('not-an-admin');
    return actor.orgId === request.orgId ? { allow: true, via: 'org-admin' } : forbidden('other-organisation');
  }
  const target = request.case;
  const rule = ruleFor(request);
  if (actor.role === 'educator' || actor.role === 'researcher') return notFound('role-sees-no-case-data');

  if (actor.role === 'admin') {
    if (actor.orgId !== target.orgId) return notFound('other-organisation');
    if (rule.orgAdmin) return rule.writes && target.status === 'closed' ? forbidden('case-closed') : { allow: true, via: 'org-admin' };
    const grant = (context.grants ?? []).find((g) => isGrantActive(g, actor, target.id, context.now));
    if (!grant) return forbidden('admin-needs-break-glass');
    if (!rule.breakGlass) return forbidden('not-permitted-under-break-glass');
    return { allow: true, via: 'break-glass', grantId: grant.id };
  }

  const member = target.team.find((m) => m.userId === actor.id);
  if (!member) return notFound(actor.orgId === target.orgId ? 'not-on-team' : 'other-organisation');
  const shared = sharingDecision(member, target, request.categories ?? []);
  if (shared) return shared;
  if (!TEAM_ROLES_FOR_ROLE[actor.role].includes(member.teamRole)) return forbidden('team-role-does-not-fit-role');
  if (!rule.team.includes(member.teamRole)) return forbidden('team-role-not-permitted');
  if (member.teamRole === 'legal-worker' && rule.supervisedLegalWorkers && !isSupervised(member, target.team, rule.vouched === true)) {
    return forbidden('legal-worker-not-supervised');
  }
  if (rule.vouched && member.vouchedBy === undefined) return forbidden('not-vouched-for');
  if (rule.writes && target.status === 'closed') return forbidden('case-closed');
  return { allow: true, via: 'team' };
}
