// Bars between remedies, written once: one outcome (a refused refugee claim, a refused PRRA, a
// pending claim) closes another remedy for a time. The remedies' eligibility rows and the
// planner both read this register, so they cannot disagree on whether, from when or until when
// a remedy is barred. Each bar is dated like any other law: it applies only while in force.
// The law is data, bars.json (which remedy, what triggers it, how many months, `blocks` or
// `caution`, from when, the citation), checked against schema/bars.schema.json; this file holds
// the logic, keyed by the trigger names bars.json uses: how each trigger is found in the facts.
import type { CaseFacts, RemedyId } from '../contract';
import { compareDates, type IsoDate } from '../dates/iso-date';
import barsFile from './bars.json';
import { endOfMonthsPeriod } from './build';
import { inForce, periodsOf } from './dated';
import { type BarId, type Citation, type Effective } from './model';
import { barsDataSchema } from './data-schemas';
import { citationOf } from './sources';

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
const claimDate = (facts: CaseFacts) => facts.person.priorRefugeeClaim?.date;

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

/**
 * What starts a bar, by the name bars.json gives it, and how it is found in the facts.
 * - refugee-claim-closed-negatively: a claim rejected, or determined to be withdrawn or abandoned
 *   (the TRP and PRRA bars, ss. 24(4), 112(2)(b.1): any withdrawal counts);
 * - refugee-claim-closed-after-evidence: a claim rejected or abandoned, or withdrawn after
 *   substantive evidence was heard (the H&C bar, s. 25(1.2)(c)); a withdrawal with that fact
 *   unknown leaves the bar uncertain;
 * - refugee-claim-pending: a claim pending, for as long as it is (s. 25(1.2)(b));
 * - prra-refused: a PRRA refused (s. 112(2)(c));
 * - prra-pending-after-ineligible-claim: a claim found ineligible and a PRRA pending (ss. 24(3.1), 25(1.2)(b.1));
 * - designated-foreign-national: five years after the final determination of the claim or the PRRA,
 *   or after designation (ss. 24(5), 25(1.01)).
 */
const TRIGGERS = {
  'refugee-claim-closed-negatively': (facts) => ({ happened: claimClosedNegatively(facts), date: claimDate(facts) }),
  'refugee-claim-closed-after-evidence': (facts) => {
    if (outcome(facts) !== 'withdrawn') return { happened: claimClosedNegatively(facts), date: claimDate(facts) };
    const heard = evidenceHeardBeforeWithdrawal(facts);
    return { happened: heard !== 'no', date: claimDate(facts), uncertain: heard === undefined };
  },
  'refugee-claim-pending': (facts) => ({ happened: claimPendingIn(facts) }),
  'prra-refused': (facts) => {
    const date = facts.events.prraRefused ?? (prraState(facts) === 'refused' ? facts.person.prra?.date : undefined);
    return { happened: facts.events.prraRefused !== undefined || prraState(facts) === 'refused', date };
  },
  'prra-pending-after-ineligible-claim': (facts) => {
    if (outcome(facts) !== 'ineligible') return { happened: false };
    const state = prraState(facts);
    return { happened: state === 'pending' || state === 'unknown' || state === undefined, whileItLasts: true, uncertain: state !== 'pending' };
  },
  'designated-foreign-national': designatedForeignNational,
} satisfies Record<string, (facts: CaseFacts) => Triggered>;

export type BarTrigger = keyof typeof TRIGGERS;
/** The triggers the code can find in the facts: bars.json may name these and no other, and names each. */
export const BAR_TRIGGERS = Object.keys(TRIGGERS) as BarTrigger[];
const isTrigger = (name: string): name is BarTrigger => Object.hasOwn(TRIGGERS, name);

class BarsDataError extends Error {
  override name = 'BarsDataError';
}

/**
 * The register of bars a data file describes: one rule per version of each bar, newest first,
 * in the file's order of bars. Throws on an invalid file (an id outside BAR_IDS, an unknown remedy,
 * versions out of order), a trigger the code does not know or does not see used, a bar written
 * twice for one remedy, or a citation of a source the register does not hold.
 */
export function barRulesOf(file: unknown): BarRule[] {
  const parsed = barsDataSchema.safeParse(file);
  if (!parsed.success) throw new BarsDataError(`bars data file is invalid: ${JSON.stringify(parsed.error.issues)}`);
  const { bars } = parsed.data;
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const { id, remedy, trigger } of bars) {
    if (!isTrigger(trigger)) problems.push(`trigger "${trigger}" of ${id} on ${remedy} is not in the code of bars.ts`);
    if (seen.has(`${id} ${remedy}`)) problems.push(`${id} on ${remedy} is written twice`);
    seen.add(`${id} ${remedy}`);
  }
  for (const trigger of BAR_TRIGGERS)
    if (!bars.some((b) => b.trigger === trigger)) problems.push(`trigger "${trigger}" of the code has no bar in the data file`);
  if (problems.length) throw new BarsDataError(`bars.json: ${problems.join('; ')}`);
  return bars.flatMap(({ id, remedy, trigger, versions }) =>
    periodsOf(`bar ${id} on ${remedy}`, versions, (v) => v.effect === null)
      .map(({ version, effective }): BarRule => {
        const v = version as Extract<typeof version, { citation: unknown }>;
        // The properties in the order the register always had (JSON output, knowledge report).
        return {
          id,
          remedy,
          trigger: trigger as BarTrigger,
          ...(v.months !== undefined ? { months: v.months } : {}),
          effect: v.effect,
          ...(v.exception !== undefined ? { exception: v.exception } : {}),
          effective,
          citation: citationOf(v.citation),
        };
      })
      .reverse(),
  );
}

/** The register, read from bars.json when the module loads. */
export const BAR_RULES: readonly BarRule[] = barRulesOf(barsFile);

/** Every bar in force on asOf that these facts trigger and that has not yet ended. */
export function activeBars(facts: CaseFacts, asOf: IsoDate): ActiveBar[] {
  const active: ActiveBar[] = [];
  for (const rule of BAR_RULES) {
    if (!inForce(rule, asOf)) continue;
    const { happened, date, whileItLasts, uncertain = false }: Triggered = TRIGGERS[rule.trigger](facts);
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
