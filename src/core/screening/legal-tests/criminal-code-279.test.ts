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
      'where organ removal could be in question ("other" context), leaving it unanswered keeps exploitation open',
      { contexts: ['other'], facts: ['fear-for-safety=no'] },
      'exploitation',
      'insufficient-information',
    ],
    [
      'with no context recorded, organ removal is still in question',
      { contexts: [], facts: ['fear-for-safety=no'] },
      'exploitation',
      'insufficient-information',
    ],
    ['in a labour case an unasked organ-removal question does not keep exploitation open', { facts: ['fear-for-safety=no'] }, 'exploitation', 'not-met'],
    [
      'in a sexual case an unasked organ-removal question does not keep exploitation open',
      { contexts: ['sexual'], facts: ['fear-for-safety=no'] },
      'exploitation',
      'not-met',
    ],
    [
      'in a domestic-servitude case an unasked organ-removal question does not keep exploitation open',
      { contexts: ['domestic-servitude'], facts: ['fear-for-safety=no'] },
      'exploitation',
      'not-met',
    ],
    [
      'organ removal answered yes counts in any context (s. 279.04(3))',
      { contexts: ['labour'], facts: ['fear-for-safety=no', 'organ-removal', 'violence@destination'] },
      'exploitation',
      'met',
    ],
    [
      'violence without any work or service recorded leaves exploitation open: s. 279.04(1) needs labour or a service',
      { contexts: ['sexual'], facts: ['violence@destination'] },
      'exploitation',
      'insufficient-information',
    ],
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

  it('names fear-for-safety and the work or service still unknown as what is missing while exploitation is open', () => {
    const missing = elementOf({ contexts: ['sexual'], facts: ['violence@destination'] }, 'exploitation').missing;
    expect(missing[0]).toBe('fear-for-safety');
    expect(missing).toEqual(expect.arrayContaining(['low-or-no-pay', 'forced-tasks-or-clients', 'sexual-exploitation']));
    expect(missing).not.toContain('organ-removal');
  });
  it('names only fear-for-safety as missing while nothing else is recorded in a labour case', () => {
    expect(elementOf({ facts: ['violence@destination=no', 'violence@recruitment=no'] }, 'exploitation').missing[0]).toBe('fear-for-safety');
  });
});

