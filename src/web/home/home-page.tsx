import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../accounts/session';
import { useDocumentTitle } from '../shell/document-title';

// Capabilities that are on their way. Each becomes a link once its folder and routes exist.
const COMING = ['cases', 'screening', 'remedies'] as const;

export function HomePage() {
  const { t } = useTranslation('home');
  useDocumentTitle(t('title'));
  const session = useSession().data;
  if (!session) return null;
  const isAdmin = session.user.role === 'admin';

  return (
    <section className="page">
      <h1 tabIndex={-1}>{t('welcome', { name: session.user.displayName })}</h1>
      <p className="lede">{t('intro', { organisation: session.organisation.name })}</p>

      <h2>{t('comingHeading')}</h2>
      <ul className="cards">
        {COMING.map((id) => (
          <li key={id} className="card card--soon">
            <h3>{t(`capabilities.${id}.title`)}</h3>
            <p>{t(`capabilities.${id}.body`)}</p>
            <p className="tag tag--soon">{t('soon')}</p>
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
