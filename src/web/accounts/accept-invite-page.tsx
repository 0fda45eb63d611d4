import { useMutation, useQuery } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../platform/api';
import { describeError, fieldError, MIN_PASSWORD_LENGTH, type FieldErrors } from '../platform/errors';
import { Field, focusFirstInvalid, FormAlert, SubmitButton } from '../platform/form';
import { takeHashToken } from '../platform/hash-token';
import { useDocumentTitle } from '../shell/document-title';
import { Loading } from '../shell/guards';
import type { Role } from './session';

interface Invitation {
  organisationName: string;
  role: Role;
  email: string;
}

export function AcceptInvitePage() {
  const { t } = useTranslation('accounts');
  useDocumentTitle(t('invite.title'));
  const [token] = useState(() => takeHashToken('/invite'));
  const navigate = useNavigate();
  const formRef = useRef<HTMLFormElement>(null);
  const [form, setForm] = useState({ displayName: '', password: '', confirmPassword: '' });
  const [local, setLocal] = useState<FieldErrors>({});
  const invitation = useQuery({
    queryKey: ['invitation', token],
    queryFn: () => api.post<Invitation>('/api/invitations/inspect', { token }),
    enabled: token !== null,
    retry: false,
    staleTime: Infinity,
  });
  const accept = useMutation({
    mutationFn: () => api.post<unknown>('/api/invitations/accept', { token, displayName: form.displayName.trim(), password: form.password }),
    onSuccess: () => navigate('/sign-in', { replace: true, state: { accepted: true, email: invitation.data?.email } }),
    onError: () => focusFirstInvalid(formRef.current),
  });

  const update = (key: keyof typeof form) => (event: { target: { value: string } }) => setForm({ ...form, [key]: event.target.value });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const errors: FieldErrors = {};
    if (!form.displayName.trim()) errors.displayName = t('errors.required');
    if (form.password.length < MIN_PASSWORD_LENGTH) errors.password = t('errors.passwordLength', { count: MIN_PASSWORD_LENGTH });
    else if (form.password !== form.confirmPassword) errors.confirmPassword = t('errors.passwordMismatch');
    setLocal(errors);
    if (Object.keys(errors).length > 0) return focusFirstInvalid(formRef.current);
    accept.mutate();
  };
  const err = (path: string) => fieldError(local, accept.error, path);

  let body;
  if (!token) {
    body = (
      <div className="notice notice--info">
        <p>{t('invite.noToken')}</p>
      </div>
    );
  } else if (invitation.isPending) {
    body = <Loading />;
  } else if (invitation.isError) {
    body = (
      <div className="notice notice--problem" role="alert">
        <p>{describeError(t, invitation.error)}</p>
        <p>{t('invite.askAgain')}</p>
      </div>
    );
  } else {
    const { organisationName, role, email } = invitation.data;
    body = (
      <>
        <p className="lede">{t('invite.intro', { organisationName, role: t(`common:roles.${role}`) })}</p>
        <form ref={formRef} onSubmit={submit} noValidate className="stack">
          <FormAlert message={accept.error ? describeError(t, accept.error) : null} />
          <Field label={t('fields.email')} name="email" type="email" autoComplete="username" value={email} readOnly hint={t('invite.emailHint')} />
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
          <SubmitButton pending={accept.isPending} pendingLabel={t('common:working')}>
            {t('invite.submit')}
          </SubmitButton>
        </form>
      </>
    );
  }

  return (
    <section className="page page--narrow">
      <h1 tabIndex={-1}>{t('invite.title')}</h1>
      {body}
    </section>
  );
}
