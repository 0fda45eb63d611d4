import { describe, expect, it } from 'vitest';
import { assessFacts } from '../assess';
import type { CaseFacts } from '../contract';
import { rankPlans, toContractPlan } from '../planning';
import { evaluateRemedies } from '../remedies';
import { nextQuestions, screen } from '../screening';
import { canonicalJson, fingerprint, generatedCases, namedCases } from './golden-cases.test-support';

// Golden outputs: what the core returned when these files were written, kept so that changes
// made for speed (or any refactoring) can prove that no output moved, down to property order
// and properties set to undefined. A failure here means an output changed: if the change is
// intended, review the diff and update with `npx vitest run src/core/golden -u`.
//
// Named cases keep the whole assessment (readable diffs); the generated spread keeps one
// fingerprint per output, covering the other public entry points that share the same code:
// the full screening report, remedies and plans in French, and the question picker.

const slug = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

function otherEntryPoints(facts: CaseFacts) {
  const screening = screen(facts);
  const remediesFr = evaluateRemedies(facts, screening, { locale: 'fr' });
  const ranked = rankPlans(facts, screening, remediesFr, { riskTolerance: facts.riskTolerance ?? 'low' });
  return {
    screening,
    remediesFr,
    plans: ranked,
    plansFr: ranked.map((p) => toContractPlan(p, 'fr')),
    questions: [nextQuestions({ facts, stage: 'full' }), nextQuestions({ facts, stage: 'preliminary', contexts: ['sexual', 'other'] })],
  };
}

describe('golden outputs of the core', () => {
  it.each(namedCases().map((c) => [c.name, c.facts] as const))('assessFacts on "%s" is unchanged', async (name, facts) => {
    await expect(canonicalJson(assessFacts(facts), 1) + '\n').toMatchFileSnapshot(`./__golden__/${slug(name)}.json`);
  });

  it('named cases: screening, French remedies and plans, and questions are unchanged', () => {
    const prints = Object.fromEntries(namedCases().map(({ name, facts }) => [name, fingerprint(canonicalJson(otherEntryPoints(facts)))]));
    expect(prints).toMatchSnapshot();
  });

  it('a seeded spread of 400 generated documents gives unchanged outputs everywhere', async () => {
    const lines = generatedCases(400).map((facts, i) => {
      const others = otherEntryPoints(facts);
      return [
        i,
        fingerprint(canonicalJson(facts)),
        fingerprint(canonicalJson(assessFacts(facts))),
        fingerprint(canonicalJson(others.screening)),
        fingerprint(canonicalJson(others.remediesFr)),
        fingerprint(canonicalJson([others.plans, others.plansFr])),
        fingerprint(canonicalJson(others.questions)),
      ].join(' ');
    });
    const header = '# case, input, assessFacts, screen, evaluateRemedies (fr), rankPlans + toContractPlan (fr), nextQuestions';
    await expect([header, ...lines].join('\n') + '\n').toMatchFileSnapshot('./__golden__/generated-fingerprints.txt');
  });
});
