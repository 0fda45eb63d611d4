import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { RemedyId } from '../contract';
import { REMEDY_KNOWLEDGE } from './knowledge';
import data from './knowledge/common/common.json';
import { sharedRulesOf } from './knowledge/common/shared-rows';
import { commonDataSchema } from './data-schemas';

// The rows several remedies share are written once: their data (versions, effects, fixed levels,
// citations by source id) in knowledge/common/common.json, their conditions in common.ts under
// the same ids. A remedy's data file places them with `{ "id": "<remedy>.<id>", "shared": true }`.

const HERE = import.meta.dirname;
const reason = { en: 'A sentence.', fr: 'Une phrase.' };
const always = { when: () => true };
/** The code of common.ts for the ids of common.json, to try the loader on altered copies. */
const CODE = {
  eligibility: { 'has-permanent-status': always, 'minister-withdrawal-not-in-force': { ...always, verify: reason }, 'quebec-selection': always },
  risks: {
    'sex-industry-condition': always,
    'employer-tip-off': always,
    'employer-named': { ...always, level: () => 'medium' as const },
    'family-threatened': always,
    misrepresentation: always,
    'organized-criminality': always,
  },
  barRows: ['pending-prra-bar', 'designated-foreign-national-bar'],
};
const copy = () => structuredClone(data) as unknown as z.infer<typeof commonDataSchema>;
const folders = readdirSync(join(HERE, 'knowledge'), { withFileTypes: true })
  .filter((e) => e.isDirectory() && e.name !== 'common')
  .map((e) => e.name);
const riskOf = (remedy: RemedyId, id: string) => REMEDY_KNOWLEDGE.get(remedy)!.risks.find((r) => r.id === `${remedy}.${id}`)!;

