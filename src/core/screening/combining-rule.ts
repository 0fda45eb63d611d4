import type { DimensionId, DimensionResult, FactId, Phase, TestStatus } from '../contract';
import type { Answers } from './answers';
import { itemsOf, STRENGTHS, type Profile, type Strength } from './catalogue';
import { rank } from './status';

export type Counts = Record<Strength, number>;

/**
 * ILO & EC (2009) p. 3: an element is positive with at least two strong indicators; or one
 * strong and one medium or weak; or three medium; or two medium and one weak. "At least" is
 * read as admitting any superset of a listed combination. Weak indicators alone never suffice.
 */
export function satisfiesIloRule({ strong, medium, weak }: Counts): boolean {
  return strong >= 2 || (strong >= 1 && medium + weak >= 1) || medium >= 3 || (medium >= 2 && weak >= 1);
}

const zero = (): Counts => ({ strong: 0, medium: 0, weak: 0 });
const add = (a: Counts, b: Counts): Counts => ({ strong: a.strong + b.strong, medium: a.medium + b.medium, weak: a.weak + b.weak });

/** Tri-state: met on the yes answers; not-met if still unmet were every open item a yes. */
export function ruleStatus(yes: Counts, open: Counts): TestStatus {
  if (satisfiesIloRule(yes)) return 'met';
  return satisfiesIloRule(add(yes, open)) ? 'insufficient-information' : 'not-met';
}

/**
 * Which strengths an open item can have and still be part of a smallest completion: some
 * choice of open items that includes one of this strength meets the rule, and the same choice
 * without it does not. A weak item is useless while no strong or medium item can join it.
 */
export function usefulStrengths(yes: Counts, open: Counts): Set<Strength> {
  const useful = new Set<Strength>();
  for (let s = 0; s <= open.strong; s++)
    for (let m = 0; m <= open.medium; m++)
      for (let w = 0; w <= open.weak; w++) {
        const chosen = add(yes, { strong: s, medium: m, weak: w });
        if (!satisfiesIloRule(chosen)) continue;
        if (s > 0 && !satisfiesIloRule({ ...chosen, strong: chosen.strong - 1 })) useful.add('strong');
        if (m > 0 && !satisfiesIloRule({ ...chosen, medium: chosen.medium - 1 })) useful.add('medium');
        if (w > 0 && !satisfiesIloRule({ ...chosen, weak: chosen.weak - 1 })) useful.add('weak');
      }
  return useful;
}

export interface ScreenedDimension extends DimensionResult {
  /** The ILO list the status was read under. */
  profile: Profile;
  /** Open items that could complete the element, with their phase, strongest first. */
  missingItems: { fact: FactId; phase: Phase; strength: Strength }[];
}

const byStrength = <T extends { strength: Strength }>(a: T, b: T) => STRENGTHS.indexOf(a.strength) - STRENGTHS.indexOf(b.strength);

export function evaluateDimensionUnder(dimension: DimensionId, answers: Answers, profile: Profile): ScreenedDimension {
  const yes = zero();
  const open = zero();
  const yesItems: { fact: FactId; strength: Strength }[] = [];
  const openItems: { fact: FactId; phase: Phase; strength: Strength }[] = [];
  for (const item of itemsOf(dimension)) {
    const strength = item.weighting.strength[profile];
    const reading = answers(item.fact, item.phase);
    if (reading === 'yes') {
      yes[strength] += 1;
      yesItems.push({ fact: item.fact, strength });
    } else if (reading === 'open') {
      open[strength] += 1;
      openItems.push({ fact: item.fact, phase: item.phase, strength });
    }
  }
  const status = ruleStatus(yes, open);
  const useful = status === 'insufficient-information' ? usefulStrengths(yes, open) : new Set<Strength>();
  const missingItems = openItems.filter((i) => useful.has(i.strength)).sort(byStrength);
  return {
    id: dimension,
    status,
    because: yesItems.sort(byStrength).map((i) => `${i.fact} (${i.strength})`),
    missing: missingItems.map((i) => i.fact),
    profile,
    missingItems,
  };
}

/** Reads the element under each applicable list and keeps the highest status (first list on a tie). */
export function evaluateDimension(dimension: DimensionId, answers: Answers, profiles: readonly Profile[]): ScreenedDimension {
  return profiles
    .map((p) => evaluateDimensionUnder(dimension, answers, p))
    .reduce((best, next) => (rank(next.status) > rank(best.status) ? next : best));
}
