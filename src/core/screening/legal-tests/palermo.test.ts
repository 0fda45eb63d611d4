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
