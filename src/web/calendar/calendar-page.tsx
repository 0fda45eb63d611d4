import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { currentLanguage } from '../platform/i18n';
import { useDocumentTitle } from '../shell/document-title';
import { LoadFailed, Loading } from '../shell/guards';
import { useCalendar } from './api';
import { ItemLine } from './items';
import { formatLongDay, groupByDay, localToday, MONTH_PATTERN, monthOf, nextDaysRange } from './model';
import { MonthView } from './month-view';
import './calendar.css';

/** The next 30 days, grouped by day. */
function ListView() {
  const { t } = useTranslation('calendar');
  const lang = currentLanguage();
  const range = nextDaysRange(localToday());
  const items = useCalendar(range, lang);
  return (
    <section aria-labelledby="calendar-list-heading">
      <h2 id="calendar-list-heading">{t('list.heading')}</h2>
      <p className="muted">{t('list.range', { from: formatLongDay(range.from, lang), to: formatLongDay(range.to, lang) })}</p>
      {items.isPending ? <Loading /> : null}
      {items.isError ? <LoadFailed error={items.error} /> : null}
      {items.data && items.data.length === 0 ? <p className="card card--calm">{t('list.empty')}</p> : null}
      {items.data
        ? groupByDay(items.data).map((group) => (
            <section key={group.day} className="calendar-day" aria-labelledby={`day-${group.day}`}>
              <h3 id={`day-${group.day}`}>
                <time dateTime={group.day}>{formatLongDay(group.day, lang)}</time>
              </h3>
              <ul className="calendar-items">
                {group.items.map((item, index) => (
                  <li key={`${item.caseCode}-${item.id ?? item.deadlineId ?? item.kind}-${index}`} className="calendar-item">
                    <ItemLine item={item} />
                  </li>
                ))}
              </ul>
            </section>
          ))
        : null}
    </section>
  );
}

/** Every dated item across my cases, as a list of the next 30 days or a month at a time. */
export function CalendarPage() {
  const { t } = useTranslation('calendar');
  useDocumentTitle(t('title'));
  const [params] = useSearchParams();
  const view = params.get('view') === 'month' ? 'month' : 'list';
  const requested = params.get('month') ?? '';
  const month = MONTH_PATTERN.test(requested) ? requested : monthOf(localToday());
  return (
    <section className="page calendar-page">
      <h1 tabIndex={-1}>{t('title')}</h1>
      <p className="lede">{t('intro')}</p>
      <nav className="calendar-views" aria-label={t('views.label')}>
        <ul>
          <li>
            <Link to="/calendar" aria-current={view === 'list' ? 'page' : undefined}>
              {t('views.list')}
            </Link>
          </li>
          <li>
            <Link to={`/calendar?view=month&month=${month}`} aria-current={view === 'month' ? 'page' : undefined}>
              {t('views.month')}
            </Link>
          </li>
        </ul>
      </nav>
      {view === 'month' ? <MonthView month={month} /> : <ListView />}
    </section>
  );
}
