import { describe, expect, it } from 'vitest';
import { createBreakGlassGrant, instantMs, isWrittenReason } from './break-glass';
import type { Actor } from './model';

const admin: Actor = { id: 'admin-a', orgId: 'org-a', role: 'admin' };
const target = { id: 'case-1', orgId: 'org-a' };
const reason = 'Responsible lawyer unreachable; client in danger';

describe('createBreakGlassGrant', () => {
  it('grants an admin of the holding organisation access for the hours asked', () => {
    expect(createBreakGlassGrant({ id: 'g1', actor: admin, case: target, reason, now: '2025-03-01T10:00:00Z', hours: 4 })).toEqual({
      ok: true,
      grant: { id: 'g1', caseId: 'case-1', by: 'admin-a', reason, grantedAt: '2025-03-01T10:00:00.000Z', expiresAt: '2025-03-01T14:00:00.000Z' },
    });
  });

  it('converts an instant given with an offset to UTC', () => {
    const result = createBreakGlassGrant({ id: 'g1', actor: admin, case: target, reason, now: '2025-03-01T05:00:00-05:00', hours: 1 });
    expect(result.ok && result.grant.grantedAt).toBe('2025-03-01T10:00:00.000Z');
  });

  it.each([
    ['a lawyer', { ...admin, role: 'lawyer' as const }, reason, 4, 'not-an-admin'],
    ['an admin of another organisation', { ...admin, orgId: 'org-b' }, reason, 4, 'other-organisation'],
    ['a reason of 19 characters', admin, '1234567890123456789', 4, 'reason-too-short'],
    ['more than 24 hours', admin, reason, 24.5, 'too-long'],
    ['zero hours', admin, reason, 0, 'too-long'],
  ])('refuses %s', (_name, actor, why, hours, expected) => {
    expect(createBreakGlassGrant({ id: 'g1', actor, case: target, reason: why, now: '2025-03-01T10:00:00Z', hours })).toEqual({ ok: false, reason: expected });
  });

  it('accepts exactly 24 hours and a reason of exactly 20 characters', () => {
    expect(createBreakGlassGrant({ id: 'g1', actor: admin, case: target, reason: 'Client at risk today', now: '2025-03-01T10:00:00Z', hours: 24 }).ok).toBe(
      true,
    );
  });

  it.each([
    ['twenty repeated letters', 'aaaaaaaaaaaaaaaaaaaa'],
    ['digits only', '12345678901234567890'],
    ['one word repeated', 'urgent urgent urgent urgent'],
    ['one word in different cases', 'Urgent URGENT urgent Urgent'],
    ['single letters', 'a b c d e f g h i j k l m'],
    ['keyboard mashing', 'asdf asdfasdf asdfasdfasdf'],
    ['punctuation', '!!!!!!!!!!!!!!!!!!!!!!!!'],
  ])('refuses a reason of %s as not written in words', (_name, why) => {
    expect(createBreakGlassGrant({ id: 'g1', actor: admin, case: target, reason: why, now: '2025-03-01T10:00:00Z', hours: 1 })).toEqual({
      ok: false,
      reason: 'reason-not-words',
    });
  });
});

describe('isWrittenReason', () => {
  it.each([
    'Responsible lawyer unreachable; client in danger',
    'Avocate injoignable, cliente en danger immédiat',
    'RL on leave, hearing tomorrow at 9',
    'Cliente en danger — l’avocate est absente',
  ])('accepts %j', (why) => expect(isWrittenReason(why)).toBe(true));

  it.each(['aaaaaaaaaaaaaaaaaaaa', 'ab ab ab ab ab ab', 'aa bb cc', 'abc abd abe', 'x'.repeat(40), ''])('refuses %j', (why) =>
    expect(isWrittenReason(why)).toBe(false),
  );

  it('refuses a time without a zone, since the policy cannot guess it', () => {
    expect(createBreakGlassGrant({ id: 'g1', actor: admin, case: target, reason, now: '2025-03-01T10:00:00', hours: 1 })).toEqual({
      ok: false,
      reason: 'invalid-time',
    });
    expect(instantMs('2025-02-30T10:00:00Z')).toBeUndefined();
  });
});
