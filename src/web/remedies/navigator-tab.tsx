import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useDocumentTitle } from '../shell/document-title';
import { LoadFailed, Loading } from '../shell/guards';
import { useLegalView } from '../screening/case-data';
import { useChecklist } from '../evidence/api';
import { JumpLink, JumpLinks, usePrintUnfolds, type Jump } from '../platform/long-page';
import { DeadlineInBrief, RemedyCard, RiskInBrief, WhyNot } from './remedy-card';
import { flagViews, remedyViews } from './view-model';
import './remedies.css';
import { formatDay } from '../platform/dates';

/**
 * Every remedy for this client. The first screen holds the summary: the urgent flags, then per
 * remedy its eligibility, its gravest risk and its nearest deadline, and links to each part. Each
 * remedy's details (risks before eligibility) fold below; printing unfolds them.
 */
export default function NavigatorTab() {
  const { code = '' } = useParams();
  const { t, i18n } = useTranslation('remedies');
  // Where each piece of evidence stands (held, requested, missing); the cards fall back to the plain list.
  const checklist = useChecklist(code, i18n.language);
  useDocumentTitle(`${t('title')} · ${code}`);
  usePrintUnfolds();
  const view = useLegalView(code);
  if (view.isPending) return <Loading />;
  if (view.isError) return <LoadFailed error={view.error} />;
  const remedies = remedyViews(view.data);
  const evidenceOf = new Map((checklist.data ?? []).map((c) => [c.remedy, c]));
  const flags = flagViews(view.data, t);
  const open = remedies.filter((r) => r.eligibility !== 'not-applicable');
  const closed = remedies.filter((r) => r.eligibility === 'not-applicable');
  const jumps: Jump[] = [
    ...(flags.length ? [{ target: 'flags-heading', label: t('flagsHeading') }] : []),
    { target: 'open-heading', label: t('openHeading', { count: open.length }) },
    ...(closed.length ? [{ target: 'whynot-heading', label: t('whyNotHeading', { count: closed.length }) }] : []),
  ];
  return (
    <section className="navigator" aria-labelledby="navigator-heading">
      <h2 id="navigator-heading">{t('title')}</h2>
      {open.length ? (
        <section aria-labelledby="navigator-summary-heading" className="card long-summary long-summary--remedies">
          <h3 id="navigator-summary-heading" tabIndex={-1}>
            {t('summary.heading')}
          </h3>
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('summary.remedy')}</th>
                  <th scope="col">{t('summary.eligibility')}</th>
                  <th scope="col">{t('summary.highestRisk')}</th>
                  <th scope="col">{t('summary.nearestDeadline')}</th>
                </tr>
              </thead>
              <tbody>
                {open.map((r) => (
                  <tr key={r.id} data-summary-remedy={r.id}>
                    <th scope="row">
                      <JumpLink target={`remedy-${r.id}`}>{r.name}</JumpLink>
                    </th>
                    <td>
                      <span className={`tag tag--eligibility-${r.eligibility}`}>{t(`knowledge:effect.${r.eligibility}`)}</span>
                    </td>
                    <td>
                      <RiskInBrief remedy={r} />
                    </td>
                    <td>
                      <DeadlineInBrief remedy={r} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {flags.length ? (
            <p className="long-summary__flags">
              <strong>{t('flagsHeading')}:</strong> <JumpLink target="flags-heading">{flags.map((f) => f.title).join(' · ')}</JumpLink>
            </p>
          ) : null}
        </section>
      ) : null}
      <JumpLinks label={t('summary.jumpLabel')} jumps={jumps} />
      {flags.length ? (
        <section aria-labelledby="flags-heading" className="flags">
          <h3 id="flags-heading" tabIndex={-1}>
            {t('flagsHeading')}
          </h3>
          {flags.map((f) => (
            <div key={f.id} className={`notice ${f.level === 'urgent' ? 'notice--problem' : 'notice--verify'}`} role="note">
              <p>
                <strong>{f.title}.</strong> {f.why}
              </p>
            </div>
          ))}
        </section>
      ) : null}
      <p className="muted">{t('asOf', { date: formatDay(view.data.asOf), version: view.data.knowledgeVersion })}</p>
      <p className="lede">{t('intro')}</p>

      <h3 id="open-heading" tabIndex={-1}>
        {t('openHeading', { count: open.length })}
      </h3>
      <div className="remedy-list">
        {open.map((r) => (
          <RemedyCard key={r.id} remedy={r} evidence={evidenceOf.get(r.id)} caseCode={code} />
        ))}
      </div>
      {closed.length ? (
        <section aria-labelledby="whynot-heading" className="why-not">
          <h3 id="whynot-heading" tabIndex={-1}>
            {t('whyNotHeading', { count: closed.length })}
          </h3>
          <p className="muted">{t('whyNotHint')}</p>
          <details className="fold">
            <summary>{t('summary.showWhyNot', { count: closed.length })}</summary>
            <ul>
              {closed.map((r) => (
                <WhyNot key={r.id} remedy={r} />
              ))}
            </ul>
          </details>
        </section>
      ) : null}
    </section>
  );
}
