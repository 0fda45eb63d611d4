import { describe, expect, it } from 'vitest';
import { formatDay, formatDayTime, formatInstant, formatLongDay, formatMonth, formatTime, utcDayOf, weekdayOf } from './format';

describe('formatDay', () => {
  it('writes a day as "5 Dec 2026" in English and "5 déc. 2026" in French', () => {
    expect(formatDay('2026-12-05', 'en')).toBe('5 Dec 2026');
    expect(formatDay('2026-12-05', 'fr')).toBe('5 déc. 2026');
  });

  it('writes every month of the year with its own abbreviation in each language', () => {
    const months = Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}-15`);
    expect(months.map((m) => formatDay(m, 'en'))).toEqual(
      ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'].map((m) => `15 ${m} 2026`),
    );
    expect(months.map((m) => formatDay(m, 'fr'))).toEqual(
      ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'].map((m) => `15 ${m} 2026`),
    );
  });

  it('writes the first of the month as "1er" in French', () => {
    expect(formatDay('2027-01-01', 'fr')).toBe('1er janv. 2027');
    expect(formatDay('2027-01-01', 'en')).toBe('1 Jan 2027');
  });

  it('reads the day of an ISO instant without shifting it through a time zone', () => {
    expect(formatDay('2026-12-05T23:59:00.000Z', 'en')).toBe('5 Dec 2026');
  });

  it('accepts a regional language tag (fr-CA, en-CA)', () => {
    expect(formatDay('2026-03-09', 'fr-CA')).toBe('9 mars 2026');
    expect(formatDay('2026-03-09', 'en-CA')).toBe('9 Mar 2026');
  });

  it('writes ISO 8601 in a language without a reviewed table (the options sheet draft languages)', () => {
    for (const lang of ['es', 'tl', 'zh-Hans', 'pa']) expect(formatDay('2026-12-05', lang)).toBe('2026-12-05');
  });

  it('returns what it was given when that is not a calendar day, and nothing for nothing', () => {
    expect(formatDay('2026-02-30', 'en')).toBe('2026-02-30');
    expect(formatDay('spring 2023', 'fr')).toBe('spring 2023');
    expect(formatDay('', 'en')).toBe('');
    expect(formatDay(null, 'en')).toBe('');
    expect(formatDay(undefined, 'fr')).toBe('');
  });

  it('knows 29 February in a leap year only', () => {
    expect(formatDay('2028-02-29', 'en')).toBe('29 Feb 2028');
    expect(formatDay('2027-02-29', 'en')).toBe('2027-02-29');
  });
});

describe('formatTime and formatDayTime', () => {
  it('writes a 24-hour time as "14:30" in English and "14 h 30" in French', () => {
    expect(formatTime('14:30', 'en')).toBe('14:30');
    expect(formatTime('09:05', 'fr')).toBe('9 h 05');
    expect(formatTime('09:05', 'en')).toBe('09:05');
  });

  it('returns an impossible time unchanged', () => {
    expect(formatTime('25:00', 'en')).toBe('25:00');
    expect(formatTime('noon', 'fr')).toBe('noon');
  });

  it('joins the day and the time with a comma', () => {
    expect(formatDayTime('2026-12-05', '14:30', 'en')).toBe('5 Dec 2026, 14:30');
    expect(formatDayTime('2026-12-05', '14:30', 'fr')).toBe('5 déc. 2026, 14 h 30');
    expect(formatDayTime('2026-12-05', '14:30', 'es')).toBe('2026-12-05 14:30');
  });
});

describe('formatInstant', () => {
  it('writes an instant at the local wall-clock time of the computer showing it', () => {
    const instant = new Date(2026, 11, 5, 14, 30); // built from local parts: the same in every time zone
    expect(formatInstant(instant, 'en')).toBe('5 Dec 2026, 14:30');
    expect(formatInstant(instant, 'fr')).toBe('5 déc. 2026, 14 h 30');
  });

  it('gives nothing for an invalid instant', () => {
    expect(formatInstant(new Date('not a date'), 'en')).toBe('');
  });
});

describe('formatMonth, weekdayOf and formatLongDay', () => {
  it('names a month in full with its year', () => {
    expect(formatMonth('2026-12', 'en')).toBe('December 2026');
    expect(formatMonth('2026-12', 'fr')).toBe('décembre 2026');
    expect(formatMonth('2026-13', 'fr')).toBe('2026-13');
  });

  it('names the day of the week of a calendar day, long and short', () => {
    expect(weekdayOf('2026-12-05', 'en')).toBe('Saturday');
    expect(weekdayOf('2026-12-05', 'fr', 'short')).toBe('sam.');
    expect(weekdayOf('2026-12-06', 'en', 'short')).toBe('Sun');
  });

  it('heads a day with its weekday and the one day format', () => {
    expect(formatLongDay('2026-12-05', 'en')).toBe('Saturday 5 Dec 2026');
    expect(formatLongDay('2026-12-05', 'fr')).toBe('samedi 5 déc. 2026');
  });
});

describe('utcDayOf', () => {
  it('gives the UTC calendar day of an instant, for machines', () => {
    expect(utcDayOf(new Date('2026-12-05T23:59:59.999Z'))).toBe('2026-12-05');
    expect(utcDayOf(new Date('0999-01-02T00:00:00Z'))).toBe('0999-01-02');
  });
});
