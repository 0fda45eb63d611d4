import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useCase } from '../cases/case-context';
import { Checklist } from '../evidence/checklist';
import { useChecklist } from '../evidence/api';
import '../evidence/evidence.css';
import { formatDay } from '../platform/dates';
import { remedyViews, type RemedyView } from '../remedies/view-model';
import { useLegalView, type LegalView } from '../screening/case-data';
import { useDocumentTitle } from '../shell/document-title';
import { LoadFailed, Loading } from '../shell/guards';
import { OptionsSheetPanel } from './options-sheet-panel';
import { AdoptionNotice, AdoptPlanControl, RiskToleranceForm } from './plan-choices';
import { PlanGraph, type GraphStep } from './plan-graph';
import './planning.css';

type Plan = LegalView['plans'][number];

/** The next deadline of a remedy, written for a person ("5 Dec 2026"). */
const nextDeadline = (r?: RemedyView) => {
  const day = r?.deadlines.find((d) => !d.passed)?.date;
  return day ? formatDay(day) : undefined;
};

function PlanSteps({ plan, names }: { plan: Plan; names: Map<string, RemedyView> }) {
  const { t } = useTranslation('planning');
  const name = (id: string) => names.get(id)?.name ?? id;
  return (
    <ol className="plan-steps">
      {plan.steps.map((s) => (
        <li key={s.remedy}>
          <Link to={`/knowledge/remedies/${s.remedy}`}>{name(s.remedy)}</Link>
          {nextDeadline(names.get(s.remedy)) ? <span className="muted"> · {t('graph.deadline', { date: nextDeadline(names.get(s.remedy)) })}</span> : null}
        </li>
      ))}
    </ol>
  );
}

/** The risks of a choice still waiting for the client. */
function AwaitingRisks({ risks }: { risks: Plan['awaitingDecision'][number]['risks'] }) {
  const { t } = useTranslation('planning');
  if (!risks.length) return null;
  return (
    <>
      <p className="label">{t('risksIfChosen')}</p>
      <ul>
        {risks.map((r) => (
          <li key={r.id}>
            <strong>{t(`knowledge:risk.${r.id}`)}</strong> <span className={`tag tag--level-${r.level}`}>{t(`knowledge:level.${r.level}`)}</span> {r.why}
          </li>
        ))}
      </ul>
    </>
  );
}

/** The evidence checklist of each step, then of each option waiting for a decision (the evidence tab's own checklist). */
function StepsEvidence({ code, plan }: { code: string; plan: Plan }) {
  const { t, i18n } = useTranslation('planning');
  const checklist = useChecklist(code, i18n.language);
  // Someone who may not read the evidence sees the plan without it.
  if (checklist.isPending || checklist.isError) return null;
  const order = [...plan.steps.map((s) => s.remedy), ...plan.awaitingDecision.map((a) => a.remedy)];
  const byRemedy = new Map(checklist.data.map((c) => [c.remedy as string, c]));
  const shown = order.flatMap((remedy) => byRemedy.get(remedy) ?? []);
  return (
    <section aria-labelledby="plan-evidence-heading" className="plan-evidence">
      <h3 id="plan-evidence-heading">{t('evidence.heading')}</h3>
      <p className="muted">{t('evidence.intro')}</p>
      {shown.length ? <Checklist checklist={shown} /> : <p>{t('evidence.none')}</p>}
      <p>
        <Link to={`/cases/${encodeURIComponent(code)}/evidence`}>{t('evidence.link')}</Link>
      </p>
    </section>
  );
}

