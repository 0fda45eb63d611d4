import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { quoteFor } from '../law/quotes';
import { BAR_RULES, BAR_TRIGGERS, barRule, barRulesOf } from './bars';
import barsFile from './bars.json';
import { BAR_IDS } from './model';
import { barsDataSchema, type BarsData } from './data-schemas';

// The register of bars is data: bars.json holds each bar's remedy, trigger and versions (months,
// effect, exception, start, citation by source id), validated against schema/bars.schema.json.
// How a trigger is found in the facts stays TypeScript (bars.ts), keyed by the trigger's name.

const file = barsFile as BarsData;
type Version = Extract<BarsData['bars'][number]['versions'][number], { citation: unknown }>;
const firstVersion = (bars: BarsData['bars'], id: string) => bars.find((b) => b.id === id)!.versions[0] as Version;
const withChange = (change: (bars: BarsData['bars']) => void) => {
  const copy = structuredClone(file);
  change(copy.bars);
  return copy;
};
const IRPA = 'Immigration and Refugee Protection Act, S.C. 2001, c. 27';
const IRPA_URL = 'https://laws-lois.justice.gc.ca/eng/acts/i-2.5/';
const OB_440 = 'IRCC, Operational Bulletin 440-H (17 Dec 2012)';
const OB_440_URL =
  'https://www.canada.ca/en/immigration-refugees-citizenship/corporate/publications-manuals/operational-bulletins-manuals/bulletins-2012/440-december-17-2012.html';
const readInXml = (pinpoint: string) => ({
  source: IRPA,
  pinpoint,
  verification: 'official-text',
  lastReviewed: '2026-12-05',
  url: IRPA_URL,
  quote: quoteFor('IRPA', pinpoint)!.quote,
});

