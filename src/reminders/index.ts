// Reminders (issue 17): the daily job that gives each person the reminders they chose, in the
// app and by e-mail, and the routes of notifications and preferences. See docs/calendar.md.
export { remindersRoutes } from './routes';
export { giveReminders } from './give-reminders';
