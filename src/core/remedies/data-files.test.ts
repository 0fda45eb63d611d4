import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { REMEDY_IDS } from '../contract';
import { REMEDY_KNOWLEDGE } from './knowledge';
import { remedyDataSchema } from './model';

// Each remedy's plain data (consent, evidence links, goals, bars) is a JSON file beside its rule
// table, knowledge/<id>/<id>.json, validated by editors against schema/remedy.schema.json and by
// the module when it loads.

const HERE = import.meta.dirname;
const folders = readdirSync(join(HERE, 'knowledge'), { withFileTypes: true })
  .filter((e) => e.isDirectory() && e.name !== 'common')
  .map((e) => e.name);
const fileOf = (id: string) => JSON.parse(readFileSync(join(HERE, 'knowledge', id, `${id}.json`), 'utf8')) as Record<string, unknown>;

describe('remedy data files', () => {
  it('the JSON Schema editors read is the one generated from the zod schema (regenerate with -u)', async () => {
    const schema = z.toJSONSchema(remedyDataSchema);
    await expect(JSON.stringify(schema, null, 2) + '\n').toMatchFileSnapshot('./schema/remedy.schema.json');
  });

  it('every remedy of the contract has a folder with its data file, and every folder is a remedy of the contract', () => {
    expect([...folders].sort()).toEqual([...REMEDY_IDS].sort());
  });

  it.each(folders.map((id) => [id]))('%s.json names its own remedy, points to the schema and validates', (id) => {
    const file = fileOf(id);
    expect(file.id).toBe(id);
    expect(file.$schema).toBe('../../schema/remedy.schema.json');
    expect(remedyDataSchema.safeParse(file).success).toBe(true);
  });

  it.each(folders.map((id) => [id]))('%s: the remedy the engine reads carries its data file, unchanged', (id) => {
    const {
      $schema: _schema,
      eligibility: _rows,
      risks: _risks,
      legalBasis: _basis,
      timeline: _timeline,
      fees: _fees,
      sequencingBasis: _sequencing,
      yields,
      evidence,
      practiceNotes,
      ...data
    } = fileOf(id);
    const knowledge = REMEDY_KNOWLEDGE.get(id as (typeof REMEDY_IDS)[number])!;
    for (const [key, value] of Object.entries(data)) expect(knowledge[key as keyof typeof knowledge], key).toEqual(value);
    // What it yields (by kind), how many items of evidence, and which practice notes: the sentences are wording.
    expect(knowledge.yields.map((y) => y.kind)).toEqual(yields);
    expect(knowledge.evidence).toHaveLength(evidence as number);
    if (practiceNotes) expect(knowledge.practiceNotes.map((n) => n.id)).toEqual((practiceNotes as { id: string }[]).map((n) => n.id));
  });
});
