import { describe, expect, it } from 'vitest';
import type { DimensionId, TestStatus } from '../contract';
import { ruleStatus, satisfiesIloRule, type Counts } from './combining-rule';
import { screen } from './screen';
import { given, type Given } from './testing';

const counts = (strong: number, medium: number, weak: number): Counts => ({ strong, medium, weak });

describe('the ILO 2009 combining rule on counts of yes answers', () => {
  const table: [name: string, yes: Counts, expected: boolean][] = [
    ['two strong indicators meet an element', counts(2, 0, 0), true],
    ['one strong and one medium meet an element', counts(1, 1, 0), true],
    ['one strong and one weak meet an element', counts(1, 0, 1), true],
    ['three medium indicators meet an element', counts(0, 3, 0), true],
    ['two medium and one weak meet an element', counts(0, 2, 1), true],
    ['a lone strong indicator does not', counts(1, 0, 0), false],
    ['two medium alone do not', counts(0, 2, 0), false],
    ['one medium and five weak do not: weak items only complete medium pairs', counts(0, 1, 5), false],
    ['any number of weak indicators alone never does', counts(0, 0, 9), false],
    ['a superset of a listed combination does ("at least")', counts(2, 4, 3), true],
  ];
  it.each(table)('%s', (_name, yes, expected) => expect(satisfiesIloRule(yes)).toBe(expected));
});

describe('the tri-state reading of an element', () => {
  const table: [name: string, yes: Counts, open: Counts, expected: TestStatus][] = [
    ['met on the yes answers alone, whatever is open', counts(2, 0, 0), counts(0, 0, 0), 'met'],
    ['open while the open items could still complete it', counts(1, 0, 0), counts(0, 1, 0), 'insufficient-information'],
    ['not met when even every open item as yes would not suffice', counts(0, 1, 0), counts(0, 0, 3), 'not-met'],
    ['not met when nothing is yes and nothing is open', counts(0, 0, 0), counts(0, 0, 0), 'not-met'],
  ];
  it.each(table)('is %s', (_name, yes, open, expected) => expect(ruleStatus(yes, open)).toBe(expected));
});

const dimension = (g: Given, id: DimensionId) => screen(given(g)).dimensions.find((d) => d.id === id)!;
const allNo = (facts: string[]) => facts.map((f) => `${f}=no`);
const DESTINATION_COERCION = [
  'documents-confiscated@destination',
  'debt-bondage@destination',
  'isolation-confinement-surveillance@destination',
  'violence@destination',
  'forced-illicit-activities',
  'forced-tasks-or-clients',
  'forced-to-act-against-peers',
  'forced-to-lie',
  'threat-of-denunciation@destination',
  'threat-of-worse-conditions',
  'threats-of-violence@destination',
  'under-strong-influence',
  'violence-or-threats-to-family@destination',
  'withholding-of-wages-or-money@destination',
  'threats-to-inform-family-or-public@destination',
];
const without = (ids: string[], ...drop: string[]) => ids.filter((f) => !drop.includes(f));

