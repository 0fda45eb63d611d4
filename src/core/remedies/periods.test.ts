import { describe, expect, it } from 'vitest';
import { quoteFor } from '../law/quotes';
import { federalPeriodsOf, jurisdictionOf } from './jurisdictions/data';
import bcFile from './jurisdictions/bc/bc.json';
import federalFile from './jurisdictions/federal/federal.json';
import type { JurisdictionData } from './data-schemas';
import { FEDERAL_PERIODS, PERIOD_IDS, periodAt, periodEnd } from './periods';

// The federal periods are data: the `periods` of jurisdictions/federal/federal.json, read by
// federalPeriodsOf (jurisdictions/data.ts). Their ids are TypeScript: PERIOD_IDS, the names deadline rules use.

const federal = federalFile as JurisdictionData;
type Versions = Record<string, unknown[]>;
const withChange = (change: (periods: Versions) => void) => {
  const copy = structuredClone(federal);
  change(copy.periods as Versions);
  return copy;
};
const irpr = (pinpoint: string) => ({ source: 'irpr', pinpoint, verification: 'official-text', lastReviewed: '2026-12-05' });

describe('federal periods as data', () => {
  it('the federal file holds every period a deadline rule may name, and no other', () => {
    const inData = Object.keys(federal.periods ?? {});
    expect(inData.filter((id) => !(PERIOD_IDS as readonly string[]).includes(id))).toEqual([]);
    expect(PERIOD_IDS.filter((id) => !inData.includes(id))).toEqual([]);
    expect(Object.keys(FEDERAL_PERIODS).sort()).toEqual([...PERIOD_IDS].sort());
  });

  it('refuses a period id that PERIOD_IDS does not name', () => {
    const extra = withChange(
      (p) => (p['judicial-review-abroad'] = [{ from: 'not-researched', value: { length: 60, unit: 'days' }, citations: [irpr('s. 1')] }]),
    );
    expect(() => federalPeriodsOf(extra)).toThrow(/judicial-review-abroad/);
  });

  it('refuses a file without versions for a period of PERIOD_IDS', () => {
    const missing = withChange((p) => delete p['rad-appeal-perfecting']);
    expect(() => federalPeriodsOf(missing)).toThrow(/no versions for the periods rad-appeal-perfecting/);
  });

  it('refuses versions written out of order, and a second start not researched', () => {
    const later = { from: '2010-01-01', value: { length: 10, unit: 'days' }, citations: [irpr('s. 159.91(1)(a)')] };
    expect(() => federalPeriodsOf(withChange((p) => p['rad-appeal-filing']!.push(later)))).toThrow(
      /versions must start in order \(2012-12-15 then 2010-01-01\)/,
    );
    const unresearched = { ...later, from: 'not-researched' };
    expect(() => federalPeriodsOf(withChange((p) => p['judicial-review-in-canada']!.push(unresearched)))).toThrow(
      /only the first version may have a start not researched/,
    );
  });

  it('refuses a citation of a source the register does not hold', () => {
    const unknown = withChange((p) => ((p['rad-appeal-filing']![0] as { citations: unknown[] }).citations = [{ ...irpr('s. 1'), source: 'irpr-2002' }]));
    expect(() => federalPeriodsOf(unknown)).toThrow(/unknown source "irpr-2002"/);
  });

  it('refuses periods in a provincial file: a provincial period is a parameter', () => {
    const bc = { ...structuredClone(bcFile), periods: structuredClone(federal.periods) };
    expect(() => jurisdictionOf(bc, (code) => ({ en: code, fr: code }))).toThrow(/only the federal file has periods/);
  });

  it('ends a period the day before a new version starts, and without a successor on "value": null', () => {
    const changed = withChange((p) => {
      p['rad-appeal-filing']!.push({ from: '2030-01-01', value: { length: 20, unit: 'days' }, citations: [irpr('s. 159.91(1)(a)')] });
      p['rad-appeal-filing']!.push({ from: '2031-01-01', value: null });
    });
    const versions = federalPeriodsOf(changed)['rad-appeal-filing'];
    expect(versions.map((v) => [v.value, v.effective])).toEqual([
      [
        { length: 20, unit: 'days' },
        { from: '2030-01-01', until: '2030-12-31' },
      ],
      [
        { length: 15, unit: 'days' },
        { from: '2012-12-15', until: '2029-12-31' },
      ],
    ]);
  });

  // Nothing moved when the periods left periods.ts (Dec 2026): the same ends on fixed dates, the same citations.
  it.each([
    ['judicial-review-in-canada', null, '2026-02-15', '2024-03-15'],
    ['employment-insurance-claim', null, '2026-02-28', '2024-03-28'],
    ['refugee-claim-one-year', null, '2027-01-31', '2025-02-28'],
    ['refugee-basis-of-claim-port-of-entry', '2012-12-15', '2026-02-15', '2024-03-15'],
    ['rad-appeal-filing', '2012-12-15', '2026-02-15', '2024-03-15'],
    ['rad-appeal-perfecting', '2012-12-15', '2026-03-02', '2024-03-30'],
  ] as const)('%s, in force from %s, ends on %s after 31 Jan 2026 and on %s after 29 Feb 2024', (id, from, afterJanuary, afterLeapDay) => {
    const period = periodAt(id, '2026-12-05')!;
    expect(period.effective).toEqual({ from });
    expect(periodEnd('2026-01-31', period.value)).toBe(afterJanuary);
    expect(periodEnd('2024-02-29', period.value)).toBe(afterLeapDay);
    if (from) expect(periodAt(id, '2012-12-14')).toBeUndefined();
  });

  it('an official-text citation carries its provision quote from law/quotes.ts and the day the XML was read; the EI period stays unverified', () => {
    for (const id of PERIOD_IDS.filter((id) => id !== 'employment-insurance-claim')) {
      const [citation] = periodAt(id, '2026-12-05')!.citations;
      const instrument = citation!.source.startsWith('Immigration and Refugee Protection Act') ? 'IRPA' : 'IRPR';
      expect(citation).toMatchObject({ verification: 'official-text', lastReviewed: '2026-12-05', quote: quoteFor(instrument, citation!.pinpoint)!.quote });
    }
    const ei = periodAt('employment-insurance-claim', '2026-12-05')!;
    expect(ei.citations).toEqual([
      {
        source: 'Employment Insurance Act, S.C. 1996, c. 23',
        pinpoint: 's. 10(4)–(5) (antedating); 4-week rule',
        verification: 'unverified',
        lastReviewed: null,
      },
    ]);
    expect(ei).toMatchObject({ verification: 'unverified', lastReviewed: null });
  });
});
