import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDocumentTitle } from '../shell/document-title';
import { LoadFailed, Loading } from '../shell/guards';
import { pick, useJurisdictions, useReport } from './api';
import { VerificationBadge } from './badges';
import { KnowledgeNav } from './knowledge-nav';
import { formatDay } from '../platform/dates';

const LEVELS = ['official-text', 'secondary', 'unverified'] as const;

type Counts = { counts: Record<(typeof LEVELS)[number], number>; notFound: number };
const checkedHead = (t: (key: string) => string) => <abbr title={t('report.checkedHelp')}>{t('report.checked')}</abbr>;
/** A value not found in official sources is counted in its own column, not also as unverified. */
const shown = (row: Counts, v: (typeof LEVELS)[number]) => (v === 'unverified' ? row.counts.unverified - row.notFound : row.counts[v]);

export default function KnowledgeReportPage() {
  const { t, i18n } = useTranslation('knowledge');
  useDocumentTitle(t('report.title'));
  const report = useReport();
  const names = useJurisdictions().data;
  const nameOf = (code: string) => {
    if (code === 'federal') return t('scope.federal');
    const j = names?.find((x) => x.code === code);
    return j ? pick(j.name, i18n.language) : code;
  };
  const data = report.data;
  return (
    <section className="page knowledge">
      <h1 tabIndex={-1}>{t('report.title')}</h1>
      <p className="lede">{t('report.intro')}</p>
      <KnowledgeNav />
      {report.isPending ? <Loading /> : null}
      {report.isError ? <LoadFailed error={report.error} /> : null}
      {data ? (
        <>
          <p>{t('report.asOf', { date: formatDay(data.asOf), days: data.staleAfterDays })}</p>
          <div className="table-wrap" role="region" aria-labelledby="report-caption" tabIndex={0}>
            <table className="stacking-table report-table">
              <caption id="report-caption">{t('report.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('report.jurisdiction')}</th>
                  <th scope="col">{t('report.review')}</th>
                  {LEVELS.map((v) => (
                    <th scope="col" key={v}>
                      <VerificationBadge status={v} />
                    </th>
                  ))}
                  <th scope="col">{checkedHead(t)}</th>
                  <th scope="col">
                    <abbr title={t('report.notFoundHelp')}>{t('report.notFound')}</abbr>
                  </th>
                  <th scope="col">{t('report.stale')}</th>
                  <th scope="col">
                    <abbr title={t('report.startNotResearchedHelp')}>{t('report.startNotResearched')}</abbr>
                  </th>
                  <th scope="col">
                    <abbr title={t('report.reviewNotRecordedHelp')}>{t('report.reviewNotRecorded')}</abbr>
                  </th>
                  <th scope="col">{t('report.total')}</th>
                </tr>
              </thead>
              <tbody>
                {Object.entries(data.byJurisdiction).map(([code, row]) => (
                  <tr key={code} className={row.review === 'reviewed' ? undefined : 'row--not-reviewed'}>
                    <th scope="row">{code === 'federal' ? nameOf(code) : <Link to={`/knowledge/jurisdictions/${code}`}>{nameOf(code)}</Link>}</th>
                    <td data-label={t('report.review')}>
                      <span className={`tag tag--${row.review}`}>{t(`review.${row.review}`)}</span>
                    </td>
                    {LEVELS.map((v) => (
                      <td key={v} data-label={t(`verification.${v}.label`)}>
                        {shown(row, v)}
                      </td>
                    ))}
                    <td data-label={t('report.checked')}>{row.checked}</td>
                    <td data-label={t('report.notFound')}>{row.notFound}</td>
                    <td data-label={t('report.stale')}>{row.stale}</td>
                    <td data-label={t('report.startNotResearched')}>{row.starts.notResearched}</td>
                    <td data-label={t('report.reviewNotRecorded')}>{row.reviewNotRecorded}</td>
                    <td data-label={t('report.total')}>{row.review === 'reviewed' ? row.total : t('report.nothingEncoded')}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">{t('report.totals')}</th>
                  <td />
                  {LEVELS.map((v) => (
                    <td key={v} data-label={t(`verification.${v}.label`)}>
                      {shown({ counts: data.totals, notFound: data.totals.notFound }, v)}
                    </td>
                  ))}
                  <td data-label={t('report.checked')}>{data.totals.checked}</td>
                  <td data-label={t('report.notFound')}>{data.totals.notFound}</td>
                  <td data-label={t('report.stale')}>{data.totals.stale}</td>
                  <td data-label={t('report.startNotResearched')}>{data.totals.starts.notResearched}</td>
                  <td data-label={t('report.reviewNotRecorded')}>{data.totals.reviewNotRecorded}</td>
                  <td data-label={t('report.total')}>{data.totals.total}</td>
                </tr>
              </tfoot>
            </table>
          </div>
          <p>
            {t('report.datesSummary', {
              total: data.totals.total,
              researched: data.totals.starts.researched,
              notResearched: data.totals.starts.notResearched,
              recorded: data.totals.total - data.totals.reviewNotRecorded,
              notRecorded: data.totals.reviewNotRecorded,
            })}
          </p>
          {data.staleFacts.length ? (
            <>
              <h2>{t('report.staleHeading')}</h2>
              <ul className="mono-list">
                {data.staleFacts.map((f) => (
                  <li key={f}>{f}</li>
                ))}
              </ul>
            </>
          ) : (
            <p className="muted">{t('report.noStale')}</p>
          )}
        </>
      ) : null}
    </section>
  );
}
