import { isReasonInWords } from './reasons';
// Break-glass: an admin of the owning organisation opens a case they are not on, for an
// emergency (the responsible lawyer is unreachable and the client is at risk). The grant is
// personal, reasoned and short; every use is allowed `via: 'break-glass'` so it can be audited.
import { isIsoDate } from '../dates/iso-date';
import {
  BREAK_GLASS_MAX_HOURS,
  BREAK_GLASS_REASON_MIN_LENGTH,
  BREAK_GLASS_REASON_MIN_WORDS,
  type Actor,
  type BreakGlassGrant,
  type CaseAccessFacts,
} from './model';

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
const HOUR_MS = 3_600_000;

/** Milliseconds since the epoch for an ISO 8601 instant with a zone, or undefined if malformed. */
export function instantMs(value: string): number | undefined {
  // Date.parse rolls 30 February over into March, so check the calendar date first.
  if (!INSTANT.test(value) || !isIsoDate(value.slice(0, 10))) return undefined;
  const ms = Date.parse(value);
  return Number.isFinite(ms) ? ms : undefined;
}

export type BreakGlassRefusal = 'not-an-admin' | 'other-organisation' | 'reason-too-short' | 'reason-not-words' | 'too-long' | 'invalid-time';

/**
 * Whether a reason reads as words someone wrote, not a field filled to pass a length check:
 * at least BREAK_GLASS_REASON_MIN_WORDS different words (letters of any script, two or more,
 * case ignored) using at least six different letters (reasons.ts). It cannot tell a
 * good reason from a bad one; the team, who see every reason, can.
 */
export function isWrittenReason(reason: string): boolean {
  return isReasonInWords(reason, BREAK_GLASS_REASON_MIN_WORDS);
}

export function createBreakGlassGrant(input: {
  id: string;
  actor: Actor;
  case: Pick<CaseAccessFacts, 'id' | 'orgId'>;
  reason: string;
  now: string;
  hours: number;
}): { ok: true; grant: BreakGlassGrant } | { ok: false; reason: BreakGlassRefusal } {
  const { actor, reason, now, hours } = input;
  if (actor.role !== 'admin') return { ok: false, reason: 'not-an-admin' };
  if (actor.orgId !== input.case.orgId) return { ok: false, reason: 'other-organisation' };
  if (reason.trim().length < BREAK_GLASS_REASON_MIN_LENGTH) return { ok: false, reason: 'reason-too-short' };
  if (!isWrittenReason(reason)) return { ok: false, reason: 'reason-not-words' };
  if (!(hours > 0) || hours > BREAK_GLASS_MAX_HOURS) return { ok: false, reason: 'too-long' };
  const start = instantMs(now);
  if (start === undefined) return { ok: false, reason: 'invalid-time' };
  return {
    ok: true,
    grant: {
      id: input.id,
      caseId: input.case.id,
      by: actor.id,
      reason,
      grantedAt: new Date(start).toISOString(),
      expiresAt: new Date(start + hours * HOUR_MS).toISOString(),
    },
  };
}

/** A grant applies from grantedAt (inclusive) to expiresAt (exclusive), to its own admin and case only. */
export function isGrantActive(grant: BreakGlassGrant, actor: Actor, caseId: string, now: string): boolean {
  const [from, until, at] = [instantMs(grant.grantedAt), instantMs(grant.expiresAt), instantMs(now)];
  if (from === undefined || until === undefined || at === undefined) return false;
  return (
    grant.by === actor.id &&
    grant.caseId === caseId &&
    grant.reason.trim().length >= BREAK_GLASS_REASON_MIN_LENGTH &&
    until - from <= BREAK_GLASS_MAX_HOURS * HOUR_MS &&
    from <= at &&
    at < until
  );
}