// s. 279.04(1) is objective: "conduct that, in all the circumstances, could reasonably be expected
// to cause the other person to believe that their safety or the safety of a person known to them
// would be threatened" (S.C. 2012, c. 15, s. 2). Actual fear need not be proven (Sinclair, para. 15).
describe('s. 279.04(1) read objectively, as courts apply it', () => {
  const AT_WORK = ['excessive-hours', 'low-or-no-pay'];
  const table: [name: string, g: Given, expected: TestStatus, carriedBy: string[]][] = [
    [
      'violence at work meets it without the person’s own fear-for-safety answer',
      { facts: ['violence@destination', ...AT_WORK] },
      'met',
      ['violence@destination'],
    ],
    [
      'violence meets it even when the person says they do not fear for their safety',
      { facts: ['fear-for-safety=no', 'violence@destination', ...AT_WORK] },
      'met',
      ['violence@destination'],
    ],
    ['threats of violence meet it', { facts: ['threats-of-violence@destination', ...AT_WORK] }, 'met', ['threats-of-violence@destination']],
    [
      'threats to the person’s family meet it ("a person known to them")',
      { facts: ['violence-or-threats-to-family@destination', ...AT_WORK] },
      'met',
      ['violence-or-threats-to-family@destination'],
    ],
    ['confiscated papers meet it', { facts: ['documents-confiscated@destination', ...AT_WORK] }, 'met', ['documents-confiscated@destination']],
    [
      'confinement meets it',
      { facts: ['isolation-confinement-surveillance@destination', ...AT_WORK] },
      'met',
      ['isolation-confinement-surveillance@destination'],
    ],
    ['abduction meets it', { facts: ['abduction-forced-marriage-or-sale', ...AT_WORK] }, 'met', ['abduction-forced-marriage-or-sale']],
    [
      'sexual services under threat meet it (labour or a service includes sexual services)',
      { contexts: ['sexual'], facts: ['threats-of-violence@destination', 'sexual-exploitation'] },
      'met',
      ['threats-of-violence@destination'],
    ],
    ['in a labour case the work is the labour context itself', { facts: ['violence@destination'] }, 'met', ['violence@destination']],
    [
      'in a domestic-servitude case the service is the context itself',
      { contexts: ['domestic-servitude'], facts: ['documents-confiscated@destination'] },
      'met',
      ['documents-confiscated@destination'],
    ],
    [
      'debt bondage shows work (a debt used to keep the person working)',
      { contexts: ['other'], facts: ['threats-of-violence@destination', 'debt-bondage@destination'] },
      'met',
      ['threats-of-violence@destination'],
    ],
    [
      'a lone coercion factor that threatens no one’s safety (withheld wages) does not decide it',
      { facts: ['withholding-of-wages-or-money@destination', ...AT_WORK] },
      'insufficient-information',
      [],
    ],
    [
      'with no such conduct, the person’s "no" rules it out',
      { facts: ['fear-for-safety=no', 'withholding-of-wages-or-money@destination', ...AT_WORK] },
      'not-met',
      [],
    ],
    [
      'partner violence with every work or service fact answered no does not meet it',
      {
        contexts: ['other'],
        facts: [
          'violence@destination',
          'excessive-hours=no',
          'hazardous-work=no',
          'low-or-no-pay=no',
          'labour-law-violations=no',
          'no-social-protection=no',
          'very-bad-working-conditions=no',
          'wage-manipulation=no',
          'forced-tasks-or-clients=no',
          'sexual-exploitation=no',
          'coerced-into-facilitating=no',
          'third-party-profits-from-sexual-services=no',
          'forced-illicit-activities=no',
          'threat-of-worse-conditions=no',
          'debt-bondage@destination=no',
          'debt-bondage@recruitment=no',
          'withholding-of-wages-or-money@destination=no',
          'fear-for-safety=no',
          'organ-removal=no',
        ],
        person: { sexIndustryWork: 'no' },
      },
      'not-met',
      [],
    ],
  ];
  it.each(table)('%s', (_name, g, expected, carriedBy) => {
    const element = elementOf(g, 'fear-for-safety');
    expect(element.status).toBe(expected);
    expect(element.because).toEqual(carriedBy);
    expect(elementOf(g, 'exploitation').status).toBe(expected);
  });

  it('says which facts carried it, and that the test is objective', () => {
    const g: Given = { facts: ['movement-controlled', 'violence@destination', 'documents-confiscated@destination', ...AT_WORK] };
    const result = code(g);
    expect(result.status).toBe('met');
    expect(elementOf(g, 'exploitation').because).toEqual(['violence@destination', 'documents-confiscated@destination']);
    expect(result.notes).toContain('s279-04-objective-conduct-carries-it');
  });
  it('adds no objective-test note when the person’s own answer carried it', () => {
    expect(code({ facts: ['fear-for-safety', 'violence@destination'] }).notes).not.toContain('s279-04-objective-conduct-carries-it');
  });
  it('cites the objective test in the official text and the decisions that apply it', () => {
    const sources = elementOf({}, 'fear-for-safety').citations.map((c) => `${c.source} ${c.pinpoint}`);
    expect(sources.join('\n')).toMatch(/could reasonably be expected to cause the other person to believe/);
    expect(sources.join('\n')).toMatch(/R\. v\. Sinclair, 2020 ONCA 61/);
    expect(sources.join('\n')).toMatch(/R\. v\. T\.J\.F\., 2024 SCC 38/);
    expect(sources.join('\n')).toMatch(/R\. v\. A\.A\., 2015 ONCA 558/);
    const cases = elementOf({}, 'fear-for-safety').citations.filter((c) => c.source.startsWith('R. v.'));
    for (const c of cases) expect(c.verification).toBe('secondary');
  });
});

// s. 279.01(3): "evidence that a person who is not exploited lives with or is habitually in the
// company of a person who is exploited is, in the absence of evidence to the contrary, proof that
// the person exercises control, direction or influence over the movements of that person"
// (S.C. 2015, c. 16, s. 1).
describe('the s. 279.01(3) presumption of control', () => {
  const EXPLOITED = ['fear-for-safety'];
  it('carries the act when the exploiter lives with a person shown to be exploited, and says so', () => {
    const g: Given = { facts: ['exploiter-lives-with-person', ...EXPLOITED] };
    expect(elementOf(g, 'act').status).toBe('met');
    expect(elementOf(g, 'act').because).toContain('exploiter-lives-with-person');
    expect(code(g).status).toBe('met');
    expect(code(g).notes).toContain('s279-01-3-presumption-of-control');
  });
  it('presumes nothing while the person is not shown to be exploited', () => {
    const g: Given = { facts: ['exploiter-lives-with-person'] };
    expect(elementOf(g, 'act').status).toBe('insufficient-information');
    expect(code(g).notes).not.toContain('s279-01-3-presumption-of-control');
  });
  it('asks about living with the exploiter while the act is open', () => {
    expect(elementOf({ facts: EXPLOITED }, 'act').missing).toContain('exploiter-lives-with-person');
  });
  it('cites s. 279.01(3) on the act', () => {
    expect(
      elementOf({}, 'act')
        .citations.map((c) => c.pinpoint)
        .join(' '),
    ).toMatch(/279\.01\(3\)/);
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
  it('notes for a minor in commercial sex the procuring and benefit offences that need no fear for safety (ss. 286.2(2), 286.3(2))', () => {
    const result = code({ ageBand: 'minor', contexts: ['sexual'], person: { sexIndustryWork: 'yes' } });
    expect(result.notes).toContain('minor-commercial-sex-ss286-2-286-3');
    expect(result.citations.map((c) => c.pinpoint).join(' ')).toMatch(/286\.2\(2\), 286\.3\(2\)/);
    expect(code({ ageBand: 'adult', contexts: ['sexual'], person: { sexIndustryWork: 'yes' } }).notes).not.toContain('minor-commercial-sex-ss286-2-286-3');
  });
});
