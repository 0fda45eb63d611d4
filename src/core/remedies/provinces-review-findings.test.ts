// The findings of the provincial review of 5 December 2026 (docs/research/provincial-review-2026-12-05.md),
// checked against the official text and encoded (issue #19): each rule the day before, on and after its
// limit, and the provision's words in the citation.
import { describe, expect, it } from 'vitest';
import { addDays, type IsoDate } from '../dates/iso-date';
import { jurisdictionAt } from './index';
import { exploitedWorker, remedy } from './provincial-limits.test-support';

const limitationOf = (province: 'ON', asOf: string, employmentEnded: string) =>
  remedy('employment-standards', exploitedWorker(province, asOf, { employmentEnded })).deadlines.find((d) => d.kind === 'limitation');

describe('Ontario ESA s. 96(3): a complaint about a contravention more than two years old is deemed not filed, since 4 Sep 2001', () => {
  // Before the 2015 amendment the six-month rule was the wage-recovery window of s. 111, not the complaint period.
  for (const [ended, ends] of [
    ['2010-03-31', '2012-03-31'],
    ['2026-03-31', '2028-03-31'],
  ] as const) {
    describe(`wages due on ${ended}`, () => {
      it(`the day before (${addDays(ends as IsoDate, -1)}) the complaint period is open, ends on ${ends} and quotes s. 96(3)`, () => {
        const d = limitationOf('ON', addDays(ends as IsoDate, -1), ended);
        expect(d?.date).toBe(ends);
        expect(d?.passed).toBe(false);
        expect(d?.citation.verification).toBe('official-text');
        expect(d?.citation.pinpoint).toContain(
          'A complaint regarding a contravention that occurred more than two years before the day on which the complaint was filed',
        );
        expect(d?.citation.lastReviewed).toBe('2026-12-05');
      });
      it(`on ${ends} the complaint is still in time`, () => expect(limitationOf('ON', ends, ended)?.passed).toBe(false));
      it(`the day after ${ends} the complaint is deemed not filed`, () => expect(limitationOf('ON', addDays(ends as IsoDate, 1), ended)?.passed).toBe(true));
    });
  }

  it('has one complaint period of 24 months from 4 Sep 2001, none before the Act', () => {
    for (const day of ['2001-09-04', '2015-02-19', '2015-02-20', '2026-12-05']) {
      expect(jurisdictionAt('ON', day).param('employment-standards.limitation')?.value).toMatchObject({ months: 24, trigger: 'wagesDue' });
    }
    expect(jurisdictionAt('ON', '2001-09-03').param('employment-standards.limitation')).toBeUndefined();
  });
});

describe('Ontario ESA s. 111: how far back an officer may order wages', () => {
  it('on 19 Feb 2015 (the last day before the amendment) six months, 12 for vacation pay, from the Ministry guide (secondary)', () => {
    const recovery = jurisdictionAt('ON', '2015-02-19').param('employment-standards.recovery')!;
    expect(recovery.value.text.en).toContain('6 months');
    expect(recovery.value.text.en).toContain('12 months');
    expect(recovery.value.text.fr).toContain('6 mois');
    expect(recovery.verification).toBe('secondary');
    expect(recovery.citations.map((c) => c.pinpoint).join(' ')).toContain('can only recover wages that became due within the six months before');
  });
  it('on 20 Feb 2015 two years before the complaint, in the words of s. 111(1)', () => {
    const recovery = jurisdictionAt('ON', '2015-02-20').param('employment-standards.recovery')!;
    expect(recovery.value.text.en).toContain('two years');
    expect(recovery.value.text.fr).toContain('deux ans');
    expect(recovery.verification).toBe('official-text');
    expect(recovery.citations.map((c) => c.pinpoint).join(' ')).toContain('if the wages became due more than two years before the complaint was filed');
  });
  it('the day after (21 Feb 2015) still two years', () => {
    expect(jurisdictionAt('ON', '2015-02-21').param('employment-standards.recovery')!.value.text.en).toContain('two years');
  });
});

describe('Ontario: the Employment Protection for Foreign Nationals Act, 2009 is still in force', () => {
  it('names the 2009 Act as current law and no "replacement" of it', () => {
    const extension = jurisdictionAt('ON', '2026-12-05').param('employment-standards.limitation')!.value.extension;
    expect(extension.en).toContain('Employment Protection for Foreign Nationals Act, 2009');
    expect(extension.en).not.toMatch(/replace/i);
    expect(extension.fr).toContain('Loi de 2009 sur la protection des ressortissants étrangers');
  });
});

