import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isApiError } from '../platform/api';
import { currentLanguage } from '../platform/i18n';
import { LoadFailed, Loading } from '../shell/guards';
import { useCalendar } from './api';
import { ItemLine } from './items';
import { formatLongDay, localToday, nextDaysRange } from './model';
import './calendar.css';

const SHOWN = 8;

/** The home page's "Next 30 days": the first few dated items of my cases, and the way to the calendar. */
export function NextDays() {
  const { t } = useTranslation('calendar');
  const lang = currentLanguage();
  const items = useCalendar(nextDaysRange(localToday()), lang);
  const shown = items.data?.slice(0, SHOWN) ?? [];
  const more = (items.data?.length ?? 0) - shown.length;
  // A role the calendar is not for: the home page simply has no such section.
  if (isApiError(items.error, 'forbidden')) return null;
  return (
    <section aria-labelledby="next-days-heading" className="next-days">
      <h2 id="next-days-heading">{t('home.heading')}</h2>
      {items.isPending ? <Loading /> : null}
      {items.isError ? <LoadFailed error={items.error} /> : null}
      {items.data && items.data.length === 0 ? <p>{t('home.empty')}</p> : null}
      {shown.length > 0 ? (
        <ul className="calendar-items calendar-items--home">
          {shown.map((item, index) => (
            <li key={`${item.caseCode}-${item.id ?? item.deadlineId ?? item.kind}-${index}`} className="calendar-item">
              <time dateTime={item.date} className="calendar-item__date">
                {formatLongDay(item.date, lang)}
              </time>{' '}
              <ItemLine item={item} />
            </li>
          ))}
        </ul>
      ) : null}
      <p>
        <Link to="/calendar">{more > 0 ? t('home.more', { count: more }) : t('home.link')}</Link>
      </p>
    </section>
  );
}
