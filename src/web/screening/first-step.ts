import type { StoredFacts } from './case-data';

// Where a screening starts: step 1 (the person and their situation) until something is recorded
// there, so a new case is not dropped into the questions with nothing known about the person.

/** Nothing recorded yet on step 1: no fact about the person, no exploiter, context, sector or goal. */
export function stepOneEmpty(facts: StoredFacts): boolean {
  const person = Object.values(facts.person).some((v) => v !== undefined && v !== null);
  return !person && facts.exploiters.length === 0 && facts.contexts.length === 0 && !facts.sector && facts.goals.length === 0;
}

/** Nothing recorded yet anywhere in the screening: step 1 empty and no answer given. */
export const screeningNotStarted = (facts: StoredFacts): boolean => stepOneEmpty(facts) && facts.answers.length === 0;
