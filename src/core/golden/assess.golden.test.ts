import { describe, expect, it } from 'vitest';
import { assessFacts } from '../assess';
import type { CaseFacts } from '../contract';
import { nextQuestions } from '../screening';
import { decisionsLine, decisionsOf, generatedCases, namedCases } from './golden-cases.test-support';

// Golden decisions: what the core decided when these files were written, so that a change made
// for speed, a refactoring or new wording can show that no outcome moved. Only decisions are
// kept (see decisionsOf): continuum, statuses, eligibilities and the codes of the rules that
// fired, risk levels, deadline dates, flag ids, the order of plans and of the questions asked.
// Sentences, citation text and review dates are not: rewording or translating them is not a
// change of outcome, and the language test (../assess-lang.test.ts) checks the sentences.
// A failure here means a decision changed: if the change is intended, review the diff and
// update with `npx vitest run src/core/golden -u`.

const slug = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** The question picker's choices: the refs it asks about, in order, at each stage. */
function questionRefs(facts: CaseFacts) {
  return {
    full: nextQuestions({ facts, stage: 'full' }).map((q) => q.ref),
    preliminary: nextQuestions({ facts, stage: 'preliminary', contexts: ['sexual', 'other'] }).map((q) => q.ref),
  };
}

describe('golden decisions of the core', () => {
  it.each(namedCases().map((c) => [c.name, c.facts] as const))('assessFacts decides "%s" as before', async (name, facts) => {
    const decisions = { ...decisionsOf(assessFacts(facts)), questions: questionRefs(facts) };
    await expect(JSON.stringify(decisions, null, 1) + '\n').toMatchFileSnapshot(`./__golden__/${slug(name)}.decisions.json`);
  });

  it('a seeded spread of 400 generated documents gives unchanged decisions', async () => {
    const lines = generatedCases(400).map((facts, i) => {
      // The full stage's questions are kept for the named cases only: here they would double the file.
      return `${i} ${decisionsLine(decisionsOf(assessFacts(facts)))} questions=${questionRefs(facts).preliminary.join(',')}`;
    });
    const header =
      '# case, continuum, ILO elements (M met, N not met, I insufficient information), legal tests [elements] {notes}, ' +
      'remedies eligibility(reason codes; risk rules > risk levels; deadlines > the one shown), flags, plan and alternatives ' +
      '(steps > in order | awaiting decision | excluded), questions (preliminary stage)';
    await expect([header, ...lines].join('\n') + '\n').toMatchFileSnapshot('./__golden__/generated-decisions.txt');
  });
});
