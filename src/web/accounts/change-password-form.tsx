import { useMutation } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../platform/api';
import { describeError, fieldError, MIN_PASSWORD_LENGTH, type FieldErrors } from '../platform/errors';
import { Field, focusFirstInvalid, FormAlert, SubmitButton } from '../platform/form';

const EMPTY = { currentPassword: '', newPassword: '', confirmPassword: '' };

export function ChangePasswordForm() {
  const { t } = useTranslation('accounts');
  const formRef = useRef<HTMLFormElement>(null);
  const [form, setForm] = useState(EMPTY);
  const [local, setLocal] = useState<FieldErrors>({});
  const change = useMutation({
    mutationFn: () => api.post<void>('/api/account/password', { currentPassword: form.currentPassword, newPassword: form.newPassword }),
    onSuccess: () => setForm(EMPTY),
    onError: () => focusFirstInvalid(formRef.current),
  });
  const update = (key: keyof typeof EMPTY) => (event: { target: { value: string } }) => setForm({ ...form, [key]: event.target.value });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const errors: FieldErrors = {};
    if (!form.currentPassword) errors.currentPassword = t('errors.required');
    if (form.newPassword.length < MIN_PASSWORD_LENGTH) errors.newPassword = t('errors.passwordLength', { count: MIN_PASSWORD_LENGTH });
    else if (form.newPassword !== form.confirmPassword) errors.confirmPassword = t('errors.passwordMismatch');
    setLocal(errors);
    if (Object.keys(errors).length > 0) return focusFirstInvalid(formRef.current);
    change.mutate();
  };
  const err = (path: string) => fieldError(local, change.error, path);
  const message = change.isError ? describeError(t, change.error) : null;

  return (
    <form ref={formRef} onSubmit={submit} noValidate className="stack">
      <FormAlert message={message} />
      <FormAlert tone="success" message={change.isSuccess ? t('account.passwordChanged') : null} />
      <Field
        label={t('fields.currentPassword')}
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        value={form.currentPassword}
        onChange={update('currentPassword')}
        error={err('currentPassword')}
        required
      />
      <Field
        label={t('fields.newPassword')}
        name="newPassword"
        type="password"
        autoComplete="new-password"
        hint={t('fields.passwordHint', { count: MIN_PASSWORD_LENGTH })}
        value={form.newPassword}
        onChange={update('newPassword')}
        error={err('newPassword')}
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
      <SubmitButton pending={change.isPending} pendingLabel={t('common:working')}>
        {t('account.passwordSubmit')}
      </SubmitButton>
    </form>
  );
}
