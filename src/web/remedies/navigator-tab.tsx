import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useDocumentTitle } from '../shell/document-title';
import { LoadFailed, Loading } from '../shell/guards';
import { RemedyCard, WhyNot } from './remedy-card';
import { useLegalView } from './use-legal-view';
import { flagViews, remedyViews } from './view-model';
import './remedies.css';

/** Every remedy for this client: flags first, then each remedy with its risks before its eligibility. */
export default function NavigatorTab() {
  const { code = '' } = useParams();
  const { t } = useTranslation('remedies');
  useDocumentTitle(`${t('title')} · ${code}`);
  const view = useLegalView(code);
  if (view.pending) return <Loading />;
  if (!view.server) return <LoadFailed error={view.error} />;
  const local = view.local?.matchesServer ? view.local : undefined;
  const remedies = remedyViews(view.server, local, view.lang);
  const flags = flagViews(view.server, local, remedies, view.lang, t);
  const open = remedies.filter((r) => r.eligibility !== 'not-applicable');
  const closed = remedies.filter((r) => r.eligibility === 'not-applicable');
  return (
    <section className="navigator" aria-labelledby="navigator-heading">
      <h2 id="navigator-heading">{t('title')}</h2>
      <p className="lede">{t('intro')}</p>
      {!local ? (
        <div className="notice notice--verify">
          <p>{t('englishOnly')}</p>
        </div>
      ) : null}
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
      <p className="muted">{t('asOf', { date: local?.facts.asOf ?? '—', version: view.server.knowledgeVersion })}</p>
      <h3>{t('openHeading', { count: open.length })}</h3>
      <div className="remedy-list">
        {open.map((r) => (
          <RemedyCard key={r.id} remedy={r} />
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
