import { describe, expect, it } from 'vitest';
import { authorize, type AccessDecision, type AccessRequest } from './authorize';
import { DATA_CATEGORIES } from '../consent/model';
import type { Actor, BreakGlassGrant, CaseAccessFacts, Role } from './model';

// The case file under test: held by org-a, staffed across three organisations (each with a
// consent to share everything in effect), every member vouched for by the responsible lawyer.
const theCase: CaseAccessFacts = {
  id: 'case-1',
  orgId: 'org-a',
  status: 'open',
  team: [
    { userId: 'rl', orgId: 'org-a', teamRole: 'responsible-lawyer', vouchedBy: 'rl' },
    { userId: 'lawyer-b', orgId: 'org-b', teamRole: 'lawyer', vouchedBy: 'rl' },
    { userId: 'lw', orgId: 'org-a', teamRole: 'legal-worker', supervisedBy: 'rl', vouchedBy: 'rl' },
    { userId: 'lw-alone', orgId: 'org-a', teamRole: 'legal-worker', vouchedBy: 'rl' },
    { userId: 'sw-c', orgId: 'org-c', teamRole: 'support-worker', vouchedBy: 'rl' },
    { userId: 'sw-as-lawyer', orgId: 'org-a', teamRole: 'lawyer', vouchedBy: 'rl' },
    { userId: 'edu-on-team', orgId: 'org-a', teamRole: 'support-worker', vouchedBy: 'rl' },
    // Placed by an admin's reassignment: nobody on the case vouched for them.
    { userId: 'placed', orgId: 'org-a', teamRole: 'lawyer' },
    { userId: 'lw-under-placed', orgId: 'org-a', teamRole: 'legal-worker', supervisedBy: 'placed', vouchedBy: 'rl' },
  ],
  sharing: [
    { orgId: 'org-b', categories: DATA_CATEGORIES },
    { orgId: 'org-c', categories: DATA_CATEGORIES },
  ],
};

const NOW = '2025-03-01T12:00:00Z';
const grant: BreakGlassGrant = {
  id: 'g1',
  caseId: 'case-1',
  by: 'admin-a',
  reason: 'Responsible lawyer unreachable; client in danger',
  grantedAt: '2025-03-01T10:00:00Z',
  expiresAt: '2025-03-01T14:00:00Z',
};

// Columns, in order. N = not-found, F = forbidden, A = allowed.
const COLUMNS: ((c: CaseAccessFacts) => AccessRequest)[] = [
  (c) => ({ action: 'case:list-visible', case: c }),
  (c) => ({ action: 'case:read-overview', case: c }),
  (c) => ({ action: 'case:update', case: c }),
  (c) => ({ action: 'case:reveal-identity', case: c }),
  (c) => ({ action: 'case:read-narrative', case: c, compartment: 'privileged' }),
  (c) => ({ action: 'case:read-narrative', case: c, compartment: 'team' }),
  (c) => ({ action: 'case:read-narrative', case: c, compartment: 'shareable' }),
  (c) => ({ action: 'case:write-narrative', case: c, compartment: 'privileged' }),
  (c) => ({ action: 'case:write-narrative', case: c, compartment: 'team' }),
  (c) => ({ action: 'case:write-narrative', case: c, compartment: 'shareable' }),
  (c) => ({ action: 'case:manage-team', case: c }),
  (c) => ({ action: 'case:manage-consents', case: c }),
  (c) => ({ action: 'case:override-consent', case: c }),
  (c) => ({ action: 'case:close', case: c }),
  (c) => ({ action: 'case:delete', case: c }),
  (c) => ({ action: 'case:read-audit', case: c }),
  (c) => ({ action: 'case:break-glass', case: c }),
  (c) => ({ action: 'case:reassign', case: c }),
];

function code(d: AccessDecision): string {
  return d.allow ? 'A' : d.deny === 'not-found' ? 'N' : 'F';
}

//                                                          list ovw upd id | read: priv team share | write: priv team share | team consents override close delete audit glass | reassign
const MATRIX: [string, Actor, BreakGlassGrant[], string][] = [
  ['admin of the holding organisation', { id: 'admin-a', orgId: 'org-a', role: 'admin' }, [], 'AFFF FFF FFF FFFFFAA A'],
  ['admin of the holding organisation under break-glass', { id: 'admin-a', orgId: 'org-a', role: 'admin' }, [grant], 'AAFA FAA FFF FFFFFAA A'],
  [
    'admin of another organisation, even with a grant',
    { id: 'admin-b', orgId: 'org-b', role: 'admin' },
    [{ ...grant, by: 'admin-b' }],
    'NNNN NNN NNN NNNNNNN N',
  ],
  ['responsible lawyer', { id: 'rl', orgId: 'org-a', role: 'lawyer' }, [], 'AAAA AAA AAA AAAAAAF F'],
  ['team lawyer from a partner organisation', { id: 'lawyer-b', orgId: 'org-b', role: 'lawyer' }, [], 'AAAA AAA AAA FAAFFFF F'],
  ['supervised legal worker', { id: 'lw', orgId: 'org-a', role: 'legal-worker' }, [], 'AAAA AAA AAA FAFFFFF F'],
  ['legal worker with no supervising lawyer', { id: 'lw-alone', orgId: 'org-a', role: 'legal-worker' }, [], 'AAAA FAA FAA FFFFFFF F'],
  ['support worker from a partner organisation', { id: 'sw-c', orgId: 'org-c', role: 'support-worker' }, [], 'AAFA FAA FAA FFFFFFF F'],
  ['support worker wrongly given the lawyer team role', { id: 'sw-as-lawyer', orgId: 'org-a', role: 'support-worker' }, [], 'FFFF FFF FFF FFFFFFF F'],
  ['educator wrongly listed on the team', { id: 'edu-on-team', orgId: 'org-a', role: 'educator' }, [], 'NNNN NNN NNN NNNNNNN N'],
  ['lawyer placed by an admin, whom no lawyer of the case vouched for', { id: 'placed', orgId: 'org-a', role: 'lawyer' }, [], 'AAAA FAA FAA FAAFFFF F'],
  [
    'legal worker supervised only by a lawyer nobody vouched for',
    { id: 'lw-under-placed', orgId: 'org-a', role: 'legal-worker' },
    [],
    'AAAA FAA FAA FAFFFFF F',
  ],
];

