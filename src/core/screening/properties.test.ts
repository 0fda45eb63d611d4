import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assess } from '../assess';
import { assessmentSchema, CONTEXTS, CONTINUUM, FACT_PHASES, type CaseFactsInput, type FactId } from '../contract';
import { caseFactsSchema } from '../contract';
import { screen } from './screen';
import { rank } from './status';

// Every (fact, phase) slot the contract allows, each either unasked or answered.
const SLOTS = (Object.entries(FACT_PHASES) as [FactId, readonly string[]][]).flatMap(([id, phases]) =>
  phases.map((phase) => ({ id, phase, twoPhase: phases.length > 1 })),
);
const ANSWER_OR_ABSENT = ['absent', 'yes', 'no', 'unknown', 'declined'] as const;
type Slotted = (typeof ANSWER_OR_ABSENT)[number];

const inputOf = (ageBand: 'minor' | 'adult' | 'unknown', contexts: string[], answers: Slotted[]): CaseFactsInput => ({
  contractVersion: 1,
  asOf: '2026-11-28',
  person: { ageBand, province: 'QC', immigrationStatus: 'no-status', sexIndustryWork: 'unknown' },
  contexts: contexts as CaseFactsInput['contexts'],
  facts: SLOTS.flatMap((slot, i) => {
    const answer = answers[i]!;
    if (answer === 'absent') return [];
    return [slot.twoPhase ? { id: slot.id, phase: slot.phase as 'recruitment', answer } : { id: slot.id, answer }];
  }),
});

const caseArb = fc.record({
  ageBand: fc.constantFrom('minor' as const, 'adult' as const, 'unknown' as const),
  contexts: fc.subarray([...CONTEXTS]),
  answers: fc.array(fc.constantFrom(...ANSWER_OR_ABSENT), { minLength: SLOTS.length, maxLength: SLOTS.length }),
  slot: fc.nat({ max: SLOTS.length - 1 }),
});

/** Every status the screening produces, by name, as a rank; plus the continuum position. */
function ranks(input: CaseFactsInput): Map<string, number> {
  const result = screen(caseFactsSchema.parse(input));
  const out = new Map<string, number>();
  for (const d of result.dimensions) out.set(d.id, rank(d.status));
  for (const t of result.legalTests) {
    out.set(t.id, rank(t.status));
    for (const e of t.elements) out.set(`${t.id}/${e.id}`, rank(e.status));
  }
  out.set('person-level', rank(result.personLevel.status));
  out.set('continuum', CONTINUUM.indexOf(result.continuum));
  return out;
}

function compare(before: Map<string, number>, after: Map<string, number>, direction: 'never-lower' | 'never-higher') {
  for (const [key, was] of before) {
    const now = after.get(key)!;
    if (direction === 'never-lower') expect(now, key).toBeGreaterThanOrEqual(was);
    else expect(now, key).toBeLessThanOrEqual(was);
  }
}

describe('screening is monotone in the answers', () => {
  it('adding a "yes" never lowers any status or the continuum position', () => {
    fc.assert(
      fc.property(caseArb, ({ ageBand, contexts, answers, slot }) => {
        fc.pre(answers[slot] !== 'yes');
        const before = ranks(inputOf(ageBand, contexts, answers));
        const after = ranks(
          inputOf(
            ageBand,
            contexts,
            answers.map((a, i) => (i === slot ? 'yes' : a)),
          ),
        );
        compare(before, after, 'never-lower');
      }),
      { numRuns: 150 },
    );
  });

  it('turning "unknown" into "no" never raises any status or the continuum position', () => {
    fc.assert(
      fc.property(caseArb, ({ ageBand, contexts, answers, slot }) => {
        const withUnknown = answers.map((a, i) => (i === slot ? 'unknown' : a));
        const before = ranks(inputOf(ageBand, contexts, withUnknown));
        const after = ranks(
          inputOf(
            ageBand,
            contexts,
            withUnknown.map((a, i) => (i === slot ? 'no' : a)),
          ),
        );
        compare(before, after, 'never-higher');
      }),
      { numRuns: 150 },
    );
  });
});

describe('the assessment document', () => {
  it('always validates against the contract schema', () => {
    fc.assert(
      fc.property(caseArb, ({ ageBand, contexts, answers }) => {
        const result = assess(inputOf(ageBand, contexts, answers));
        expect(result.ok).toBe(true);
        if (result.ok) expect(assessmentSchema.safeParse(result.value).success).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});
