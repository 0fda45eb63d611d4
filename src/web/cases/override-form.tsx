import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../platform/api';
import { fieldError, type FieldErrors } from '../platform/errors';
import { Field, focusFirstInvalid, FormAlert, SelectField, SubmitButton } from '../platform/form';
import { casesApi, useCaseMutation } from './api';
import { useCase } from './case-context';
import { CONSENT_PURPOSES, PURPOSES_NEEDING_RECIPIENT, type ConsentPurpose, type GatedAction, type RemedyId } from './types';
import { RecipientSelect, RemedySelect } from './consent-fields';
import { caseErrorText, TextAreaField, useAnnounce } from './ui';

const MIN_REASON = 20;

function actionOf(purpose: ConsentPurpose, recipient: string, remedy: RemedyId | ''): GatedAction {
  if (purpose === 'share-with-organisation' || purpose === 'refer') return { kind: purpose, recipient, categories: ['narrative'] };
  if (purpose === 'file-remedy') return { kind: purpose, remedy: (remedy || 'vtip-trp') as RemedyId };
  if (purpose === 'name-employer-in-complaint') return remedy ? { kind: purpose, remedy } : { kind: purpose };
  return { kind: purpose } as GatedAction;
}

/** A lawyer acting without the client's consent (e.g. imminent danger) writes down why; the team sees it. */
export function OverrideForm({ organisations, onClose }: { organisations: { id: string; name: string }[]; onClose: (saved: boolean) => void }) {
  const { t } = useTranslation('cases');
  const { code } = useCase();
  const announce = useAnnounce();
  const formRef = useRef<HTMLFormElement>(null);
  const [purpose, setPurpose] = useState<ConsentPurpose>('contact-police');
  const [recipient, setRecipient] = useState('');
  const [remedy, setRemedy] = useState<RemedyId | ''>('');
  const [reason, setReason] = useState('');
  const [expiresOn, setExpiresOn] = useState('');
  const [local, setLocal] = useState<FieldErrors>({});
  const save = useCaseMutation(
    code,
    (body: Record<string, unknown>) => api.post(`${casesApi.base(code)}/overrides`, body),
    () => {
      announce(t('overrides.saved'));
      onClose(true);
    },
  );
  const needsRecipient = PURPOSES_NEEDING_RECIPIENT.includes(purpose);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const errors: FieldErrors = {};
    if (reason.trim().length < MIN_REASON) errors.reason = t('overrides.reasonTooShort', { count: MIN_REASON });
    if (needsRecipient && !recipient) errors['action.recipient'] = t('consents.recipientRequired');
    if (purpose === 'file-remedy' && !remedy) errors['action.remedy'] = t('consents.remedyRequired');
    setLocal(errors);
    if (Object.keys(errors).length > 0) return focusFirstInvalid(formRef.current);
    save.mutate({ action: actionOf(purpose, recipient, remedy), reason: reason.trim(), ...(expiresOn ? { expiresOn } : {}) });
  };
  const err = (path: string) => fieldError(local, save.error, path);
  return (
    <form ref={formRef} className="stack card" onSubmit={submit} noValidate aria-labelledby="override-form-heading">
      <h3 id="override-form-heading" tabIndex={-1}>
        {t('overrides.formHeading')}
      </h3>
      <p className="field__hint">{t('overrides.formHint')}</p>
      <FormAlert message={save.error ? caseErrorText(t, save.error) : null} />
      <SelectField label={t('overrides.fields.action')} name="action" value={purpose} onChange={(e) => setPurpose(e.target.value as ConsentPurpose)}>
        {CONSENT_PURPOSES.map((p) => (
          <option key={p} value={p}>
            {t(`purposes.${p}`)}
          </option>
        ))}
      </SelectField>
      {needsRecipient ? <RecipientSelect value={recipient} onChange={setRecipient} organisations={organisations} error={err('action.recipient')} /> : null}
      {purpose === 'file-remedy' || purpose === 'name-employer-in-complaint' ? (
        <RemedySelect purpose={purpose} value={remedy} onChange={setRemedy} error={err('action.remedy')} />
      ) : null}
      <TextAreaField
        label={t('overrides.fields.reason')}
        name="reason"
        hint={t('overrides.reasonHint', { count: MIN_REASON })}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        error={err('reason')}
      />
      <Field
        label={t('overrides.fields.expiresOn')}
        name="expiresOn"
        type="date"
        hint={t('overrides.expiresHint')}
        value={expiresOn}
        onChange={(e) => setExpiresOn(e.target.value)}
        error={err('expiresOn')}
      />
      <div className="actions">
        <SubmitButton pending={save.isPending} pendingLabel={t('common:working')}>
          {t('overrides.submit')}
        </SubmitButton>
        <button type="button" className="button button--quiet" onClick={() => onClose(false)}>
          {t('actions.cancel')}
        </button>
      </div>
    </form>
  );
}
