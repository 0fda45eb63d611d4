import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../platform/api';
import { fieldError, type FieldErrors } from '../platform/errors';
import { focusFirstInvalid, FormAlert, SelectField, SubmitButton } from '../platform/form';
import { caseKeys, casesApi } from './api';
import { caseErrorText, TextAreaField } from './ui';

const MIN_REASON = 20;

interface Member {
  id: string;
  displayName: string;
  role: string;
  status: 'active' | 'invited' | 'disabled';
}

/**
 * An administrator hands on a case whose responsible lawyer is gone (account disabled). The
 * server refuses it while the responsible lawyer is working, so the form is offered only when the
 * server says the case can be handed on now (the same rule, src/core/access/reassign.ts). The
 * reason is shown to the team, and the new lawyer does not see privileged material unless a
 * lawyer of the case vouched for them.
 */
export function ReassignForm({ code }: { code: string }) {
  const { t } = useTranslation('cases');
  const [handedOn, setHandedOn] = useState(false);
  const reassignable = useQuery({
    queryKey: caseKeys.part(code, 'reassignable'),
    queryFn: () => api.get<{ reassignable: boolean }>(`${casesApi.base(code)}/reassign`).then((r) => r.reassignable),
  });
  // Once handed on, the case has a working lawyer again: the form goes, its confirmation stays.
  if (handedOn) return <FormAlert tone="success" message={t('reassign.done')} />;
  return reassignable.data ? <HandOnForm code={code} onDone={() => setHandedOn(true)} /> : null;
}

function HandOnForm({ code, onDone }: { code: string; onDone: () => void }) {
  const { t } = useTranslation('cases');
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const [userId, setUserId] = useState('');
  const [reason, setReason] = useState('');
  const [local, setLocal] = useState<FieldErrors>({});
  const members = useQuery({
    queryKey: ['organisation', 'members'],
    queryFn: () => api.get<{ members: Member[] }>('/api/organisation/members').then((r) => r.members),
  });
  const lawyers = (members.data ?? []).filter((m) => m.role === 'lawyer' && m.status === 'active');
  const reassign = useMutation({
    mutationFn: () => api.post(`${casesApi.base(code)}/reassign`, { userId, reason: reason.trim() }),
    onSuccess: () => {
      onDone();
      return queryClient.invalidateQueries({ queryKey: caseKeys.all(code) });
    },
    onError: () => focusFirstInvalid(formRef.current),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const errors: FieldErrors = {};
    if (!userId) errors.userId = t('reassign.lawyerRequired');
    if (reason.trim().length < MIN_REASON) errors.reason = t('reassign.reasonTooShort', { count: MIN_REASON });
    setLocal(errors);
    if (Object.keys(errors).length > 0) return focusFirstInvalid(formRef.current);
    reassign.mutate();
  };
  return (
    <form ref={formRef} className="stack card" onSubmit={submit} noValidate aria-labelledby="reassign-heading">
      <h2 id="reassign-heading">{t('reassign.heading')}</h2>
      <p>{t('reassign.intro')}</p>
      <p>{t('reassign.privileged')}</p>
      <FormAlert message={reassign.error ? caseErrorText(t, reassign.error) : null} />
      <SelectField
        label={t('reassign.lawyer')}
        name="userId"
        value={userId}
        onChange={(e) => setUserId(e.target.value)}
        error={fieldError(local, reassign.error, 'userId')}
      >
        <option value="">{t('reassign.chooseLawyer')}</option>
        {lawyers.map((m) => (
          <option key={m.id} value={m.id}>
            {m.displayName}
          </option>
        ))}
      </SelectField>
      <TextAreaField
        label={t('reassign.reason')}
        name="reason"
        hint={t('reassign.reasonHint')}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        error={fieldError(local, reassign.error, 'reason')}
      />
      <SubmitButton pending={reassign.isPending} pendingLabel={t('common:working')}>
        {t('reassign.submit')}
      </SubmitButton>
    </form>
  );
}
