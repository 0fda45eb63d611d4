// Evaluates the POLICY table for one actor, one action and one target.
// Outside the team a case does not exist: non-members get 'not-found', never 'forbidden', so
// a probe cannot learn that a person has a file. Members get 'forbidden' with a reason code.
import { isGrantActive } from './break-glass';
import { TEAM_ROLES_FOR_ROLE, type Actor, type BreakGlassGrant, type CaseAccessFacts, type Compartment, type TeamMember } from './model';
import { POLICY, type CaseAction, type CaseRule, type CompartmentAction } from './policy';

export type AccessRequest =
  | { action: Exclude<CaseAction, CompartmentAction>; case: CaseAccessFacts }
  | { action: CompartmentAction; case: CaseAccessFacts; compartment: Compartment }
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

function isSupervised(member: TeamMember, team: readonly TeamMember[]): boolean {
  return team.some((m) => m.userId === member.supervisedBy && (m.teamRole === 'responsible-lawyer' || m.teamRole === 'lawyer'));
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
  if (!TEAM_ROLES_FOR_ROLE[actor.role].includes(member.teamRole)) return forbidden('team-role-does-not-fit-role');
  if (!rule.team.includes(member.teamRole)) return forbidden('team-role-not-permitted');
  if (member.teamRole === 'legal-worker' && rule.supervisedLegalWorkers && !isSupervised(member, target.team)) {
    return forbidden('legal-worker-not-supervised');
  }
  if (rule.writes && target.status === 'closed') return forbidden('case-closed');
  return { allow: true, via: 'team' };
}