describe('bars as data', () => {
  it('the JSON Schema editors read is the one generated from the zod schema (regenerate with -u)', async () => {
    const schema = z.toJSONSchema(barsDataSchema);
    await expect(JSON.stringify(schema, null, 2) + '\n').toMatchFileSnapshot('./schema/bars.schema.json');
  });

  it('bars.json points to its schema and validates', () => {
    expect(file.$schema).toBe('./schema/bars.schema.json');
    expect(barsDataSchema.safeParse(file).success).toBe(true);
  });

  it('every trigger the data names is one the code can find in the facts, and every trigger in the code is used', () => {
    const inData = new Set(file.bars.map((b) => b.trigger));
    expect([...inData].filter((t) => !(BAR_TRIGGERS as readonly string[]).includes(t))).toEqual([]);
    expect(BAR_TRIGGERS.filter((t) => !inData.has(t))).toEqual([]);
  });

  it('refuses a trigger the code does not know', () => {
    const unknown = withChange((bars) => (bars[0]!.trigger = 'refugee-claim-suspended'));
    expect(() => barRulesOf(unknown)).toThrow(/trigger "refugee-claim-suspended".*not in the code/);
  });

  it('refuses a file that leaves a trigger of the code unused', () => {
    const unused = withChange((bars) => bars.splice(0, bars.length, ...bars.filter((b) => b.trigger !== 'prra-refused')));
    expect(() => barRulesOf(unused)).toThrow(/trigger "prra-refused".*no bar in the data/);
  });

  it('refuses a citation of a source the register does not hold', () => {
    const unknown = withChange(
      (bars) => (firstVersion(bars, 'refugee-rejected-12-months-hc').citation = { source: 'irpa-2001', pinpoint: 's. 25', verification: 'official-text' }),
    );
    expect(() => barRulesOf(unknown)).toThrow(/unknown source "irpa-2001"/);
  });

  it('refuses a remedy the contract does not know, and a bar id outside BAR_IDS', () => {
    expect(() => barRulesOf(withChange((bars) => (bars[0]!.remedy = 'asylum' as never)))).toThrow(/bars data file is invalid.*remedy/);
    expect(() => barRulesOf(withChange((bars) => (bars[0]!.id = 'refugee-rejected-6-months' as never)))).toThrow(/bars data file is invalid.*id/);
  });

  it('refuses versions written out of order, and a second start not researched', () => {
    const prra = (bars: BarsData['bars']) => bars.find((b) => b.id === 'prra-refused-12-months')!;
    const earlier = { ...firstVersion(file.bars, 'prra-refused-12-months'), from: '2010-01-01' };
    expect(() => barRulesOf(withChange((bars) => prra(bars).versions.push(earlier)))).toThrow(/versions must start in order \(2012-06-28 then 2010-01-01\)/);
    expect(() => barRulesOf(withChange((bars) => prra(bars).versions.push({ ...earlier, from: 'not-researched' })))).toThrow(
      /only the first version may have a start not researched/,
    );
  });

  it('refuses the same bar written twice for one remedy', () => {
    expect(() => barRulesOf(withChange((bars) => bars.push(structuredClone(bars[0]!))))).toThrow(/refugee-rejected-12-months-hc on hc is written twice/);
  });

  it('ends a version the day before the next starts, and without a successor on "effect": null', () => {
    const changed = withChange((bars) => {
      const hc = bars.find((b) => b.id === 'refugee-claim-pending-hc')!;
      hc.versions.push({ ...firstVersion(bars, 'refugee-claim-pending-hc'), from: '2030-01-01', effect: 'caution' }, { from: '2031-01-01', effect: null });
    });
    const versions = barRulesOf(changed).filter((r) => r.id === 'refugee-claim-pending-hc');
    expect(versions.map((r) => [r.effect, r.effective])).toEqual([
      ['caution', { from: '2030-01-01', until: '2030-12-31' }],
      ['blocks', { from: null, until: '2029-12-31' }],
    ]);
  });

  it('every bar id of the register is a bar the remedies may name', () => {
    expect(BAR_RULES.filter((r) => !(BAR_IDS as readonly string[]).includes(r.id))).toEqual([]);
  });

  // Nothing moved when the register left bars.ts (Dec 2026): these are the constants it held.
  it('the H&C bar after a refused claim: 12 months, a block with the best-interests exception, its quote read in the XML', () => {
    expect(barRule('refugee-rejected-12-months-hc', 'hc')).toEqual({
      id: 'refugee-rejected-12-months-hc',
      remedy: 'hc',
      trigger: 'refugee-claim-closed-after-evidence',
      months: 12,
      effect: 'blocks',
      exception: 'best-interests-of-child',
      effective: { from: null },
      citation: readInXml('s. 25(1.2)(c); exceptions s. 25(1.21)'),
    });
  });

  it('the PRRA bar after a refused claim: in force 28 June 2012, cited from OB 440-H as checked while encoding, without a quote', () => {
    expect(barRule('refugee-rejected-12-months-prra', 'prra')).toEqual({
      id: 'refugee-rejected-12-months-prra',
      remedy: 'prra',
      trigger: 'refugee-claim-closed-negatively',
      months: 12,
      effect: 'blocks',
      effective: { from: '2012-06-28' },
      citation: { source: OB_440, pinpoint: 's. 112(2)(b.1)', verification: 'official-text', lastReviewed: '2026-11-28', url: OB_440_URL },
    });
  });

  it('the TRP bar after a refused claim blocks the family-violence TRP and only cautions on the VTIP TRP (unverified reach)', () => {
    expect(barRule('refugee-rejected-12-months-trp', 'fv-trp')).toMatchObject({ effect: 'blocks', citation: readInXml('s. 24(4)') });
    expect(barRule('refugee-rejected-12-months-trp', 'vtip-trp')).toEqual({
      id: 'refugee-rejected-12-months-trp',
      remedy: 'vtip-trp',
      trigger: 'refugee-claim-closed-negatively',
      months: 12,
      effect: 'caution',
      effective: { from: null },
      citation: { source: IRPA, pinpoint: 's. 24(4) (reach to VTIP TRPs unverified)', verification: 'unverified', lastReviewed: null, url: IRPA_URL },
    });
  });

  it('the pending-PRRA TRP bar applies to both TRPs from 21 June 2019, for as long as the PRRA is pending', () => {
    for (const remedy of ['vtip-trp', 'fv-trp'] as const)
      expect(barRule('prra-pending-after-ineligible-claim-trp', remedy)).toEqual({
        id: 'prra-pending-after-ineligible-claim-trp',
        remedy,
        trigger: 'prra-pending-after-ineligible-claim',
        effect: 'blocks',
        effective: { from: '2019-06-21' },
        citation: readInXml('s. 24(3.1)'),
      });
  });

  it('the register holds its 12 bars in their former order', () => {
    expect(BAR_RULES.map((r) => `${r.id} ${r.remedy}`)).toEqual([
      'refugee-rejected-12-months-hc hc',
      'refugee-rejected-12-months-prra prra',
      'refugee-rejected-12-months-trp fv-trp',
      'refugee-rejected-12-months-trp vtip-trp',
      'refugee-claim-pending-hc hc',
      'prra-refused-12-months prra',
      'prra-pending-after-ineligible-claim-trp vtip-trp',
      'prra-pending-after-ineligible-claim-trp fv-trp',
      'prra-pending-after-ineligible-claim-hc hc',
      'designated-foreign-national-5-years-trp vtip-trp',
      'designated-foreign-national-5-years-trp fv-trp',
      'designated-foreign-national-5-years-hc hc',
    ]);
  });
});
