// The calendar's shapes (GET /api/calendar, /api/cases/:code/dates, /api/calendar/feed) and the
// pure arithmetic of its views: days, months, the month grid and grouping by day. Calendar days
// are YYYY-MM-DD strings, computed in UTC so a day never shifts with the computer's time zone.
import { formatLongDay as formatLongDayIn, formatMonth as formatMonthIn, formatTime as formatTimeIn, weekdayOf } from '../../core/dates/format';

export const MANUAL_KINDS = ['hearing', 'appointment', 'filing', 'decision-expected', 'follow-up', 'other'] as const;
export type ManualKind = (typeof MANUAL_KINDS)[number];
export type ComputedKind = 'deadline' | 'permit-expiry' | 'removal' | 'refugee-claim-window';

/** A date entered by hand on a case. The note is sensitive: it travels in request bodies only. */
export interface CaseDate {
  id: string;
  kind: ManualKind;
  date: string;
  time?: string;
  note?: string;
}

/** One dated item of the calendar; `label` is already in the language asked for. */
export interface CalendarItem {
  caseCode: string;
  date: string;
  kind: ManualKind | ComputedKind | (string & {});
  source: 'computed' | 'manual' | 'institution';
  label: string;
  remedyId?: string;
  deadlineId?: string;
  basis?: string;
  citation?: string;
  id?: string;
  /** Not in the calendar's contract today; shown when a server sends it. */
  time?: string;
}

export interface FeedState {
  active: boolean;
  createdAt?: string;
}

export const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
export const TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;
export const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;

const pad = (n: number) => String(n).padStart(2, '0');
const toDay = (date: Date) => `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
const fromDay = (day: string) => new Date(Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))));

/** The calendar day `days` after (or before, when negative) `day`. */
export function addDays(day: string, days: number): string {
  const date = fromDay(day);
  date.setUTCDate(date.getUTCDate() + days);
  return toDay(date);
}

/** "2026-12" for "2026-12-05". */
export const monthOf = (day: string) => day.slice(0, 7);

/** The month `months` after (or before) `month` (YYYY-MM). */
export function addMonths(month: string, months: number): string {
  const date = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1 + months, 1));
  return toDay(date).slice(0, 7);
}

/** First and last day of a month (YYYY-MM). */
export function monthRange(month: string): { from: string; to: string } {
  const from = `${month}-01`;
  return { from, to: addDays(`${addMonths(month, 1)}-01`, -1) };
}

/** Today and the next 30 days: the list view and the home page. */
export const nextDaysRange = (today: string, days = 30) => ({ from: today, to: addDays(today, days) });

/**
 * The weeks of a month as rows of 7 cells (weeks starting on `weekStart`, 0 = Sunday): a day of
 * the month, or null for the cells before the first and after the last.
 */
export function monthGrid(month: string, weekStart = 0): (string | null)[][] {
  const { from, to } = monthRange(month);
  const lead = (fromDay(from).getUTCDay() - weekStart + 7) % 7;
  const cells: (string | null)[] = Array.from({ length: lead }, () => null);
  for (let day = from; day <= to; day = addDays(day, 1)) cells.push(day);
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: (string | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}

/** Items grouped by day, days in order, each day's items by time (untimed first) as they came. */
export function groupByDay<T extends { date: string; time?: string }>(items: readonly T[]): { day: string; items: T[] }[] {
  const days = new Map<string, T[]>();
  for (const item of [...items].sort((a, b) => a.date.localeCompare(b.date) || (a.time ?? '').localeCompare(b.time ?? ''))) {
    const day = item.date.slice(0, 10);
    days.set(day, [...(days.get(day) ?? []), item]);
  }
  return [...days].map(([day, dayItems]) => ({ day, items: dayItems }));
}

/** The calendar's address for a range and language; nothing about a client is ever in it. */
export const calendarPath = (range: { from: string; to: string }, lang: string) =>
  `/api/calendar?${new URLSearchParams({ from: range.from, to: range.to, lang }).toString()}`;

// One date format per language: the shared formatter (core/dates/format.ts, ADR 0020).
/** "Saturday 5 Dec 2026" / "samedi 5 déc. 2026". */
export const formatLongDay = (day: string, lang: string) => formatLongDayIn(day.slice(0, 10), lang);

/** "December 2026" / "décembre 2026". */
export const formatMonth = (month: string, lang: string) => formatMonthIn(month, lang);

/** "09:30" / "9 h 30" for "09:30"; what was stored when it is not a time. */
export const formatTime = (time: string, lang: string): string => (TIME_PATTERN.test(time) ? formatTimeIn(time, lang) : time);

/** The weekday names in grid order, long and short ("Sunday", "Sun"). */
export function weekdayNames(lang: string, weekStart = 0): { long: string; short: string }[] {
  // 2023-01-01 was a Sunday.
  return Array.from({ length: 7 }, (_, i) => {
    const day = `2023-01-0${1 + ((weekStart + i) % 7)}`;
    return { long: weekdayOf(day, lang, 'long'), short: weekdayOf(day, lang, 'short') };
  });
}

/** Today as a calendar day in the computer's own time zone (the day the practitioner is living). */
export function localToday(now = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
