// Federal periods, written once as dated law: how long a person has to act after an event. The
// values, their versions and citations are data, the `periods` of jurisdictions/federal/federal.json;
// their ids (PERIOD_IDS) are in model.ts, beside the schema that checks that file. A deadline rule
// names its period; the knowledge browser, `harbour knowledge show` and the knowledge report read
// the same records. Provincial periods are parameters of the jurisdiction files.
import type { IsoDate } from '../dates/iso-date';
import { endOfDaysPeriod, endOfMonthsPeriod } from './build';
import { valueAt } from './dated';
import federal from './jurisdictions/federal/federal.json';
import { federalPeriodsOf } from './jurisdictions/data';
import type { Fact, PeriodId } from './model';
import { filled, wordingOf } from '../wording';
import en from './wording/en.json';
import fr from './wording/fr.json';

export { PERIOD_IDS, type PeriodId } from './model';

/** "15 days", "12 mois": ./wording/{en,fr}.json. */
const wording = wordingOf('remedies', { en, fr });

export interface Period {
  length: number;
  unit: 'days' | 'months';
}

/** Each federal period's versions, newest first, read from the federal data file when the module loads. */
export const FEDERAL_PERIODS: Record<PeriodId, Fact<Period>[]> = federalPeriodsOf(federal);

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
  return filled(period.unit === 'days' ? wording('period.days') : wording('period.months'), { length: period.length })[locale];
}
