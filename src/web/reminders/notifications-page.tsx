import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatLongDay } from '../calendar/model';
import { describeError } from '../platform/errors';
import { currentLanguage } from '../platform/i18n';
import { useDocumentTitle } from '../shell/document-title';
import { LoadFailed, Loading } from '../shell/guards';
import { useMarkRead, useNotifications } from './api';
import './reminders.css';

/** My notifications: the reminders the daily job gave me, newest first; each marked read on its own or all at once. */
export function NotificationsPage() {
  const { t } = useTranslation('reminders');
  useDocumentTitle(t('list.title'));
  const lang = currentLanguage();
  const notifications = useNotifications(lang);
  const markRead = useMarkRead();
  const list = notifications.data?.notifications ?? [];
  return (
    <section className="stack" aria-labelledby="notifications-heading">
      <h1 id="notifications-heading" tabIndex={-1}>
        {t('list.title')}
      </h1>
      <p className="lede">{t('list.intro')}</p>
      <p>
        <Link to="/account#reminders-heading">{t('list.preferencesLink')}</Link>
      </p>
      {notifications.isPending ? <Loading /> : null}
      {notifications.isError ? <LoadFailed error={notifications.error} /> : null}
      {markRead.isError ? (
        <p role="alert" className="notice notice--problem">
          {describeError(t, markRead.error)}
        </p>
      ) : null}
      <p role="status" className="muted">
        {notifications.data ? t('list.unread', { count: notifications.data.unread }) : ''}
      </p>
      {notifications.data && notifications.data.unread > 0 ? (
        <p>
          <button type="button" className="button" onClick={() => markRead.mutate(undefined)} disabled={markRead.isPending}>
            {t('list.markAllRead')}
          </button>
        </p>
      ) : null}
      {notifications.data && list.length === 0 ? <p className="card card--calm">{t('list.empty')}</p> : null}
      <ul className="plain-list">
        {list.map((n) => (
          <li key={n.id} className={`card notification${n.read ? '' : ' notification--unread'}`}>
            <p>
              {n.read ? null : <span className="tag">{t('list.new')}</span>} <Link to={`/cases/${encodeURIComponent(n.caseCode)}/dates`}>{n.caseCode}</Link> ·{' '}
              {t(`kinds.${n.kind}`, { defaultValue: n.label })} · <time dateTime={n.date}>{formatLongDay(n.date, lang)}</time>
            </p>
            <p className="muted">{t('list.daysBefore', { count: n.daysBefore })}</p>
            {n.read ? null : (
              <button type="button" className="button button--quiet" onClick={() => markRead.mutate(n.id)} disabled={markRead.isPending}>
                {t('list.markRead', { code: n.caseCode })}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
