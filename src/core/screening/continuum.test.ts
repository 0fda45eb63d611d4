import { describe, expect, it } from 'vitest';
import type { ContinuumPosition } from '../contract';
import { screen } from './screen';
import { given, type Given } from './testing';

// One scenario on each side of every boundary, as defined in docs/screening/continuum.md.
const TWO_MEDIUM_AT_WORK = ['low-or-no-pay', 'labour-law-violations'];
const EXPLOITATION = [...TWO_MEDIUM_AT_WORK, 'wage-manipulation'];

describe('placing a situation on the continuum of exploitation', () => {
  const table: [name: string, g: Given, expected: ContinuumPosition][] = [
    ['nothing recorded is no-indicators', {}, 'no-indicators'],
    ['only "no" answers stay at no-indicators', { facts: ['low-or-no-pay=no', 'excessive-hours=no'] }, 'no-indicators'],
    [
      'a deception alone, with no problem at work, stays at no-indicators: the continuum places the work situation',
      { facts: ['deceived-job-nature'] },
      'no-indicators',
    ],
    ['one labour-rights problem crosses into labour-rights-violations', { facts: ['low-or-no-pay'] }, 'labour-rights-violations'],
    ['a recruitment fee paid by the worker is a labour-rights violation', { facts: ['recruitment-fee-paid'] }, 'labour-rights-violations'],
    ['two medium problems at work, short of the ILO rule, stay at labour-rights-violations', { facts: TWO_MEDIUM_AT_WORK }, 'labour-rights-violations'],
    ['a third medium problem meets exploitative conditions: exploitation', { facts: EXPLOITATION }, 'exploitation'],
    [
      'exploitation with a lone strong coercion indicator stays at exploitation',
      { facts: [...EXPLOITATION, 'documents-confiscated@destination'] },
      'exploitation',
    ],
    [
      'coercion at destination met crosses into forced-labour',
      { facts: [...EXPLOITATION, 'documents-confiscated@destination', 'withholding-of-wages-or-money@destination'] },
      'forced-labour',
    ],
    ['a reasonable fear for safety on stopping work is forced-labour', { facts: ['fear-for-safety'] }, 'forced-labour'],
    [
      'forced labour with a recruitment element met crosses into trafficking-indicators',
      { facts: [...EXPLOITATION, 'documents-confiscated@destination', 'withholding-of-wages-or-money@destination', 'deceived-job-nature', 'deceived-wages'] },
      'trafficking-indicators',
    ],
    [
      'the Palermo definition met is trafficking-indicators',
      { facts: ['movement-controlled', 'violence@destination', 'excessive-hours', 'low-or-no-pay'] },
      'trafficking-indicators',
    ],
    ['the Criminal Code test met is trafficking-indicators', { facts: ['movement-controlled', 'fear-for-safety'] }, 'trafficking-indicators'],
    [
      'a child moved into exploitative work is trafficking-indicators without any means',
      { ageBand: 'minor', facts: ['movement-controlled', ...EXPLOITATION] },
      'trafficking-indicators',
    ],
    ['the same facts for an adult stay at exploitation until a means is shown', { facts: ['movement-controlled', ...EXPLOITATION] }, 'exploitation'],
    [
      'partner violence and threats with no work or service recorded do not place a case at forced-labour',
      { contexts: ['other'], facts: ['violence@destination', 'threats-of-violence@destination'] },
      'no-indicators',
    ],
    [
      'partner violence with control over movements but no work or service recorded is not trafficking-indicators',
      { contexts: ['other'], facts: ['movement-controlled', 'violence@destination', 'threats-of-violence@destination'] },
      'no-indicators',
    ],
    [
      'the same coercion once a service is recorded is forced-labour',
      { contexts: ['other'], facts: ['violence@destination', 'threats-of-violence@destination', 'forced-tasks-or-clients'] },
      'forced-labour',
    ],
    [
      'the same coercion with sex-industry work recorded is forced-labour',
      {
        contexts: ['sexual'],
        person: { sexIndustryWork: 'yes' },
        facts: ['violence@destination', 'threats-of-violence@destination'],
      },
      'forced-labour',
    ],
    ['a child in commercial sex is at least exploitation', { ageBand: 'minor', contexts: ['sexual'], person: { sexIndustryWork: 'yes' } }, 'exploitation'],
    [
      'a child in commercial sex whose movements someone controls is trafficking-indicators, whatever the child says about consent',
      { ageBand: 'minor', contexts: ['sexual'], person: { sexIndustryWork: 'yes' }, facts: ['movement-controlled', 'sexual-exploitation=no'] },
      'trafficking-indicators',
    ],
    [
      'an adult in sex-industry work whose movements someone controls stays open until a means is shown',
      { ageBand: 'adult', contexts: ['sexual'], person: { sexIndustryWork: 'yes' }, facts: ['movement-controlled'] },
      'no-indicators',
    ],
  ];
  it.each(table)('%s', (_name, g, expected) => expect(screen(given(g)).continuum).toBe(expected));

  it('says a child in commercial sex is why the position was reached', () => {
    expect(screen(given({ ageBand: 'minor', contexts: ['sexual'], person: { sexIndustryWork: 'yes' } })).continuumBecause).toEqual(['child-in-commercial-sex']);
  });
  it('says why the position was reached', () => {
    expect(screen(given({ facts: ['fear-for-safety'] })).continuumBecause).toEqual(['fear-for-safety-yes']);
  });
});
