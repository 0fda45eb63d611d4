import type { Capability } from '../shell/capability';
import { CalendarPage } from './calendar-page';

const CASE_ROLES = ['admin', 'lawyer', 'legal-worker', 'support-worker'] as const;

/**
 * The calendar: every dated item of my cases (computed deadlines, expiries, windows, and the
 * hearings and appointments entered by hand). The case page's Dates tab is one of the case's own
 * tabs (src/web/cases/index.tsx); the home page and the account page show the calendar's parts.
 */
export const calendarCapability: Capability = {
  id: 'calendar',
  routes: [{ path: 'calendar', element: <CalendarPage /> }],
  nav: [{ to: '/calendar', label: 'calendar:nav.calendar', roles: CASE_ROLES }],
};
