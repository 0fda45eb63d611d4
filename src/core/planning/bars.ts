// Bars between remedies as the planner sees them: one outcome closes another for a time. The
// bars themselves (which remedy, how long, from when, on what authority) are written once, in
// the remedies' register (src/core/remedies/bars.ts); this only names them for the plan.
import type { IsoDate } from '../dates/iso-date';
import type { CaseFacts, RemedyId } from '../contract';
import { activeBars, type ActiveBar, type BarRule } from '../remedies/bars';
import type { Citation } from '../remedies/model';

export type BarCode =
  | 'refugee-rejected-12-months'
  | 'refugee-claim-pending'
  | 'prra-refused-12-months'
  | 'refugee-rejection-date-unknown'
  // Legal review of December 2026:
  | 'withdrawal-evidence-unknown'
  | 'prra-pending-after-ineligible-claim'
  | 'designated-foreign-national-5-years';

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
  'refugee-claim-closed-after-evidence': 'refugee-rejected-12-months',
  'refugee-claim-pending': 'refugee-claim-pending',
  'prra-refused': 'prra-refused-12-months',
  'prra-pending-after-ineligible-claim': 'prra-pending-after-ineligible-claim',
  'designated-foreign-national': 'designated-foreign-national-5-years',
};

/** The code a bar goes by on the plan: an unknown date or an unknown fact says so. */
function codeOf({ rule, dateUnknown, uncertain }: ActiveBar): BarCode {
  if (uncertain && rule.trigger === 'refugee-claim-closed-after-evidence') return 'withdrawal-evidence-unknown';
  if (dateUnknown && rule.trigger !== 'designated-foreign-national') return 'refugee-rejection-date-unknown';
  return CODE_OF[rule.trigger];
}

/** The bars in force on asOf that these facts trigger, in the register's order. */
export function findBars(facts: CaseFacts, asOf: IsoDate): Bar[] {
  return activeBars(facts, asOf).map((active) => {
    const { rule, until, uncertain } = active;
    const bar: Bar = {
      remedy: rule.remedy,
      code: codeOf(active),
      // A bar that turns on an unknown fact only cautions: counsel must find out first.
      effect: uncertain ? 'caution' : rule.effect,
      citation: rule.citation,
    };
    if (until) bar.until = until;
    if (rule.exception && facts.person.dependants && until) bar.exception = rule.exception;
    return bar;
  });
}
