import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { authorize, ruleFor, type CaseAccessRequest } from './authorize';
import { DATA_CATEGORIES } from '../consent/model';
import { COMPARTMENTS, ROLES, TEAM_ROLES, type Actor, type BreakGlassGrant, type CaseAccessFacts, type TeamMember } from './model';
import { POLICY, POLICY_ACTIONS, isPolicyAction, type CaseAction, type CompartmentAction } from './policy';

const caseActions = POLICY_ACTIONS.filter((a): a is CaseAction => a.startsWith('case:'));
const compartmentActions: CompartmentAction[] = ['case:read-narrative', 'case:write-narrative'];

function requestsFor(c: CaseAccessFacts): CaseAccessRequest[] {
  return caseActions.flatMap((action): CaseAccessRequest[] =>
    (compartmentActions as string[]).includes(action)
      ? COMPARTMENTS.map((compartment) => ({ action: action as CompartmentAction, case: c, compartment }))
      : [{ action: action as Exclude<CaseAction, CompartmentAction>, case: c }],
  );
}

describe('the policy table', () => {
  it('names every action a route may authorize', () => {
    expect(POLICY_ACTIONS).toEqual([
      'case:list-visible',
      'case:read-overview',
      'case:update',
      'case:reveal-identity',
      'case:read-narrative',
      'case:write-narrative',
      'case:manage-team',
      'case:reassign',
      'case:manage-consents',
      'case:override-consent',
      'case:close',
      'case:delete',
      'case:read-audit',
      'case:break-glass',
      'org:manage-members',
    ]);
  });

  it('recognises policy action names and rejects others', () => {
    expect(isPolicyAction('case:update')).toBe(true);
    expect(isPolicyAction('case:export-everything')).toBe(false);
    expect(isPolicyAction('toString')).toBe(false);
  });

  it('gives privileged material to lawyers and legal workers only', () => {
    for (const action of compartmentActions)
      expect(ruleFor({ action, case: {} as CaseAccessFacts, compartment: 'privileged' }).team).not.toContain('support-worker');
  });

  it('lets only lawyers override a consent', () => {
    expect(POLICY['case:override-consent'].rule.team).toEqual(['responsible-lawyer', 'lawyer']);
  });

  it('never opens privileged material or any write under break-glass', () => {
    for (const request of requestsFor({} as CaseAccessFacts)) {
      const rule = ruleFor(request);
      if (rule.breakGlass) {
        expect(rule.writes ?? false, request.action).toBe(false);
        expect('compartment' in request && request.compartment === 'privileged', request.action).toBe(false);
      }
    }
  });
});

// Random teams, actors and grants: the invariants must hold whatever the data looks like.
const ids = fc.constantFrom('u1', 'u2', 'u3', 'u4');
const orgs = fc.constantFrom('org-a', 'org-b');
const member: fc.Arbitrary<TeamMember> = fc.record(
  { userId: ids, orgId: orgs, teamRole: fc.constantFrom(...TEAM_ROLES), supervisedBy: ids, vouchedBy: ids },
  { requiredKeys: ['userId', 'orgId', 'teamRole'] },
);
const sharing = fc.array(fc.record({ orgId: orgs, categories: fc.subarray([...DATA_CATEGORIES]) }), { maxLength: 2 });
const aCase: fc.Arbitrary<CaseAccessFacts> = fc.record(
  { id: fc.constant('case-1'), orgId: orgs, status: fc.constantFrom('open', 'closed'), team: fc.array(member, { maxLength: 5 }), sharing },
  { requiredKeys: ['id', 'orgId', 'status', 'team'] },
);
const actor: fc.Arbitrary<Actor> = fc.record({ id: ids, orgId: orgs, role: fc.constantFrom(...ROLES) });
const grants: fc.Arbitrary<BreakGlassGrant[]> = fc.array(
  fc.record({
    id: fc.constant('g'),
    caseId: fc.constant('case-1'),
    by: ids,
    reason: fc.constant('Client in danger; lawyer unreachable tonight'),
    grantedAt: fc.constant('2025-03-01T10:00:00Z'),
    expiresAt: fc.constant('2025-03-01T14:00:00Z'),
  }),
  { maxLength: 2 },
);
const NOW = '2025-03-01T12:00:00Z';

describe('policy invariants over random teams', () => {
  it('never shows privileged material to anyone but a lawyer or a legal worker on the team', () => {
    fc.assert(
      fc.property(actor, aCase, grants, (who, c, gs) => {
        for (const action of compartmentActions) {
          const d = authorize(who, { action, case: c, compartment: 'privileged' }, { now: NOW, grants: gs });
          if (d.allow) {
            expect(['lawyer', 'legal-worker']).toContain(who.role);
            // ... and only one a lawyer of the case vouched for.
            expect(c.team.find((m) => m.userId === who.id)?.vouchedBy).toBeDefined();
          }
        }
      }),
    );
  });

  it('never shows any case data to researchers or educators', () => {
    fc.assert(
      fc.property(actor, aCase, grants, (who, c, gs) => {
        if (who.role !== 'researcher' && who.role !== 'educator') return;
        for (const request of requestsFor(c)) expect(authorize(who, request, { now: NOW, grants: gs }).allow).toBe(false);
      }),
    );
  });

  it('answers not-found, never forbidden, to anyone who is neither on the team nor an admin of the holding organisation', () => {
    fc.assert(
      fc.property(actor, aCase, grants, (who, c, gs) => {
        const onTeam = c.team.some((m) => m.userId === who.id);
        if (onTeam || (who.role === 'admin' && who.orgId === c.orgId)) return;
        for (const request of requestsFor(c)) expect(authorize(who, request, { now: NOW, grants: gs })).toMatchObject({ deny: 'not-found' });
      }),
    );
  });

  it('never lets an admin change a team, with or without a grant', () => {
    fc.assert(
      fc.property(actor, aCase, grants, (who, c, gs) => {
        if (who.role === 'admin') expect(authorize(who, { action: 'case:manage-team', case: c }, { now: NOW, grants: gs }).allow).toBe(false);
      }),
    );
  });

  it('lets a member of another organisation reach only categories a consent to share with it names', () => {
    fc.assert(
      fc.property(actor, aCase, fc.subarray([...DATA_CATEGORIES]), (who, c, categories) => {
        const member = c.team.find((m) => m.userId === who.id);
        if (!member || member.orgId === c.orgId || who.role === 'admin') return;
        const shared = (c.sharing ?? []).filter((s) => s.orgId === member.orgId).flatMap((s) => s.categories);
        const d = authorize(who, { action: 'case:read-overview', case: c, categories }, { now: NOW });
        if (d.allow) expect(categories.every((cat) => shared.includes(cat))).toBe(true);
      }),
    );
  });

  it('allows no write on a closed case', () => {
    fc.assert(
      fc.property(actor, aCase, grants, (who, c, gs) => {
        const closed = { ...c, status: 'closed' as const };
        for (const request of requestsFor(closed)) if (ruleFor(request).writes) expect(authorize(who, request, { now: NOW, grants: gs }).allow).toBe(false);
      }),
    );
  });
});
