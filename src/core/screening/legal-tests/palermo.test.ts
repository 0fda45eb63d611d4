import { describe, expect, it } from 'vitest';
import type { TestStatus } from '../../contract';
import { screen } from '../screen';
import { given, type Given } from '../testing';

const palermo = (g: Given) => screen(given(g)).legalTests.find((t) => t.id === 'palermo-art3')!;
const elementStatus = (g: Given, id: string) => palermo(g).elements.find((e) => e.id === id)!.status;

describe('Palermo Protocol Art. 3 elements', () => {
  const table: [name: string, g: Given, element: string, expected: TestStatus][] = [
    ['control over movements is the act', { facts: ['movement-controlled'] }, 'act', 'met'],
    ['any recruitment-phase indicator shows someone recruited the person', { facts: ['deceived-wages'] }, 'act', 'met'],
    ['the act stays open while nothing about it is known', { facts: [] }, 'act', 'insufficient-information'],
    ['violence is a means on its own', { facts: ['violence@destination'] }, 'means', 'met'],
    ['abuse of a position of power is a means on its own', { facts: ['abuse-of-trust-power-authority'] }, 'means', 'met'],
    ['a lone vulnerability is not yet its abuse', { facts: ['vulnerable-economic@recruitment'] }, 'means', 'insufficient-information'],
    [
      'abuse of vulnerability is a means once its ILO element is met',
      { facts: ['vulnerable-economic@recruitment', 'vulnerable-immigration-status@recruitment', 'dependency-on-exploiter@recruitment'] },
      'means',
      'met',
    ],
    ['exploitative conditions of work are the purpose', { facts: ['excessive-hours', 'low-or-no-pay'] }, 'purpose', 'met'],
    ['sexual exploitation is the purpose on its own', { contexts: ['sexual'], facts: ['sexual-exploitation'] }, 'purpose', 'met'],
    ['organ removal is the purpose on its own', { facts: ['organ-removal'] }, 'purpose', 'met'],
    [
      'a third party taking the money from sexual services is the purpose (the exploitation of the prostitution of others)',
      { contexts: ['sexual'], facts: ['third-party-profits-from-sexual-services'] },
      'purpose',
      'met',
    ],
  ];
  it.each(table)('%s', (_name, g, element, expected) => expect(elementStatus(g, element)).toBe(expected));
});

describe('Palermo Protocol Art. 3 as a whole', () => {
  const table: [name: string, g: Given, expected: TestStatus][] = [
    ['an adult needs act, means and purpose', { facts: ['movement-controlled', 'violence@destination', 'excessive-hours', 'low-or-no-pay'] }, 'met'],
    [
      'an adult with act and purpose but no means yet stays open',
      { facts: ['movement-controlled', 'excessive-hours', 'low-or-no-pay'] },
      'insufficient-information',
    ],
    ['a child needs only act and purpose (Art. 3(c))', { ageBand: 'minor', facts: ['movement-controlled', 'excessive-hours', 'low-or-no-pay'] }, 'met'],
    [
      'an unknown age is read as adult, so means are still needed',
      { ageBand: 'unknown', facts: ['movement-controlled', 'excessive-hours', 'low-or-no-pay'] },
      'insufficient-information',
    ],
  ];
  it.each(table)('%s', (_name, g, expected) => expect(palermo(g).status).toBe(expected));

  it('notes that consent is irrelevant once a means was used (Art. 3(b))', () => {
    expect(palermo({ facts: ['violence@destination'] }).notes).toContain('consent-irrelevant-once-means-used');
  });
  it('notes for a child that no means are required', () => {
    expect(palermo({ ageBand: 'minor' }).notes).toContain('means-not-required-for-child');
  });
  it('cites Art. 3 on every element', () => {
    for (const e of palermo({}).elements) expect(e.citations[0]!.pinpoint).toMatch(/^Art\. 3/);
  });
});

