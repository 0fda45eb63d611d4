import type { CalendarItem } from '../calendar/model';
import type { CaseSummary } from '../cases/types';

// The cases waiting for me on the home page, from what the existing APIs give: my open cases with
// no sitting yet (the case list) and the legal dates of my cases within 14 days (the calendar).
// Only case codes and dates: nothing that identifies a person.

export const DEADLINE_WINDOW_DAYS = 14;

export interface WaitingCase {
  code: string;
  noSitting: boolean;
  /** The earliest computed legal date (deadline, permit expiry, removal, claim window) within the window. */
  deadline?: { date: string; label: string };
}

/**
 * One entry per case, those with a near legal date first (the earliest first), then the cases
 * with no sitting yet (the newest first, as the list gives them). Cases I am not on are left out.
 */
export function waitingCases(cases: readonly CaseSummary[], items: readonly CalendarItem[]): WaitingCase[] {
  const mine = new Map<string, WaitingCase>();
  for (const c of cases) if (c.status === 'open' && c.myTeamRole !== null && c.lastSittingOn === null) mine.set(c.code, { code: c.code, noSitting: true });
  const dated = items.filter((i) => i.source === 'computed').sort((a, b) => a.date.localeCompare(b.date));
  for (const item of dated) {
    const entry = mine.get(item.caseCode) ?? { code: item.caseCode, noSitting: false };
    if (!entry.deadline) entry.deadline = { date: item.date, label: item.label };
    mine.set(item.caseCode, entry);
  }
  const all = [...mine.values()];
  const withDate = all.filter((w) => w.deadline).sort((a, b) => a.deadline!.date.localeCompare(b.deadline!.date));
  return [...withDate, ...all.filter((w) => !w.deadline)];
}
