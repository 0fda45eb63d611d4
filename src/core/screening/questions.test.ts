import { describe, expect, it } from 'vitest';
import { nextQuestions } from './questions';
import { given, type Given } from './testing';

const refs = (g: Given, stage: 'preliminary' | 'full', limit?: number) => nextQuestions({ facts: given(g), stage, limit }).map((q) => q.ref);
const SAFETY_NO = [
  'violence@destination=no',
  'threats-of-violence@destination=no',
  'violence-or-threats-to-family@destination=no',
  'isolation-confinement-surveillance@destination=no',
  'fear-for-safety=no',
];

describe('the preliminary screen', () => {
  it('is about ten questions for one context, safety first', () => {
    const asked = refs({ contexts: ['labour'] }, 'preliminary');
    expect(asked.length).toBeGreaterThanOrEqual(8);
    expect(asked.length).toBeLessThanOrEqual(10);
    expect(asked[0]).toBe('fear-for-safety');
  });
  it('asks about marriage only in a forced-marriage context', () => {
    expect(refs({ contexts: ['labour'] }, 'preliminary')).not.toContain('marriage-without-free-consent');
    expect(refs({ contexts: ['forced-marriage'] }, 'preliminary')).toContain('marriage-without-free-consent');
  });
  it('asks about sexual exploitation in a sexual context', () => {
    expect(refs({ contexts: ['sexual'] }, 'preliminary')).toContain('sexual-exploitation');
  });
  it('never asks again what was answered, including a declined question', () => {
    const asked = refs({ facts: ['fear-for-safety=declined', 'violence@destination=no'] }, 'preliminary');
    expect(asked).not.toContain('fear-for-safety');
    expect(asked).not.toContain('violence@destination');
  });
});

describe('the full assessment, goal-driven', () => {
  it('asks about safety before anything else', () => {
    expect(refs({}, 'full', 5)).toEqual([
      'violence@destination',
      'threats-of-violence@destination',
      'violence-or-threats-to-family@destination',
      'isolation-confinement-surveillance@destination',
      'fear-for-safety',
    ]);
  });
  it('then asks the first missing fact that could complete exploitative conditions, strongest first', () => {
    expect(refs({ facts: SAFETY_NO }, 'full', 1)).toEqual(['excessive-hours']);
  });
  it('stops asking about an element once it is met', () => {
    const asked = refs({ facts: [...SAFETY_NO, 'excessive-hours', 'low-or-no-pay'] }, 'full');
    expect(asked).not.toContain('bad-living-conditions');
    expect(asked[0]).toBe('documents-confiscated@destination');
  });
  it('skips marriage questions outside a forced-marriage context and asks them inside it', () => {
    expect(refs({ contexts: ['labour'] }, 'full')).not.toContain('marriage-under-16');
    expect(refs({ contexts: ['forced-marriage'] }, 'full')).toContain('marriage-under-16');
  });
  it('never asks an indicator whose answer could change no result (red flags aside)', () => {
    // unfamiliar-area has no ILO item in the recruitment list, and no legal test uses it there
    expect(refs({ contexts: [] }, 'full')).not.toContain('unfamiliar-area@recruitment');
  });
  it('asks the red flags and observations last, after every question a result waits for', () => {
    const questions = nextQuestions({ facts: given({ contexts: ['labour'] }), stage: 'full' });
    const firstRedFlag = questions.findIndex((q) => q.serves.includes('red-flags'));
    expect(questions.map((q) => q.ref)).toEqual(
      expect.arrayContaining(['entered-on-false-documents', 'not-free-to-leave', 'fearful-or-submissive-presentation']),
    );
    expect(questions.slice(firstRedFlag).every((q) => q.serves.includes('red-flags'))).toBe(true);
    expect(firstRedFlag).toBeGreaterThan(0);
  });
  it('does not ask a red flag again once it is answered', () => {
    expect(refs({ contexts: ['labour'], facts: ['entered-on-false-documents=no'] }, 'full')).not.toContain('entered-on-false-documents');
  });
  it('says which results each question serves', () => {
    const fear = nextQuestions({ facts: given({}), stage: 'full' }).find((q) => q.fact === 'fear-for-safety')!;
    expect(fear.serves).toEqual(['immediate-safety', 'criminal-code-279/exploitation', 'criminal-code-279/fear-for-safety']);
  });
  it('words every question in plain English and French, naming the phase of a two-phase fact', () => {
    const questions = nextQuestions({ facts: given({ contexts: [] }), stage: 'full' });
    expect(questions.length).toBeGreaterThan(40);
    for (const q of questions) {
      expect(q.wording.en).toMatch(/\?$/);
      expect(q.wording.fr).toMatch(/\?$/);
    }
    const docs = questions.find((q) => q.ref === 'documents-confiscated@recruitment')!;
    expect(docs.wording.en).toMatch(/^When you were recruited/);
    expect(docs.wording.fr).toMatch(/^Lors de votre recrutement/);
  });
});
