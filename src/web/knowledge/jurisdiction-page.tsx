import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useDocumentTitle } from '../shell/document-title';
import { LoadFailed, Loading } from '../shell/guards';
import { pick, useJurisdictions, type Localized } from './api';
import { DatedFact } from './dated-fact';
import { KnowledgeNav } from './knowledge-nav';

const isLocalized = (v: unknown): v is Localized => typeof v === 'object' && v !== null && 'en' in v && 'fr' in v;

/** A provincial value as plain text: bilingual parts in the reader's language, the rest as key: value. */
function ValueText({ value, lang }: { value: unknown; lang: string }) {
  const { t } = useTranslation('knowledge');
  if (isLocalized(value)) return <>{pick(value, lang)}</>;
  if (typeof value === 'boolean') return <>{t(value ? 'value.yes' : 'value.no')}</>;
  if (value === null || typeof value !== 'object') return <>{String(value)}</>;
  return (
    <dl className="value-list">
      {Object.entries(value as Record<string, unknown>).map(([k, v]) => (
        <div key={k}>
          <dt>{k}</dt>
          <dd>
            <ValueText value={v} lang={lang} />
          </dd>
        </div>
      ))}
    </dl>
  );
}

export default function KnowledgeJurisdictionPage() {
  const { code = '' } = useParams();
  const { t, i18n } = useTranslation('knowledge');
  const lang = i18n.language;
  const all = useJurisdictions();
  const j = all.data?.find((x) => x.code === code);
  useDocumentTitle(j ? pick(j.name, lang) : t('title'));
  if (all.isPending) return <Loading />;
  if (!j) return <LoadFailed error={all.error} />;
  const params = Object.entries(j.params);
  return (
    <article className="page knowledge">
      <p className="breadcrumb">
        <Link to="/knowledge">{t('title')}</Link>
      </p>
      <h1 tabIndex={-1}>{pick(j.name, lang)}</h1>
      <KnowledgeNav />
      <p>
        <span className={`tag tag--${j.review.status}`}>{t(`review.${j.review.status}`)}</span> {pick(j.review.note, lang)}
      </p>
      {j.review.status !== 'reviewed' ? (
        <div className="notice notice--verify">
          <p>{t('jurisdictions.notReviewed')}</p>
        </div>
      ) : null}
      {params.length === 0 ? <p className="muted">{t('jurisdictions.none')}</p> : null}
      {params.map(([id, versions]) => (
        <section key={id} aria-labelledby={`param-${id}`}>
          <h2 id={`param-${id}`} className="param-heading">
            {t(`params.${id}`, { defaultValue: id })}
          </h2>
          <ul className="fact-list">
            {versions.map((v) => (
              <li key={v.effective.from}>
                <DatedFact fact={v} lang={lang}>
                  <ValueText value={v.value} lang={lang} />
                </DatedFact>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </article>
  );
}
