import type { CaseFacts, FactId, Phase } from '../contract';
import { FACT_PHASES } from '../contract';

/** An answer as the rules see it: unanswered, unknown and declined are all still open. */
export type Reading = 'yes' | 'no' | 'open';

export type Answers = (fact: FactId, phase?: Phase) => Reading;

const readingOf = (answer: string): Reading => (answer === 'yes' ? 'yes' : answer === 'no' ? 'no' : 'open');

// Every (fact, phase) the contract allows, numbered once, so that the rules, whose evidence is
// fixed, can read a case's answers by position instead of by name.
const SLOTS = new Map<string, Map<string, number>>();
let slotCount = 0;
for (const [fact, phases] of Object.entries(FACT_PHASES) as [FactId, readonly Phase[]][]) {
  SLOTS.set(fact, new Map(phases.map((p) => [p, slotCount++])));
}
const slotOf = (fact: string, phase: string): number | undefined => SLOTS.get(fact)?.get(phase);

/** A case's answers: by slot for every (fact, phase) the contract allows, by name for anything else. */
export interface RecordedAnswers {
  bySlot: readonly Reading[];
  /** Readings recorded for a (fact, phase) outside the contract, keyed "fact@phase" (only unvalidated facts have them). */
  others: ReadonlyMap<string, Reading>;
  answers: Answers;
}

const NO_OTHERS: ReadonlyMap<string, Reading> = new Map();

function readSlot(recorded: Omit<RecordedAnswers, 'answers'>, fact: string, phase: string): Reading {
  const slot = slotOf(fact, phase);
  return slot !== undefined ? recorded.bySlot[slot]! : (recorded.others.get(`${fact}@${phase}`) ?? 'open');
}

/** Either phase: "yes" if yes in one, "no" if no in every one, otherwise open. */
function eitherPhase(readings: Iterable<Reading>): Reading {
  let allNo = true;
  for (const reading of readings) {
    if (reading === 'yes') return 'yes';
    if (reading !== 'no') allNo = false;
  }
  return allNo ? 'no' : 'open';
}

/** The recorded answers (later answers to the same fact and phase win), readable by slot and by name. */
export function recordAnswers(facts: CaseFacts): RecordedAnswers {
  const bySlot = new Array<Reading>(slotCount).fill('open');
  let others: Map<string, Reading> | undefined;
  for (const f of facts.facts) {
    const slot = slotOf(f.id, f.phase);
    if (slot !== undefined) bySlot[slot] = readingOf(f.answer);
    else (others ??= new Map()).set(`${f.id}@${f.phase}`, readingOf(f.answer));
  }
  const recorded = { bySlot, others: others ?? NO_OTHERS };
  const answers: Answers = (fact, phase) => {
    if (phase) return readSlot(recorded, fact, phase);
    const phases = FACT_PHASES[fact];
    if (phases.length === 1) return readSlot(recorded, fact, phases[0]!);
    return eitherPhase(phases.map((p) => readSlot(recorded, fact, p)));
  };
  return { bySlot: recorded.bySlot, others: recorded.others, answers };
}

/** Reads the recorded answers. Without a phase, a two-phase fact is "yes" if it is yes in either phase. */
export function readAnswers(facts: CaseFacts): Answers {
  return recordAnswers(facts).answers;
}

/**
 * How to read one fact, optionally in one phase, from RecordedAnswers: worked out once for
 * evidence that is fixed in advance. Same result as answers(fact, phase).
 */
export interface SlotReader {
  fact: FactId;
  phase?: Phase;
  /** The slots to read (a two-phase fact without a phase has two); empty when the fact has no slot for that phase. */
  slots: readonly number[];
}

export function slotReader(fact: FactId, phase?: Phase): SlotReader {
  const phases: readonly string[] = phase ? [phase] : FACT_PHASES[fact];
  const slots = phases.map((p) => slotOf(fact, p));
  return { fact, phase, slots: slots.every((s) => s !== undefined) ? (slots as number[]) : [] };
}

export function readWith(recorded: RecordedAnswers, reader: SlotReader): Reading {
  const { slots } = reader;
  if (slots.length === 1) return recorded.bySlot[slots[0]!]!;
  if (slots.length === 2) {
    const a = recorded.bySlot[slots[0]!]!;
    const b = recorded.bySlot[slots[1]!]!;
    return a === 'yes' || b === 'yes' ? 'yes' : a === 'no' && b === 'no' ? 'no' : 'open';
  }
  return recorded.answers(reader.fact, reader.phase);
}

// Every "fact@phase" name of a two-phase fact, built once: results name facts many times per case.
const TWO_PHASE_REFS = new Map<string, ReadonlyMap<string, string>>(
  (Object.entries(FACT_PHASES) as [FactId, readonly Phase[]][])
    .filter(([, phases]) => phases.length > 1)
    .map(([fact, phases]) => [fact, new Map(phases.map((p) => [p, `${fact}@${p}`]))]),
);

/** `fact` or `fact@phase`: how results name a fact that can occur in two phases. */
export function factRef(fact: FactId, phase?: Phase): string {
  if (!phase) return fact;
  const ref = TWO_PHASE_REFS.get(fact)?.get(phase);
  if (ref !== undefined) return ref;
  return FACT_PHASES[fact].length > 1 ? `${fact}@${phase}` : fact;
}
