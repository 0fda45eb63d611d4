import { describe, expect, it } from 'vitest';
import { authorize, type AccessRequest } from './authorize';
import { createBreakGlassGrant } from './break-glass';
import type { Actor, BreakGlassGrant, CaseAccessFacts } from './model';
import { POLICY_ACTIONS, type CaseAction } from './policy';

// The admin duty beside a practice role (issue 11, finding 10): it manages people, and nothing
// about a case follows from it. A lawyer holding it is, for every case, just a lawyer.

const NOW = '2025-03-01T12:00:00Z';
const lawyerAdmin: Actor = { id: 'la', orgId: 'org-a', role: 'lawyer', adminDuty: true };
const plainLawyer: Actor = { id: 'la', orgId: 'org-a', role: 'lawyer' };
const notOnTeam: CaseAccessFacts = { id: 'case-1', orgId: 'org-a', status: 'open', team: [{ userId: 'rl', orgId: 'org-a', teamRole: 'responsible-lawyer' }] };
const onTeam: CaseAccessFacts = { ...notOnTeam, team: [...notOnTeam.team, { userId: 'la', orgId: 'org-a', teamRole: 'lawyer' }] };
const grant: BreakGlassGrant = {
  id: 'g1',
  caseId: 'case-1',
  by: 'la',
  reason: 'Responsible lawyer unreachable; client in danger',
  grantedAt: '2025-03-01T10:00:00Z',
  expiresAt: '2025-03-01T14:00:00Z',
};

const caseRequests = (c: CaseAccessFacts): AccessRequest[] =>
  POLICY_ACTIONS.filter((a): a is CaseAction => a.startsWith('case:')).flatMap((action): AccessRequest[] =>
    action === 'case:read-narrative' || action === 'case:write-narrative'
      ? (['privileged', 'team', 'shareable'] as const).map((compartment) => ({ action, case: c, compartment }))
      : [{ action, case: c } as AccessRequest],
  );

describe('the admin duty', () => {
  it('lets a lawyer who holds it manage the people of their own organisation only', () => {
    expect(authorize(lawyerAdmin, { action: 'org:manage-members', orgId: 'org-a' }, { now: NOW })).toEqual({ allow: true, via: 'org-admin' });
    expect(authorize(lawyerAdmin, { action: 'org:manage-members', orgId: 'org-b' }, { now: NOW })).toMatchObject({
      deny: 'forbidden',
      reason: 'other-organisation',
    });
    expect(authorize(plainLawyer, { action: 'org:manage-members', orgId: 'org-a' }, { now: NOW })).toMatchObject({ reason: 'not-an-admin' });
  });

  it.each([
    ['not on the team', notOnTeam],
    ['on the team', onTeam],
  ])('decides every case action exactly as for the same lawyer without it (%s), whatever grants exist', (_name, c) => {
    for (const request of caseRequests(c)) {
      expect(authorize(lawyerAdmin, request, { now: NOW, grants: [grant] }), request.action).toEqual(
        authorize(plainLawyer, request, { now: NOW, grants: [grant] }),
      );
    }
  });

  it('gives no case access at all to a lawyer holding it who is not on the team', () => {
    for (const request of caseRequests(notOnTeam))
      expect(authorize(lawyerAdmin, request, { now: NOW, grants: [grant] }), request.action).toMatchObject({ allow: false, deny: 'not-found' });
  });

  it('does not let its holder ask for a break-glass grant', () => {
    expect(createBreakGlassGrant({ id: 'g', actor: lawyerAdmin, case: notOnTeam, reason: grant.reason, now: NOW, hours: 1 })).toEqual({
      ok: false,
      reason: 'not-an-admin',
    });
  });
});
