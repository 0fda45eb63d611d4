import { describe, expect, it } from 'vitest';
import type { TestStatus } from '../../contract';
import { screen } from '../screen';
import { given, type Given } from '../testing';

const code = (g: Given) => screen(given(g)).legalTests.find((t) => t.id === 'criminal-code-279')!;
const elementOf = (g: Given, id: string) => code(g).elements.find((e) => e.id === id)!;

describe('Criminal Code s. 279.01 / 279.04 elements', () => {
  const table: [name: string, g: Given, element: string, expected: TestStatus][] = [
    ['exercising control or influence over movements is the act', { facts: ['movement-controlled'] }, 'act', 'met'],
    ['holding or concealing the person at destination is the act', { facts: ['isolation-confinement-surveillance@destination'] }, 'act', 'met'],
    ['exploitation is the objective fear-for-safety test', { facts: ['fear-for-safety'] }, 'exploitation', 'met'],
    [
      'exploitation is not met when the conduct could not reasonably cause fear for safety and no organ was removed',
      { facts: ['fear-for-safety=no', 'organ-removal=no'] },
      'exploitation',
      'not-met',
    ],
    [
      'an unanswered organ-removal question keeps exploitation open even without fear for safety',
      { facts: ['fear-for-safety=no'] },
      'exploitation',
      'insufficient-information',
    ],
    ['violence alone supports but does not decide exploitation', { facts: ['violence@destination'] }, 'exploitation', 'insufficient-information'],
    [
      'organ removal by force or deception is exploitation (s. 279.04(3))',
      { facts: ['fear-for-safety=no', 'organ-removal', 'violence@destination'] },
      'exploitation',
      'met',
    ],
    ['force or coercion is a s. 279.04(2)(a) factor', { facts: ['threat-of-denunciation@destination'] }, 'factor-force-or-coercion', 'met'],
    ['deception is a s. 279.04(2)(b) factor', { facts: ['deceived-wages'] }, 'factor-deception', 'met'],
    [
      'abuse of trust, power or authority is a s. 279.04(2)(c) factor',
      { facts: ['abuse-of-trust-power-authority'] },
      'factor-abuse-of-trust-power-authority',
      'met',
    ],
  ];
  it.each(table)('%s', (_name, g, element, expected) => expect(elementOf(g, element).status).toBe(expected));

  it('names fear-for-safety as what is missing while exploitation is open', () => {
    expect(elementOf({ facts: ['violence@destination'] }, 'exploitation').missing).toEqual(['fear-for-safety']);
  });
});

describe('Criminal Code s. 279.01 as a whole', () => {
  const table: [name: string, g: Given, expected: TestStatus][] = [
    ['act and fear for safety meet it', { facts: ['movement-controlled', 'fear-for-safety'] }, 'met'],
    ['act without fear for safety is not met', { facts: ['movement-controlled', 'fear-for-safety=no', 'organ-removal=no'] }, 'not-met'],
    ['fear for safety with the act unknown stays open', { facts: ['fear-for-safety'] }, 'insufficient-information'],
  ];
  it.each(table)('%s', (_name, g, expected) => expect(code(g).status).toBe(expected));
});

describe('the Palermo / s. 279.04 gap', () => {
  const palermoMet = [
    'movement-controlled',
    'vulnerable-economic@destination',
    'dependency-on-exploiter@destination',
    'unfamiliar-area@destination',
    'excessive-hours',
    'low-or-no-pay',
  ];
  it('notes when Palermo is met but s. 279.04 is not (it matters for a VTIP TRP)', () => {
    const result = code({ facts: [...palermoMet, 'fear-for-safety=no', 'organ-removal=no'] });
    expect(result.notes).toContain('palermo-met-s279-04-not-met');
  });
  it('notes when Palermo is met and s. 279.04 is still open', () => {
    expect(code({ facts: palermoMet }).notes).toContain('palermo-met-s279-04-undetermined');
  });
  it('adds no gap note when both are met', () => {
    const notes = code({ facts: [...palermoMet, 'fear-for-safety'] }).notes;
    expect(notes.filter((n) => n.startsWith('palermo-met'))).toEqual([]);
  });
  it('notes the separate offence for a minor (s. 279.011)', () => {
    expect(code({ ageBand: 'minor' }).notes).toContain('minor-s279-011');
  });
});
