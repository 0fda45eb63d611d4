import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useDocumentTitle } from '../shell/document-title';
import { LoadFailed, Loading } from '../shell/guards';
import { useLegalView } from '../screening/case-data';
import { useChecklist } from '../evidence/api';
import { RemedyCard, WhyNot } from './remedy-card';
import { flagViews, remedyViews } from './view-model';
import './remedies.css';
import { formatDay } from '../platform/dates';

/** Every remedy for this client: flags first, then each remedy with its risks before its eligibility. */
export default function NavigatorTab() {
  const { code = '' } = useParams();
  const { t, i18n } = useTranslation('remedies');
  // Where each piece of evidence stands (held, requested, missing); the cards fall back to the plain list.
  const checklist = useChecklist(code, i18n.language);
  useDocumentTitle(`${t('title')} · ${code}`);
  const view = useLegalView(code);
  if (view.isPending) return <Loading />;
  if (view.isError) return <LoadFailed error={view.error} />;
  const remedies = remedyViews(view.data);
  const evidenceOf = new Map((checklist.data ?? []).map((c) => [c.remedy, c]));
  const flags = flagViews(view.data, t);
  const open = remedies.filter((r) => r.eligibility !== 'not-applicable');
  const closed = remedies.filter((r) => r.eligibility === 'not-applicable');
  return (
    <section className="navigator" aria-labelledby="navigator-heading">
      <h2 id="navigator-heading">{t('title')}</h2>
      <p className="lede">{t('intro')}</p>
      {flags.length ? (
        <section aria-labelledby="flags-heading" className="flags">
          <h3 id="flags-heading">{t('flagsHeading')}</h3>
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
      <h3>{t('openHeading', { count: open.length })}</h3>
      <div className="remedy-list">
        {open.map((r) => (
          <RemedyCard key={r.id} remedy={r} evidence={evidenceOf.get(r.id)} caseCode={code} />
        ))}
      </div>
      {closed.length ? (
        <section aria-labelledby="whynot-heading" className="why-not">
          <h3 id="whynot-heading">{t('whyNotHeading', { count: closed.length })}</h3>
          <p className="muted">{t('whyNotHint')}</p>
          <ul>
            {closed.map((r) => (
              <WhyNot key={r.id} remedy={r} />
            ))}
          </ul>
        </section>
      ) : null}
    </section>
  );
}
