// Bars between remedies as the planner sees them: one outcome closes another for a time. The
// bars themselves (which remedy, how long, from when, on what authority) are written once, in
// the remedies' register (src/core/remedies/bars.ts); this only names them for the plan.
import type { IsoDate } from '../dates/iso-date';
import type { CaseFacts, RemedyId } from '../contract';
import { activeBars, type BarRule } from '../remedies/bars';
import type { Citation } from '../remedies/model';

export type BarCode = 'refugee-rejected-12-months' | 'refugee-claim-pending' | 'prra-refused-12-months' | 'refugee-rejection-date-unknown';

export interface Bar {
  remedy: RemedyId;
  code: BarCode;
  effect: 'blocks' | 'caution';
  /** First day the remedy is open again; absent when the end is not known. */
  until?: IsoDate;
  citation: Citation;
  /** An exception counsel should assess (e.g. best interests of a child). */
  exception?: 'best-interests-of-child';
}

const CODE_OF: Record<BarRule['trigger'], BarCode> = {
  'refugee-claim-closed-negatively': 'refugee-rejected-12-months',
  'refugee-claim-pending': 'refugee-claim-pending',
  'prra-refused': 'prra-refused-12-months',
};

/** The bars in force on asOf that these facts trigger, in the register's order. */
export function findBars(facts: CaseFacts, asOf: IsoDate): Bar[] {
  return activeBars(facts, asOf).map(({ rule, until, dateUnknown }) => {
    const bar: Bar = {
      remedy: rule.remedy,
      code: dateUnknown ? 'refugee-rejection-date-unknown' : CODE_OF[rule.trigger],
      effect: rule.effect,
      citation: rule.citation,
    };
    if (until) bar.until = until;
    if (rule.exception && facts.person.dependants && until) bar.exception = rule.exception;
    return bar;
  });
}
