import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { storeSession, useSession, type Session } from '../accounts/session';
import { api } from '../platform/api';
import { currentLanguage, rememberChoiceBeforeSignIn, switchLanguage, type Language } from '../platform/i18n';

/** Switches language now; once signed in, also remembers it on the person's account. */
export function useChangeLanguage() {
  const queryClient = useQueryClient();
  const session = useSession().data;
  const mutation = useMutation({
    mutationFn: (language: Language) => api.patch<Session>('/api/account/preferences', { language }),
    onSuccess: (updated) => storeSession(queryClient, updated),
  });
  const change = (language: Language) => {
    void switchLanguage(language);
    if (session?.stage !== 'active') rememberChoiceBeforeSignIn(language);
    else if (session.user.language !== language) mutation.mutate(language);
  };
  return { change, save: mutation.mutate };
}

const NAMES: Record<Language, string> = { en: 'English', fr: 'Français' };

export function LanguageSwitch() {
  useTranslation(); // re-render when the language changes
  const { change } = useChangeLanguage();
  const other: Language = currentLanguage() === 'fr' ? 'en' : 'fr';
  return (
    <button type="button" className="button button--quiet language-switch" lang={other} onClick={() => change(other)}>
      {NAMES[other]}
    </button>
  );
}
