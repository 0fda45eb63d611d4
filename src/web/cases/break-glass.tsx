import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isWrittenReason } from '../../core/access/break-glass';
import { BREAK_GLASS_REASON_MIN_LENGTH } from '../../core/access/model';
import { api } from '../platform/api';
import { fieldError, type FieldErrors } from '../platform/errors';
import { Field, focusFirstInvalid, FormAlert, SubmitButton } from '../platform/form';
import { caseKeys, casesApi } from './api';
import { caseErrorText, TextAreaField } from './ui';

const MIN_REASON = BREAK_GLASS_REASON_MIN_LENGTH;

/**
 * An administrator of the holding organisation cannot read a case without emergency access.
 * The grant is personal, reasoned, short (≤ 24 h) and shown to the whole team.
 */
export function BreakGlassRequest({ code }: { code: string }) {
  const { t } = useTranslation('cases');
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const [reason, setReason] = useState('');
  const [hours, setHours] = useState('2');
  const [local, setLocal] = useState<FieldErrors>({});
  const grant = useMutation({
    mutationFn: () => api.post(`${casesApi.base(code)}/break-glass`, { reason: reason.trim(), hours: Number(hours) }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: caseKeys.all(code) }),
    onError: () => focusFirstInvalid(formRef.current),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const errors: FieldErrors = {};
    if (reason.trim().length < MIN_REASON) errors.reason = t('breakGlass.reasonTooShort', { count: MIN_REASON });
    else if (!isWrittenReason(reason)) errors.reason = t('breakGlass.reasonNotWords');
    const h = Number(hours);
    if (!Number.isFinite(h) || h <= 0 || h > 24) errors.hours = t('breakGlass.hoursRange');
    setLocal(errors);
    if (Object.keys(errors).length > 0) return focusFirstInvalid(formRef.current);
    grant.mutate();
  };
  return (
    <>
      <p className="lede">{t('breakGlass.intro')}</p>
      <p>{t('breakGlass.visible')}</p>
      <form ref={formRef} className="stack card" onSubmit={submit} noValidate>
        <FormAlert message={grant.error ? caseErrorText(t, grant.error) : null} />
        <TextAreaField
          label={t('breakGlass.reason')}
          name="reason"
          hint={t('breakGlass.reasonHint', { count: MIN_REASON })}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          error={fieldError(local, grant.error, 'reason')}
        />
        <Field
          label={t('breakGlass.hours')}
          name="hours"
          type="number"
          min={1}
          max={24}
          inputMode="numeric"
          className="field--short-number"
          value={hours}
          onChange={(e) => setHours(e.target.value)}
          error={fieldError(local, grant.error, 'hours')}
        />
        <SubmitButton pending={grant.isPending} pendingLabel={t('common:working')}>
          {t('breakGlass.submit')}
        </SubmitButton>
      </form>
    </>
  );
}
