// Bars between remedies, written once: one outcome (a refused refugee claim, a refused PRRA, a
// pending claim) closes another remedy for a time. The remedies' eligibility rows and the
// planner both read this register, so they cannot disagree on whether, from when or until when
// a remedy is barred. Each bar is dated like any other law: it applies only while in force.
import type { CaseFacts, RemedyId } from '../contract';
import { compareDates, type IsoDate } from '../dates/iso-date';
import { endOfMonthsPeriod, START_NOT_RESEARCHED } from './build';
import { inForce } from './dated';
import type { BarId, Citation, Effective } from './model';
import { CHECKED_WHILE_ENCODING, irpa, irpaXml, ob440 } from './sources';

/**
 * What starts a bar.
 * - refugee-claim-closed-negatively: a claim rejected, or determined to be withdrawn or abandoned
 *   (the TRP and PRRA bars, ss. 24(4), 112(2)(b.1): any withdrawal counts);
 * - refugee-claim-closed-after-evidence: a claim rejected or abandoned, or withdrawn after
 *   substantive evidence was heard (the H&C bar, s. 25(1.2)(c)); a withdrawal with that fact
 *   unknown leaves the bar uncertain;
 * - prra-pending-after-ineligible-claim: a claim found ineligible and a PRRA pending (ss. 24(3.1), 25(1.2)(b.1));
 * - designated-foreign-national: five years after the final determination of the claim or the PRRA,
 *   or after designation (ss. 24(5), 25(1.01)).
 */
export type BarTrigger =
  | 'refugee-claim-closed-negatively'
  | 'refugee-claim-closed-after-evidence'
  | 'refugee-claim-pending'
  | 'prra-refused'
  | 'prra-pending-after-ineligible-claim'
  | 'designated-foreign-national';

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
/** ss. 24(3.1) and 25(1.2)(b.1) were enacted by S.C. 2019, c. 29, ss. 302–303, in force 2019-06-21 (official XML). */
const PENDING_PRRA_BARS_IN_FORCE: Effective = { from: '2019-06-21' };

