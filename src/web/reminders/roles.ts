/** Reminders concern the dates of one's cases: for the roles that work on cases. */
export const REMINDER_ROLES: ReadonlySet<string> = new Set(['admin', 'lawyer', 'legal-worker', 'support-worker']);
