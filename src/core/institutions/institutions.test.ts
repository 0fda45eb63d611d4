import { describe, expect, it } from 'vitest';
import { addDays, type IsoDate } from '../dates/iso-date';
import { ACCESS_TO_INFORMATION_PERIODS, accessToInformationDueOn } from './access-to-information';
import { MIN_CASES, nearestRank, responseTimesOf, type AnsweredRequest } from './response-times';

describe('the access-to-information answer date (Access to Information Act s. 7, s. 9)', () => {
  it('is 30 days after the request, excluding the day it was sent', () => {
    expect(accessToInformationDueOn('2026-12-05' as IsoDate)?.date).toBe('2027-01-04');
    expect(accessToInformationDueOn('2027-01-31' as IsoDate)?.date).toBe('2027-03-02');
  });
  it('adds the extension the institution gave notice of', () => {
    expect(accessToInformationDueOn('2026-12-05' as IsoDate, 60)?.date).toBe('2027-03-05');
  });
  it('applies from 2019-06-21 with no gap up to today, and is not computed before the recorded period', () => {
    expect(accessToInformationDueOn('2019-06-20' as IsoDate)).toBeUndefined();
    for (let d = '2019-06-21' as IsoDate; d <= '2027-12-31'; d = addDays(d, 17)) {
      expect(ACCESS_TO_INFORMATION_PERIODS.filter((p) => p.effective.from <= d && (!p.effective.until || d < p.effective.until))).toHaveLength(1);
    }
  });
  it('cites s. 7 and s. 9(1) in both official languages, with a review date', () => {
    const [period] = ACCESS_TO_INFORMATION_PERIODS;
    expect(period!.citations.map((c) => c.pinpoint)).toEqual(['s. 7', 's. 9(1)']);
    expect(period!.citations[0]!.quote.en).toContain('within 30 days after the request is received');
    expect(period!.citations[0]!.quote.fr).toContain('dans les trente jours suivant sa réception');
    expect(period!.lastReviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

const answers = (cases: number, days: (i: number) => number, institution = 'ircc', kind = 'access-to-information'): AnsweredRequest[] =>
  Array.from({ length: cases }, (_, i) => ({ institution, kind, caseId: `case-${i}`, days: days(i) }));

describe('response times', () => {
  it('withholds a figure resting on 4 cases, and shows it on 5 (at least MIN_CASES)', () => {
    expect(MIN_CASES).toBe(5);
    expect(responseTimesOf(answers(4, (i) => 10 + i))).toEqual([{ institution: 'ircc', kind: 'access-to-information', shown: false }]);
    expect(responseTimesOf(answers(5, (i) => 10 + i))[0]).toMatchObject({ shown: true, cases: 5, answers: 5, medianDays: 12, p90Days: 14 });
  });
  it('counts distinct cases, not answers: five answers of one case stay hidden', () => {
    const oneCase = answers(5, () => 3).map((a) => ({ ...a, caseId: 'same' }));
    expect(responseTimesOf(oneCase)[0]!.shown).toBe(false);
  });
  it('takes percentiles by nearest rank (the lower middle for an even count)', () => {
    expect(nearestRank([1, 2, 3, 4], 50)).toBe(2);
    expect(nearestRank([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90)).toBe(9);
    expect(nearestRank([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 90)).toBe(10);
    expect(nearestRank([7], 90)).toBe(7);
  });
  it('gives one figure per institution and kind of request', () => {
    const figures = responseTimesOf([...answers(5, () => 20, 'cbsa', 'information-request'), ...answers(6, () => 40)]);
    expect(figures.map((f) => [f.institution, f.kind, f.shown])).toEqual([
      ['cbsa', 'information-request', true],
      ['ircc', 'access-to-information', true],
    ]);
  });
});