export default function PlanTab() {
  const { code = '' } = useParams();
  const { t } = useTranslation('planning');
  const { can } = useCase();
  useDocumentTitle(`${t('title')} · ${code}`);
  const view = useLegalView(code);
  // The server produces the sheet only for whoever may record the client's consents (documents routes).
  const mayProduceSheet = can.read('team') && can['case:manage-consents'];
  if (view.isPending) return <Loading />;
  if (view.isError) return <LoadFailed error={view.error} />;
  const remedies = new Map<string, RemedyView>(remedyViews(view.data).map((r) => [r.id, r]));
  const name = (id: string) => remedies.get(id)?.name ?? id;
  const [plan, ...alternatives] = view.data.plans as [Plan, ...Plan[]];
  const steps: GraphStep[] = plan.steps.map((s) => ({
    order: s.order,
    remedy: s.remedy,
    name: name(s.remedy),
    deadline: nextDeadline(remedies.get(s.remedy)),
    evidenceFor: s.producesEvidenceFor,
  }));

  return (
    <section className="plan" aria-labelledby="plan-heading">
      <h2 id="plan-heading">{t('title')}</h2>
      <p className="lede">{t('intro')}</p>
      <AdoptionNotice adoption={view.data.adoption} />
      <RiskToleranceForm value={view.data.riskTolerance} />
      <h3>{t('recommended')}</h3>
      {plan.strategy ? <p className="muted">{plan.strategy}</p> : null}
      {steps.length ? (
        <>
          <PlanGraph steps={steps} describedBy="plan-table-caption" />
          <div className="table-wrap" role="region" aria-labelledby="plan-table-caption" tabIndex={0}>
            <table className="stacking-table plan-table">
              <caption id="plan-table-caption">{t('table.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('table.step')}</th>
                  <th scope="col">{t('table.deadline')}</th>
                  <th scope="col">{t('table.evidenceFor')}</th>
                  <th scope="col">{t('table.why')}</th>
                </tr>
              </thead>
              <tbody>
                {plan.steps.map((s) => (
                  <tr key={s.remedy}>
                    <th scope="row">
                      {s.order}. <Link to={`/knowledge/remedies/${s.remedy}`}>{name(s.remedy)}</Link>
                    </th>
                    <td data-label={t('table.deadline')}>{nextDeadline(remedies.get(s.remedy)) ?? t('graph.noDeadline')}</td>
                    <td data-label={t('table.evidenceFor')}>{s.producesEvidenceFor.length ? s.producesEvidenceFor.map(name).join(', ') : '—'}</td>
                    <td data-label={t('table.why')}>{s.why}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : (
        <p className="notice">{t('noSteps')}</p>
      )}

      <StepsEvidence code={code} plan={plan} />

      {plan.awaitingDecision.length ? (
        <section aria-labelledby="awaiting-heading">
          <h3 id="awaiting-heading">{t('awaiting')}</h3>
          <p className="muted">{t('awaitingHint')}</p>
          <ul className="plan-items">
            {plan.awaitingDecision.map((a) => (
              <li key={a.remedy} className="card">
                <h4>
                  <Link to={`/knowledge/remedies/${a.remedy}`}>{name(a.remedy)}</Link>
                </h4>
                <p>{t('consentNeeded', { consent: a.consentName })}</p>
                <AwaitingRisks risks={a.risks} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {plan.excluded.length ? (
        <section aria-labelledby="excluded-heading">
          <h3 id="excluded-heading">{t('excluded')}</h3>
          <ul>
            {plan.excluded.map((e) => (
              <li key={e.remedy}>
                <Link to={`/knowledge/remedies/${e.remedy}`}>{name(e.remedy)}</Link>: {e.why}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {plan.tradeOffs.length ? (
        <section aria-labelledby="tradeoffs-heading">
          <h3 id="tradeoffs-heading">{t('tradeOffs')}</h3>
          <ul>
            {plan.tradeOffs.map((x, i) => (
              <li key={i}>{x}</li>
            ))}
          </ul>
        </section>
      ) : null}

      {alternatives.length ? (
        <section aria-labelledby="alternatives-heading">
          <h3 id="alternatives-heading">{t('alternatives')}</h3>
          <div className="alternatives">
            {[plan, ...alternatives].map((alt, i) => (
              <section key={i} className={i === 0 ? 'card alternative alternative--recommended' : 'card alternative'} aria-labelledby={`alt-${i}`}>
                <h4 id={`alt-${i}`}>{i === 0 ? t('recommendedShort') : t('alternative', { n: i })}</h4>
                {alt.strategy ? <p className="muted">{alt.strategy}</p> : null}
                <PlanSteps plan={alt} names={remedies} />
                <AdoptPlanControl plan={alt} index={i} adoption={view.data.adoption} label={i === 0 ? t('recommendedShort') : t('alternative', { n: i })} />
                {alt.tradeOffs.length ? (
                  <ul className="muted">
                    {alt.tradeOffs.map((x, k) => (
                      <li key={k}>{x}</li>
                    ))}
                  </ul>
                ) : null}
              </section>
            ))}
          </div>
        </section>
      ) : null}

      {mayProduceSheet ? <OptionsSheetPanel code={code} /> : <p className="muted">{t('sheet.notYours')}</p>}
    </section>
  );
}
