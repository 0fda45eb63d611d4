import { describe, expect, it } from 'vitest';
import type { ImmigrationStatus } from '../contract';
import { COUNSEL_ONLY_FLAGS } from './flags';
import { screen } from './screen';
import { given, type Given } from './testing';

const flagIds = (g: Given) => screen(given(g)).flags.map((f) => f.id);

describe('flags raised by screening', () => {
  const table: [name: string, g: Given, expected: string[]][] = [
    ['a minor is flagged', { ageBand: 'minor' }, ['minor']],
    ['an unknown age is not flagged as minor', { ageBand: 'unknown' }, []],
    ['violence at destination is an immediate safety concern', { facts: ['violence@destination'] }, ['immediate-safety']],
    ['threats to family at destination are an immediate safety concern', { facts: ['violence-or-threats-to-family@destination'] }, ['immediate-safety']],
    ['confinement at destination is an immediate safety concern', { facts: ['isolation-confinement-surveillance@destination'] }, ['immediate-safety']],
    ['a reasonable fear for safety is an immediate safety concern', { facts: ['fear-for-safety'] }, ['immediate-safety']],
    ['violence only at recruitment is not flagged as immediate', { facts: ['violence@recruitment'] }, []],
  ];
  it.each(table)('%s', (_name, g, expected) => expect(flagIds(g)).toEqual(expected));
});

describe('the sex-industry immigration-risk flag', () => {
  const statuses: [status: ImmigrationStatus, flagged: boolean][] = [
    ['no-status', true],
    ['work-permit-employer-specific', true],
    ['visitor', true],
    ['study-permit', true],
    ['refugee-claimant', true],
    ['unknown', true],
    ['permanent-resident', false],
    ['citizen', false],
  ];
  it.each(statuses)('sex-industry work with status %s: flagged is %s', (immigrationStatus, flagged) => {
    const ids = flagIds({ person: { sexIndustryWork: 'yes', immigrationStatus } });
    expect(ids.includes('sex-industry-immigration-risk')).toBe(flagged);
  });
  it('is not raised when sex-industry work is unknown', () => {
    expect(flagIds({ person: { sexIndustryWork: 'unknown', immigrationStatus: 'no-status' } })).toEqual([]);
  });
  it('is for counsel only and explains both the criminal and the immigration exposure', () => {
    const flag = screen(given({ person: { sexIndustryWork: 'yes', immigrationStatus: 'no-status' } })).flags[0]!;
    expect(flag.audience).toBe('counsel');
    expect(COUNSEL_ONLY_FLAGS).toContain(flag.id);
    expect(flag.why).toMatch(/183\(1\)\(b\.1\)/);
    expect(flag.why).toMatch(/286\.2/);
  });
});
