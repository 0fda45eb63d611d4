import { useQuery } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../platform/api';
import { fieldError, type FieldErrors } from '../platform/errors';
import { Field, focusFirstInvalid, FormAlert, SelectField, SubmitButton } from '../platform/form';
import { casesApi, useCaseMutation } from './api';
import { useCase } from './case-context';
import { formatDay } from './format';
import { OUTCOMES, type Outcome } from './types';
import { caseErrorText, useAnnounce } from './ui';

interface RetentionRow {
  code: string;
  closedAt: string;
  outcome: string | null;
  retentionDays: number;
  deleteOn: string;
  overdue: boolean;
}

function CloseForm() {
  const { t } = useTranslation('cases');
  const { code } = useCase();
  const announce = useAnnounce();
  const [outcome, setOutcome] = useState<Outcome | ''>('');
  const [local, setLocal] = useState<FieldErrors>({});
  const formRef = useRef<HTMLFormElement>(null);
  const close = useCaseMutation(
    code,
    () => api.post(`${casesApi.base(code)}/close`, { outcome }),
    () => announce(t('closing.closed')),
    { header: true },
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const errors: FieldErrors = outcome ? {} : { outcome: t('closing.outcomeRequired') };
    setLocal(errors);
    if (errors.outcome) return focusFirstInvalid(formRef.current);
    close.mutate(undefined);
  };
  return (
    <form ref={formRef} className="stack card" onSubmit={submit} noValidate aria-labelledby="close-heading">
      <h3 id="close-heading">{t('closing.closeHeading')}</h3>
      <p>{t('closing.closeIntro')}</p>
      <FormAlert message={close.error ? caseErrorText(t, close.error) : null} />
      <SelectField
        label={t('closing.outcome')}
        name="outcome"
        value={outcome}
        onChange={(e) => setOutcome(e.target.value as Outcome)}
        error={fieldError(local, close.error, 'outcome')}
      >
        <option value="">{t('closing.chooseOutcome')}</option>
        {OUTCOMES.map((o) => (
          <option key={o} value={o}>
            {t(`outcomes.${o}`)}
          </option>
        ))}
      </SelectField>
      <SubmitButton pending={close.isPending} pendingLabel={t('common:working')}>
        {t('closing.close')}
      </SubmitButton>
    </form>
  );
}

/** Deleting destroys the case's key: nothing can bring the file back. Typing the code confirms it. */
function DeleteForm() {
  const { t } = useTranslation('cases');
  const { code } = useCase();
  const navigate = useNavigate();
  const [confirmCode, setConfirmCode] = useState('');
  const [local, setLocal] = useState<FieldErrors>({});
  const formRef = useRef<HTMLFormElement>(null);
  const remove = useCaseMutation(
    code,
    () => casesApi.delete(casesApi.base(code), { confirmCode }),
    () => navigate('/cases', { replace: true, state: { deleted: code } }),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const errors: FieldErrors = confirmCode.trim().toUpperCase() === code ? {} : { confirmCode: t('closing.confirmMismatch') };
    setLocal(errors);
    if (errors.confirmCode) return focusFirstInvalid(formRef.current);
    remove.mutate(undefined);
  };
  return (
    <form ref={formRef} className="stack card" onSubmit={submit} noValidate aria-labelledby="delete-heading">
      <h3 id="delete-heading">{t('closing.deleteHeading')}</h3>
      <p>{t('closing.deleteIntro')}</p>
      <FormAlert message={remove.error ? caseErrorText(t, remove.error) : null} />
      <Field
        label={t('closing.confirmCode', { code })}
        name="confirmCode"
        autoComplete="off"
        className="field--short"
        value={confirmCode}
        onChange={(e) => setConfirmCode(e.target.value)}
        error={fieldError(local, remove.error, 'confirmCode')}
      />
      <button type="submit" className="button button--serious" disabled={remove.isPending}>
        {t('closing.delete')}
      </button>
    </form>
  );
}

function Retention() {
  const { t } = useTranslation('cases');
  const { code } = useCase();
  const retention = useQuery({ queryKey: ['admin', 'retention'], queryFn: () => api.get<{ cases: RetentionRow[] }>('/api/admin/retention') });
  const row = retention.data?.cases.find((c) => c.code === code);
  if (!row) return null;
  return (
    <p className="notice">{t(row.overdue ? 'closing.retentionOverdue' : 'closing.retention', { date: formatDay(row.deleteOn), days: row.retentionDays })}</p>
  );
}

export function ClosingTab() {
  const { t } = useTranslation('cases');
  const { header, can, viewer } = useCase();
  return (
    <div className="case-tab">
      <h2 tabIndex={-1}>{t('tabs.closing')}</h2>
      <p className="lede">{t('closing.intro')}</p>
      {header.status === 'closed' ? (
        <p className="notice">
          {t('closing.alreadyClosed', { date: formatDay(header.closedAt), outcome: header.outcome ? t(`outcomes.${header.outcome}`) : '—' })}
        </p>
      ) : null}
      {viewer.role === 'admin' && header.status === 'closed' ? <Retention /> : null}
      {header.status === 'open' && can['case:close'] ? <CloseForm /> : null}
      {can['case:delete'] ? <DeleteForm /> : null}
      {!can['case:close'] && !can['case:delete'] ? <p className="muted">{t('closing.onlyResponsible')}</p> : null}
    </div>
  );
}
