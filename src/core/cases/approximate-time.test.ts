import { describe, expect, it } from 'vitest';
import { isoDate } from '../dates/iso-date';
import { approximateTime, compareApproximateTimes, mayOverlap, parseApproximateTime } from './approximate-time';

const span = (label: string) => {
  const t = parseApproximateTime(label);
  return [t.earliest, t.latest, t.precision];
};

describe('reading an approximate time', () => {
  it('reads an exact date as one day', () => expect(span('2023-05-14')).toEqual(['2023-05-14', '2023-05-14', 'day']));
  it('reads a month as its first to its last day', () => expect(span('2024-02')).toEqual(['2024-02-01', '2024-02-29', 'month']));
  it('reads a year as 1 January to 31 December', () => expect(span('2019')).toEqual(['2019-01-01', '2019-12-31', 'year']));
  it('reads "spring 2023" as March to May', () => expect(span('spring 2023')).toEqual(['2023-03-01', '2023-05-31', 'season']));
  it('reads "fall 2021" and "automne 2021" alike', () => expect(span('fall 2021')).toEqual(span('automne 2021')));
  it('reads "winter 2023" as December 2022 to March 2023 (the winter containing January)', () =>
    expect(span('Winter 2023')).toEqual(['2022-12-01', '2023-03-31', 'season']));
  it('reads "late 2020" as September to December', () => expect(span('late 2020')).toEqual(['2020-09-01', '2020-12-31', 'season']));
  it('reads "2019-2020" and "2019 to 2020" as one range over both years', () => {
    expect(span('2019-2020')).toEqual(['2019-01-01', '2020-12-31', 'range']);
    expect(span('between 2019 and 2020')).toEqual(['2019-01-01', '2020-12-31', 'range']);
  });
  it('reads "before 2018" as open-ended, ending the day before', () => expect(span('before 2018')).toEqual([null, '2017-12-31', 'range']));
  it('reads "after spring 2022" as starting the day after it ends', () => expect(span('after spring 2022')).toEqual(['2022-06-01', null, 'range']));
  it('keeps "before arriving" as a relative time with no dates', () => expect(span('before arriving')).toEqual([null, null, 'relative']));
  it('does not turn a reversed range into dates', () => expect(span('2021 to 2019')[2]).toBe('relative'));
  it('does not accept a 13th month', () => expect(span('2021-13')[2]).toBe('relative'));
});

describe('entering a time with explicit bounds', () => {
  it('lets explicit bounds win over the label', () => {
    const t = approximateTime({ label: 'when the farm closed', earliest: isoDate('2022-10-01'), latest: isoDate('2022-11-15') });
    expect(t).toEqual({ ok: true, value: { label: 'when the farm closed', earliest: '2022-10-01', latest: '2022-11-15', precision: 'range' } });
  });
  it('refuses bounds that cross', () => {
    expect(approximateTime({ label: 'x', earliest: isoDate('2022-02-01'), latest: isoDate('2022-01-01') })).toEqual({
      ok: false,
      issue: 'earliest-after-latest',
    });
  });
  it('refuses an empty label', () => expect(approximateTime({ label: '  ' })).toEqual({ ok: false, issue: 'empty-label' }));
});

describe('ordering a timeline', () => {
  it('orders by earliest day, open starts first, then by latest, and undated last', () => {
    const labels = ['before arriving', '2023', 'spring 2023', 'before 2018', '2023-03-01'];
    const sorted = labels
      .map(parseApproximateTime)
      .sort(compareApproximateTimes)
      .map((t) => t.label);
    expect(sorted).toEqual(['before 2018', '2023', '2023-03-01', 'spring 2023', 'before arriving']);
  });
  it('says that a year and a season inside it may overlap, and two separate years may not', () => {
    expect(mayOverlap(parseApproximateTime('2023'), parseApproximateTime('spring 2023'))).toBe(true);
    expect(mayOverlap(parseApproximateTime('2022'), parseApproximateTime('2023'))).toBe(false);
  });
});
