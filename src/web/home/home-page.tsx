import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../accounts/session';
import { NextDays } from '../calendar/next-days';
import { useDocumentTitle } from '../shell/document-title';
import { WaitingForMe } from './waiting-for-me';

// Where each tool starts. Case files (and screening, remedies and the plan inside them) are for
// people who work on cases; the knowledge is for every signed-in role.
const TOOLS = [
  { id: 'cases', to: '/cases', caseWork: true },
  { id: 'screening', to: '/cases', caseWork: true },
  { id: 'knowledge', to: '/knowledge', caseWork: false },
] as const;
const CASE_ROLES = new Set(['admin', 'lawyer', 'legal-worker', 'support-worker']);
// Referrals received are answered by practitioners (the referrals capability's own rule).
const REFERRAL_ROLES = new Set(['lawyer', 'legal-worker', 'support-worker']);

export function HomePage() {
  const { t } = useTranslation('home');
  useDocumentTitle(t('title'));
  const session = useSession().data;
  if (!session) return null;
  const isAdmin = session.user.isAdmin;

  return (
    <section className="page">
      <h1 tabIndex={-1}>{t('welcome', { name: session.user.displayName })}</h1>
      <p className="lede">{t('intro', { organisation: session.organisation.name })}</p>

      {CASE_ROLES.has(session.user.role) ? (
        <>
          <WaitingForMe referrals={REFERRAL_ROLES.has(session.user.role)} />
          <NextDays />
        </>
      ) : null}

      <h2>{t('toolsHeading')}</h2>
      <ul className="cards">
        {TOOLS.filter((tool) => !tool.caseWork || CASE_ROLES.has(session.user.role)).map((tool) => (
          <li key={tool.id} className="card">
            <h3>{t(`capabilities.${tool.id}.title`)}</h3>
            <p>{t(`capabilities.${tool.id}.body`)}</p>
            <p>
              <Link to={tool.to}>{t(`capabilities.${tool.id}.link`)}</Link>
            </p>
          </li>
        ))}
      </ul>

      <h2>{t('nowHeading')}</h2>
      <ul className="link-list">
        {isAdmin ? (
          <li>
            <Link to="/organisation/members">{t('links.members')}</Link>
          </li>
        ) : null}
        <li>
          <Link to="/account">{t('links.account')}</Link>
        </li>
      </ul>

      <aside className="card card--calm" aria-labelledby="safety-heading">
        <h2 id="safety-heading">{t('safety.heading')}</h2>
        <p>{t('safety.body')}</p>
      </aside>
    </section>
  );
}