export const BAR_RULES: readonly BarRule[] = [
  {
    id: 'refugee-rejected-12-months-hc',
    remedy: 'hc',
    trigger: 'refugee-claim-closed-after-evidence',
    months: 12,
    effect: 'blocks',
    exception: 'best-interests-of-child',
    effective: START_NOT_RESEARCHED,
    citation: irpaXml('s. 25(1.2)(c); exceptions s. 25(1.21)'),
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
    citation: irpaXml('s. 24(4)'),
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
    citation: irpaXml('s. 25(1.2)(b)'),
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
  ...(['vtip-trp', 'fv-trp'] as const).map((remedy): BarRule => ({
    id: 'prra-pending-after-ineligible-claim-trp',
    remedy,
    trigger: 'prra-pending-after-ineligible-claim',
    effect: 'blocks',
    effective: PENDING_PRRA_BARS_IN_FORCE,
    citation: irpaXml('s. 24(3.1)'),
  })),
  {
    id: 'prra-pending-after-ineligible-claim-hc',
    remedy: 'hc',
    trigger: 'prra-pending-after-ineligible-claim',
    effect: 'blocks',
    effective: PENDING_PRRA_BARS_IN_FORCE,
    citation: irpaXml('s. 25(1.2)(b.1)'),
  },
  ...(['vtip-trp', 'fv-trp'] as const).map((remedy): BarRule => ({
    id: 'designated-foreign-national-5-years-trp',
    remedy,
    trigger: 'designated-foreign-national',
    months: 60,
    effect: 'blocks',
    effective: START_NOT_RESEARCHED,
    citation: irpaXml('s. 24(5)'),
  })),
  {
    id: 'designated-foreign-national-5-years-hc',
    remedy: 'hc',
    trigger: 'designated-foreign-national',
    months: 60,
    effect: 'blocks',
    effective: START_NOT_RESEARCHED,
    citation: irpaXml('s. 25(1.01)'),
  },
];

/** A bar that applies to these facts on asOf. */
export interface ActiveBar {
  rule: BarRule;
  /** First day the remedy is open again; absent when the trigger has no date or the bar lasts while it does. */
  until?: IsoDate;
  /** The trigger happened but its date is not known, so whether the bar still runs is not known. */
  dateUnknown: boolean;
  /**
   * A fact the bar turns on is unknown (whether evidence was heard before a withdrawal, the state
   * of a PRRA, designation): the bar may apply, and counsel must find out. It then only cautions.
   */
  uncertain: boolean;
}

const outcome = (facts: CaseFacts) => facts.person.priorRefugeeClaim?.outcome;
const claimClosedNegatively = (facts: CaseFacts) => ['rejected', 'withdrawn', 'abandoned'].includes(outcome(facts) ?? '');
export const claimPendingIn = (facts: CaseFacts) => facts.person.immigrationStatus === 'refugee-claimant' || outcome(facts) === 'pending';
/** Was substantive evidence heard before the claim was withdrawn: 'yes', 'no', or undefined when unknown or not recorded. */
const evidenceHeardBeforeWithdrawal = (facts: CaseFacts) => {
  const heard = facts.person.priorRefugeeClaim?.withdrawnAfterSubstantiveEvidence;
  return heard === 'yes' || heard === 'no' ? heard : undefined;
};
const prraState = (facts: CaseFacts) => facts.person.prra?.state;

interface Triggered {
  happened: boolean;
  date?: string;
  /** The bar lasts while the trigger does (a pending claim or PRRA), whatever `months` says. */
  whileItLasts?: boolean;
  uncertain?: boolean;
}

/** Five years after the final determination of the PRRA, else of the claim, else after designation (ss. 24(5), 25(1.01)). */
function designatedForeignNational(facts: CaseFacts): Triggered {
  const designated = facts.person.designatedForeignNational;
  if (designated !== 'yes') return { happened: designated === 'unknown', uncertain: true };
  const prra = facts.person.prra;
  if (prra?.state === 'pending') return { happened: true, whileItLasts: true };
  if (prra?.state === 'refused' || prra?.state === 'allowed') return { happened: true, date: prra.date };
  if (claimPendingIn(facts)) return { happened: true, whileItLasts: true };
  const claim = facts.person.priorRefugeeClaim;
  if (claim) return { happened: true, date: claim.date };
  return { happened: true }; // the day of designation is not in the facts
}

function triggered(facts: CaseFacts, trigger: BarTrigger): Triggered {
  const claimDate = facts.person.priorRefugeeClaim?.date;
  switch (trigger) {
    case 'refugee-claim-closed-negatively':
      return { happened: claimClosedNegatively(facts), date: claimDate };
    case 'refugee-claim-closed-after-evidence': {
      if (outcome(facts) !== 'withdrawn') return { happened: claimClosedNegatively(facts), date: claimDate };
      const heard = evidenceHeardBeforeWithdrawal(facts);
      return { happened: heard !== 'no', date: claimDate, uncertain: heard === undefined };
    }
    case 'refugee-claim-pending':
      return { happened: claimPendingIn(facts) };
    case 'prra-refused': {
      const date = facts.events.prraRefused ?? (prraState(facts) === 'refused' ? facts.person.prra?.date : undefined);
      return { happened: facts.events.prraRefused !== undefined || prraState(facts) === 'refused', date };
    }
    case 'prra-pending-after-ineligible-claim': {
      if (outcome(facts) !== 'ineligible') return { happened: false };
      const state = prraState(facts);
      return { happened: state === 'pending' || state === 'unknown' || state === undefined, whileItLasts: true, uncertain: state !== 'pending' };
    }
    case 'designated-foreign-national':
      return designatedForeignNational(facts);
  }
}

/** Every bar in force on asOf that these facts trigger and that has not yet ended. */
export function activeBars(facts: CaseFacts, asOf: IsoDate): ActiveBar[] {
  const active: ActiveBar[] = [];
  for (const rule of BAR_RULES) {
    if (!inForce(rule, asOf)) continue;
    const { happened, date, whileItLasts, uncertain = false } = triggered(facts, rule.trigger);
    if (!happened) continue;
    if (rule.months === undefined || whileItLasts) {
      active.push({ rule, dateUnknown: false, uncertain });
    } else if (date === undefined) {
      active.push({ rule, dateUnknown: true, uncertain });
    } else {
      // "Less than N months have passed since": barred before the anniversary, open on it.
      const until = endOfMonthsPeriod(date, rule.months);
      if (compareDates(asOf, until) < 0) active.push({ rule, until, dateUnknown: false, uncertain });
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
