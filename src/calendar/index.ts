// The calendar capability (issue 17): dates entered by hand on a case, every dated item across
// my cases (computed by the legal core from the current facts, and entered by hand), and a
// private iCalendar feed. See docs/calendar.md.
export { calendarRoutes } from './routes';