describe('the shared rows as data (knowledge/common/common.json)', () => {
  it('the JSON Schema editors read is the one generated from the zod schema (regenerate with -u)', async () => {
    const schema = z.toJSONSchema(commonDataSchema);
    await expect(JSON.stringify(schema, null, 2) + '\n').toMatchFileSnapshot('./schema/common.schema.json');
  });

  it('common.json points to its schema and validates', () => {
    expect(data.$schema).toBe('../../schema/common.schema.json');
    expect(commonDataSchema.safeParse(data).success).toBe(true);
  });

  it('loads with the code of common.ts', () => {
    expect(() => sharedRulesOf(data, CODE)).not.toThrow();
  });

  it('refuses a shared row in the data without code in common.ts', () => {
    const file = copy();
    file.risks.push({ ...file.risks[1]!, id: 'employer-tip-off-again' });
    expect(() => sharedRulesOf(file, CODE)).toThrow(/risks row "employer-tip-off-again" has no code in common.ts/);
  });

  it('refuses code in common.ts without a row in the data', () => {
    const file = copy();
    file.eligibility = file.eligibility.filter((r) => r.id !== 'quebec-selection');
    file.barRows = file.barRows.filter((r) => r.id !== 'pending-prra-bar');
    expect(() => sharedRulesOf(file, CODE)).toThrow(
      /eligibility code "quebec-selection" has no row in common.json.*barRows code "pending-prra-bar" has no row/,
    );
  });

  it('refuses a citation of a source the register does not hold', () => {
    const file = copy();
    file.facts['permit-holder-class'].citations[0]!.source = 'no-such-source';
    expect(() => sharedRulesOf(file, CODE)).toThrow(/unknown source "no-such-source"/);
  });

  it('refuses a "by-condition" level without a level function, and a fixed level with one', () => {
    expect(() => sharedRulesOf(data, { ...CODE, risks: { ...CODE.risks, 'employer-named': always } })).toThrow(/employer-named: the level is "by-condition"/);
    expect(() => sharedRulesOf(data, { ...CODE, risks: { ...CODE.risks, 'employer-tip-off': CODE.risks['employer-named'] } })).toThrow(
      /employer-tip-off: the level is "high"/,
    );
  });

  it('refuses a version to verify when the code gives no banner', () => {
    expect(() => sharedRulesOf(data, { ...CODE, eligibility: { ...CODE.eligibility, 'minister-withdrawal-not-in-force': always } })).toThrow(
      /asks to be verified/,
    );
  });

  it('refuses a "by-remedy" level for a remedy the data gives no level', () => {
    expect(() => sharedRulesOf(data, CODE).risk('misrepresentation', 'small-claims', reason)).toThrow(/gives none for small-claims/);
  });

  it('ends a version the day before the next starts, and a null level ends the row', () => {
    const file = copy();
    const tipOff = file.risks.find((r) => r.id === 'employer-tip-off')!;
    tipOff.versions = [
      { ...(tipOff.versions[0] as object), from: '2020-01-01' } as (typeof tipOff.versions)[number],
      { ...(tipOff.versions[0] as object), from: '2024-07-01', level: 'medium' } as (typeof tipOff.versions)[number],
      { from: '2025-01-01', level: null },
    ];
    const rules = sharedRulesOf(file, CODE).risk('employer-tip-off', 'small-claims', reason);
    expect(rules.map((r) => [r.effective, r.level])).toEqual([
      [{ from: '2020-01-01', until: '2024-06-30' }, 'high'],
      [{ from: '2024-07-01', until: '2024-12-31' }, 'medium'],
    ]);
  });

  it('every row of common.json is placed by at least one remedy, and every shared row a remedy places from it exists', () => {
    const ids = [...data.eligibility, ...data.risks].map((r) => r.id);
    const placed = folders.flatMap((remedy) => {
      const file = JSON.parse(readFileSync(join(HERE, 'knowledge', remedy, `${remedy}.json`), 'utf8')) as {
        eligibility?: { id: string; shared?: true }[];
        risks?: { id: string; shared?: true }[];
      };
      return [...(file.eligibility ?? []), ...(file.risks ?? [])].filter((r) => r.shared).map((r) => r.id.slice(remedy.length + 1));
    });
    expect(ids.filter((id) => !placed.includes(id))).toEqual([]);
    const barRows = data.barRows.flatMap((r) => [r.id, `${r.id}-end-unknown`, `${r.id}-facts-needed`]);
    expect(barRows.filter((id) => !placed.includes(id))).toEqual(['pending-prra-bar-end-unknown']); // a bar without a known end day has no end-unknown row
  });

  it('a remedy may lower the sex-industry level: medium for the VTIP TRP, the data file’s high elsewhere', () => {
    expect(riskOf('vtip-trp', 'sex-industry-condition').level).toBe('medium');
    expect(riskOf('employment-standards', 'sex-industry-condition').level).toBe('high');
    expect(riskOf('employment-standards', 'sex-industry-condition').effective).toEqual({ from: '2013-12-31' });
  });

  it('the inadmissibility levels are each remedy’s, and a remedy’s own citations come after the shared ones', () => {
    expect(riskOf('hc', 'misrepresentation').level).toBe('high');
    expect(riskOf('prra', 'misrepresentation').level).toBe('medium');
    expect(riskOf('vtip-trp', 'organized-criminality').citations.map((c) => c.pinpoint.split(' "')[0])).toEqual(['s. 37(1)(b)', 's. 117(1)', 's. 65(b)(ii)']);
    expect(riskOf('owp-v', 'organized-criminality').citations).toHaveLength(2);
  });

  it('the sources once written inline are in the register: the 2010 detention post and the ILO/EC indicators', () => {
    expect(riskOf('small-claims', 'employer-tip-off').citations[1]).toMatchObject({
      source: 'No One Is Illegal Vancouver, post of 12 Jul 2010',
      url: 'https://noii-van.resist.ca/canada-border-services-celebrates-canada-day-by-detaining-migrant-worker/',
      lastReviewed: null,
    });
    expect(riskOf('fv-trp', 'family-threatened').citations[0]!.source).toBe('ILO/EC operational indicators (2009), coercion: violence or threats to family');
  });
});
