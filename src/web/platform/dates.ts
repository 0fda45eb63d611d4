// Dates in the interface language, through the one formatter every part of Harbour shares
// (core/dates/format.ts, ADR 0020). Calendar days (YYYY-MM-DD) are read as written, so a day
// never shifts with the computer's time zone; an instant is shown at this computer's local time.
import { formatDay as formatDayIn, formatInstant as formatInstantIn } from '../../core/dates/format';
import { currentLanguage } from './i18n';

export const formatDay = (day: string | null | undefined): string => formatDayIn(day, currentLanguage());

/** "5 Dec 2026, 14:30" / "5 déc. 2026, 14 h 30"; what was stored when it is not an instant. */
export function formatInstant(instant: string | null | undefined): string {
  if (!instant) return '';
  return formatInstantIn(new Date(instant), currentLanguage()) || instant;
}
