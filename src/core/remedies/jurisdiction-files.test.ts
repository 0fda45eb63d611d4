import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { jurisdictionOf } from './jurisdictions/data';
import { JURISDICTIONS } from './jurisdictions';
import { JURISDICTION_CODES } from './model';
import { jurisdictionDataSchema, type JurisdictionData } from './data-schemas';
import { SOURCES_BY_ID } from './sources';
import type { Localized } from '../wording';

// Each jurisdiction is a data file, jurisdictions/<code>/<code>.json, validated by editors against
// schema/jurisdiction.schema.json and by the loader when the module loads.

const HERE = join(import.meta.dirname, 'jurisdictions');
const folders = readdirSync(HERE, { withFileTypes: true })
  .filter((e) => e.isDirectory() && e.name !== 'shared')
  .map((e) => e.name);
const fileOf = (folder: string) => JSON.parse(readFileSync(join(HERE, folder, `${folder}.json`), 'utf8')) as JurisdictionData;
const files = folders.map((folder) => [folder, fileOf(folder)] as const);
const worded = (code: string): Localized => ({ en: `en:${code}`, fr: `fr:${code}` });
const bc = fileOf('bc');
const withChange = (change: (file: JurisdictionData) => void) => {
  const copy = structuredClone(bc);
  change(copy);
  return copy;
};
const firstVersion = (file: JurisdictionData) => file.params['small-claims.limit']![0] as { from: string; citations: { source: string }[] };

describe('jurisdiction data files', () => {
  it('the JSON Schema editors read is the one generated from the zod schema (regenerate with -u)', async () => {
    const schema = z.toJSONSchema(jurisdictionDataSchema);
    await expect(JSON.stringify(schema, null, 2) + '\n').toMatchFileSnapshot('./schema/jurisdiction.schema.json');
  });

  it('every jurisdiction has a folder with its data file, and every folder is a jurisdiction', () => {
    expect(folders.map((f) => (f === 'federal' ? f : f.toUpperCase())).sort()).toEqual([...JURISDICTION_CODES].sort());
    expect([...JURISDICTIONS.keys()].sort()).toEqual([...JURISDICTION_CODES].sort());
  });

  it.each(files)('%s.json names its own jurisdiction, points to the schema and validates', (folder, file) => {
    expect(file.code.toLowerCase()).toBe(folder);
    expect(file.$schema).toBe('../../schema/jurisdiction.schema.json');
    expect(jurisdictionDataSchema.safeParse(file).success).toBe(true);
  });

  it('one register: no source is written twice, in the register of sources.ts or in any jurisdiction file', () => {
    const register = Object.entries(SOURCES_BY_ID).map(([id, cite]) => {
      const c = (cite as (p: string, v: 'secondary') => { source: string; url?: string })('p', 'secondary');
      return { id, key: `${c.source} <${c.url ?? ''}>` };
    });
    const local = files.flatMap(([, file]) => Object.entries(file.sources ?? {}).map(([id, s]) => ({ id, key: `${s.title} <${s.url ?? ''}>` })));
    const all = [...register, ...local];
    const byId = new Map<string, number>();
    for (const { id } of all) byId.set(id, (byId.get(id) ?? 0) + 1);
    expect([...byId].filter(([, n]) => n > 1)).toEqual([]);
    const byKey = new Map<string, string[]>();
    for (const { id, key } of local) byKey.set(key, [...(byKey.get(key) ?? []), id]);
    for (const { id, key } of register) if (byKey.has(key)) byKey.set(key, [...byKey.get(key)!, id]);
    expect([...byKey.values()].filter((ids) => ids.length > 1)).toEqual([]);
  });

  it.each(files)('%s.json cites every source it registers', (_folder, file) => {
    const cited = new Set(
      JSON.stringify(file.params)
        .match(/"source":"[^"]+"/g)
        ?.map((s) => s.slice(10, -1)),
    );
    expect(Object.keys(file.sources ?? {}).filter((id) => !cited.has(id))).toEqual([]);
  });

  it('reads the versions oldest first and gives the engine each one with its period, newest first', () => {
    const j = jurisdictionOf(bc, worded);
    const limits = j.params['small-claims.limit']!;
    expect(limits.map((f) => f.effective)).toEqual([{ from: '2017-06-01' }, { from: '2005-09-01', until: '2017-05-31' }]);
    expect(limits[0]!.value.forum.en).toMatch(/^en:/);
  });

  it('ends a value on the day a version says null, and leaves the days after without one', () => {
    const ended = withChange((f) => (f.params['small-claims.limit'] as unknown[]).push({ from: '2030-01-01', value: null }));
    const limits = jurisdictionOf(ended, worded).params['small-claims.limit']!;
    expect(limits[0]!.effective).toEqual({ from: '2017-06-01', until: '2029-12-31' });
  });

  it('refuses versions out of order, so gaps and overlaps cannot be written', () => {
    const reordered = withChange((f) => f.params['small-claims.limit']!.reverse());
    expect(() => jurisdictionOf(reordered, worded)).toThrow(/versions must start in order/);
  });

  it('refuses a citation of a source nobody registered', () => {
    const unknown = withChange((f) => (firstVersion(f).citations[0]!.source = 'bc.nowhere'));
    expect(() => jurisdictionOf(unknown, worded)).toThrow(/unknown source "bc.nowhere"/);
  });

  it("refuses a source registered under another jurisdiction's prefix", () => {
    const foreign = withChange((f) => (f.sources = { ...f.sources, 'on.stray': { title: 'Stray', read: null } }));
    expect(() => jurisdictionOf(foreign, worded)).toThrow(/must start with "bc."/);
  });

  it('refuses a sentence code the wording files do not hold', () => {
    expect(() =>
      jurisdictionOf(bc, () => {
        throw new Error('no wording');
      }),
    ).toThrow(/no wording/);
  });
});
