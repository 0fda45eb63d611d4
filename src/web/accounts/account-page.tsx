import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FeedSection } from '../calendar/feed-section';
import { ReminderPreferencesSection } from '../reminders/preferences-section';
import { api } from '../platform/api';
import { describeError } from '../platform/errors';
import { currentLanguage, LANGUAGES } from '../platform/i18n';
import { useDocumentTitle } from '../shell/document-title';
import { useChangeLanguage } from '../shell/language-switch';
import { ChangePasswordForm } from './change-password-form';
import { storeSession, useSession, type Session } from './session';

// The calendar feed carries the dates of one's cases: for the roles that work on cases.
const FEED_ROLES = new Set(['admin', 'lawyer', 'legal-worker', 'support-worker']);
const LANGUAGE_NAMES = { en: 'English', fr: 'Français' } as const;

export function AccountPage() {
  const { t } = useTranslation('accounts');
  useDocumentTitle(t('account.title'));
  const session = useSession().data;
  const queryClient = useQueryClient();
  const { change: changeLanguage } = useChangeLanguage();
  const [saved, setSaved] = useState(false);
  // The box shows the choice at once, in the same render as the click: the mutation's own pending
  // state arrives a tick later, and a controlled checkbox re-rendered in between springs back.
  const [choosing, setChoosing] = useState<boolean | null>(null);
  const discreet = useMutation({
    mutationFn: (discreetMode: boolean) => api.patch<Session>('/api/account/preferences', { discreetMode }),
    onMutate: () => setSaved(false),
    onSuccess: (updated) => {
      storeSession(queryClient, updated);
      setSaved(true);
    },
    onSettled: () => setChoosing(null),
  });
  if (!session) return null;
  const language = currentLanguage();

  return (
    <section className="page page--narrow">
      <h1 tabIndex={-1}>{t('account.title')}</h1>
      <dl className="summary">
        <div>
          <dt>{t('fields.displayName')}</dt>
          <dd>{session.user.displayName}</dd>
        </div>
        <div>
          <dt>{t('fields.email')}</dt>
          <dd>{session.user.email}</dd>
        </div>
        <div>
          <dt>{t('account.role')}</dt>
          <dd>{t(`common:roles.${session.user.role}`)}</dd>
        </div>
      </dl>

      <section className="card" aria-labelledby="language-heading">
        <h2 id="language-heading">{t('account.languageHeading')}</h2>
        <fieldset className="choices">
          <legend className="visually-hidden">{t('account.languageHeading')}</legend>
          {LANGUAGES.map((lang) => (
            <label key={lang} className="choice" lang={lang}>
              <input type="radio" name="language" value={lang} checked={language === lang} onChange={() => changeLanguage(lang)} />
              {LANGUAGE_NAMES[lang]}
            </label>
          ))}
        </fieldset>
      </section>

      <section className="card" aria-labelledby="discreet-heading">
        <h2 id="discreet-heading">{t('account.discreetHeading')}</h2>
        <p id="discreet-hint">{t('account.discreetHint')}</p>
        <label className="choice">
          <input
            type="checkbox"
            checked={choosing ?? session.user.discreetMode}
            aria-describedby="discreet-hint"
            onChange={(e) => {
              setChoosing(e.target.checked);
              discreet.mutate(e.target.checked);
            }}
          />
          {t('account.discreetLabel')}
        </label>
        <p role="status" className={discreet.isError ? 'field__error' : 'muted'}>
          {discreet.isError ? describeError(t, discreet.error) : saved ? t('account.saved') : ''}
        </p>
      </section>

      {FEED_ROLES.has(session.user.role) ? <FeedSection /> : null}
      {FEED_ROLES.has(session.user.role) ? <ReminderPreferencesSection /> : null}

      <section className="card" aria-labelledby="password-heading">
        <h2 id="password-heading">{t('account.passwordHeading')}</h2>
        <ChangePasswordForm />
      </section>
    </section>
  );
}
