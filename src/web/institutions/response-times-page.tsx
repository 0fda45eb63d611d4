import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../shell/document-title';
import { LoadFailed, Loading } from '../shell/guards';
import { useResponseTimes, type ResponseTimeFigure } from './api';
import './institutions.css';

/**
 * Response times for advocacy: per institution and kind of request, the median and 90th
 * percentile days to answer. Bars are drawn with CSS beside a table that holds every number, so
 * the figures read the same without the picture.
 */
export function ResponseTimesPage() {
  const { t } = useTranslation('institutions');
  useDocumentTitle(t('times.title'));
  const times = useResponseTimes();
  const figures = times.data?.figures ?? [];
  const longest = Math.max(1, ...figures.map((f) => f.p90Days ?? 0));
  const name = (f: ResponseTimeFigure) =>
    `${t(`institution.${f.institution}`, { defaultValue: f.institution })} · ${t(`kind.${f.kind}`, { defaultValue: f.kind })}`;
  return (
    <section className="stack" aria-labelledby="times-heading">
      <h1 id="times-heading" tabIndex={-1}>
        {t('times.title')}
      </h1>
      <p className="lede">{t('times.intro', { min: times.data?.minCases ?? 5 })}</p>
      {times.isPending ? <Loading /> : null}
      {times.isError ? <LoadFailed error={times.error} /> : null}
      {times.data && figures.length === 0 ? <p className="card card--calm">{t('times.none')}</p> : null}
      {figures.length > 0 ? (
        <table className="response-times">
          <caption>{t('times.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('times.request')}</th>
              <th scope="col">{t('times.median')}</th>
              <th scope="col">{t('times.p90')}</th>
              <th scope="col">{t('times.cases')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('times.chart')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {figures.map((f) => (
              <tr key={`${f.institution}-${f.kind}`}>
                <th scope="row">{name(f)}</th>
                {f.shown ? (
                  <>
                    <td>{t('times.days', { count: f.medianDays })}</td>
                    <td>{t('times.days', { count: f.p90Days })}</td>
                    <td>{f.cases}</td>
                    <td aria-hidden="true" className="response-times__bars">
                      <span className="bar bar--median" style={{ width: `${((f.medianDays ?? 0) / longest) * 100}%` }} />
                      <span className="bar bar--p90" style={{ width: `${((f.p90Days ?? 0) / longest) * 100}%` }} />
                    </td>
                  </>
                ) : (
                  <td colSpan={4} className="muted">
                    {t('times.withheld', { min: times.data?.minCases ?? 5 })}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {figures.some((f) => f.shown) ? <p className="muted">{t('times.legend')}</p> : null}
    </section>
  );
}
