import { describe, expect, it } from 'vitest';
import { caseFactsSchema } from './case-facts';

const base = { contractVersion: 1, asOf: '2026-12-05', person: { ageBand: 'adult', province: 'ON', immigrationStatus: 'no-status' } };
const withPerson = (person: Record<string, unknown>) => ({ ...base, person: { ...base.person, ...person } });
const messages = (input: unknown) => {
  const parsed = caseFactsSchema.safeParse(input);
  return parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('case facts: the contract additions of December 2026', () => {
  it('accepts every new person field together', () => {
    const parsed = caseFactsSchema.parse(
      withPerson({
        entries: [
          { date: '2024-01-10', via: 'air' },
          { date: '2026-02-01', via: 'land-from-us-at-port' },
        ],
        priorRefugeeClaim: { outcome: 'withdrawn', date: '2026-07-01', withdrawnAfterSubstantiveEvidence: 'no' },
        refugeeHistoryAbroad: 'none',
        prra: { state: 'pending', date: '2026-10-01' },
        maintainedStatus: 'yes',
        witnessInProceedings: 'no',
        designatedForeignNational: 'no',
      }),
    );
    expect(parsed.person.entries?.map((entry) => entry.via)).toEqual(['air', 'land-from-us-at-port']);
    expect(parsed.person.prra).toEqual({ state: 'pending', date: '2026-10-01' });
  });

  it('accepts the new claim outcomes ineligible and abandoned', () => {
    expect(messages(withPerson({ priorRefugeeClaim: { outcome: 'ineligible' } }))).toEqual([]);
    expect(messages(withPerson({ priorRefugeeClaim: { outcome: 'abandoned', date: '2025-03-01' } }))).toEqual([]);
  });

  it('keeps an entry without its route as written (the route is then unknown)', () => {
    expect(caseFactsSchema.parse(withPerson({ entries: [{ date: '2024-01-10' }] })).person.entries).toEqual([{ date: '2024-01-10' }]);
  });

  it('names the field when an entry route, a PRRA state or a history abroad is not one of the contract values', () => {
    expect(messages(withPerson({ entries: [{ date: '2024-01-10', via: 'boat' }] }))[0]).toMatch(
      /^person\.entries\.0\.via: "boat" is not a way of entering Canada/,
    );
    expect(messages(withPerson({ prra: { state: 'maybe' } }))[0]).toMatch(/^person\.prra\.state: "maybe" is not a PRRA state/);
    expect(messages(withPerson({ refugeeHistoryAbroad: 'yes' }))[0]).toMatch(/^person\.refugeeHistoryAbroad: "yes" is not a refugee history abroad/);
    expect(messages(withPerson({ maintainedStatus: true }))[0]).toMatch(/^person\.maintainedStatus:/);
  });

  it('refuses entries that are not oldest first, naming the entry', () => {
    expect(messages(withPerson({ entries: [{ date: '2026-02-01' }, { date: '2024-01-10' }] }))).toEqual([
      'person.entries.1.date: entries must be listed oldest first',
    ]);
  });

  it('refuses withdrawnAfterSubstantiveEvidence on a claim that was not withdrawn', () => {
    expect(messages(withPerson({ priorRefugeeClaim: { outcome: 'rejected', withdrawnAfterSubstantiveEvidence: 'yes' } }))).toEqual([
      'person.priorRefugeeClaim.withdrawnAfterSubstantiveEvidence: applies only to a claim that was withdrawn',
    ]);
  });

  it('refuses an entry date that is not a calendar date', () => {
    expect(messages(withPerson({ entries: [{ date: '2024-02-30' }] }))[0]).toMatch(/^person\.entries\.0\.date: "2024-02-30" is not a calendar date/);
  });
});
