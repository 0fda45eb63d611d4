import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useCase } from '../cases/case-context';
import { caseErrorText, useAnnounce } from '../cases/ui';
import { fieldError, type FieldErrors } from '../platform/errors';
import { Field, focusFirstInvalid, FormAlert, SubmitButton } from '../platform/form';
import { logApi, useLogChange, type LogEntry } from './api';

/**
 * The extension an institution gave notice of for an access-to-information request (Access to
 * Information Act s. 9(1)): its days move the answer date in the calendar, the feed and reminders.
 */
export function ExtensionForm({ entry, onClose }: { entry: LogEntry; onClose: () => void }) {
  const { t } = useTranslation('institutions');
  const { t: tc } = useTranslation('cases');
  const { code } = useCase();
  const announce = useAnnounce();
  const formRef = useRef<HTMLFormElement>(null);
  const [days, setDays] = useState(entry.extensionDays ? String(entry.extensionDays) : '');
  const [local, setLocal] = useState<FieldErrors>({});
  const save = useLogChange(
    code,
    (body: Record<string, unknown>) => logApi.answer(code, entry.id, body),
    () => {
      announce(t('log.extensionSaved'));
      onClose();
    },
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const valid = /^\d{1,3}$/.test(days) && Number(days) >= 1 && Number(days) <= 365;
    setLocal(valid ? {} : { extensionDays: t('log.extensionInvalid') });
    if (!valid) return focusFirstInvalid(formRef.current);
    save.mutate({ extensionDays: Number(days) });
  };
  return (
    <form ref={formRef} className="stack" onSubmit={submit} noValidate aria-label={t('log.extensionHeading')}>
      <FormAlert message={save.error ? caseErrorText(tc, save.error) : null} />
      <Field
        label={t('log.fields.extensionDays')}
        name={`extensionDays-${entry.id}`}
        inputMode="numeric"
        maxLength={3}
        hint={t('log.extensionHint')}
        value={days}
        onChange={(e) => setDays(e.target.value)}
        error={fieldError(local, save.error, 'extensionDays')}
      />
      <div className="actions">
        <SubmitButton pending={save.isPending} pendingLabel={t('common:working')}>
          {t('log.saveExtension')}
        </SubmitButton>
        <button type="button" className="button button--quiet" onClick={onClose}>
          {t('log.cancel')}
        </button>
      </div>
    </form>
  );
}
