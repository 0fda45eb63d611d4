import { describe, expect, it } from 'vitest';
import type { TestStatus } from '../../contract';
import { screen } from '../screen';
import { given, type Given } from '../testing';

const irpa = (g: Given) => screen(given(g)).legalTests.find((t) => t.id === 'irpa-118')!;

describe('IRPA s. 118', () => {
  const table: [name: string, g: Given, element: string, expected: TestStatus][] = [
    ['organising the coming into Canada is the first element', { facts: ['brought-into-canada'] }, 'organised-coming-into-canada', 'met'],
    ['a purely domestic situation does not meet it', { facts: ['brought-into-canada=no'] }, 'organised-coming-into-canada', 'not-met'],
    ['deception is a listed means', { facts: ['deceived-job-nature'] }, 'means', 'met'],
    ['abduction is a listed means', { facts: ['abduction-forced-marriage-or-sale'] }, 'means', 'met'],
    ['threat of force is a listed means', { facts: ['threats-of-violence@recruitment'] }, 'means', 'met'],
    [
      'abuse of vulnerability is not a listed means',
      { facts: ['vulnerable-economic@recruitment', 'vulnerable-immigration-status@recruitment', 'dependency-on-exploiter@recruitment'] },
      'means',
      'insufficient-information',
    ],
  ];
  it.each(table)('%s', (_name, g, element, expected) => expect(irpa(g).elements.find((e) => e.id === element)!.status).toBe(expected));

  it('is met by organised entry plus a means, with no exploitation required', () => {
    const result = irpa({ facts: ['brought-into-canada', 'deceived-job-nature'] });
    expect(result.status).toBe('met');
    expect(result.notes).toContain('exploitation-not-required');
  });
  it('is not met without organised entry, whatever the means', () => {
    expect(irpa({ facts: ['brought-into-canada=no', 'violence@recruitment'] }).status).toBe('not-met');
  });
});
