import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../shell/document-title';
import { LoadFailed, Loading } from '../shell/guards';
import { pick, useIndicators, type Indicator, type IndicatorWording } from './api';
import { CitationList, VerificationBadge } from './badges';
import { KnowledgeNav } from './knowledge-nav';

const PROFILES = ['adult-labour', 'adult-sexual', 'child-labour', 'child-sexual'] as const;

function Weightings({ indicator, lang, text }: { indicator: Indicator; lang: 'en' | 'fr'; text: IndicatorWording }) {
  const { t } = useTranslation('knowledge');
  // A red flag or an observation is never weighted; say so instead of pointing to a legal test.
  if (indicator.weightings.length === 0)
    return <p className="muted">{t(`indicators.noWeightsFor.${indicator.kind}`, { defaultValue: t('indicators.noWeights') })}</p>;
  return (
    <div className="table-wrap" role="region" aria-label={t('indicators.weightsOf', { name: pick(indicator.practitioner, lang) })} tabIndex={0}>
      <table className="stacking-table weights-table">
        <thead>
          <tr>
            <th scope="col">{t('indicators.dimension')}</th>
            {PROFILES.map((p) => (
              <th scope="col" key={p}>
                {text.profiles[p]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {indicator.weightings.map((w) => (
            <tr key={`${w.dimension}@${w.phase}`}>
              <th scope="row">
                {text.dimensions[w.dimension] ?? w.dimension}
                <span className="muted"> · {w.iloItem}</span>
              </th>
              {PROFILES.map((p) => (
                <td key={p} data-label={text.profiles[p]}>
                  {w.strength[p] ? (text.strengths[w.strength[p]] ?? w.strength[p]) : '—'}{' '}
                  {w.strengthVerification[p] ? <VerificationBadge status={w.strengthVerification[p]} /> : null}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export default function KnowledgeIndicatorsPage() {
  const { t, i18n } = useTranslation('knowledge');
  const lang = i18n.language === 'fr' ? 'fr' : 'en';
  useDocumentTitle(t('indicators.title'));
  const data = useIndicators(lang);
  return (
    <section className="page knowledge">
      <h1 tabIndex={-1}>{t('indicators.title')}</h1>
      <p className="lede">{t('indicators.intro')}</p>
      <KnowledgeNav />
      {data.isPending ? <Loading /> : null}
      {data.isError ? <LoadFailed error={data.error} /> : null}
      {data.data ? (
        <>
          <div className="notice">
            <ul>
              {data.data.caveats.map((c) => (
                <li key={c}>{data.data.wording.caveats[c] ?? c}</li>
              ))}
            </ul>
          </div>
          <ul className="indicator-list">
            {data.data.indicators.map((i) => (
              <li key={i.id} className="card">
                <h2 className="indicator__name">{pick(i.practitioner, lang)}</h2>
                <p className="muted">
                  <code>{i.id}</code> · {t(`indicators.kind.${i.kind}`, { defaultValue: i.kind })}
                  {i.contexts.length ? ` · ${i.contexts.map((c) => t(`context.${c}`)).join(', ')}` : ''}
                </p>
                <p>
                  <strong>{t('indicators.question')}</strong> {pick(i.question, lang)}
                </p>
                <p>
                  <strong>{t('indicators.why')}</strong> {pick(i.why, lang)}
                </p>
                <Weightings indicator={i} lang={lang} text={data.data.wording} />
                <details className="sources">
                  <summary>{t('sources', { count: i.citations.length })}</summary>
                  <CitationList citations={i.citations} />
                </details>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
