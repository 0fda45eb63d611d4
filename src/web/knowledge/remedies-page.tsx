import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDocumentTitle } from '../shell/document-title';
import { LoadFailed, Loading } from '../shell/guards';
import { pick, useJurisdictions, useRemedies, type RemedySummary } from './api';
import { VerificationBadge } from './badges';
import { KnowledgeNav } from './knowledge-nav';

function RemedyCards({ remedies, lang }: { remedies: RemedySummary[]; lang: string }) {
  const { t } = useTranslation('knowledge');
  return (
    <ul className="cards">
      {remedies.map((r) => (
        <li className="card" key={r.id}>
          <h3>
            <Link to={`/knowledge/remedies/${r.id}`}>{pick(r.name, lang)}</Link>
          </h3>
          <p>{pick(r.description, lang)}</p>
          <p className="badge-counts">
            <span className="visually-hidden">{t('counts.label')} </span>
            {(['official-text', 'secondary', 'unverified'] as const).map((v) => (
              <span key={v} className="badge-count">
                <VerificationBadge status={v} /> {r.verification[v]}
              </span>
            ))}
          </p>
        </li>
      ))}
    </ul>
  );
}

export default function KnowledgeRemediesPage() {
  const { t, i18n } = useTranslation('knowledge');
  useDocumentTitle(t('title'));
  const remedies = useRemedies();
  const jurisdictions = useJurisdictions();
  const lang = i18n.language;
  return (
    <section className="page knowledge">
      <h1 tabIndex={-1}>{t('title')}</h1>
      <p className="lede">{t('intro')}</p>
      <KnowledgeNav />
      {remedies.isPending ? <Loading /> : null}
      {remedies.isError ? <LoadFailed error={remedies.error} /> : null}
      {remedies.data ? (
        <>
          <p className="muted">{t('version', { version: remedies.data.knowledgeVersion })}</p>
          <h2>{t('remedies.federal')}</h2>
          <RemedyCards remedies={remedies.data.remedies.filter((r) => r.scope === 'federal')} lang={lang} />
          <h2>{t('remedies.provincial')}</h2>
          <p className="muted">{t('remedies.provincialHint')}</p>
          <RemedyCards remedies={remedies.data.remedies.filter((r) => r.scope === 'provincial')} lang={lang} />
        </>
      ) : null}
      <h2>{t('jurisdictions.heading')}</h2>
      {jurisdictions.isError ? <LoadFailed error={jurisdictions.error} /> : null}
      {jurisdictions.data ? (
        <ul className="jurisdiction-list">
          {jurisdictions.data.map((j) => (
            <li key={j.code}>
              <Link to={`/knowledge/jurisdictions/${j.code}`}>{pick(j.name, lang)}</Link>{' '}
              <span className={`tag tag--${j.review.status}`}>{t(`review.${j.review.status}`)}</span>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
