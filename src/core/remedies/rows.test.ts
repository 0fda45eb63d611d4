import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RemedyId } from '../contract';
import { REMEDY_KNOWLEDGE } from './knowledge';
import { ALWAYS, rulesOf } from './rows';
import { citationOf } from './sources';
import { SOURCES_BY_ID } from './sources';

// Conditions as code, data as data, keyed by the same ids. Each remedy's rows (ids, effects,
// levels, dates, citations) are in knowledge/<id>/<id>.json; their conditions, by the same ids, in
// knowledge/<id>/<id>.ts; their sentences in knowledge/<id>/wording/{en,fr}.json.

const HERE = import.meta.dirname;
const folders = readdirSync(join(HERE, 'knowledge'), { withFileTypes: true })
  .filter((e) => e.isDirectory() && e.name !== 'common')
  .map((e) => e.name);

type Ref = { source: string; pinpoint: string; verification: string; lastReviewed?: string | null; url?: string; quote?: string };
type Version = { from: string; effect?: string | null; level?: string | null; reason?: string; why?: string; verify?: true; citations?: Ref[] };
type Row = { id: string; shared?: true; risk?: string; basis?: string; versions?: Version[] };
type Described = { from: string; citations: Ref[] };
type DataFile = {
  id: string;
  eligibility?: Row[];
  risks?: Row[];
  legalBasis?: (Described | { shared: string })[];
  timeline?: Described;
  fees?: Described;
  sequencingBasis?: Ref[];
};

const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as unknown;
const dataOf = (id: string) => read(join(HERE, 'knowledge', id, `${id}.json`)) as DataFile;
const wordingOf = (id: string, lang: 'en' | 'fr') => read(join(HERE, 'knowledge', id, 'wording', `${lang}.json`)) as Record<string, string>;
const own = (rows: Row[] = []) => rows.filter((r) => !r.shared);
const versions = (row: Row) => (row.versions ?? []).filter((v) => v.effect !== null && v.level !== null);

describe('rows as data, conditions as code', () => {
  it('every remedy is converted: its data file lists its eligibility rows, risk rules, legal basis, timeline, fees and sequencing basis', () => {
    const unconverted = folders.filter((id) => {
      const d = dataOf(id);
      return !d.eligibility || !d.risks || !d.legalBasis || !d.timeline || !d.fees || !d.sequencingBasis;
    });
    expect(unconverted).toEqual([]);
  });

  it.each(folders.map((id) => [id]))('%s: its legal basis, timeline, fees and sequencing basis cite the register and have their sentences', (id) => {
    const data = dataOf(id);
    const facts = [...data.legalBasis!.filter((f): f is Described => !('shared' in f)), data.timeline!, data.fees!];
    const refs = [...facts.flatMap((f) => f.citations), ...data.sequencingBasis!];
    expect(refs.filter((c) => !Object.hasOwn(SOURCES_BY_ID, c.source)).map((c) => c.source)).toEqual([]);
    const codes = [...data.legalBasis!.flatMap((f, n) => ('shared' in f ? [] : [`${id}.legalBasis.${n}`])), `${id}.timeline`, `${id}.fees`];
    for (const lang of ['en', 'fr'] as const) expect(codes.filter((code) => wordingOf(id, lang)[code] === undefined)).toEqual([]);
    const knowledge = REMEDY_KNOWLEDGE.get(id as RemedyId)!;
    expect(knowledge.timeline.effective.from ?? 'not-researched').toBe(data.timeline!.from);
    expect(knowledge.fees.citations).toEqual(data.fees!.citations.map((c) => citationOf(c as Parameters<typeof citationOf>[0])));
    expect(knowledge.sequencingBasis).toEqual(data.sequencingBasis!.map((c) => citationOf(c as Parameters<typeof citationOf>[0])));
  });

  it.each(folders.map((id) => [id]))('%s: the ids match both ways (the rules the engine reads are exactly the rows of the data file, in its order)', (id) => {
    const data = dataOf(id);
    const knowledge = REMEDY_KNOWLEDGE.get(id as RemedyId)!;
    const distinct = (ids: string[]) => ids.filter((x, i) => ids[i - 1] !== x);
    expect(distinct(knowledge.eligibility.map((r) => r.id))).toEqual(data.eligibility!.map((r) => r.id));
    expect(distinct(knowledge.risks.map((r) => r.id))).toEqual(data.risks!.map((r) => r.id));
  });

  it.each(folders.map((id) => [id]))('%s: every citation of the data file names a source of the register', (id) => {
    const data = dataOf(id);
    const unknown = [...own(data.eligibility), ...own(data.risks)]
      .flatMap((row) => versions(row).flatMap((v) => v.citations!.map((c) => `${row.id}: ${c.source}`)))
      .filter((c) => !Object.hasOwn(SOURCES_BY_ID, c.split(': ')[1]!));
    expect(unknown).toEqual([]);
  });

  it.each(folders.map((id) => [id]))('%s: every version of every row has its sentence in English and in French', (id) => {
    const data = dataOf(id);
    const en = wordingOf(id, 'en');
    const fr = wordingOf(id, 'fr');
    const codes = [
      ...own(data.eligibility).flatMap((row) => versions(row).map((v) => v.reason ?? `${row.id}.reason`)),
      ...own(data.risks).flatMap((row) => versions(row).map((v) => v.why ?? `${row.id}.why`)),
    ];
    expect(codes.length).toBeGreaterThan(0);
    expect(codes.filter((code) => en[code] === undefined)).toEqual([]);
    expect(codes.filter((code) => fr[code] === undefined)).toEqual([]);
  });

  it.each(folders.map((id) => [id]))('%s: the engine reads each version as the data file writes it: start, end, effect or level, citations', (id) => {
    const data = dataOf(id);
    const knowledge = REMEDY_KNOWLEDGE.get(id as RemedyId)!;
    for (const [rows, rules] of [
      [own(data.eligibility), knowledge.eligibility],
      [own(data.risks), knowledge.risks],
    ] as const) {
      for (const row of rows) {
        const loaded = (rules as { id: string; effective: { from: string | null; until?: string } }[]).filter((r) => r.id === row.id);
        const written = versions(row);
        expect(
          loaded.map((r) => r.effective.from ?? 'not-researched'),
          row.id,
        ).toEqual(written.map((v) => v.from));
        loaded.forEach((rule, i) => {
          const v = written[i]!;
          const next = row.versions![row.versions!.indexOf(v) + 1];
          expect(rule.effective.until !== undefined, `${row.id} ends`).toBe(next !== undefined);
          if ('effect' in rule) expect(rule.effect).toBe(v.effect);
          else if (v.level !== 'by-condition') expect((rule as unknown as { level: unknown }).level).toBe(v.level);
          expect((rule as unknown as { citations: unknown }).citations).toEqual(v.citations!.map((c) => citationOf(c as Parameters<typeof citationOf>[0])));
        });
      }
    }
  });
});

