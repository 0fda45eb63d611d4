import { FACT_PHASES, type CaseFacts, type Context, type DimensionId, type FactId, type Phase } from '../contract';
import { factRef } from './answers';
import { CATALOGUE, indicator, type Bilingual } from './catalogue';
import { IMMEDIATE_SAFETY_FACTS } from './flags';
import { screen } from './screen';
import { screeningText } from './text';

// Two-stage, trauma-informed question selection (CCR tool Part 1/Part 2; TVIT short then long
// form). Pure: it reads the facts recorded so far and returns what to ask next, never asking
// again anything already answered (including "declined" and "unknown").
//   preliminary: a short fixed screen of about ten questions, chosen by context;
//   full: goal-driven (STYLE.md principle 16). Every open result lists the facts that could
//   complete it; the next question is the first such fact, taking goals in order: safety,
//   then the ILO elements, then the legal tests' elements.

export const STAGES = ['preliminary', 'full'] as const;
export type Stage = (typeof STAGES)[number];

export interface QuestionRequest {
  facts: CaseFacts;
  /** Overrides facts.contexts, e.g. when the worker suspects a context the client has not named. */
  contexts?: Context[];
  stage: Stage;
  limit?: number;
}

export interface Question {
  fact: FactId;
  phase: Phase;
  /** `fact` or `fact@phase`, as results name it. */
  ref: string;
  wording: Bilingual;
  why: Bilingual;
  /** The results this answer could change: 'immediate-safety', dimension ids, or `legal-test-id/element-id`. */
  serves: string[];
}

interface Slot {
  fact: FactId;
  phase: Phase;
}

const slot = (fact: FactId, phase?: Phase): Slot => ({ fact, phase: phase ?? FACT_PHASES[fact][0]! });

/** Safety and the strongest, most widely relevant indicators first (10 with one context). */
export const PRELIMINARY_QUESTIONS: Slot[] = [
  slot('fear-for-safety'),
  slot('violence', 'destination'),
  slot('threats-of-violence', 'destination'),
  slot('movement-controlled'),
  slot('documents-confiscated', 'destination'),
  slot('deceived-job-nature'),
  slot('withholding-of-wages-or-money', 'destination'),
  slot('debt-bondage', 'destination'),
];

const PRELIMINARY_BY_CONTEXT: Record<Context, Slot[]> = {
  labour: [slot('excessive-hours'), slot('low-or-no-pay')],
  sexual: [slot('sexual-exploitation'), slot('forced-tasks-or-clients')],
  'forced-marriage': [slot('marriage-without-free-consent'), slot('marriage-under-16')],
  'domestic-servitude': [slot('isolation-confinement-surveillance', 'destination'), slot('excessive-hours')],
  other: [slot('excessive-hours'), slot('forced-illicit-activities')],
};

// Destination first: indicators from the exploitation phase are the more reliable (UNODC E4J
// module 6), and they describe the person's situation now.
const DIMENSION_PRIORITY: DimensionId[] = [
  'exploitative-conditions',
  'coercion-at-destination',
  'abuse-of-vulnerability-at-destination',
  'deceptive-recruitment',
  'coercive-recruitment',
  'recruitment-abuse-of-vulnerability',
];

/** A result's missing ref ("fact" or "fact@phase") as the slots it stands for. */
function slotsOf(ref: string): Slot[] {
  const [fact, phase] = ref.split('@') as [FactId, Phase | undefined];
  return phase ? [{ fact, phase }] : [...FACT_PHASES[fact]].reverse().map((p) => ({ fact, phase: p }));
}

const RED_FLAG_SLOTS: Slot[] = CATALOGUE.filter((i) => i.kind === 'red-flag' || i.kind === 'observation').flatMap((i) =>
  FACT_PHASES[i.id as FactId].map((phase) => slot(i.id as FactId, phase)),
);

export function nextQuestions(request: QuestionRequest): Question[] {
  const { facts, stage } = request;
  const contexts = request.contexts ?? facts.contexts;
  const recorded = new Set(facts.facts.map((f) => `${f.id}@${f.phase}`));
  const relevant = (fact: FactId) => {
    const wanted = indicator(fact).contexts;
    return contexts.length === 0 || wanted.length === 0 || wanted.some((c) => contexts.includes(c));
  };

  const goals: { serves: string; slots: Slot[] }[] = [];
  if (stage === 'preliminary') {
    const extras = (contexts.length === 0 ? (['labour'] as Context[]) : contexts).flatMap((c) => PRELIMINARY_BY_CONTEXT[c]);
    goals.push({ serves: 'preliminary', slots: [...PRELIMINARY_QUESTIONS, ...extras] });
  } else {
    const result = screen(facts);
    goals.push({ serves: 'immediate-safety', slots: IMMEDIATE_SAFETY_FACTS.map((f) => slot(f.fact, f.phase)) });
    for (const id of DIMENSION_PRIORITY) {
      const dimension = result.dimensions.find((d) => d.id === id)!;
      goals.push({ serves: id, slots: dimension.missingItems.map((i) => ({ fact: i.fact, phase: i.phase })) });
    }
    for (const test of result.legalTests) {
      for (const element of test.elements) goals.push({ serves: `${test.id}/${element.id}`, slots: element.missing.flatMap(slotsOf) });
    }
    // Last, the red flags and observations no result waits for: they change no result, but they
    // point to risks (false papers, being made to recruit others) and are what front-line lists look for.
    goals.push({ serves: 'red-flags', slots: RED_FLAG_SLOTS });
  }

  const questions = new Map<string, Question>();
  for (const goal of goals) {
    for (const { fact, phase } of goal.slots) {
      const key = `${fact}@${phase}`;
      if (recorded.has(key) || !relevant(fact)) continue;
      const existing = questions.get(key);
      if (existing) {
        if (!existing.serves.includes(goal.serves)) existing.serves.push(goal.serves);
        continue;
      }
      questions.set(key, { fact, phase, ref: factRef(fact, phase), wording: wordingOf(fact, phase), why: indicator(fact).why, serves: [goal.serves] });
    }
  }
  const ordered = [...questions.values()];
  return request.limit === undefined ? ordered : ordered.slice(0, request.limit);
}

/** Plain-language wording; a two-phase question opens with the phase it asks about. */
function wordingOf(fact: FactId, phase: Phase): Bilingual {
  const q = indicator(fact).question;
  if (FACT_PHASES[fact].length === 1) return q;
  return { en: screeningText.en.phases[phase] + q.en, fr: screeningText.fr.phases[phase] + q.fr };
}
