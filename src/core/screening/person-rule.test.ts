import { describe, expect, it } from 'vitest';
import type { TestStatus } from '../contract';
import { screen } from './screen';
import { given, type Given } from './testing';

const RECRUITMENT = ['deceived-job-nature', 'deceived-wages'];
const EXPLOITATION = ['excessive-hours', 'low-or-no-pay'];
const DESTINATION_MEANS = ['documents-confiscated@destination', 'withholding-of-wages-or-money@destination'];

describe('the ILO person-level combination', () => {
  const table: [name: string, g: Given, rule: 'adult' | 'child', expected: TestStatus][] = [
    [
      'an adult with recruitment, exploitation and means at destination meets it',
      { facts: [...RECRUITMENT, ...EXPLOITATION, ...DESTINATION_MEANS] },
      'adult',
      'met',
    ],
    ['an adult without means at destination stays open', { facts: [...RECRUITMENT, ...EXPLOITATION] }, 'adult', 'insufficient-information'],
    ['an adult with no recruitment element stays open', { facts: [...EXPLOITATION, ...DESTINATION_MEANS] }, 'adult', 'insufficient-information'],
    [
      'a child with a recruitment element and exploitation meets it without any means',
      { ageBand: 'minor', facts: [...RECRUITMENT, ...EXPLOITATION] },
      'child',
      'met',
    ],
    [
      'a child whose movements are controlled, with exploitation, meets it: the act suffices',
      { ageBand: 'minor', facts: ['movement-controlled', ...EXPLOITATION] },
      'child',
      'met',
    ],
    ['a child without exploitative conditions does not meet it yet', { ageBand: 'minor', facts: ['movement-controlled'] }, 'child', 'insufficient-information'],
    ['an unknown age is read under the adult rule', { ageBand: 'unknown', facts: [...RECRUITMENT, ...EXPLOITATION] }, 'adult', 'insufficient-information'],
  ];
  it.each(table)('%s', (_name, g, rule, expected) => {
    const { personLevel } = screen(given(g));
    expect(personLevel.rule).toBe(rule);
    expect(personLevel.status).toBe(expected);
  });

  it('is not met when the exploitation element cannot be met', () => {
    const noExploitation = [
      'excessive-hours',
      'bad-living-conditions',
      'hazardous-work',
      'low-or-no-pay',
      'labour-law-violations',
      'no-social-protection',
      'very-bad-working-conditions',
      'wage-manipulation',
      'no-access-to-education',
    ].map((f) => `${f}=no`);
    expect(screen(given({ facts: [...RECRUITMENT, ...DESTINATION_MEANS, ...noExploitation] })).personLevel.status).toBe('not-met');
  });

  it('says when an unknown age was treated as adult', () => {
    expect(screen(given({ ageBand: 'unknown' })).notes).toContain('age-unknown-treated-as-adult');
  });
});
