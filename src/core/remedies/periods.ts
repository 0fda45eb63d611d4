// Federal periods, written once as dated law: how long a person has to act after an event. A
// deadline rule names its period here; the knowledge browser, `harbour knowledge show` and the
// knowledge report read the same records. Provincial periods live in the jurisdiction files.
import type { IsoDate } from '../dates/iso-date';
import { endOfDaysPeriod, endOfMonthsPeriod, fact, START_NOT_RESEARCHED } from './build';
import { valueAt } from './dated';
import type { Fact } from './model';
import { eiAct as ei, irpa, irpaXml, irpr, irprXml, READ_IN_OFFICIAL_XML } from './sources';
import { filled, wordingOf } from '../wording';
import en from './wording/en.json';
import fr from './wording/fr.json';

/** "15 days", "12 mois": ./wording/{en,fr}.json. */
const wording = wordingOf('remedies', { en, fr });

export interface Period {
  length: number;
  unit: 'days' | 'months';
}

export const PERIOD_IDS = [
  'judicial-review-in-canada',
  'employment-insurance-claim',
  'refugee-claim-one-year',
  // The Basis of Claim form of a claim made at a port of entry (IRPR s. 159.8(2)).
  'refugee-basis-of-claim-port-of-entry',
  // Contract additions of December 2026: the Refugee Appeal Division's two time limits (IRPR s. 159.91).
  'rad-appeal-filing',
  'rad-appeal-perfecting',
] as const;
export type PeriodId = (typeof PERIOD_IDS)[number];

export const FEDERAL_PERIODS: Record<PeriodId, Fact<Period>[]> = {
  /** Leave and judicial review at the Federal Court of a decision made in Canada (H&C, PRRA, refugee decisions). */
  'judicial-review-in-canada': [
    fact<Period>(
      { length: 15, unit: 'days' },
      {
        // Read in the official XML (legal review of Dec 2026: an upgradable label). The 2015-07-01 in the
        // consolidation is the start of the section's current wording, not of the 15 days, so the start stays unresearched.
        effective: START_NOT_RESEARCHED,
        citations: [
          irpaXml(
            's. 72(2)(b): "within 15 days, in the case of a matter arising in Canada, … after the day on which the applicant is notified of or otherwise becomes aware of the matter"',
          ),
        ],
      },
    ),
  ],
  /** Applying for employment insurance after earnings stop: 4 weeks, encoded as 28 days after the last day of work. */
  'employment-insurance-claim': [
    fact<Period>({ length: 28, unit: 'days' }, { effective: START_NOT_RESEARCHED, citations: [ei('s. 10(4)–(5) (antedating); 4-week rule', 'unverified')] }),
  ],
  /**
   * A refugee claim made "more than one year after the day of their entry" is ineligible; the year
   * "begins on the day after the day of their first entry" (s. 101(1.1)), so it ends on the anniversary.
   */
  'refugee-claim-one-year': [
    fact<Period>(
      { length: 12, unit: 'months' },
      {
        effective: START_NOT_RESEARCHED,
        citations: [irpa('s. 101(1)(b.1) and (1.1), as enacted by S.C. 2026, c. 4', 'official-text', { lastReviewed: READ_IN_OFFICIAL_XML })],
      },
    ),
  ],
  /** A claim made at a port of entry: the Basis of Claim form reaches the RPD "not later than 15 days after the day on which the claim is referred". */
  'refugee-basis-of-claim-port-of-entry': [
    fact<Period>(
      { length: 15, unit: 'days' },
      // In force from 15 Dec 2012: the in-force date the consolidation gives this version of s. 159.8(2).
      { effective: { from: '2012-12-15' }, citations: [irpr('s. 159.8(2); extension s. 159.8(3)', 'official-text', { lastReviewed: READ_IN_OFFICIAL_XML })] },
    ),
  ],
  /** Filing an appeal to the Refugee Appeal Division: 15 days after the written reasons are received (in force 2012-12-15, per the consolidation). */
  'rad-appeal-filing': [
    fact<Period>(
      { length: 15, unit: 'days' },
      {
        effective: { from: '2012-12-15' },
        citations: [
          irprXml(
            's. 159.91(1)(a): "15 days after the day on which the person or the Minister receives written reasons for the decision" (in force 2012-12-15)',
          ),
        ],
      },
    ),
  ],
  /** Perfecting that appeal (the appellant's record): 30 days after the written reasons are received. */
  'rad-appeal-perfecting': [
    fact<Period>(
      { length: 30, unit: 'days' },
      {
        effective: { from: '2012-12-15' },
        citations: [
          irprXml(
            's. 159.91(1)(b): "30 days after the day on which the person or the Minister receives written reasons for the decision" (in force 2012-12-15)',
          ),
        ],
      },
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
  return filled(period.unit === 'days' ? wording('period.days') : wording('period.months'), { length: period.length })[locale];
}