describe('authorize: roles × team membership × compartments', () => {
  it.each(MATRIX)('%s', (_name, actor, grants, expected) => {
    const got = COLUMNS.map((column) => code(authorize(actor, column(theCase), { now: NOW, grants }))).join('');
    expect(got).toBe(expected.replaceAll(' ', ''));
  });

  const outsiders: [Role, string][] = (['admin', 'lawyer', 'legal-worker', 'support-worker', 'educator', 'researcher'] as const).flatMap((role) =>
    ['org-a', 'org-z'].filter((org) => !(role === 'admin' && org === 'org-a')).map((org): [Role, string] => [role, org]),
  );
  it.each(outsiders)('a %s of %s who is not on the team cannot tell that the case exists', (role, orgId) => {
    const actor: Actor = { id: `outsider-${role}`, orgId, role };
    for (const column of COLUMNS) expect(authorize(actor, column(theCase), { now: NOW, grants: [] })).toMatchObject({ allow: false, deny: 'not-found' });
  });

  it('tells a same-organisation outsider and a foreign one apart only in the internal reason code', () => {
    const request: AccessRequest = { action: 'case:read-overview', case: theCase };
    expect(authorize({ id: 'x', orgId: 'org-a', role: 'lawyer' }, request, { now: NOW })).toEqual({ allow: false, deny: 'not-found', reason: 'not-on-team' });
    expect(authorize({ id: 'x', orgId: 'org-z', role: 'lawyer' }, request, { now: NOW })).toEqual({
      allow: false,
      deny: 'not-found',
      reason: 'other-organisation',
    });
  });

  it('refuses every change to a closed case but still lets the team read it', () => {
    const closed = { ...theCase, status: 'closed' as const };
    const got = COLUMNS.map((column) => code(authorize({ id: 'rl', orgId: 'org-a', role: 'lawyer' }, column(closed), { now: NOW }))).join('');
    expect(got).toBe('AAFA AAA FFF FFFAAAF F'.replaceAll(' ', ''));
    expect(authorize({ id: 'rl', orgId: 'org-a', role: 'lawyer' }, { action: 'case:update', case: closed }, { now: NOW })).toMatchObject({
      reason: 'case-closed',
    });
  });

  it('names the reason a support worker may not read privileged material', () => {
    const d = authorize(
      { id: 'sw-c', orgId: 'org-c', role: 'support-worker' },
      { action: 'case:read-narrative', case: theCase, compartment: 'privileged' },
      { now: NOW },
    );
    expect(d).toEqual({ allow: false, deny: 'forbidden', reason: 'team-role-not-permitted' });
  });

  it('does not accept a supervisor who is not a lawyer on the team', () => {
    const c: CaseAccessFacts = {
      ...theCase,
      team: [...theCase.team.filter((m) => m.userId !== 'lw'), { userId: 'lw', orgId: 'org-a', teamRole: 'legal-worker', supervisedBy: 'sw-c' }],
    };
    expect(
      authorize({ id: 'lw', orgId: 'org-a', role: 'legal-worker' }, { action: 'case:read-narrative', case: c, compartment: 'privileged' }, { now: NOW }),
    ).toMatchObject({
      reason: 'legal-worker-not-supervised',
    });
  });
});

describe('authorize: privileged material needs a lawyer of the case to vouch for the member', () => {
  it('names the reason a lawyer placed by an admin may not read privileged material', () => {
    const d = authorize(
      { id: 'placed', orgId: 'org-a', role: 'lawyer' },
      { action: 'case:read-narrative', case: theCase, compartment: 'privileged' },
      { now: NOW },
    );
    expect(d).toEqual({ allow: false, deny: 'forbidden', reason: 'not-vouched-for' });
  });

  it('never lets an admin change the team, only reassign', () => {
    const admin: Actor = { id: 'admin-a', orgId: 'org-a', role: 'admin' };
    expect(authorize(admin, { action: 'case:manage-team', case: theCase }, { now: NOW, grants: [grant] })).toMatchObject({ allow: false, deny: 'forbidden' });
    expect(authorize(admin, { action: 'case:reassign', case: theCase }, { now: NOW })).toEqual({ allow: true, via: 'org-admin' });
  });
});

