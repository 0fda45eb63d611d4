import { describe, expect, it } from 'vitest';
import type { TestStatus } from '../../contract';
import { screen } from '../screen';
import { given, type Given } from '../testing';

const marriage = (g: Given) => screen(given(g)).legalTests.find((t) => t.id === 'forced-marriage-293')!;
const ctx = ['forced-marriage'] as const;

describe('forced marriage, Criminal Code ss. 293.1, 293.2 and 273.3', () => {
  const table: [name: string, g: Given, element: string, expected: TestStatus][] = [
    [
      'a marriage without free consent meets s. 293.1',
      { contexts: [...ctx], facts: ['marriage-without-free-consent'] },
      's293-1-marriage-without-consent',
      'met',
    ],
    ['a marriage under 16 meets s. 293.2', { contexts: [...ctx], facts: ['marriage-under-16'] }, 's293-2-marriage-under-16', 'met'],
    [
      'a child taken abroad to marry meets s. 273.3',
      { ageBand: 'minor', contexts: [...ctx], facts: ['taken-abroad-to-marry'] },
      's273-3-removal-of-child',
      'met',
    ],
    ['an adult taken abroad to marry is outside s. 273.3', { contexts: [...ctx], facts: ['taken-abroad-to-marry'] }, 's273-3-removal-of-child', 'not-met'],
    [
      'an unknown age keeps s. 273.3 open',
      { ageBand: 'unknown', contexts: [...ctx], facts: ['taken-abroad-to-marry'] },
      's273-3-removal-of-child',
      'insufficient-information',
    ],
  ];
  it.each(table)('%s', (_name, g, element, expected) => expect(marriage(g).elements.find((e) => e.id === element)!.status).toBe(expected));

  const whole: [name: string, g: Given, expected: TestStatus][] = [
    ['any one offence meets the test', { contexts: [...ctx], facts: ['marriage-under-16', 'marriage-without-free-consent=no'] }, 'met'],
    [
      'all answered no is not met',
      { contexts: [...ctx], facts: ['marriage-without-free-consent=no', 'marriage-under-16=no', 'taken-abroad-to-marry=no'] },
      'not-met',
    ],
    ['nothing asked stays open', { contexts: [...ctx] }, 'insufficient-information'],
  ];
  it.each(whole)('%s', (_name, g, expected) => expect(marriage(g).status).toBe(expected));

  it('notes that forced marriage is not itself a listed trafficking purpose', () => {
    expect(marriage({}).notes).toContain('forced-marriage-not-palermo-purpose');
  });
});
