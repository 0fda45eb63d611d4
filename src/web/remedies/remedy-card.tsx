import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CitationList, VerificationBadge } from '../knowledge/badges';
import { VerifyBanner } from '../knowledge/dated-fact';
import type { RemedyChecklist } from '../evidence/model';
import { highestRisk, nearestDeadline, risksByLevel, type RemedyView } from './view-model';
import { formatDay } from '../platform/dates';

/** The gravest risk, with its level, in a few words ("none found" when there is none). */
export function RiskInBrief({ remedy }: { remedy: RemedyView }) {
  const { t } = useTranslation('remedies');
  const risk = highestRisk(remedy.risks);
  if (!risk) return <span className="muted">{t('summary.noRisk')}</span>;
  return (
    <>
      {t(`knowledge:risk.${risk.id}`)} <span className={`tag tag--level-${risk.level}`}>{t(`knowledge:level.${risk.level}`)}</span>
    </>
  );
}

/** The deadline to watch, in a few words ("none" when the remedy has none). */
export function DeadlineInBrief({ remedy }: { remedy: RemedyView }) {
  const { t } = useTranslation('remedies');
  const d = nearestDeadline(remedy.deadlines);
  if (!d) return <span className="muted">{t('summary.noDeadline')}</span>;
  return (
    <>
      <strong>{formatDay(d.date)}</strong>
      {d.kind ? <span className="muted"> · {t(`deadlineKinds.${d.kind}`)}</span> : null}
      {d.passed ? <span className="tag tag--level-high">{t('card.passed')}</span> : null}
    </>
  );
}

/**
 * One remedy for this client: its name, eligibility, gravest risk and nearest deadline in brief;
 * then, folded, the collateral-harm risks first, eligibility, deadlines and the rest.
 */
export function RemedyCard({ remedy, evidence, caseCode }: { remedy: RemedyView; evidence?: RemedyChecklist | undefined; caseCode?: string }) {
  const { t } = useTranslation('remedies');
  const h = `remedy-${remedy.id}`;
  const risks = risksByLevel(remedy.risks);
  return (
    <article className="card remedy" aria-labelledby={h} data-remedy={remedy.id} data-eligibility={remedy.eligibility}>
      <h3 id={h} tabIndex={-1}>
        {remedy.name} <span className={`tag tag--eligibility-${remedy.eligibility}`}>{t(`knowledge:effect.${remedy.eligibility}`)}</span>
      </h3>
      <dl className="remedy__brief">
        <div>
          <dt>{t('summary.highestRisk')}</dt>
          <dd>
            <RiskInBrief remedy={remedy} />
          </dd>
        </div>
        <div>
          <dt>{t('summary.nearestDeadline')}</dt>
          <dd>
            <DeadlineInBrief remedy={remedy} />
          </dd>
        </div>
      </dl>
      <details className="fold remedy__details">
        <summary>{t('card.details', { name: remedy.name })}</summary>

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
