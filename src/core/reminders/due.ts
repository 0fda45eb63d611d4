import { daysBetween, type IsoDate } from '../dates/iso-date';

// Which reminder of a dated item is due today. A person chooses offsets (days before the date,
// e.g. 30, 7 and 1). The reminder due is the one for the smallest offset that is at least the days
// left: 8 days before a date with offsets 30, 7, 1 that is the 30-day one; 7 days before, the
// 7-day one. A date that appears late (5 days ahead) gets the 7-day reminder at once, and never
// the 30-day one as well; a day the job did not run is caught up the next day. Each (item,
// offset) is given once: the caller stores it under a unique key.

/** The offset whose reminder is due on `today` for a date on `on`, or undefined (past, or further off than every offset). */
export function dueOffset(today: IsoDate, on: IsoDate, offsets: readonly number[]): number | undefined {
  const left = daysBetween(today, on);
  if (left < 0) return undefined;
  const covering = offsets.filter((o) => o >= left);
  return covering.length === 0 ? undefined : Math.min(...covering);
}

/** The offsets a person has when they chose nothing for a kind of date. */
export const DEFAULT_OFFSETS: readonly number[] = [7, 1];
/** The furthest a reminder may be set ahead (a year), and how many per kind. */
export const MAX_OFFSET = 365;
export const MAX_OFFSETS = 6;
