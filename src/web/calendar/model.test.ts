import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  calendarPath,
  formatLongDay,
  formatMonth,
  formatTime,
  groupByDay,
  localToday,
  monthGrid,
  monthRange,
  nextDaysRange,
  weekdayNames,
} from './model';

describe('calendar days and months', () => {
  it('adds days across months, years and a leap day', () => {
    expect(addDays('2026-12-05', 30)).toBe('2027-01-04');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('moves between months across the year', () => {
    expect(addMonths('2026-12', 1)).toBe('2027-01');
    expect(addMonths('2027-01', -1)).toBe('2026-12');
    expect(addMonths('2026-05', 0)).toBe('2026-05');
  });

  it('knows the first and last day of each month, February included', () => {
    expect(monthRange('2026-12')).toEqual({ from: '2026-12-01', to: '2026-12-31' });
    expect(monthRange('2028-02')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(monthRange('2026-04')).toEqual({ from: '2026-04-01', to: '2026-04-30' });
  });

  it('lists today and the next 30 days', () => {
    expect(nextDaysRange('2026-12-05')).toEqual({ from: '2026-12-05', to: '2027-01-04' });
  });

  it('reads today in the computer’s own time zone', () => {
    expect(localToday(new Date(2026, 11, 5, 23, 59))).toBe('2026-12-05');
    expect(localToday(new Date(2027, 0, 1, 0, 1))).toBe('2027-01-01');
  });
});

describe('the month grid', () => {
  it('puts December 2026 (which starts on a Tuesday) in five weeks starting on Sunday', () => {
    const weeks = monthGrid('2026-12');
    expect(weeks).toHaveLength(5);
    expect(weeks[0]).toEqual([null, null, '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04', '2026-12-05']);
    expect(weeks[4]).toEqual(['2026-12-27', '2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31', null, null]);
  });

  it('has every week of seven cells and every day of the month exactly once', () => {
    for (const month of ['2026-02', '2027-02', '2028-02', '2026-08', '2030-09']) {
      const weeks = monthGrid(month);
      expect(weeks.every((week) => week.length === 7)).toBe(true);
      const days = weeks.flat().filter(Boolean);
      const { from, to } = monthRange(month);
      expect(days[0]).toBe(from);
      expect(days.at(-1)).toBe(to);
      expect(new Set(days).size).toBe(days.length);
    }
  });

  it('needs only four rows for a February that starts on Sunday in a common year', () => {
    expect(monthGrid('2026-02')).toHaveLength(4);
  });

  it('can start weeks on Monday', () => {
    expect(monthGrid('2026-12', 1)[0]).toEqual([null, '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04', '2026-12-05', '2026-12-06']);
  });
});

describe('grouping by day', () => {
  it('orders days, and within a day puts untimed items first, then by time', () => {
    const groups = groupByDay([
      { date: '2026-12-09', label: 'c' },
      { date: '2026-12-07', time: '14:00', label: 'b' },
      { date: '2026-12-07', label: 'a' },
      { date: '2026-12-07', time: '09:30', label: 'a2' },
    ]);
    expect(groups.map((g) => g.day)).toEqual(['2026-12-07', '2026-12-09']);
    expect(groups[0]!.items.map((i) => i.label)).toEqual(['a', 'a2', 'b']);
  });

  it('gives nothing for no items', () => {
    expect(groupByDay([])).toEqual([]);
  });
});

describe('the calendar address', () => {
  it('carries only the range and the language', () => {
    expect(calendarPath({ from: '2026-12-05', to: '2027-01-04' }, 'fr')).toBe('/api/calendar?from=2026-12-05&to=2027-01-04&lang=fr');
  });
});

describe('one date format per language', () => {
  it('writes a day in English and in French, never shifted by the time zone', () => {
    expect(formatLongDay('2026-12-05', 'en')).toBe('Saturday 5 Dec 2026');
    expect(formatLongDay('2026-12-05', 'fr')).toBe('samedi 5 déc. 2026');
    expect(formatLongDay('2026-12-05T23:00:00Z', 'en')).toBe('Saturday 5 Dec 2026');
  });

  it('names the month in each language', () => {
    expect(formatMonth('2026-12', 'en')).toMatch(/December 2026/);
    expect(formatMonth('2026-12', 'fr')).toMatch(/décembre 2026/);
  });

  it('writes a time in each language, and leaves anything else as it came', () => {
    expect(formatTime('09:30', 'en')).toBe('09:30');
    expect(formatTime('14:05', 'fr')).toBe('14 h 05');
    expect(formatTime('later', 'en')).toBe('later');
  });

  it('names the days of the week in grid order', () => {
    const en = weekdayNames('en');
    expect(en.map((d) => d.long)).toEqual(['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']);
    expect(weekdayNames('fr')[1]!.long).toBe('lundi');
    expect(weekdayNames('en', 1)[0]!.long).toBe('Monday');
  });
});
