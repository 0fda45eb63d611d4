import type { DimensionId, DimensionResult, FactId, Phase, TestStatus } from '../contract';
import { readWith, slotReader, type Reading, type RecordedAnswers, type SlotReader } from './answers';
import { catalogueItemsOf, PROFILES, STRENGTHS, type Profile, type Strength } from './catalogue';
import { mapped } from '../lists';
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
function usefulStrengths(yes: Counts, open: Counts): Set<Strength> {
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

/** usefulStrengths as a shared, read-only set, remembered per combination of counts. */
const usefulByCounts = new Map<number, ReadonlySet<Strength>>();
const NO_STRENGTHS: ReadonlySet<Strength> = new Set();
const COUNT_LIMIT = 64;

// The answer depends only on six small counts (each at most the number of items in an element),
// so it is worked out once per combination: the search above tries every choice of open items.
function usefulStrengthsOf(yes: Counts, open: Counts): ReadonlySet<Strength> {
  const counts = [yes.strong, yes.medium, yes.weak, open.strong, open.medium, open.weak];
  if (counts.some((c) => !Number.isInteger(c) || c < 0 || c >= COUNT_LIMIT)) return usefulStrengths(yes, open);
  const key = counts.reduce((k, c) => k * COUNT_LIMIT + c, 0);
  let useful = usefulByCounts.get(key);
  if (!useful) usefulByCounts.set(key, (useful = usefulStrengths(yes, open)));
  return useful;
}

/** One catalogue item of an element, with what each ILO list makes of it, worked out once. */
interface ElementItem {
  fact: FactId;
  phase: Phase;
  reader: SlotReader;
  strength: Readonly<Record<Profile, Strength>>;
  /** "fact (strength)", as `because` lists it, per list. */
  label: Readonly<Record<Profile, string>>;
}

interface ElementItems {
  /** In catalogue order, as the answers are read. */
  items: readonly ElementItem[];
  /**
   * Per list, the positions of the items strongest first, ties in catalogue order (a stable sort
   * by strength): the order of `because` and `missingItems`.
   */
  strongestFirst: Readonly<Record<Profile, readonly number[]>>;
}

const STRENGTH_ORDER: Readonly<Record<Strength, number>> = Object.fromEntries(STRENGTHS.map((s, i) => [s, i])) as Record<Strength, number>;

// Built once: the items and their weights depend only on the static catalogue.
const ELEMENT_ITEMS = new Map<DimensionId, ElementItems>();
function elementItems(dimension: DimensionId): ElementItems {
  let prepared = ELEMENT_ITEMS.get(dimension);
  if (!prepared) {
    const items = catalogueItemsOf(dimension).map(({ fact, phase, weighting }) => ({
      fact,
      phase,
      reader: slotReader(fact, phase),
      strength: weighting.strength,
      label: Object.fromEntries(PROFILES.map((p) => [p, `${fact} (${weighting.strength[p]})`])) as Record<Profile, string>,
    }));
    const order = (p: Profile) => items.map((_, i) => i).sort((a, b) => STRENGTH_ORDER[items[a]!.strength[p]] - STRENGTH_ORDER[items[b]!.strength[p]]);
    prepared = { items, strongestFirst: Object.fromEntries(PROFILES.map((p) => [p, order(p)])) as Record<Profile, number[]> };
    ELEMENT_ITEMS.set(dimension, prepared);
  }
  return prepared;
}

/** The element under one list, from the readings of its items (in catalogue order). */
function evaluateReadings(dimension: DimensionId, { items, strongestFirst }: ElementItems, readings: readonly Reading[], profile: Profile): ScreenedDimension {
  const yes = zero();
  const open = zero();
  for (let i = 0; i < items.length; i++) {
    const reading = readings[i];
    if (reading === 'yes') yes[items[i]!.strength[profile]] += 1;
    else if (reading === 'open') open[items[i]!.strength[profile]] += 1;
  }
  const status = ruleStatus(yes, open);
  const useful = status === 'insufficient-information' ? usefulStrengthsOf(yes, open) : NO_STRENGTHS;
  const because: string[] = [];
  const missingItems: { fact: FactId; phase: Phase; strength: Strength }[] = [];
  for (const i of strongestFirst[profile]) {
    const item = items[i]!;
    if (readings[i] === 'yes') because.push(item.label[profile]);
    else if (readings[i] === 'open' && useful.has(item.strength[profile]))
      missingItems.push({ fact: item.fact, phase: item.phase, strength: item.strength[profile] });
  }
  return {
    id: dimension,
    status,
    because,
    missing: missingItems.map((i) => i.fact),
    profile,
    missingItems,
  };
}

/** Reads the element under each applicable list and keeps the highest status (first list on a tie). */
export function evaluateDimension(dimension: DimensionId, recorded: RecordedAnswers, profiles: readonly Profile[]): ScreenedDimension {
  // The answers are read once, by slot, and weighed under each list.
  const prepared = elementItems(dimension);
  const readings: Reading[] = [];
  for (const item of prepared.items) readings.push(readWith(recorded, item.reader));
  return mapped(profiles, (p) => evaluateReadings(dimension, prepared, readings, p)).reduce((best, next) =>
    rank(next.status) > rank(best.status) ? next : best,
  );
}
