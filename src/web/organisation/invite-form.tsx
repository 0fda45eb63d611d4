import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLES, type Role } from '../accounts/session';
import { api } from '../platform/api';
import { describeError, fieldError, type FieldErrors } from '../platform/errors';
import { Field, focusFirstInvalid, FormAlert, SelectField, SubmitButton } from '../platform/form';
import { formatInstant } from '../platform/dates';
import { membersKey } from './members';

interface Invitation {
  inviteUrl: string;
  expiresAt: string;
}

export function InviteForm() {
  const { t } = useTranslation('organisation');
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('lawyer');
  const [local, setLocal] = useState<FieldErrors>({});
  const [copied, setCopied] = useState(false);
  const invite = useMutation({
    mutationFn: () => api.post<Invitation>('/api/organisation/invitations', { email: email.trim(), role }),
    onMutate: () => setCopied(false),
    onSuccess: () => {
      setEmail('');
      void queryClient.invalidateQueries({ queryKey: membersKey });
    },
    onError: () => focusFirstInvalid(formRef.current),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const errors: FieldErrors = /^\S+@\S+\.\S+$/.test(email.trim()) ? {} : { email: t('invite.emailError') };
    setLocal(errors);
    if (errors.email) return focusFirstInvalid(formRef.current);
    invite.mutate();
  };
  const copy = async (url: string) => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };
  const expires = formatInstant(invite.data?.expiresAt);

  return (
    <>
      <p>{t('invite.intro')}</p>
      <form ref={formRef} onSubmit={submit} noValidate className="stack">
        <FormAlert message={invite.error ? describeError(t, invite.error) : null} />
        <Field
          label={t('invite.email')}
          name="email"
          type="email"
          autoComplete="off"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={fieldError(local, invite.error, 'email')}
          required
        />
        <SelectField
          label={t('invite.role')}
          name="role"
          value={role}
          onChange={(e) => setRole(e.target.value as Role)}
          error={fieldError(local, invite.error, 'role')}
        >
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`common:roles.${r}`)}
            </option>
          ))}
        </SelectField>
        <SubmitButton pending={invite.isPending} pendingLabel={t('common:working')}>
          {t('invite.submit')}
        </SubmitButton>
      </form>
      {invite.data ? (
        <div className="notice notice--success invite-link" role="status">
          <p>{t('invite.created', { expires })}</p>
          <Field
            label={t('invite.link')}
            name="inviteUrl"
            value={invite.data.inviteUrl}
            readOnly
            onFocus={(e) => e.target.select()}
            hint={t('invite.linkHint')}
          />
          <button type="button" className="button" onClick={() => copy(invite.data.inviteUrl)}>
            {copied ? t('invite.copied') : t('invite.copy')}
          </button>
        </div>
      ) : null}
    </>
  );
}
