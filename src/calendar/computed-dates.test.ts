import { describe, expect, it } from 'vitest';
import { caseFactsSchema, type CaseFacts } from '../core/contract';
import type { IsoDate } from '../core/dates/iso-date';
import { computedDatesOf, deadlineKeysOf } from './computed-dates';
import { rangeOf } from './calendar';

const factsOf = (person: object, events: object = {}): CaseFacts =>
  caseFactsSchema.parse({
    contractVersion: 1,
    asOf: '2026-12-05',
    person: { province: 'ON', ageBand: 'adult', immigrationStatus: 'visitor', ...person },
    exploiters: [],
    contexts: ['labour'],
    facts: [],
    events,
    goals: [],
  });

describe('dates computed from the facts', () => {
  it('gives the employment-standards limitation from the last day of work, with its basis and citation, in each language', () => {
    const en = computedDatesOf(factsOf({}, { employmentEnded: '2026-03-01' }), 'en').find((d) => d.deadlineId === 'employment-standards.limitation');
    expect(en).toMatchObject({ kind: 'limitation', remedyId: 'employment-standards' });
    expect(en!.date > '2026-03-01').toBe(true);
    expect(en!.label).toMatch(/^Deadline: /);
    expect(en!.basis).toBeTruthy();
    expect(en!.citation).toBeTruthy();
    const fr = computedDatesOf(factsOf({}, { employmentEnded: '2026-03-01' }), 'fr').find((d) => d.deadlineId === 'employment-standards.limitation');
    expect(fr!.label).toMatch(/^Échéance: /);
    expect(fr!.date).toBe(en!.date);
  });

  it('gives the permit expiry and the removal date from the person', () => {
    const dates = computedDatesOf(factsOf({ permitExpiry: '2027-01-31', removal: { state: 'scheduled', date: '2027-02-01' } }), 'en');
    expect(dates).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'permit-expiry', date: '2027-01-31', deadlineId: 'person.permitExpiry', label: 'Permit expires' }),
        expect.objectContaining({ kind: 'removal', date: '2027-02-01', deadlineId: 'person.removal', label: 'Removal date' }),
      ]),
    );
  });

  it('no longer gives a deadline once the fact behind it is gone', () => {
    const before = deadlineKeysOf(factsOf({}, { employmentEnded: '2026-03-01' }));
    const after = deadlineKeysOf(factsOf({}));
    expect([...before.values()]).toContainEqual({ remedy: 'employment-standards', deadline: 'employment-standards.limitation' });
    expect([...after.values()].map((d) => d.deadline)).not.toContain('employment-standards.limitation');
  });
});

describe('the calendar range', () => {
  const today = '2026-12-05' as IsoDate;
  it('runs from today to 60 days later by default', () => {
    expect(rangeOf(today, {})).toEqual({ from: today, to: '2027-02-03' });
    expect(rangeOf(today, { from: '2027-01-01' })).toEqual({ from: '2027-01-01', to: '2027-03-02' });
  });
  it('allows 400 days, not 401, and not backwards', () => {
    expect(rangeOf(today, { to: '2028-01-09' }).to).toBe('2028-01-09');
    expect(() => rangeOf(today, { to: '2028-01-10' })).toThrow(/at most 400 days/);
    expect(() => rangeOf(today, { to: '2026-12-04' })).toThrow(/ends before it starts/);
  });
});
