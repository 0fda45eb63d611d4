import { describe, expect, it } from 'vitest';
import type { Actor, CaseAccessFacts } from './model';
import { checkCaseReassignable, checkReassignment, isReasonInWords } from './reassign';

const admin: Actor = { id: 'admin-a', orgId: 'org-a', role: 'admin' };
const orphaned: CaseAccessFacts = { id: 'case-1', orgId: 'org-a', status: 'open', team: [{ userId: 'sw', orgId: 'org-a', teamRole: 'support-worker' }] };
const to = { userId: 'new', orgId: 'org-a', role: 'lawyer' as const, active: true };
const REASON = 'The responsible lawyer left the clinic; the client has a hearing next week.';

describe('reassigning a case', () => {
  it('is allowed to an admin of the holding organisation when no responsible lawyer is active', () => {
    expect(checkReassignment({ actor: admin, case: orphaned, to, reason: REASON })).toEqual({ ok: true });
  });

  it('is refused while the responsible lawyer is working', () => {
    const working = { ...orphaned, team: [...orphaned.team, { userId: 'rl', orgId: 'org-a', teamRole: 'responsible-lawyer' as const }] };
    expect(checkReassignment({ actor: admin, case: working, to, reason: REASON })).toEqual({ ok: false, reason: 'responsible-lawyer-active' });
  });

  it.each([
    ['a lawyer', { ...admin, role: 'lawyer' as const }, orphaned, to, 'not-an-admin'],
    ['an admin of another organisation', { ...admin, orgId: 'org-b' }, orphaned, to, 'other-organisation'],
    ['a closed case', admin, { ...orphaned, status: 'closed' as const }, to, 'case-closed'],
    ['a legal worker as the new lawyer', admin, orphaned, { ...to, role: 'legal-worker' as const }, 'not-an-active-lawyer-of-the-organisation'],
    ['a lawyer of another organisation', admin, orphaned, { ...to, orgId: 'org-b' }, 'not-an-active-lawyer-of-the-organisation'],
    ['a disabled account', admin, orphaned, { ...to, active: false }, 'not-an-active-lawyer-of-the-organisation'],
  ])('is refused for %s', (_name, actor, c, target, reason) => {
    expect(checkReassignment({ actor, case: c, to: target, reason: REASON })).toEqual({ ok: false, reason });
  });
});

describe('whether a case can be handed on at all (what the case page asks before offering the form)', () => {
  const working = { ...orphaned, team: [...orphaned.team, { userId: 'rl', orgId: 'org-a', teamRole: 'responsible-lawyer' as const }] };

  it('is yes for an admin of the holding organisation when no responsible lawyer is active', () => {
    expect(checkCaseReassignable(admin, orphaned)).toEqual({ ok: true });
  });

  it.each([
    ['while the responsible lawyer is working', admin, working, 'responsible-lawyer-active'],
    ['to a lawyer', { ...admin, role: 'lawyer' as const }, orphaned, 'not-an-admin'],
    ['to an admin of another organisation', { ...admin, orgId: 'org-b' }, orphaned, 'other-organisation'],
    ['for a closed case', admin, { ...orphaned, status: 'closed' as const }, 'case-closed'],
  ])('is no %s, for the same reason the reassignment itself is refused', (_name, actor, c, reason) => {
    expect(checkCaseReassignable(actor, c)).toEqual({ ok: false, reason });
    expect(checkReassignment({ actor, case: c, to, reason: REASON })).toEqual({ ok: false, reason });
  });
});

describe('a reason in words', () => {
  it.each([REASON, 'L’avocate responsable a quitté la clinique en mars.', 'Адвокат уволился, клиенту нужна помощь срочно.'])('accepts %s', (reason) => {
    expect(isReasonInWords(reason)).toBe(true);
  });

  it.each(['', 'because', 'x'.repeat(40), 'aaaa aaaa aaaa aaaa aaaa', 'zxcv hjkl bnmq wrtp sdfg', '1234 5678 9012 3456 7890', 'lawyer gone!!!!!!!!!!!!!!'])(
    'refuses %j',
    (reason) => {
      expect(isReasonInWords(reason)).toBe(false);
    },
  );
});
