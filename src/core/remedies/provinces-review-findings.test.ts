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
