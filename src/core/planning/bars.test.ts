import { describe, expect, it } from 'vitest';
import { isoDate } from '../dates/iso-date';
import { findBars } from './bars';
import { facts } from './fixtures';

const rejectedOn = (date: string, extra = {}) => facts({ person: { priorRefugeeClaim: { outcome: 'rejected', date }, ...extra } });

describe('findBars', () => {
  it('bars hc, prra and fv-trp until the anniversary of a refused refugee claim', () => {
    const bars = findBars(rejectedOn('2026-03-01'), isoDate('2026-11-28'));
    for (const remedy of ['hc', 'prra', 'fv-trp'] as const) {
      expect(bars).toContainEqual(expect.objectContaining({ remedy, effect: 'blocks', until: '2027-03-01' }));
    }
  });

  it('only cautions about the vtip-trp, because the reach of s. 24(4) to it is unverified', () => {
    const bar = findBars(rejectedOn('2026-03-01'), isoDate('2026-11-28')).find((b) => b.remedy === 'vtip-trp');
    expect(bar?.effect).toBe('caution');
    expect(bar?.citation.verification).toBe('unverified');
  });

  it.each([
    ['2027-02-28', 4],
    ['2027-03-01', 0],
    ['2027-03-02', 0],
  ])('on %s, a claim refused on 2026-03-01 gives %i bars (barred while less than 12 months have passed)', (asOf, count) => {
    expect(findBars(rejectedOn('2026-03-01'), isoDate(asOf))).toHaveLength(count);
  });

  it('clamps the anniversary of a 29 February decision to 28 February', () => {
    expect(findBars(rejectedOn('2028-02-29'), isoDate('2028-11-28'))[0]?.until).toBe('2029-02-28');
  });

  it('treats a withdrawn claim like a rejected one for the TRP and PRRA (ss. 24(4), 112(2)(b.1)), and for the H&C only after substantive evidence was heard (s. 25(1.2)(c))', () => {
    const withdrawn = (heard?: 'yes' | 'no') =>
      findBars(
        facts({ person: { priorRefugeeClaim: { outcome: 'withdrawn', date: '2026-06-01', ...(heard ? { withdrawnAfterSubstantiveEvidence: heard } : {}) } } }),
        isoDate('2026-11-28'),
      );
    expect(withdrawn('no').map((b) => b.remedy)).toEqual(['prra', 'fv-trp', 'vtip-trp']);
    expect(withdrawn('yes').find((b) => b.remedy === 'hc')).toMatchObject({ effect: 'blocks', until: '2027-06-01' });
    expect(withdrawn().find((b) => b.remedy === 'hc')).toMatchObject({ effect: 'caution', code: 'withdrawal-evidence-unknown' });
  });

  it('keeps the bar open-ended when the date of the refugee decision is unknown', () => {
    const f = facts({ person: { priorRefugeeClaim: { outcome: 'rejected' } } });
    const hc = findBars(f, isoDate('2026-11-28')).find((b) => b.remedy === 'hc');
    expect(hc).toMatchObject({ code: 'refugee-rejection-date-unknown', effect: 'blocks' });
    expect(hc?.until).toBeUndefined();
  });

  it('notes the best-interests-of-a-child exception on the hc bar when there are dependants', () => {
    const hc = findBars(rejectedOn('2026-03-01', { dependants: true }), isoDate('2026-11-28')).find((b) => b.remedy === 'hc');
    expect(hc?.exception).toBe('best-interests-of-child');
  });

  it('bars a second prra for 12 months after a refused one', () => {
    const f = facts({ events: { prraRefused: '2026-05-10' } });
    expect(findBars(f, isoDate('2026-11-28'))).toContainEqual(expect.objectContaining({ remedy: 'prra', code: 'prra-refused-12-months', until: '2027-05-10' }));
  });
});
