import { useEffect, useLayoutEffect, useRef, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation } from 'react-router';
import { useSession } from '../accounts/session';
import { choiceBeforeSignIn, isLanguage, rememberChoiceBeforeSignIn, switchLanguage } from '../platform/i18n';
import type { NavItem } from './capability';
import { useDiscreetFavicon } from './document-title';
import { Header } from './header';
import { useChangeLanguage } from './language-switch';
import { useQuickExitShortcut } from './quick-exit-button';

/** After an in-app navigation, move focus to the new page's heading so screen readers announce it. */
function useFocusOnNavigate() {
  const location = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const heading = document.querySelector<HTMLElement>('#main h1');
    (heading ?? document.getElementById('main'))?.focus({ preventScroll: false });
  }, [location.pathname]);
}

// Focus main without changing the address (the hash can carry a setup or invitation token).
function skipToMain(event: MouseEvent<HTMLAnchorElement>) {
  event.preventDefault();
  document.getElementById('main')?.focus();
}

export function Layout({ nav }: { nav: NavItem[] }) {
  const { t } = useTranslation();
  const session = useSession().data;
  useQuickExitShortcut();
  useFocusOnNavigate();
  const discreet = session?.user.discreetMode ?? false;
  useDiscreetFavicon(discreet);

  // Signed in, the account's language applies, unless the person picked one on the sign-in
  // page during this visit: then that choice is saved to the account once it is active.
  // A layout effect: applied in the same step that first shows the session, before any paint. A
  // page opens in the language last used on this device (perhaps by someone else); once the
  // session is known, no frame, and no language switch, may still show that stale language.
  const { save: saveLanguage } = useChangeLanguage();
  const accountLanguage = session?.user.language;
  const stage = session?.stage;
  useLayoutEffect(() => {
    if (!isLanguage(accountLanguage)) return;
    const chosen = choiceBeforeSignIn();
    if (!chosen) return void switchLanguage(accountLanguage);
    if (stage !== 'active') return;
    rememberChoiceBeforeSignIn(null);
    if (chosen !== accountLanguage) saveLanguage(chosen);
  }, [accountLanguage, stage, saveLanguage]);

  return (
    <>
      <a className="skip-link" href="#main" onClick={skipToMain}>
        {t('skipToContent')}
      </a>
      <Header nav={nav} />
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="site-footer">
        <p id="quick-exit-hint">{t(discreet ? 'quickExit.hintDiscreet' : 'quickExit.hint')}</p>
        <p>{t(discreet ? 'footer.privacyDiscreet' : 'footer.privacy')}</p>
      </footer>
    </>
  );
}