// Art. 3(c)-(d): for a person under 18 the act for the purpose of exploitation is enough, and a
// child's commercial sexual activity is sexual exploitation whatever the child says about consent
// (Criminal Code ss. 279.011, 286.2(2) and 286.3(2) likewise).
describe('a child in commercial sex (Palermo Art. 3(c))', () => {
  const minorInSexWork: Given = { ageBand: 'minor', contexts: ['sexual'], person: { sexIndustryWork: 'yes' } };
  it('is the purpose of sexual exploitation, on sex-industry work alone', () => {
    const purpose = palermo(minorInSexWork).elements.find((e) => e.id === 'purpose')!;
    expect(purpose.status).toBe('met');
    expect(purpose.because).toContain('sex-industry-work-by-a-minor');
    expect(purpose.missing).toEqual([]);
    expect(palermo(minorInSexWork).notes).toContain('child-commercial-sex-is-sexual-exploitation');
  });
  it('is the purpose even when the child answered that nobody forced them (consent is irrelevant)', () => {
    const g: Given = { ...minorInSexWork, facts: ['sexual-exploitation=no', 'forced-tasks-or-clients=no'] };
    expect(elementStatus(g, 'purpose')).toBe('met');
  });
  it('meets the definition with the act and no means (the minor whose movements someone controls)', () => {
    const g: Given = { ...minorInSexWork, facts: ['movement-controlled'] };
    expect(palermo(g).status).toBe('met');
    expect(elementStatus(g, 'means')).toBe('insufficient-information');
  });
  it("is the purpose when a third party profits from the child's sexual services, even with sex-industry work not recorded", () => {
    const g: Given = { ageBand: 'minor', contexts: ['sexual'], facts: ['third-party-profits-from-sexual-services', 'sexual-exploitation=no'] };
    const purpose = palermo(g).elements.find((e) => e.id === 'purpose')!;
    expect(purpose.status).toBe('met');
    expect(purpose.because).toContain('third-party-profits-from-sexual-services');
    expect(palermo({ ...g, facts: [...g.facts!, 'movement-controlled'] }).status).toBe('met');
    expect(screen(given({ ...g, facts: [...g.facts!, 'movement-controlled'] })).continuum).toBe('trafficking-indicators');
  });
  it('meets it in a labour context too: the person field, not the context, decides', () => {
    expect(palermo({ ageBand: 'minor', contexts: ['labour'], person: { sexIndustryWork: 'yes' }, facts: ['movement-controlled'] }).status).toBe('met');
  });
  it('is not read into the purpose for an adult, whose consent and means still matter', () => {
    expect(elementStatus({ ageBand: 'adult', contexts: ['sexual'], person: { sexIndustryWork: 'yes' } }, 'purpose')).toBe('insufficient-information');
  });
  it('is not read into the purpose for an unknown age, read as adult', () => {
    expect(elementStatus({ ageBand: 'unknown', contexts: ['sexual'], person: { sexIndustryWork: 'yes' } }, 'purpose')).toBe('insufficient-information');
  });
  it('stays open for a minor whose sex-industry work is unknown', () => {
    expect(elementStatus({ ageBand: 'minor', contexts: ['sexual'], person: { sexIndustryWork: 'unknown' } }, 'purpose')).toBe('insufficient-information');
  });
});

describe('the Palermo means as listed in Art. 3(a)', () => {
  it('include payments or benefits to achieve the consent of a person having control over another', () => {
    const means = palermo({}).elements.find((e) => e.id === 'means')!;
    expect(means.citations[0]!.pinpoint).toMatch(
      /the giving or receiving of payments or benefits to achieve the consent of a person having control over another person/,
    );
  });
  it('are met when the person was given or sold to someone', () => {
    expect(elementStatus({ facts: ['abduction-forced-marriage-or-sale'] }, 'means')).toBe('met');
  });
});

// Art. 3(a) lists "forced labour or services" as a purpose: the menace of a penalty (coercion at
// destination) is that purpose only where work or a service was found (ILO C29, Art. 2(1)).
describe('coercion as the purpose of forced labour or services', () => {
  const PARTNER_VIOLENCE = ['violence@destination', 'threats-of-violence@destination'];
  it('is not read from violence and threats in a relationship where no work or service was recorded', () => {
    const g: Given = { contexts: ['other'], facts: ['movement-controlled', ...PARTNER_VIOLENCE] };
    expect(elementStatus(g, 'purpose')).toBe('insufficient-information');
    expect(palermo(g).status).toBe('insufficient-information');
    expect(palermo(g).elements.find((e) => e.id === 'purpose')!.missing).toEqual(expect.arrayContaining(['forced-tasks-or-clients', 'sexual-exploitation']));
  });
  it('is read from the same coercion once the person is made to provide a service', () => {
    const g: Given = { contexts: ['other'], facts: ['movement-controlled', ...PARTNER_VIOLENCE, 'forced-tasks-or-clients'] };
    expect(elementStatus(g, 'purpose')).toBe('met');
    expect(palermo(g).elements.find((e) => e.id === 'purpose')!.because).toContain('coercion-at-destination (met)');
    expect(palermo(g).status).toBe('met');
  });
});
