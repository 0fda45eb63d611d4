import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../platform/form';
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

/** Lower case, without accents: "recours" finds "Recours", "equite" finds "équité". */
const folded = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** The remedies whose name or description, in the language shown, contains every word typed. */
export function searchRemedies(remedies: RemedySummary[], query: string, lang: string): RemedySummary[] {
  const words = folded(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return remedies;
  return remedies.filter((r) => {
    const text = folded(`${pick(r.name, lang)} ${pick(r.description, lang)}`);
    return words.every((word) => text.includes(word));
  });
}

export default function KnowledgeRemediesPage() {
  const { t, i18n } = useTranslation('knowledge');
  useDocumentTitle(t('title'));
  const remedies = useRemedies();
  const jurisdictions = useJurisdictions();
  const lang = i18n.language;
  const [query, setQuery] = useState('');
  const found = remedies.data ? searchRemedies(remedies.data.remedies, query, lang) : [];
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
          <div role="search" aria-label={t('search.label')}>
            <Field
              label={t('search.field')}
              name="q"
              type="search"
              autoComplete="off"
              maxLength={100}
              hint={t('search.hint')}
              value={query}
              onChange={(e) => setQuery(e.target.value)}
            />
          </div>
          <p role="status" className="muted">
            {query.trim() ? t('search.found', { count: found.length }) : ''}
          </p>
          <h2>{t('remedies.federal')}</h2>
          <RemedyCards remedies={found.filter((r) => r.scope === 'federal')} lang={lang} />
          <h2>{t('remedies.provincial')}</h2>
          <p className="muted">{t('remedies.provincialHint')}</p>
          <RemedyCards remedies={found.filter((r) => r.scope === 'provincial')} lang={lang} />
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
