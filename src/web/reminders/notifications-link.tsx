import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useSession } from '../accounts/session';
import { currentLanguage } from '../platform/i18n';
import { useNotifications } from './api';
import { REMINDER_ROLES } from './roles';
import './reminders.css';

/** The header's bell: a link to my notifications, with the number unread in its accessible name. */
export function NotificationsLink() {
  const { t } = useTranslation('reminders');
  const session = useSession().data;
  const enabled = session?.stage === 'active' && REMINDER_ROLES.has(session.user.role);
  const notifications = useNotifications(currentLanguage(), enabled);
  if (!enabled) return null;
  const unread = notifications.data?.unread ?? 0;
  return (
    <NavLink to="/notifications" className="button button--quiet notifications-link">
      <span aria-hidden="true">🔔</span> {unread > 0 ? t('bell.unread', { count: unread }) : t('bell.label')}
    </NavLink>
  );
}