describe('elements read from recorded facts', () => {
  const table: [name: string, g: Given, id: DimensionId, status: TestStatus, because: string[]][] = [
    [
      'a lone strong indicator keeps coercion at destination open, never met',
      { facts: ['documents-confiscated@destination'] },
      'coercion-at-destination',
      'insufficient-information',
      ['documents-confiscated (strong)'],
    ],
    [
      'a lone strong indicator with every other item answered no is not met',
      { facts: ['documents-confiscated@destination', ...allNo(without(DESTINATION_COERCION, 'documents-confiscated@destination'))] },
      'coercion-at-destination',
      'not-met',
      ['documents-confiscated (strong)'],
    ],
    [
      'confiscated documents and withheld wages at destination meet coercion at destination',
      { facts: ['documents-confiscated@destination', 'withholding-of-wages-or-money@destination'] },
      'coercion-at-destination',
      'met',
      ['documents-confiscated (strong)', 'withholding-of-wages-or-money (medium)'],
    ],
    [
      'the same two facts at recruitment are both medium there and do not meet coercive recruitment',
      { facts: ['documents-confiscated@recruitment', 'withholding-of-wages-or-money@recruitment'] },
      'coercive-recruitment',
      'insufficient-information',
      ['documents-confiscated (medium)', 'withholding-of-wages-or-money (medium)'],
    ],
    [
      'a recruitment-phase answer does not count towards coercion at destination',
      { facts: ['documents-confiscated@recruitment', 'debt-bondage@recruitment'] },
      'coercion-at-destination',
      'insufficient-information',
      [],
    ],
    [
      'weak-only answers leave abuse of vulnerability at destination short of met',
      { facts: ['past-difficulties@destination', 'personal-characteristics@destination'] },
      'abuse-of-vulnerability-at-destination',
      'insufficient-information',
      ['past-difficulties (weak)', 'personal-characteristics (weak)'],
    ],
    [
      'weak-only answers with every medium item answered no cannot be met',
      {
        facts: [
          'past-difficulties@destination',
          'personal-characteristics@destination',
          ...allNo([
            'dependency-on-exploiter@destination',
            'unfamiliar-area@destination',
            'vulnerable-economic@destination',
            'vulnerable-family-situation@destination',
            'vulnerable-immigration-status@destination',
          ]),
        ],
      },
      'abuse-of-vulnerability-at-destination',
      'not-met',
      ['past-difficulties (weak)', 'personal-characteristics (weak)'],
    ],
    [
      'excessive hours and low pay meet exploitative conditions on the labour list',
      { facts: ['excessive-hours', 'low-or-no-pay'] },
      'exploitative-conditions',
      'met',
      ['excessive-hours (strong)', 'low-or-no-pay (medium)'],
    ],
    [
      'excessive hours are medium on the sexual list, so the same pair stays open there',
      { contexts: ['sexual'], facts: ['excessive-hours', 'low-or-no-pay'] },
      'exploitative-conditions',
      'insufficient-information',
      ['excessive-hours (medium)', 'low-or-no-pay (medium)'],
    ],
    [
      'with both contexts the higher reading (labour list) is kept',
      { contexts: ['labour', 'sexual'], facts: ['excessive-hours', 'low-or-no-pay'] },
      'exploitative-conditions',
      'met',
      ['excessive-hours (strong)', 'low-or-no-pay (medium)'],
    ],
    [
      'education deception is weak for adults but strong for children',
      { ageBand: 'minor', facts: ['deceived-education', 'deceived-wages'] },
      'deceptive-recruitment',
      'met',
      ['deceived-education (strong)', 'deceived-wages (medium)'],
    ],
    [
      'declined and unknown answers keep an element open like unanswered ones',
      {
        facts: [
          'violence@destination',
          'debt-bondage@destination=declined',
          ...allNo(without(DESTINATION_COERCION, 'violence@destination', 'debt-bondage@destination', 'documents-confiscated@destination')),
          'documents-confiscated@destination=unknown',
        ],
      },
      'coercion-at-destination',
      'insufficient-information',
      ['violence (strong)'],
    ],
  ];
  it.each(table)('%s', (_name, g, id, status, because) => {
    const result = dimension(g, id);
    expect(result.status).toBe(status);
    expect(result.because).toEqual(because);
  });
});

describe('what is missing to complete an element', () => {
  it('lists the open items that could complete it, strongest first', () => {
    const result = dimension(
      {
        facts: [
          'violence@destination',
          'debt-bondage@destination=declined',
          ...allNo(without(DESTINATION_COERCION, 'violence@destination', 'debt-bondage@destination', 'threats-to-inform-family-or-public@destination')),
        ],
      },
      'coercion-at-destination',
    );
    expect(result.missing).toEqual(['debt-bondage', 'threats-to-inform-family-or-public']);
  });
  it('leaves out weak items that could never complete the element', () => {
    const result = dimension({ facts: ['deceived-wages', 'deceived-job-nature=no'] }, 'deceptive-recruitment');
    // one medium yes: a weak item completes it only with a second medium, so both kinds are listed
    expect(result.missing).toContain('deceived-education');
    const noMediumLeft = dimension(
      {
        facts: [
          'deceived-job-nature=no',
          ...allNo([
            'deceived-work-conditions',
            'deceived-contract',
            'deceived-family-reunification',
            'deceived-housing',
            'deceived-legal-status',
            'deceived-travel-recruitment',
            'deceived-wages',
            'deceived-marriage-adoption',
          ]),
        ],
      },
      'deceptive-recruitment',
    );
    expect(noMediumLeft.status).toBe('not-met');
    expect(noMediumLeft.missing).toEqual([]);
  });
  it('is empty once the element is met', () => {
    expect(dimension({ facts: ['violence@destination', 'documents-confiscated@destination'] }, 'coercion-at-destination').missing).toEqual([]);
  });
});
