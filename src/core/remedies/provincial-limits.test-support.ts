// Shared by the provincial review tests: a screened worker with every provincial trigger, and the
// table-driven check of a limitation period the day before, on and after its last day.
import { describe, expect, it } from 'vitest';
import type { Province, RemedyId } from '../contract';
import { addDays, type IsoDate } from '../dates/iso-date';
import { evaluateRemedies } from './index';
import { caseFacts, screening, type ScenarioFacts } from './scenario-support';

export type ProvincialEvent = 'employmentEnded' | 'lastDiscriminationIncident' | 'lastCrimeAgainstPerson';

export const remedy = (id: RemedyId, facts: ScenarioFacts) => evaluateRemedies(caseFacts(facts), screening()).remedies.find((r) => r.id === id)!;

/** A worker owed wages who was also harassed and assaulted: every provincial remedy has its trigger. */
export const exploitedWorker = (province: Province, asOf: string, events: Partial<Record<ProvincialEvent, string>>): ScenarioFacts => ({
  asOf,
  exploiters: ['employer'],
  contexts: ['labour'],
  facts: [
    { id: 'low-or-no-pay', answer: 'yes' },
    { id: 'violence', phase: 'destination', answer: 'yes' },
  ],
  events,
  person: { province },
});

export interface LimitRow {
  rule: string;
  province: Province;
  remedy: RemedyId;
  event: ProvincialEvent;
  trigger: string;
  ends: string;
}

/** Each row's limitation: open the day before its last day, still in time on it, passed the day after. */
export function describeLimitations(title: string, rows: readonly LimitRow[]): void {
  describe(title, () => {
    for (const row of rows) {
      const on = (asOf: string) => remedy(row.remedy, exploitedWorker(row.province, asOf, { [row.event]: row.trigger }));
      describe(row.rule, () => {
        it(`the day before (${addDays(row.ends as IsoDate, -1)}) the period is open and ends on ${row.ends}`, () => {
          const d = on(addDays(row.ends as IsoDate, -1)).deadlines.find((x) => x.kind === 'limitation');
          expect(d?.date).toBe(row.ends);
          expect(d?.trigger).toEqual({ event: row.event, date: row.trigger });
          expect(d?.passed).toBe(false);
        });
        it(`on ${row.ends} filing is still in time`, () => {
          const r = on(row.ends);
          expect(r.deadlines.find((d) => d.kind === 'limitation')?.passed).toBe(false);
          expect(r.reasonCodes).not.toContain('limitation-period-passed');
        });
        it(`the day after ${row.ends} the period has passed and the remedy becomes unlikely`, () => {
          const r = on(addDays(row.ends as IsoDate, 1));
          expect(r.deadlines.find((d) => d.kind === 'limitation')?.passed).toBe(true);
          expect(r.reasonCodes).toContain('limitation-period-passed');
          expect(r.eligibility).toBe('unlikely');
        });
      });
    }
  });
}