describe('authorize: members of another organisation rest on a consent to share', () => {
  const partner: Actor = { id: 'lawyer-b', orgId: 'org-b', role: 'lawyer' };
  const narrative: AccessRequest = { action: 'case:read-narrative', case: theCase, compartment: 'team', categories: ['narrative'] };

  it('answers not-found once no consent to share with their organisation is in effect', () => {
    const withdrawn = { ...theCase, sharing: theCase.sharing!.filter((s) => s.orgId !== 'org-b') };
    expect(authorize(partner, { ...narrative, case: withdrawn }, { now: NOW })).toEqual({ allow: false, deny: 'not-found', reason: 'no-consent-to-share' });
    expect(authorize(partner, { action: 'case:list-visible', case: { ...theCase, sharing: undefined } }, { now: NOW })).toMatchObject({ deny: 'not-found' });
  });

  it('reaches only the categories the consent names', () => {
    const narrowly = { ...theCase, sharing: [{ orgId: 'org-b', categories: ['narrative'] as const }] };
    expect(authorize(partner, { ...narrative, case: narrowly }, { now: NOW }).allow).toBe(true);
    expect(authorize(partner, { action: 'case:reveal-identity', case: narrowly, categories: ['identity'] }, { now: NOW })).toEqual({
      allow: false,
      deny: 'forbidden',
      reason: 'category-not-shared',
    });
    expect(
      authorize(partner, { action: 'case:read-narrative', case: narrowly, compartment: 'team', categories: ['narrative', 'documents'] }, { now: NOW }),
    ).toMatchObject({ reason: 'category-not-shared' });
  });

  it('does not limit the holding organisation’s own members', () => {
    const none = { ...theCase, sharing: [] };
    expect(
      authorize({ id: 'rl', orgId: 'org-a', role: 'lawyer' }, { action: 'case:reveal-identity', case: none, categories: ['identity'] }, { now: NOW }).allow,
    ).toBe(true);
  });
});

describe('authorize: break-glass grants', () => {
  const admin: Actor = { id: 'admin-a', orgId: 'org-a', role: 'admin' };
  const read: AccessRequest = { action: 'case:reveal-identity', case: theCase };

  it('allows access under an unexpired grant and names the grant for the audit trail', () => {
    expect(authorize(admin, read, { now: NOW, grants: [grant] })).toEqual({ allow: true, via: 'break-glass', grantId: 'g1' });
  });

  it.each([
    ['2025-03-01T09:59:59Z', false],
    ['2025-03-01T10:00:00Z', true],
    ['2025-03-01T13:59:59Z', true],
    ['2025-03-01T14:00:00Z', false],
  ])('at %s a grant from 10:00 to 14:00 (exclusive) allows: %s', (now, allowed) => {
    expect(authorize(admin, read, { now, grants: [grant] }).allow).toBe(allowed);
  });

  it('ignores a grant made for another admin', () => {
    expect(authorize(admin, read, { now: NOW, grants: [{ ...grant, by: 'admin-other' }] })).toMatchObject({ reason: 'admin-needs-break-glass' });
  });

  it('ignores a grant for another case', () => {
    expect(authorize(admin, read, { now: NOW, grants: [{ ...grant, caseId: 'case-2' }] }).allow).toBe(false);
  });

  it('ignores a grant longer than 24 hours or with a short reason', () => {
    expect(authorize(admin, read, { now: NOW, grants: [{ ...grant, expiresAt: '2025-03-02T10:00:01Z' }] }).allow).toBe(false);
    expect(authorize(admin, read, { now: NOW, grants: [{ ...grant, reason: 'urgent' }] }).allow).toBe(false);
  });

  it('never opens privileged material, even under a grant', () => {
    const d = authorize(admin, { action: 'case:read-narrative', case: theCase, compartment: 'privileged' }, { now: NOW, grants: [grant] });
    expect(d).toEqual({ allow: false, deny: 'forbidden', reason: 'not-permitted-under-break-glass' });
  });
});

describe('authorize: organisation membership', () => {
  const request: AccessRequest = { action: 'org:manage-members', orgId: 'org-a' };

  it('lets an admin manage the members of their own organisation only', () => {
    expect(authorize({ id: 'a', orgId: 'org-a', role: 'admin' }, request, { now: NOW })).toEqual({ allow: true, via: 'org-admin' });
    expect(authorize({ id: 'b', orgId: 'org-b', role: 'admin' }, request, { now: NOW })).toMatchObject({ deny: 'forbidden', reason: 'other-organisation' });
  });

  it.each(['lawyer', 'legal-worker', 'support-worker', 'educator', 'researcher'] as const)('refuses a %s', (role) => {
    expect(authorize({ id: 'u', orgId: 'org-a', role }, request, { now: NOW })).toMatchObject({ deny: 'forbidden', reason: 'not-an-admin' });
  });
});
