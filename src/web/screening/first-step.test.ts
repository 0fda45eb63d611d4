import { describe, expect, it } from 'vitest';
import type { StoredFacts } from './case-data';
import { screeningNotStarted, stepOneEmpty } from './first-step';

const empty: StoredFacts = { person: {}, exploiters: [], contexts: [], answers: [], events: {}, goals: [] };

describe('stepOneEmpty', () => {
  it('is empty for a new case with nothing recorded', () => {
    expect(stepOneEmpty(empty)).toBe(true);
  });

  it('is no longer empty once one fact about the person is recorded', () => {
    expect(stepOneEmpty({ ...empty, person: { ageBand: 'adult' } })).toBe(false);
  });

  it('is no longer empty once the situation names a sector, a context, an exploiter or a goal', () => {
    expect(stepOneEmpty({ ...empty, sector: 'agriculture' })).toBe(false);
    expect(stepOneEmpty({ ...empty, contexts: ['work'] })).toBe(false);
    expect(stepOneEmpty({ ...empty, exploiters: ['employer'] })).toBe(false);
    expect(stepOneEmpty({ ...empty, goals: ['stay-in-canada'] })).toBe(false);
  });

  it('stays empty when only answers to later questions are recorded (step 1 still waits)', () => {
    expect(stepOneEmpty({ ...empty, answers: [{ id: 'debt', answer: 'yes' } as StoredFacts['answers'][number]] })).toBe(true);
  });
});

describe('screeningNotStarted', () => {
  it('is true only while nothing at all is recorded', () => {
    expect(screeningNotStarted(empty)).toBe(true);
    expect(screeningNotStarted({ ...empty, answers: [{ id: 'debt', answer: 'yes' } as StoredFacts['answers'][number]] })).toBe(false);
    expect(screeningNotStarted({ ...empty, person: { ageBand: 'unknown' } })).toBe(false);
  });
});
