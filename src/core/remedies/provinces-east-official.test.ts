// Nova Scotia, Prince Edward Island, Newfoundland and Labrador and the three territories searched for
// official text on 5 Dec 2026 (issue #19; docs/research/provincial-review-east-2026-12-05.md). What was
// read in an official page is cited as 'official-text' with the provision's words; everything else keeps
// its secondary or not-found citation. Each rule names the day before and the day a version starts.
import { describe, expect, it } from 'vitest';
import { jurisdictionAt } from './index';
import { JURISDICTIONS } from './jurisdictions';

const EAST = ['NS', 'PE', 'NL', 'YT', 'NT', 'NU'] as const;

describe('official text in Nova Scotia, Prince Edward Island, Newfoundland and Labrador and the territories', () => {
  it('quotes the provision, names the page and says the day it was read wherever a citation says official text', () => {
    const official = EAST.flatMap((code) =>
      Object.entries(JURISDICTIONS.get(code)!.params).flatMap(([param, versions]) =>
        versions.flatMap((f) => f.citations.filter((c) => c.verification === 'official-text').map((c) => ({ where: `${code} ${param}`, c }))),
      ),
    );
    expect(official.length).toBeGreaterThan(0);
    for (const { where, c } of official) {
      expect(c.url, where).toMatch(/^https?:\/\//);
      expect(c.lastReviewed, where).toBe('2026-12-05');
      expect(c.pinpoint, where).toMatch(/"[^"]+"/);
    }
  });

  describe('Nova Scotia: the criminal injuries regulations became counselling regulations on 22 Oct 2024 (N.S. Reg. 212/2024)', () => {
    const program = (asOf: string) => jurisdictionAt('NS', asOf).param('victim-compensation.program')!;
    const regulations = (asOf: string) => program(asOf).citations.find((c) => c.verification === 'official-text');

    it('the day before (21 Oct 2024) the version in force cites the Criminal Injuries Compensation Regulations in their own words', () => {
      expect(program('2024-10-21').effective.until).toBe('2024-10-21');
      expect(regulations('2024-10-21')?.pinpoint).toContain('These regulations may be cited as the Criminal Injuries Compensation Regulations.');
      expect(regulations('2024-10-21')?.url).toBe('https://www.novascotia.ca/just/regulations/regs/vrscomp.htm');
    });

    it('on 22 Oct 2024 the version in force quotes the consolidation: "amended to O.I.C. 2024-371 (effective October 22, 2024)"', () => {
      expect(program('2024-10-22').effective.from).toBe('2024-10-22');
      const c = regulations('2024-10-22');
      expect(c?.pinpoint).toContain('amended to O.I.C. 2024-371 (effective October 22, 2024), N.S. Reg. 212/2024');
      expect(c?.pinpoint).toContain('These regulations may be cited as the Criminal Injuries Counselling Regulations.');
      expect(c?.url).toBe('https://novascotia.ca/Just/Regulations/regs/vrscounselling.htm');
    });

    it('stays a secondary value: the one-year deadline, the police report and trafficking survivors were not read in the regulations', () => {
      expect(program('2024-10-22').verification).toBe('secondary');
      expect(program('2024-10-21').verification).toBe('secondary');
    });
  });

  describe('Prince Edward Island: small claims up to $16,000 from 8 Jul 2017 (Rule 74, Order in Council EC2017-387)', () => {
    const limit = (asOf: string) => jurisdictionAt('PE', asOf).param('small-claims.limit')!;
    const note = 'Executive Council by Order-in-Council No. EC2017-387 raised the Small Claims limit from $8,000. to $16,000. effective July 8, 2017';

    it("the day before (7 Jul 2017) claims up to $8,000, in the words of the Rules Committee's note", () => {
      expect(limit('2017-07-07').value.maxDollars).toBe(8_000);
      expect(limit('2017-07-07').verification).toBe('official-text');
      expect(limit('2017-07-07').citations[0]!.pinpoint).toContain(note);
    });

    it('on 8 Jul 2017 claims up to $16,000: Rule 74 is "Actions Where the Debt or Damages Claimed Do Not Exceed $16,000."', () => {
      expect(limit('2017-07-08').value.maxDollars).toBe(16_000);
      expect(limit('2017-07-08').verification).toBe('official-text');
      expect(limit('2017-07-08').citations[0]!.pinpoint).toContain('Actions Where the Debt or Damages Claimed Do Not Exceed $16,000.');
      expect(limit('2017-07-08').citations[0]!.pinpoint).toContain(note);
    });

    it('the day after (9 Jul 2017) and today the limit is still $16,000 ("do not exceed": a $16,000 claim is within it)', () => {
      expect(limit('2017-07-09').value.maxDollars).toBe(16_000);
      expect(limit('2026-12-05').value.maxDollars).toBe(16_000);
    });
  });
});
