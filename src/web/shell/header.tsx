import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, useNavigate } from 'react-router';
import { storeSession, useSession } from '../accounts/session';
import { api } from '../platform/api';
import type { NavItem } from './capability';
import { LanguageSwitch } from './language-switch';
import { QuickExitButton } from './quick-exit-button';
import { NotificationsLink } from '../reminders/notifications-link';

function SignOutButton() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const signOut = useMutation({
    mutationFn: () => api.post<void>('/api/auth/sign-out'),
    onSettled: () => {
      // Whatever the server answered, forget everything this tab knew.
      queryClient.clear();
      storeSession(queryClient, null);
      navigate('/sign-in', { replace: true, state: { signedOut: true } });
    },
  });
  return (
    <button type="button" className="button button--quiet" onClick={() => signOut.mutate()} disabled={signOut.isPending}>
      {t('signOut')}
    </button>
  );
}

export function Header({ nav }: { nav: NavItem[] }) {
  const { t } = useTranslation();
  const session = useSession().data;
  const active = session?.stage === 'active';
  // Discreet mode: the header names no legal tool either; a plain notes icon and word.
  const discreet = session?.user.discreetMode ?? false;
  const items = active ? nav.filter((item) => (!item.roles || item.roles.includes(session.user.role)) && (!item.adminDuty || session.user.isAdmin)) : [];
  return (
    <header className="site-header">
      <div className="site-header__bar">
        <Link to="/" className="brand">
          <img src={discreet ? '/favicon-discreet.svg' : '/favicon.svg'} alt="" width="28" height="28" />
          <span>{discreet ? t('discreet.title') : 'Harbour'}</span>
        </Link>
        <div className="site-header__tools">
          <NotificationsLink />
          <LanguageSwitch />
          {session ? <SignOutButton /> : null}
          <QuickExitButton />
        </div>
      </div>
      {items.length > 0 ? (
        <nav className="site-nav" aria-label={t('nav.label')}>
          <ul>
            {items.map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} end={item.end}>
                  {t(item.label)}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
    </header>
  );
}
