import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CitationList, VerificationBadge } from '../knowledge/badges';
import { VerifyBanner } from '../knowledge/dated-fact';
import type { RemedyChecklist } from '../evidence/model';
import type { RemedyView } from './view-model';
import { formatDay } from '../platform/dates';

const LEVEL_RANK = { high: 0, medium: 1, low: 2 } as const;

/** One remedy for this client: collateral-harm risks first, then eligibility, deadlines and the rest. */
export function RemedyCard({ remedy, evidence, caseCode }: { remedy: RemedyView; evidence?: RemedyChecklist | undefined; caseCode?: string }) {
  const { t } = useTranslation('remedies');
  const h = `remedy-${remedy.id}`;
  const risks = [...remedy.risks].sort((a, b) => LEVEL_RANK[a.level] - LEVEL_RANK[b.level]);
  return (
    <article className="card remedy" aria-labelledby={h} data-remedy={remedy.id} data-eligibility={remedy.eligibility}>
      <h3 id={h}>
        {remedy.name} <span className={`tag tag--eligibility-${remedy.eligibility}`}>{t(`knowledge:effect.${remedy.eligibility}`)}</span>
      </h3>

      <section className="remedy__risks" aria-labelledby={`${h}-risks`}>
        <h4 id={`${h}-risks`}>{t('card.risks')}</h4>
        {risks.length ? (
          <ul>
            {risks.map((r) => (
              <li key={r.id}>
                <strong>{t(`knowledge:risk.${r.id}`)}</strong> <span className={`tag tag--level-${r.level}`}>{t(`knowledge:level.${r.level}`)}</span>
                <p>{r.why}</p>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t('card.noRisks')}</p>
        )}
      </section>

      <section aria-labelledby={`${h}-eligibility`}>
        <h4 id={`${h}-eligibility`}>{t('card.eligibility')}</h4>
        <ul>
          {remedy.reasons.map((r, i) => (
            <li key={i}>{r}</li>
          ))}
        </ul>
        {remedy.jurisdiction && !remedy.jurisdiction.reviewed ? <p className="muted">{t('card.notReviewed', { code: remedy.jurisdiction.code })}</p> : null}
      </section>

      {remedy.verify.map((v, i) => (
        <VerifyBanner key={i} text={v} />
      ))}

      {remedy.deadlines.length ? (
        <section aria-labelledby={`${h}-deadlines`}>
          <h4 id={`${h}-deadlines`}>{t('card.deadlines')}</h4>
          <ul className="deadlines">
            {remedy.deadlines.map((d, i) => (
              <li key={i} className={d.passed ? 'deadline deadline--passed' : 'deadline'}>
                <strong>{formatDay(d.date)}</strong> {d.passed ? <span className="tag tag--level-high">{t('card.passed')}</span> : null}
                {d.kind ? <span className="muted"> · {t(`deadlineKinds.${d.kind}`)}</span> : null}
                <p>
                  <span className="label-inline">{t('card.calendarBasis')}</span> {d.basis}
                </p>
                {d.extension ? <p className="muted">{d.extension}</p> : null}
                <p className="muted">
                  {d.verification ? <VerificationBadge status={d.verification} /> : null} {d.citation}
                </p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <div className="remedy__columns">
        {remedy.evidenceNeeded.length ? (
          <section aria-labelledby={`${h}-evidence`}>
            <h4 id={`${h}-evidence`}>{t('card.evidence')}</h4>
            {evidence ? (
              <>
                <ul className="plain-list">
                  {evidence.needs.map((n) => (
                    <li key={n.need} data-state={n.state}>
                      <span className={`tag evidence-state evidence-state--${n.state}`}>{t(`evidence:states.${n.state}`)}</span> {n.text}
                    </li>
                  ))}
                </ul>
                {caseCode ? <Link to={`/cases/${encodeURIComponent(caseCode)}/evidence`}>{t('card.evidenceLink')}</Link> : null}
              </>
            ) : (
              <ul>
                {remedy.evidenceNeeded.map((e, i) => (
                  <li key={i}>{e}</li>
                ))}
              </ul>
            )}
          </section>
        ) : null}
        <section aria-labelledby={`${h}-yields`}>
          <h4 id={`${h}-yields`}>{t('card.yields')}</h4>
          <ul>
            {remedy.yields.map((y, i) => (
              <li key={i}>{y}</li>
            ))}
          </ul>
        </section>
      </div>

      {remedy.practiceNotes.length ? (
        <aside className="remedy__practice" aria-labelledby={`${h}-practice`}>
          <h4 id={`${h}-practice`}>{t('card.practice')}</h4>
          <ul>
            {remedy.practiceNotes.map((n, i) => (
              <li key={i}>{n}</li>
            ))}
          </ul>
        </aside>
      ) : null}

      <details className="sources">
        <summary>{t('knowledge:sources', { count: remedy.citations.length })}</summary>
        <CitationList citations={remedy.citations} />
      </details>
      <p>
        <Link to={`/knowledge/remedies/${remedy.id}`}>{t('card.knowledgeLink', { name: remedy.name })}</Link>
      </p>
    </article>
  );
}

/** A remedy that does not apply, with why, so no avenue is closed silently. */
export function WhyNot({ remedy }: { remedy: RemedyView }) {
  const { t } = useTranslation('remedies');
  return (
    <li data-remedy={remedy.id} data-eligibility={remedy.eligibility}>
      <strong>{remedy.name}</strong>
      <ul>
        {remedy.reasons.map((r, i) => (
          <li key={i}>{r}</li>
        ))}
      </ul>
      <Link to={`/knowledge/remedies/${remedy.id}`}>{t('card.knowledgeLinkShort')}</Link>
    </li>
  );
}
