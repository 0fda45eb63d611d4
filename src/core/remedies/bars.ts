// Bars between remedies, written once: one outcome (a refused refugee claim, a refused PRRA, a
// pending claim) closes another remedy for a time. The remedies' eligibility rows and the
// planner both read this register, so they cannot disagree on whether, from when or until when
// a remedy is barred. Each bar is dated like any other law: it applies only while in force.
import type { CaseFacts, RemedyId } from '../contract';
import { compareDates, type IsoDate } from '../dates/iso-date';
import { endOfMonthsPeriod, START_NOT_RESEARCHED } from './build';
import { inForce } from './dated';
import type { BarId, Citation, Effective } from './model';
import { CHECKED_WHILE_ENCODING, irpa, ob440 } from './sources';

/** What starts a bar. A closed claim is one rejected or withdrawn (abandoned claims are recorded as rejected). */
export type BarTrigger = 'refugee-claim-closed-negatively' | 'refugee-claim-pending' | 'prra-refused';

export interface BarRule {
  id: BarId;
  remedy: RemedyId;
  trigger: BarTrigger;
  /** How long the bar lasts after the trigger's date; absent: for as long as the trigger lasts. */
  months?: number;
  /** 'blocks': the remedy cannot be a step before the bar ends; 'caution': counsel must check whether it applies. */
  effect: 'blocks' | 'caution';
  /** An exception counsel should assess, named on the plan. */
  exception?: 'best-interests-of-child';
  effective: Effective;
  citation: Citation;
}

/** The 12-month PRRA bars apply to applications received on or after 28 June 2012 (OB 440-H, official text). */
const PRRA_BARS_IN_FORCE: Effective = { from: '2012-06-28' };

export const BAR_RULES: readonly BarRule[] = [
  {
    id: 'refugee-rejected-12-months-hc',
    remedy: 'hc',
    trigger: 'refugee-claim-closed-negatively',
    months: 12,
    effect: 'blocks',
    exception: 'best-interests-of-child',
    effective: START_NOT_RESEARCHED,
    citation: irpa('s. 25(1.2)(c); exceptions s. 25(1.21)', 'official-text'),
  },
  {
    id: 'refugee-rejected-12-months-prra',
    remedy: 'prra',
    trigger: 'refugee-claim-closed-negatively',
    months: 12,
    effect: 'blocks',
    effective: PRRA_BARS_IN_FORCE,
    // Read in OB 440-H, which quotes the provision and its coming into force.
    citation: ob440('s. 112(2)(b.1)', 'official-text', { lastReviewed: CHECKED_WHILE_ENCODING }),
  },
  {
    id: 'refugee-rejected-12-months-trp',
    remedy: 'fv-trp',
    trigger: 'refugee-claim-closed-negatively',
    months: 12,
    effect: 'blocks',
    effective: START_NOT_RESEARCHED,
    citation: irpa('s. 24(4)', 'secondary'),
  },
  {
    // Whether s. 24(4) reaches the VTIP TRP is unverified (research notes §1): a caution, not a block.
    id: 'refugee-rejected-12-months-trp',
    remedy: 'vtip-trp',
    trigger: 'refugee-claim-closed-negatively',
    months: 12,
    effect: 'caution',
    effective: START_NOT_RESEARCHED,
    citation: irpa('s. 24(4) (reach to VTIP TRPs unverified)', 'unverified'),
  },
  {
    id: 'refugee-claim-pending-hc',
    remedy: 'hc',
    trigger: 'refugee-claim-pending',
    effect: 'blocks',
    effective: START_NOT_RESEARCHED,
    citation: irpa('s. 25(1.2)(b)', 'official-text'),
  },
  {
    id: 'prra-refused-12-months',
    remedy: 'prra',
    trigger: 'prra-refused',
    months: 12,
    effect: 'blocks',
    effective: PRRA_BARS_IN_FORCE,
    citation: ob440('s. 112(2)(c)', 'official-text', { lastReviewed: CHECKED_WHILE_ENCODING }),
  },
];

/** A bar that applies to these facts on asOf. */
export interface ActiveBar {
  rule: BarRule;
  /** First day the remedy is open again; absent when the trigger has no date or the bar lasts while it does. */
  until?: IsoDate;
  /** The trigger happened but its date is not known, so whether the bar still runs is not known. */
  dateUnknown: boolean;
}

const claimClosedNegatively = (facts: CaseFacts) => ['rejected', 'withdrawn'].includes(facts.person.priorRefugeeClaim?.outcome ?? '');
export const claimPendingIn = (facts: CaseFacts) =>
  facts.person.immigrationStatus === 'refugee-claimant' || facts.person.priorRefugeeClaim?.outcome === 'pending';

function triggered(facts: CaseFacts, trigger: BarTrigger): { happened: boolean; date?: string } {
  switch (trigger) {
    case 'refugee-claim-closed-negatively':
      return { happened: claimClosedNegatively(facts), date: facts.person.priorRefugeeClaim?.date };
    case 'refugee-claim-pending':
      return { happened: claimPendingIn(facts) };
    case 'prra-refused':
      return { happened: facts.events.prraRefused !== undefined, date: facts.events.prraRefused };
  }
}

/** Every bar in force on asOf that these facts trigger and that has not yet ended. */
export function activeBars(facts: CaseFacts, asOf: IsoDate): ActiveBar[] {
  const active: ActiveBar[] = [];
  for (const rule of BAR_RULES) {
    if (!inForce(rule, asOf)) continue;
    const { happened, date } = triggered(facts, rule.trigger);
    if (!happened) continue;
    if (rule.months === undefined) {
      active.push({ rule, dateUnknown: false });
    } else if (date === undefined) {
      active.push({ rule, dateUnknown: true });
    } else {
      // "Less than N months have passed since": barred before the anniversary, open on it.
      const until = endOfMonthsPeriod(date, rule.months);
      if (compareDates(asOf, until) < 0) active.push({ rule, until, dateUnknown: false });
    }
  }
  return active;
}

/** The bar of this id on this remedy, if it applies on asOf (with a known end or an unknown trigger date). */
export function activeBar(facts: CaseFacts, asOf: IsoDate, id: BarId, remedy: RemedyId): ActiveBar | undefined {
  return activeBars(facts, asOf).find((b) => b.rule.id === id && b.rule.remedy === remedy);
}

/** The rule of this id on this remedy, whether or not in force (for the dates of the rows that apply it). */
export function barRule(id: BarId, remedy: RemedyId): BarRule {
  const rule = BAR_RULES.find((r) => r.id === id && r.remedy === remedy);
  if (!rule) throw new Error(`no bar ${id} on ${remedy}`); // the register test lists every pair the knowledge names
  return rule;
}
