import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLES, sessionKey, type Role } from '../accounts/session';
import { api, isApiError, request } from '../platform/api';
import { describeError } from '../platform/errors';
import { Field, FormAlert, SelectField } from '../platform/form';
import { formatInstant } from '../platform/dates';
import { membersKey, type Member } from './members';

// What an admin can do to one member (issue 11, finding 9): deactivate or reactivate, change the
// role or the admin duty, reset the authenticator (and hand over a new set-up link), or revoke a
// pending invitation. Anything that ends access asks to be confirmed first.

type Action = 'disable' | 'enable' | 'reset' | 'revoke';

export function MemberActions({ member, isSelf }: { member: Member; isSelf: boolean }) {
  const { t } = useTranslation('organisation');
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState<Action | null>(null);
  const [editing, setEditing] = useState(false);
  const [role, setRole] = useState<Role>(member.role);
  const [isAdmin, setIsAdmin] = useState(member.isAdmin);
  const [copied, setCopied] = useState(false);
  const who = member.displayName || member.email;

  const done = () => {
    setConfirming(null);
    setEditing(false);
    void queryClient.invalidateQueries({ queryKey: membersKey });
    // My own role or duty may have changed.
    if (isSelf) void queryClient.invalidateQueries({ queryKey: sessionKey });
  };
  const act = useMutation({
    mutationFn: async (action: Action): Promise<{ setupUrl?: string; expiresAt?: string }> => {
      if (action === 'revoke') return request<Record<string, never>>('DELETE', `/api/organisation/invitations/${member.id}`);
      if (action === 'reset') return api.post<{ setupUrl: string; expiresAt: string }>(`/api/organisation/members/${member.id}/mfa-reset`, {});
      await api.post<{ member: Member }>(`/api/organisation/members/${member.id}/${action}`, {});
      return {};
    },
    onMutate: () => setCopied(false),
    onSuccess: done,
  });
  const change = useMutation({
    mutationFn: () => api.patch<{ member: Member }>(`/api/organisation/members/${member.id}`, { role, isAdmin: role === 'admin' ? true : isAdmin }),
    onSuccess: done,
  });
  const error = act.error ?? change.error;
  const message = error ? (isApiError(error, 'conflict') ? t('members.lastAdmin') : describeError(t, error)) : null;

  const confirmBox = (action: Action) => (
    <div className="notice notice--info" role="group" aria-label={t(`actions.${action}`)}>
      <p>{t(`actions.confirm.${action}`, { name: who })}</p>
      <div className="actions">
        <button type="button" className="button button--primary" disabled={act.isPending} onClick={() => act.mutate(action)}>
          {t(`actions.${action}`)}
        </button>
        <button type="button" className="button button--quiet" onClick={() => setConfirming(null)}>
          {t('actions.cancel')}
        </button>
      </div>
    </div>
  );

  const submitRole = (event: FormEvent) => {
    event.preventDefault();
    change.mutate();
  };

  const setupUrl = act.data?.setupUrl;
  const expires = formatInstant(act.data?.expiresAt);

  return (
    <div className="stack member-actions">
      <FormAlert message={message} />
      {confirming ? (
        confirmBox(confirming)
      ) : (
        <div className="actions">
          {member.status === 'invited' ? (
            <button type="button" className="button button--quiet" onClick={() => setConfirming('revoke')} aria-label={t('actions.revokeFor', { name: who })}>
              {t('actions.revoke')}
            </button>
          ) : null}
          {member.status === 'active' ? (
            <>
              <button
                type="button"
                className="button button--quiet"
                aria-expanded={editing}
                onClick={() => setEditing(!editing)}
                aria-label={t('actions.changeRoleFor', { name: who })}
              >
                {t('actions.changeRole')}
              </button>
              <button type="button" className="button button--quiet" onClick={() => setConfirming('reset')} aria-label={t('actions.resetFor', { name: who })}>
                {t('actions.reset')}
              </button>
              <button
                type="button"
                className="button button--quiet"
                onClick={() => setConfirming('disable')}
                aria-label={t('actions.disableFor', { name: who })}
              >
                {t('actions.disable')}
              </button>
            </>
          ) : null}
          {member.status === 'disabled' ? (
            <button
              type="button"
              className="button button--quiet"
              disabled={act.isPending}
              onClick={() => act.mutate('enable')}
              aria-label={t('actions.enableFor', { name: who })}
            >
              {t('actions.enable')}
            </button>
          ) : null}
        </div>
      )}
      {editing && member.status === 'active' ? (
        <form onSubmit={submitRole} className="stack" aria-label={t('actions.changeRoleFor', { name: who })}>
          <SelectField label={t('actions.role')} name="role" value={role} onChange={(e) => setRole(e.target.value as Role)}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`common:roles.${r}`)}
              </option>
            ))}
          </SelectField>
          <label className="choice">
            <input
              type="checkbox"
              name="isAdmin"
              checked={role === 'admin' || isAdmin}
              disabled={role === 'admin'}
              onChange={(e) => setIsAdmin(e.target.checked)}
            />
            {t('actions.adminDuty')}
          </label>
          <p className="field__hint">{t('actions.adminDutyHint')}</p>
          <div className="actions">
            <button type="submit" className="button button--primary" disabled={change.isPending}>
              {t('actions.save')}
            </button>
            <button type="button" className="button button--quiet" onClick={() => setEditing(false)}>
              {t('actions.cancel')}
            </button>
          </div>
        </form>
      ) : null}
      {setupUrl ? (
        <div className="notice notice--success invite-link" role="status">
          <p>{t('actions.resetDone', { name: who, expires })}</p>
          <Field
            label={t('actions.resetLink')}
            name="setupUrl"
            value={setupUrl}
            readOnly
            onFocus={(e) => e.target.select()}
            hint={t('actions.resetLinkHint')}
          />
          <button
            type="button"
            className="button"
            onClick={() => {
              navigator.clipboard.writeText(setupUrl).then(
                () => setCopied(true),
                () => setCopied(false),
              );
            }}
          >
            {copied ? t('invite.copied') : t('invite.copy')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
