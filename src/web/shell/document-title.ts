import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { useSession } from '../accounts/session';
import { mayShowPageTitle } from './quick-exit';

const DISCREET_TITLE_KEY = 'common:discreet.title';
const FAVICON = '/favicon.svg';
const DISCREET_FAVICON = '/favicon-discreet.svg';

/** Sets the tab title; in discreet mode every tab reads as a plain notes page. */
export function useDocumentTitle(title: string): void {
  const { t } = useTranslation();
  const discreet = useSession().data?.user.discreetMode ?? false;
  // Set again after every navigation: the entry left behind was given a neutral title (quick-exit.ts).
  const { key } = useLocation();
  useEffect(() => {
    if (!mayShowPageTitle()) return;
    document.title = discreet ? t(DISCREET_TITLE_KEY) : `${title} · Harbour`;
  }, [discreet, title, t, key]);
}

export function useDiscreetFavicon(discreet: boolean): void {
  useEffect(() => {
    const link = document.querySelector<HTMLLinkElement>('link[rel="icon"]');
    if (link) link.href = discreet ? DISCREET_FAVICON : FAVICON;
  }, [discreet]);
}
