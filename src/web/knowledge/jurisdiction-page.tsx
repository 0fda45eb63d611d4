import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useDocumentTitle } from '../shell/document-title';
import { LoadFailed, Loading } from '../shell/guards';
import { pick, useJurisdictions } from './api';
import { DatedFact } from './dated-fact';
import { KnowledgeNav } from './knowledge-nav';
import { paramValueLines, type ValueLine } from './param-words';

/** One version of a provincial value, field by field in the reader's words. */
function ValueText({ value, lang }: { value: unknown; lang: string }) {
  const { t } = useTranslation('knowledge');
  const lines = paramValueLines(value, t, lang);
  if (lines.length === 1 && !lines[0]!.label) return <>{lines[0]!.text}</>;
  return <ValueLines lines={lines} />;
}

function ValueLines({ lines }: { lines: ValueLine[] }) {
  return (
    <dl className="value-list">
      {lines.map((line) => (
        <div key={line.field}>
          <dt>{line.label}</dt>
          <dd>{line.lines ? <ValueLines lines={line.lines} /> : line.text}</dd>
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
