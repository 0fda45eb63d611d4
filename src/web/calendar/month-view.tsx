import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { currentLanguage } from '../platform/i18n';
import { LoadFailed, Loading } from '../shell/guards';
import { useCalendar } from './api';
import { ItemLine } from './items';
import { addMonths, formatLongDay, formatMonth, groupByDay, localToday, monthGrid, monthRange, weekdayNames } from './model';

/**
 * A month as a real table: one column header per weekday, one row per week, each day's cell
 * listing its items. Previous and next month are buttons; every item is a link, so the whole
 * month is usable with the keyboard alone.
 */
export function MonthView({ month }: { month: string }) {
  const { t } = useTranslation('calendar');
  const navigate = useNavigate();
  const lang = currentLanguage();
  const items = useCalendar(monthRange(month), lang);
  const byDay = new Map(groupByDay(items.data ?? []).map((group) => [group.day, group.items]));
  const today = localToday();
  const go = (months: number) => navigate(`/calendar?view=month&month=${addMonths(month, months)}`);
  const monthName = formatMonth(month, lang);

  return (
    <section aria-labelledby="calendar-month-heading">
      <div className="calendar-month__bar">
        <button type="button" className="button" onClick={() => go(-1)}>
          <span aria-hidden="true">← </span>
          {t('month.previous')}
        </button>
        <h2 id="calendar-month-heading" aria-live="polite">
          {monthName}
        </h2>
        <button type="button" className="button" onClick={() => go(1)}>
          {t('month.next')}
          <span aria-hidden="true"> →</span>
        </button>
      </div>
      {items.isPending ? <Loading /> : null}
      {items.isError ? <LoadFailed error={items.error} /> : null}
      {items.data && items.data.length === 0 ? <p className="card card--calm">{t('month.empty', { month: monthName })}</p> : null}
      <div className="table-wrap">
        <table className="calendar-month">
          <caption className="visually-hidden">{t('month.caption', { month: monthName })}</caption>
          <thead>
            <tr>
              {weekdayNames(lang).map((name) => (
                <th key={name.long} scope="col">
                  <span aria-hidden="true">{name.short}</span>
                  <span className="visually-hidden">{name.long}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {monthGrid(month).map((week, row) => (
              <tr key={week.find(Boolean) ?? row}>
                {week.map((day, column) => {
                  if (!day) return <td key={`blank-${column}`} className="calendar-month__blank" />;
                  const dayItems = byDay.get(day) ?? [];
                  return (
                    <td key={day} aria-current={day === today ? 'date' : undefined} className={day === today ? 'calendar-month__today' : undefined}>
                      <time dateTime={day} className="calendar-month__day">
                        <span aria-hidden="true">{Number(day.slice(8, 10))}</span>
                        <span className="visually-hidden">{formatLongDay(day, lang)}</span>
                      </time>
                      {dayItems.length > 0 ? (
                        <ul className="calendar-month__items">
                          {dayItems.map((item, index) => (
                            <li key={`${item.caseCode}-${item.id ?? item.deadlineId ?? item.kind}-${index}`} className="calendar-item">
                              <ItemLine item={item} compact />
                            </li>
                          ))}
                        </ul>
                      ) : null}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
