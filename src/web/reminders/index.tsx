import type { Capability } from '../shell/capability';
import { NotificationsPage } from './notifications-page';

/**
 * Reminders: my notifications (the header's bell links here). My reminder choices are a section
 * of the account page (preferences-section.tsx).
 */
export const remindersCapability: Capability = {
  id: 'reminders',
  routes: [{ path: 'notifications', element: <NotificationsPage /> }],
};