describe('British Columbia ESA s. 80: how far back the director may order wages (IGM "Text of Legislation", read 5 Dec 2026)', () => {
  const recovery = (day: string) => jurisdictionAt('BC', day).param('employment-standards.recovery')!;
  it('today: 12 months before the earlier of the complaint or the end of employment, in the words of s. 80(1)', () => {
    const r = recovery('2026-12-05');
    expect(r.value.text.en).toContain('12 months');
    expect(r.verification).toBe('official-text');
    expect(r.citations[0]!.pinpoint).toContain('12 months before the earlier of the date of the complaint or the termination of the employment');
    expect(r.citations[0]!.lastReviewed).toBe('2026-12-05');
  });
  it('on 29 May 2019 the former 6-month wording, also read in the manual', () => {
    const r = recovery('2019-05-29');
    expect(r.value.text.en).toContain('6 months');
    expect(r.verification).toBe('official-text');
    expect(r.citations[0]!.pinpoint).toContain('6 months before the earlier of the date of the complaint or the termination of the employment');
  });
  it('a complaint delivered before 30 May 2002 reaches back 24 months (s. 80(1.1)): the day before, on and after', () => {
    expect(recovery('2002-05-29').value.text.en).toContain('24 months');
    expect(recovery('2002-05-29').citations[0]!.pinpoint).toContain('delivered before May 30, 2002');
    expect(recovery('2002-05-30').value.text.en).toContain('6 months');
    expect(recovery('2002-05-31').value.text.en).toContain('6 months');
  });
});

describe("British Columbia ESA s. 75: the complainant's identity is kept confidential only on a written request", () => {
  it('cites s. 75(1) in the official text and leaves the value open (it depends on the request)', () => {
    const f = jurisdictionAt('BC', '2026-12-05').param('employment-standards.complaint-disclosed-to-employer')!;
    expect(f.value.disclosed).toBe('unknown');
    expect(f.verification).toBe('official-text');
    expect(f.citations[0]!.pinpoint).toContain(
      'If requested in writing by a complainant, the director must not disclose any identifying information about the complainant',
    );
  });
});

describe('Quebec LNT s. 103: the CNESST does not disclose who complained during the inquiry', () => {
  it('the employer is not told who complained, unless the employee consents (official text, English version)', () => {
    const f = jurisdictionAt('QC', '2026-12-05').param('employment-standards.complaint-disclosed-to-employer')!;
    expect(f.value.disclosed).toBe('no');
    expect(f.verification).toBe('official-text');
    expect(f.citations[0]!.pinpoint).toContain('The Commission shall not, during the inquiry, disclose the identity of an employee');
    expect(f.citations[0]!.lastReviewed).toBe('2026-12-05');
  });
});

describe('Quebec small claims: the limit in the Code of Civil Procedure, in French', () => {
  const limit = (day: string) => jurisdictionAt('QC', day).param('small-claims.limit')!;
  it('the day before 1 Jan 2015: $7,000 (former art. 953 C.p.c.)', () => {
    expect(limit('2014-12-31').value.maxDollars).toBe(7_000);
    expect(limit('2014-12-31').verification).toBe('official-text');
    expect(limit('2014-12-31').citations[0]!.pinpoint).toContain('une créance qui n’excède pas 7 000 $');
  });
  it('on 1 Jan 2015 and after: $15,000 (art. 953 as amended by 2014, c. 10; art. 538 of the new Code)', () => {
    for (const day of ['2015-01-01', '2015-01-02', '2026-12-05']) {
      expect(limit(day).value.maxDollars).toBe(15_000);
      expect(limit(day).verification).toBe('official-text');
    }
    expect(limit('2015-01-01').citations[0]!.pinpoint).toContain('une créance qui n’excède pas 15 000 $');
  });
  it('warns that the limit is indexed since 2023 and may have risen', () => {
    const verify = limit('2026-12-05').verify!;
    expect(verify.en).toContain('539.1');
    expect(verify.fr).toContain('539.1');
  });
});

describe('Alberta Limitations Act s. 3: two years from discovery, ten years ultimate (no longer only the research notes)', () => {
  it('cites the basic and ultimate periods as described by the Government of Alberta and a law firm (secondary, read 5 Dec 2026)', () => {
    const f = jurisdictionAt('AB', '2026-12-05').param('civil.limitation')!;
    expect(f.value.months).toBe(24);
    expect(f.verification).toBe('secondary');
    const pinpoints = f.citations.map((c) => c.pinpoint).join(' ');
    expect(pinpoints).toContain('must be started within two years from when the person knows of the incident');
    expect(pinpoints).toContain('within 10 years from the date the claim arose');
    expect(f.citations.every((c) => c.source !== 'Harbour research notes, shared/research/remedies.md')).toBe(true);
    expect(f.value.rule.en).toContain('10 years');
    expect(f.value.rule.fr).toContain('10 ans');
  });
});
