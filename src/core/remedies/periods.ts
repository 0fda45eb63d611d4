// Federal periods, written once as dated law: how long a person has to act after an event. A
// deadline rule names its period here; the knowledge browser, `harbour knowledge show` and the
// knowledge report read the same records. Provincial periods live in the jurisdiction files.
import type { IsoDate } from '../dates/iso-date';
import { endOfDaysPeriod, endOfMonthsPeriod, fact, START_NOT_RESEARCHED } from './build';
import { valueAt } from './dated';
import type { Fact } from './model';
import { eiAct as ei, irpa } from './sources';

export interface Period {
  length: number;
  unit: 'days' | 'months';
}

export const PERIOD_IDS = ['judicial-review-in-canada', 'employment-insurance-claim', 'refugee-claim-one-year'] as const;
export type PeriodId = (typeof PERIOD_IDS)[number];

export const FEDERAL_PERIODS: Record<PeriodId, Fact<Period>[]> = {
  /** Leave and judicial review at the Federal Court of a decision made in Canada (H&C, PRRA). */
  'judicial-review-in-canada': [
    fact<Period>(
      { length: 15, unit: 'days' },
      { effective: START_NOT_RESEARCHED, citations: [irpa('s. 72(2)(b) (15 days, matter arising in Canada)', 'official-text')] },
    ),
  ],
  /** Applying for employment insurance after earnings stop: 4 weeks, encoded as 28 days after the last day of work. */
  'employment-insurance-claim': [
    fact<Period>({ length: 28, unit: 'days' }, { effective: START_NOT_RESEARCHED, citations: [ei('s. 10(4)–(5) (antedating); 4-week rule', 'unverified')] }),
  ],
  /** A refugee claim more than one year after entry is ineligible (Bill C-12); the year ends on the anniversary of entry. */
  'refugee-claim-one-year': [
    fact<Period>(
      { length: 12, unit: 'months' },
      { effective: START_NOT_RESEARCHED, citations: [irpa('s. 101(1)(b.1), added by S.C. 2026, c. 4, s. 73 (Bill C-12)', 'official-text')] },
    ),
  ],
};

/** The version of a federal period in force on asOf. */
export function periodAt(id: PeriodId, asOf: string): Fact<Period> | undefined {
  return valueAt(FEDERAL_PERIODS[id], asOf);
}

/** The last day of a period that starts with an event, by the calendar rule in build.ts. */
export function periodEnd(trigger: string, period: Period): IsoDate {
  return period.unit === 'days' ? endOfDaysPeriod(trigger, period.length) : endOfMonthsPeriod(trigger, period.length);
}

/** "15 days", "12 months": for the knowledge browser and the CLI. */
export function periodText(period: Period, locale: 'en' | 'fr'): string {
  const unit = period.unit === 'days' ? (locale === 'en' ? 'days' : 'jours') : locale === 'en' ? 'months' : 'mois';
  return `${period.length} ${unit}`;
}
