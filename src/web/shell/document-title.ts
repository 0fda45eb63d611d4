import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../accounts/session';

const DISCREET_TITLE_KEY = 'common:discreet.title';
const FAVICON = '/favicon.svg';
const DISCREET_FAVICON = '/favicon-discreet.svg';

/** Sets the tab title; in discreet mode every tab reads as a plain notes page. */
export function useDocumentTitle(title: string): void {
  const { t } = useTranslation();
  const discreet = useSession().data?.user.discreetMode ?? false;
  useEffect(() => {
    document.title = discreet ? t(DISCREET_TITLE_KEY) : `${title} · Harbour`;
  }, [discreet, title, t]);
}

export function useDiscreetFavicon(discreet: boolean): void {
  useEffect(() => {
    const link = document.querySelector<HTMLLinkElement>('link[rel="icon"]');
    if (link) link.href = discreet ? DISCREET_FAVICON : FAVICON;
  }, [discreet]);
}
