import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useDocumentTitle } from '../shell/document-title';
import { LoadFailed, Loading } from '../shell/guards';
import { pick, useRemedy, useRemedies } from './api';
import { CitationList, EffectiveDates, ReviewedOn, VerificationBadge } from './badges';
import { DatedFact } from './dated-fact';
import { KnowledgeNav } from './knowledge-nav';
import { Template } from './slots';

export default function KnowledgeRemedyPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation('knowledge');
  const lang = i18n.language;
  const remedy = useRemedy(id);
  const names = useRemedies().data?.remedies;
  const nameOf = (rid: string) => {
    const found = names?.find((r) => r.id === rid);
    return found ? pick(found.name, lang) : rid;
  };
  const k = remedy.data;
  useDocumentTitle(k ? pick(k.name, lang) : t('title'));
  if (remedy.isPending) return <Loading />;
  if (!k) return <LoadFailed error={remedy.error} />;
  return (
    <article className="page knowledge">
      <p className="breadcrumb">
        <Link to="/knowledge">{t('title')}</Link>
      </p>
      <h1 tabIndex={-1}>{pick(k.name, lang)}</h1>
      <p className="lede">{pick(k.description, lang)}</p>
      <KnowledgeNav />
      <dl className="summary">
        <div>
          <dt>{t('remedy.scope')}</dt>
          <dd>{t(`scope.${k.scope}`)}</dd>
        </div>
        <div>
          <dt>{t('remedy.decisionMaker')}</dt>
          <dd>{pick(k.decisionMaker, lang)}</dd>
        </div>
        <div>
          <dt>{t('remedy.consentNeeded')}</dt>
          <dd>{t(`consent.${k.consentNeeded}`)}</dd>
        </div>
        {k.producesEvidenceFor.length ? (
          <div>
            <dt>{t('remedy.evidenceFor')}</dt>
            <dd>
              {k.producesEvidenceFor.map((r, i) => (
                <span key={r}>
                  {i > 0 ? ', ' : ''}
                  <Link to={`/knowledge/remedies/${r}`}>{nameOf(r)}</Link>
                </span>
              ))}
            </dd>
          </div>
        ) : null}
      </dl>

      <h2>{t('remedy.risks')}</h2>
      <p className="muted">{t('remedy.risksHint')}</p>
      <ul className="fact-list">
        {k.risks.map((r) => (
          <li key={`${r.id}@${r.effective.from}`}>
            <DatedFact fact={r} lang={lang}>
              <p>
                <strong>{t(`risk.${r.risk}`)}</strong> <span className={`tag tag--level-${r.level}`}>{t(`level.${r.level}`)}</span>{' '}
                <span className="tag">{t(`basis.${r.basis}`)}</span>
              </p>
              <p>{pick(r.why, lang)}</p>
            </DatedFact>
          </li>
        ))}
      </ul>

      <h2>{t('remedy.eligibility')}</h2>
      <ul className="fact-list">
        {k.eligibility.map((e) => (
          <li key={`${e.id}@${e.effective.from}`}>
            <DatedFact fact={e} lang={lang}>
              <p>
                <span className={`tag tag--eligibility-${e.effect}`}>{t(`effect.${e.effect}`)}</span> <Template text={pick(e.reason, lang)} />
              </p>
            </DatedFact>
          </li>
        ))}
      </ul>

      <h2>{t('remedy.deadlines')}</h2>
      {k.deadlines.length === 0 ? <p className="muted">{t('remedy.noDeadlines')}</p> : null}
      <ul className="fact-list">
        {k.deadlines.map((d) =>
          !('versions' in d) ? (
            <li key={d.id}>
              <p>
                <code>{d.id}</code> — {t('provincial' in d ? 'remedy.provincialPeriod' : 'remedy.onTheEventDate')}
              </p>
            </li>
          ) : (
            d.versions.map((v) => (
              <li key={`${d.id}@${v.effective.from ?? 'start'}`}>
                <DatedFact fact={v} lang={lang}>
                  <p>
                    <code>{d.id}</code> — {t(`remedy.period.${v.value.unit}`, { count: v.value.length })}
                  </p>
                </DatedFact>
              </li>
            ))
          ),
        )}
      </ul>

      {k.bars.length ? (
        <>
          <h2>{t('remedy.bars')}</h2>
          <ul className="fact-list">
            {k.bars.map((b) => (
              <li key={`${b.id}@${b.trigger}`}>
                <p>
                  <span className={`tag tag--eligibility-${b.effect === 'blocks' ? 'unlikely' : 'possible'}`}>{t(`remedy.barEffect.${b.effect}`)}</span>{' '}
                  {b.months === undefined ? t(`remedy.barWhile.${b.trigger}`) : t(`remedy.barAfter.${b.trigger}`, { count: b.months })}{' '}
                  <EffectiveDates effective={b.effective} />
                </p>
                <CitationList citations={[b.citation]} />
              </li>
            ))}
          </ul>
        </>
      ) : null}

      <h2>{t('remedy.legalBasis')}</h2>
      <ul className="fact-list">
        {k.legalBasis.map((f, i) => (
          <li key={i}>
            <DatedFact fact={f} lang={lang}>
              <p>{pick(f.value, lang)}</p>
            </DatedFact>
          </li>
        ))}
      </ul>

      <h2>{t('remedy.timelineAndFees')}</h2>
      <ul className="fact-list">
        <li>
          <DatedFact fact={k.timeline} lang={lang}>
            <p>
              <strong>{t('remedy.timeline')}</strong> {pick(k.timeline.value, lang)}
            </p>
          </DatedFact>
        </li>
        <li>
          <DatedFact fact={k.fees} lang={lang}>
            <p>
              <strong>{t('remedy.fees')}</strong> {pick(k.fees.value, lang)}
            </p>
          </DatedFact>
        </li>
      </ul>

      <h2>{t('remedy.evidence')}</h2>
      <ul>
        {k.evidence.map((e, i) => (
          <li key={i}>{pick(e, lang)}</li>
        ))}
      </ul>
      <h2>{t('remedy.yields')}</h2>
      <ul>
        {k.yields.map((y, i) => (
          <li key={i}>{pick(y.text, lang)}</li>
        ))}
      </ul>

      {k.practiceNotes.length ? (
        <section className="practice" aria-labelledby="practice-heading">
          <h2 id="practice-heading">{t('remedy.practice')}</h2>
          <p className="muted">{t('remedy.practiceHint')}</p>
          <ul className="fact-list">
            {k.practiceNotes.map((n) => (
              <li key={n.id}>
                <p>{pick(n.text, lang)}</p>
                <p className="dated-fact__meta">
                  <VerificationBadge status={n.verification} /> <ReviewedOn date={n.lastReviewed} />
                </p>
                <CitationList citations={n.citations} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  );
}