describe('the loader refuses a remedy whose data and code disagree', () => {
  const wording = (code: string) => ({ en: code, fr: code });
  const base = {
    id: 'small-claims',
    scope: 'provincial',
    consentNeeded: 'none',
    producesEvidenceFor: [],
    urgencyRole: 'none',
    goals: ['compensation'],
    immigrationApplication: false,
    barsSubjectTo: [],
    barsCreated: [],
  };
  const fallback = {
    id: 'x.facts-needed',
    versions: [{ from: 'not-researched', effect: 'unknown', citations: [{ source: 'irpa', pinpoint: 's. 1', verification: 'unverified' }] }],
  };
  const publicTrial = {
    id: 'x.public',
    risk: 'public-decision',
    basis: 'law',
    versions: [{ from: '2020-01-01', level: 'medium', citations: [{ source: 'research-notes', pinpoint: '§8', verification: 'secondary' }] }],
  };

  it('reads a row and a risk written on both sides, dating a version that a later one replaces', () => {
    const ended = { ...fallback, versions: [...fallback.versions, { from: '2021-03-01', effect: null }] };
    const { eligibility, risks } = rulesOf({ ...base, eligibility: [ended], risks: [publicTrial] }, wording, {
      eligibility: { 'x.facts-needed': ALWAYS },
      risks: { 'x.public': ALWAYS },
    });
    expect(eligibility.map((r) => [r.id, r.effect, r.effective])).toEqual([['x.facts-needed', 'unknown', { from: null, until: '2021-02-28' }]]);
    expect(risks.map((r) => [r.id, r.level, r.effective, r.verification])).toEqual([['x.public', 'medium', { from: '2020-01-01' }, 'secondary']]);
  });

  it('refuses a row of the data file that has no condition in the code', () => {
    expect(() => rulesOf({ ...base, eligibility: [fallback], risks: [] }, wording, { eligibility: {}, risks: {} })).toThrow(
      /"x.facts-needed" has no condition/,
    );
  });

  it('refuses a condition in the code that has no row in the data file', () => {
    expect(() =>
      rulesOf({ ...base, eligibility: [fallback], risks: [] }, wording, { eligibility: { 'x.facts-needed': ALWAYS, 'x.forgotten': ALWAYS }, risks: {} }),
    ).toThrow(/"x.forgotten" has no row in the data file/);
  });

  it('refuses a citation of a source the register does not hold', () => {
    const bad = { ...fallback, versions: [{ ...fallback.versions[0], citations: [{ source: 'nowhere', pinpoint: 's. 1', verification: 'unverified' }] }] };
    expect(() => rulesOf({ ...base, eligibility: [bad], risks: [] }, wording, { eligibility: { 'x.facts-needed': ALWAYS }, risks: {} })).toThrow(
      /unknown source "nowhere"/,
    );
  });

  it('refuses a level worked out from the facts that the code does not work out, and versions out of order', () => {
    const byCondition = { ...publicTrial, versions: [{ ...publicTrial.versions[0], level: 'by-condition' }] };
    expect(() =>
      rulesOf({ ...base, eligibility: [fallback], risks: [byCondition] }, wording, {
        eligibility: { 'x.facts-needed': ALWAYS },
        risks: { 'x.public': ALWAYS },
      }),
    ).toThrow(/level function/);
    const backwards = {
      ...fallback,
      versions: [
        { ...fallback.versions[0], from: '2022-01-01' },
        { from: '2021-01-01', effect: null },
      ],
    };
    expect(() => rulesOf({ ...base, eligibility: [backwards], risks: [] }, wording, { eligibility: { 'x.facts-needed': ALWAYS }, risks: {} })).toThrow(
      /in order/,
    );
  });
});
