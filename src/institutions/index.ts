// The institution log (issue 17): each case's requests and submissions to institutions and their
// answers, the access-to-information answer date and follow-ups in the calendar, and the
// organisation's response times for advocacy. See docs/calendar.md.
export { institutionsRoutes } from './routes';
