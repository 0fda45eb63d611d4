import { describe, expect, it } from 'vitest';
import { isoDate } from '../dates/iso-date';
import { directoryEntrySchema, seedFileSchema } from './directory-entry';
import { ALBERTA_SHELTER, ENTRIES, HOTLINE, ONTARIO_CLINIC } from './fixtures.test-support';
import { rankEntries } from './match';
import { needsOf, type ClientProfile } from './needs';
import { isStale } from './stale';

const asOf = isoDate('2026-12-05');

describe('directory entry schema', () => {
  it('accepts the seed format, nulls and empty lists included', () => {
    for (const e of ENTRIES) expect(directoryEntrySchema.safeParse(e).success).toBe(true);
  });

  it('refuses an unknown service, a bad review date and an unknown key, naming the field', () => {
    const bad = directoryEntrySchema.safeParse({ ...HOTLINE, services: ['massage'], lastReviewed: '2026-13-01', extra: 1 });
    expect(bad.success).toBe(false);
    const paths = bad.error!.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['services.0', 'lastReviewed', '']));
  });

  it('requires a seeded entry to name a source, to ask for confirmation and to start with its jurisdiction', () => {
    const file = seedFileSchema('ab').safeParse([{ ...ALBERTA_SHELTER, sources: [], confirmBeforeReferring: false }, { ...HOTLINE }]);
    expect(file.success).toBe(false);
    expect(file.error!.issues.map((i) => i.path.join('.'))).toEqual(expect.arrayContaining(['0.sources', '0.confirmBeforeReferring', '1.id']));
    expect(seedFileSchema('ab').safeParse([ALBERTA_SHELTER, ALBERTA_SHELTER]).error!.issues[0]!.message).toBe('is used twice');
  });
});

describe('stale entries', () => {
  it('is fresh exactly a year after its review and stale the day after', () => {
    expect(isStale({ lastReviewed: isoDate('2025-12-05') }, asOf)).toBe(false);
    expect(isStale({ lastReviewed: isoDate('2025-12-04') }, asOf)).toBe(true);
    expect(isStale({ lastReviewed: isoDate('2025-12-06') }, asOf)).toBe(false);
  });
});

const profile = (fields: Partial<ClientProfile>): ClientProfile => ({
  province: 'AB',
  languages: ['es'],
  goals: [],
  contexts: [],
  immigrationStatus: null,
  ageBand: null,
  sexIndustryWork: null,
  factsYes: [],
  remedies: [],
  ...fields,
});

describe('needs of a client', () => {
  it('asks for shelter when the client wants safety or lives with the exploiter, saying why', () => {
    const needs = needsOf(profile({ goals: ['safety'], factsYes: ['exploiter-lives-with-person'] }));
    expect(needs.find((n) => n.service === 'shelter')?.because).toEqual(['fact:exploiter-lives-with-person', 'goal:safety']);
  });

  it('asks for a wage claim from unpaid wages or the employment-standards remedy, and immigration help for a temporary status', () => {
    const needs = needsOf(profile({ factsYes: ['low-or-no-pay'], remedies: ['employment-standards'], immigrationStatus: 'work-permit-employer-specific' }));
    expect(needs.map((n) => n.service)).toEqual(expect.arrayContaining(['wage-claim', 'employment-rights', 'immigration-legal', 'interpretation']));
    expect(needs.find((n) => n.service === 'immigration-legal')?.because).toEqual(['status:work-permit-employer-specific']);
  });

  it('asks for nothing for a citizen who speaks English and has said nothing yet', () => {
    expect(needsOf(profile({ languages: ['en-CA'], immigrationStatus: 'citizen' }))).toEqual([]);
  });
});

describe('ranking services for a client', () => {
  it('puts a Spanish-speaking shelter in Alberta first for a client needing shelter there, national lines after', () => {
    const needs = needsOf(profile({ goals: ['safety'] }));
    const ranked = rankEntries(ENTRIES, { province: 'AB' }, { needs, languages: ['es'], asOf });
    expect(ranked.map((r) => r.entry.id)).toEqual([ALBERTA_SHELTER.id, HOTLINE.id]);
    expect(ranked[0]).toMatchObject({ meets: ['shelter', 'emergency-housing', 'safety-planning'], speaks: ['es'], reach: 'province', stale: false });
    expect(ranked[1]!.reach).toBe('national');
  });

  it('filters by service, language, kind and free text without accents or case', () => {
    const ids = (q: Parameters<typeof rankEntries>[1]) => rankEntries(ENTRIES, q, { asOf }).map((r) => r.entry.id);
    expect(ids({ service: 'wage-claim' })).toEqual([ONTARIO_CLINIC.id]);
    expect(ids({ language: 'tl' })).toEqual([HOTLINE.id]);
    expect(ids({ language: 'es-MX', province: 'ON' })).toEqual([HOTLINE.id, ONTARIO_CLINIC.id]);
    expect(ids({ kind: 'transition-house' })).toEqual([ALBERTA_SHELTER.id]);
    expect(ids({ text: 'CLINIQUE juridique' })).toEqual([ONTARIO_CLINIC.id]);
    expect(ids({ text: 'calgary' })).toEqual([ALBERTA_SHELTER.id]);
  });

  it('flags a stale entry and ranks it lower than an equal fresh one', () => {
    const fresh = { ...ONTARIO_CLINIC, id: 'on-fresh', lastReviewed: isoDate('2026-11-01') };
    const ranked = rankEntries([ONTARIO_CLINIC, fresh], {}, { asOf });
    expect(ranked.map((r) => [r.entry.id, r.stale])).toEqual([
      ['on-fresh', false],
      [ONTARIO_CLINIC.id, true],
    ]);
  });
});
