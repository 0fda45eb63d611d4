import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { api, isApiError } from '../platform/api';
import { describeError, fieldError, type FieldErrors } from '../platform/errors';
import { Field, focusFirstInvalid, FormAlert, SubmitButton } from '../platform/form';
import { useDocumentTitle } from '../shell/document-title';
import { Loading } from '../shell/guards';
import { fetchSession, pathForStage, storeSession, useSession } from './session';
import { useSetupStatus } from './setup-page';

interface ArrivalState {
  setUp?: boolean;
  signedOut?: boolean;
  accepted?: boolean;
  email?: string;
}

function arrivalMessageKey(state: ArrivalState | null): string | null {
  if (state?.setUp) return 'signIn.afterSetup';
  if (state?.accepted) return 'signIn.afterInvite';
  if (state?.signedOut) return 'signIn.afterSignOut';
  return null;
}

export function SignInPage() {
  const { t } = useTranslation('accounts');
  useDocumentTitle(t('signIn.title'));
  const location = useLocation();
  const arrival = (location.state as ArrivalState | null) ?? null;
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const session = useSession();
  const setupStatus = useSetupStatus();
  const formRef = useRef<HTMLFormElement>(null);
  const [email, setEmail] = useState(arrival?.email ?? '');
  const [password, setPassword] = useState('');
  const [local, setLocal] = useState<FieldErrors>({});
  const signIn = useMutation({
    mutationFn: () => api.post<{ next: 'mfa-enrol' | 'mfa-verify' }>('/api/auth/sign-in', { email: email.trim(), password }),
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

  if (session.isPending || setupStatus.isPending) return <Loading />;
  if (setupStatus.data?.needed) return <Navigate to="/setup" replace />;
  if (session.data && !signIn.isPending) return <Navigate to={pathForStage(session.data)} replace />;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const errors: FieldErrors = {};
    if (!email.trim()) errors.email = t('errors.required');
    if (!password) errors.password = t('errors.required');
    setLocal(errors);
    if (Object.keys(errors).length > 0) return focusFirstInvalid(formRef.current);
    signIn.mutate();
  };
  const arrivalKey = arrivalMessageKey(arrival);
  const err = (path: string) => fieldError(local, signIn.error, path);

  return (
    <section className="page page--narrow">
      <h1 tabIndex={-1}>{t('signIn.title')}</h1>
      {arrivalKey ? (
        <div className="notice notice--success" role="status">
          <p>{t(arrivalKey)}</p>
        </div>
      ) : null}
      <form ref={formRef} onSubmit={submit} noValidate className="stack">
        <FormAlert message={signIn.error ? (isApiError(signIn.error, 'forbidden') ? t('signIn.mfaResetPending') : describeError(t, signIn.error)) : null} />
        <Field
          label={t('fields.email')}
          name="email"
          type="email"
          autoComplete="username"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={err('email')}
          required
        />
        <Field
          label={t('fields.password')}
          name="password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={err('password')}
          required
        />
        <SubmitButton pending={signIn.isPending} pendingLabel={t('common:working')}>
          {t('signIn.submit')}
        </SubmitButton>
      </form>
      <p className="muted">{t('signIn.help')}</p>
    </section>
  );
}
