import type { CaseFacts, FactId, Phase } from '../contract';
import { FACT_PHASES } from '../contract';

/** An answer as the rules see it: unanswered, unknown and declined are all still open. */
export type Reading = 'yes' | 'no' | 'open';

export type Answers = (fact: FactId, phase?: Phase) => Reading;

/** Reads the recorded answers. Without a phase, a two-phase fact is "yes" if it is yes in either phase. */
export function readAnswers(facts: CaseFacts): Answers {
  const recorded = new Map<string, Reading>();
  for (const f of facts.facts) recorded.set(`${f.id}@${f.phase}`, f.answer === 'yes' ? 'yes' : f.answer === 'no' ? 'no' : 'open');
  return (fact, phase) => {
    const phases: readonly Phase[] = phase ? [phase] : FACT_PHASES[fact];
    const readings = phases.map((p) => recorded.get(`${fact}@${p}`) ?? 'open');
    return readings.includes('yes') ? 'yes' : readings.every((r) => r === 'no') ? 'no' : 'open';
  };
}

/** `fact` or `fact@phase`: how results name a fact that can occur in two phases. */
export function factRef(fact: FactId, phase?: Phase): string {
  return phase && FACT_PHASES[fact].length > 1 ? `${fact}@${phase}` : fact;
}
