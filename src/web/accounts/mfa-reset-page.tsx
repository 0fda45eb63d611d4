import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../platform/api';
import { describeError, fieldError, type FieldErrors } from '../platform/errors';
import { Field, focusFirstInvalid, FormAlert, SubmitButton } from '../platform/form';
import { takeHashToken } from '../platform/hash-token';
import { useDocumentTitle } from '../shell/document-title';
import { Loading } from '../shell/guards';
import { fetchSession, pathForStage, storeSession } from './session';

// The link an admin gives a colleague after resetting their authenticator: with it and their
// password, they go on to set up a new authenticator (the ordinary enrolment page).

export function MfaResetPage() {
  const { t } = useTranslation('accounts');
  useDocumentTitle(t('mfaReset.title'));
  const [token] = useState(() => takeHashToken('/mfa-reset'));
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const [password, setPassword] = useState('');
  const [local, setLocal] = useState<FieldErrors>({});
  const link = useQuery({
    queryKey: ['mfa-reset', token],
    queryFn: () => api.post<{ email: string; organisationName: string }>('/api/mfa-reset/inspect', { token }),
    enabled: token !== null,
    retry: false,
    staleTime: Infinity,
  });
  const accept = useMutation({
    mutationFn: () => api.post<{ next: 'mfa-enrol' }>('/api/mfa-reset/accept', { token, password }),
    onSuccess: async () => {
      const fresh = await fetchSession();
      storeSession(queryClient, fresh);
      navigate(pathForStage(fresh), { replace: true });
    },
    onError: () => {
      setPassword('');
      focusFirstInvalid(formRef.current);
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const errors: FieldErrors = password ? {} : { password: t('errors.required') };
    setLocal(errors);
    if (errors.password) return focusFirstInvalid(formRef.current);
    accept.mutate();
  };

  let body;
  if (!token) {
    body = (
      <div className="notice notice--info">
        <p>{t('mfaReset.noToken')}</p>
      </div>
    );
  } else if (link.isPending) {
    body = <Loading />;
  } else if (link.isError) {
    body = (
      <div className="notice notice--problem" role="alert">
        <p>{describeError(t, link.error)}</p>
        <p>{t('mfaReset.askAgain')}</p>
      </div>
    );
  } else {
    body = (
      <>
        <p className="lede">{t('mfaReset.intro', { organisationName: link.data.organisationName })}</p>
        <form ref={formRef} onSubmit={submit} noValidate className="stack">
          <FormAlert message={accept.error ? describeError(t, accept.error) : null} />
          <Field label={t('fields.email')} name="email" type="email" autoComplete="username" value={link.data.email} readOnly />
          <Field
            label={t('fields.password')}
            name="password"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            error={fieldError(local, accept.error, 'password')}
            required
          />
          <SubmitButton pending={accept.isPending} pendingLabel={t('common:working')}>
            {t('mfaReset.submit')}
          </SubmitButton>
        </form>
      </>
    );
  }

  return (
    <section className="page page--narrow">
      <h1 tabIndex={-1}>{t('mfaReset.title')}</h1>
      {body}
    </section>
  );
}
