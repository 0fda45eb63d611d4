import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate } from 'react-router';
import { useDocumentTitle } from '../shell/document-title';
import { Loading } from '../shell/guards';
import { api } from '../platform/api';
import { describeError, fieldError, MIN_PASSWORD_LENGTH, type FieldErrors } from '../platform/errors';
import { Field, focusFirstInvalid, FormAlert, SubmitButton } from '../platform/form';
import { takeHashToken } from '../platform/hash-token';

const setupStatusKey = ['setup-status'] as const;

export function useSetupStatus() {
  return useQuery({ queryKey: setupStatusKey, queryFn: () => api.get<{ needed: boolean }>('/api/setup/status'), staleTime: 30_000 });
}

interface SetupForm {
  organisationName: string;
  displayName: string;
  email: string;
  password: string;
  confirmPassword: string;
}

export function SetupPage() {
  const { t } = useTranslation('accounts');
  useDocumentTitle(t('setup.title'));
  const [token] = useState(() => takeHashToken('/setup'));
  const status = useSetupStatus();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const [form, setForm] = useState<SetupForm>({ organisationName: '', displayName: '', email: '', password: '', confirmPassword: '' });
  const [alsoLawyer, setAlsoLawyer] = useState(false);
  const [local, setLocal] = useState<FieldErrors>({});
  const setup = useMutation({
    mutationFn: ({ confirmPassword: _unused, ...body }: SetupForm) =>
      api.post<unknown>('/api/setup', { token, ...body, ...(alsoLawyer ? { alsoLawyer: true } : {}) }),
    onSuccess: () => {
      queryClient.setQueryData(setupStatusKey, { needed: false });
      navigate('/sign-in', { replace: true, state: { setUp: true, email: form.email.trim() } });
    },
    onError: () => focusFirstInvalid(formRef.current),
  });

  if (status.isPending) return <Loading />;
  // Not while this page's own set-up is in flight or done: its onSuccess marks set-up as no longer needed
  // before the mutation settles, and the navigation there (with the new email) must not race this one.
  if (status.data && !status.data.needed && !setup.isPending && !setup.isSuccess) return <Navigate to="/sign-in" replace />;

  const update = (key: keyof SetupForm) => (event: { target: { value: string } }) => setForm({ ...form, [key]: event.target.value });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const errors: FieldErrors = {};
    if (!form.organisationName.trim()) errors.organisationName = t('errors.required');
    if (!form.displayName.trim()) errors.displayName = t('errors.required');
    if (!/^\S+@\S+\.\S+$/.test(form.email.trim())) errors.email = t('errors.email');
    if (form.password.length < MIN_PASSWORD_LENGTH) errors.password = t('errors.passwordLength', { count: MIN_PASSWORD_LENGTH });
    else if (form.password !== form.confirmPassword) errors.confirmPassword = t('errors.passwordMismatch');
    setLocal(errors);
    if (Object.keys(errors).length > 0) return focusFirstInvalid(formRef.current);
    setup.mutate({ ...form, email: form.email.trim() });
  };
  const err = (path: string) => fieldError(local, setup.error, path);

  return (
    <section className="page page--narrow">
      <h1 tabIndex={-1}>{t('setup.title')}</h1>
      <p className="lede">{t('setup.intro')}</p>
      {!token ? (
        <div className="notice notice--info">
          <p>{t('setup.noToken')}</p>
        </div>
      ) : (
        <form ref={formRef} onSubmit={submit} noValidate className="stack">
          <FormAlert message={setup.error ? describeError(t, setup.error) : Object.keys(local).length ? t('common:errors.check-fields') : null} />
          <Field
            label={t('setup.organisationName')}
            name="organisationName"
            autoComplete="organization"
            value={form.organisationName}
            onChange={update('organisationName')}
            error={err('organisationName')}
            required
          />
          <fieldset className="stack">
            <legend>{t('setup.adminHeading')}</legend>
            <p className="field__hint">{t('setup.adminHint')}</p>
            <Field
              label={t('fields.displayName')}
              name="displayName"
              autoComplete="name"
              value={form.displayName}
              onChange={update('displayName')}
              error={err('displayName')}
              required
            />
            <Field
              label={t('fields.email')}
              name="email"
              type="email"
              autoComplete="email"
              value={form.email}
              onChange={update('email')}
              error={err('email')}
              required
            />
            <Field
              label={t('fields.newPassword')}
              name="password"
              type="password"
              autoComplete="new-password"
              hint={t('fields.passwordHint', { count: MIN_PASSWORD_LENGTH })}
              value={form.password}
              onChange={update('password')}
              error={err('password')}
              required
            />
            <Field
              label={t('fields.confirmPassword')}
              name="confirmPassword"
              type="password"
              autoComplete="new-password"
              value={form.confirmPassword}
              onChange={update('confirmPassword')}
              error={err('confirmPassword')}
              required
            />
            <label className="choice">
              <input
                type="checkbox"
                name="alsoLawyer"
                checked={alsoLawyer}
                onChange={(e) => setAlsoLawyer(e.target.checked)}
                aria-describedby="also-lawyer-hint"
              />
              {t('setup.alsoLawyer')}
            </label>
            <p className="field__hint" id="also-lawyer-hint">
              {t('setup.alsoLawyerHint')}
            </p>
          </fieldset>
          <SubmitButton pending={setup.isPending} pendingLabel={t('common:working')}>
            {t('setup.submit')}
          </SubmitButton>
        </form>
      )}
    </section>
  );
}
