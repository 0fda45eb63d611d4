import type { IsoDate } from '../core/dates/iso-date';

/**
 * The calendar day at an instant, in the server's time zone (the clinic's): consent dates and
 * "today" for an assessment are the day the practitioner is living, not the UTC day.
 */
export function dayOf(instant: Date): IsoDate {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${instant.getFullYear()}-${p(instant.getMonth() + 1)}-${p(instant.getDate())}` as IsoDate;
}
