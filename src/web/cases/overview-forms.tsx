import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../platform/api';
import { fieldError, type FieldErrors } from '../platform/errors';
import { Field, focusFirstInvalid, FormAlert, SelectField, SubmitButton } from '../platform/form';
import { casesApi, useCaseMutation } from './api';
import { useCase } from './case-context';
import { invalidLanguageTags, LanguagesField } from './languages-field';
import { PROVINCES, type Province, type SafeContact, type Safety } from './types';
import { caseErrorText, optional, RadioGroup, TextAreaField, useAnnounce } from './ui';

const SAFETY: readonly Safety[] = ['safe', 'unsafe', 'unknown'];
const CHANNELS = ['call', 'text', 'email', 'leaveMessages'] as const;

export function SafeContactForm({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('cases');
  const { code, header } = useCase();
  const announce = useAnnounce();
  const initial = header.safeContact;
  const [channels, setChannels] = useState<Record<(typeof CHANNELS)[number], Safety>>({
    call: initial?.call ?? 'unknown',
    text: initial?.text ?? 'unknown',
    email: initial?.email ?? 'unknown',
    leaveMessages: initial?.leaveMessages ?? 'unknown',
  });
  const [extra, setExtra] = useState({
    safeTimes: initial?.safeTimes ?? '',
    codeWord: initial?.codeWord ?? '',
    othersWhoMayAnswer: initial?.othersWhoMayAnswer ?? '',
    notes: initial?.notes ?? '',
  });
  const save = useCaseMutation(
    code,
    (body: SafeContact) => casesApi.put(`${casesApi.base(code)}/safe-contact`, body),
    () => {
      announce(t('safeContact.saved'));
      onClose();
    },
    { header: true },
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({
      ...channels,
      safeTimes: optional(extra.safeTimes),
      codeWord: optional(extra.codeWord),
      othersWhoMayAnswer: optional(extra.othersWhoMayAnswer),
      notes: optional(extra.notes),
    });
  };
  return (
    <form className="stack" onSubmit={submit} noValidate aria-labelledby="safe-contact-form-heading">
      <h3 id="safe-contact-form-heading" tabIndex={-1}>
        {t('safeContact.formHeading')}
      </h3>
      <p className="field__hint">{t('safeContact.formHint')}</p>
      <FormAlert message={save.error ? caseErrorText(t, save.error) : null} />
      {CHANNELS.map((channel) => (
        <RadioGroup
          key={channel}
          legend={t(`safeContact.questions.${channel}`)}
          name={channel}
          options={SAFETY}
          label={(o) => t(`safeContact.values.${o}`)}
          value={channels[channel]}
          onChange={(v) => setChannels({ ...channels, [channel]: v })}
        />
      ))}
      <Field
        label={t('safeContact.fields.safeTimes')}
        name="safeTimes"
        maxLength={500}
        value={extra.safeTimes}
        onChange={(e) => setExtra({ ...extra, safeTimes: e.target.value })}
      />
      <Field
        label={t('safeContact.fields.codeWord')}
        name="codeWord"
        maxLength={100}
        hint={t('safeContact.codeWordHint')}
        value={extra.codeWord}
        onChange={(e) => setExtra({ ...extra, codeWord: e.target.value })}
      />
      <Field
        label={t('safeContact.fields.othersWhoMayAnswer')}
        name="othersWhoMayAnswer"
        maxLength={500}
        value={extra.othersWhoMayAnswer}
        onChange={(e) => setExtra({ ...extra, othersWhoMayAnswer: e.target.value })}
      />
      <TextAreaField
        label={t('safeContact.fields.notes')}
        name="notes"
        maxLength={2000}
        rows={3}
        value={extra.notes}
        onChange={(e) => setExtra({ ...extra, notes: e.target.value })}
      />
      <div className="actions">
        <SubmitButton pending={save.isPending} pendingLabel={t('common:working')}>
          {t('safeContact.save')}
        </SubmitButton>
        <button type="button" className="button button--quiet" onClick={onClose}>
          {t('actions.cancel')}
        </button>
      </div>
    </form>
  );
}

export function CaseDetailsForm({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('cases');
  const { code, header } = useCase();
  const announce = useAnnounce();
  const formRef = useRef<HTMLFormElement>(null);
  const [province, setProvince] = useState<Province>(header.province);
  const [languages, setLanguages] = useState<string[]>(header.languages);
  const [interpreter, setInterpreter] = useState<'yes' | 'no'>(header.interpreterNeeded ? 'yes' : 'no');
  const [local, setLocal] = useState<FieldErrors>({});
  const save = useCaseMutation(
    code,
    () => api.patch(casesApi.base(code), { province, languages, interpreterNeeded: interpreter === 'yes' }),
    () => {
      announce(t('details.saved'));
      onClose();
    },
    { header: true },
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const bad = invalidLanguageTags(languages);
    const errors: FieldErrors =
      languages.length === 0
        ? { languages: t('new.languagesRequired') }
        : bad.length > 0
          ? { languages: t('languages.invalid', { tags: bad.join(', ') }) }
          : {};
    setLocal(errors);
    if (errors.languages) return focusFirstInvalid(formRef.current);
    save.mutate(undefined);
  };
  return (
    <form ref={formRef} className="stack" onSubmit={submit} noValidate aria-labelledby="details-form-heading">
      <h3 id="details-form-heading" tabIndex={-1}>
        {t('details.formHeading')}
      </h3>
      <FormAlert message={save.error ? caseErrorText(t, save.error) : null} />
      <SelectField label={t('fields.province')} name="province" value={province} onChange={(e) => setProvince(e.target.value as Province)}>
        {PROVINCES.map((p) => (
          <option key={p} value={p}>
            {t(`provinces.${p}`)}
          </option>
        ))}
      </SelectField>
      <LanguagesField value={languages} onChange={setLanguages} error={fieldError(local, save.error, 'languages')} />
      <RadioGroup
        legend={t('new.interpreterQuestion')}
        name="interpreterNeeded"
        options={['yes', 'no'] as const}
        label={(o) => t(`answers.${o}`)}
        value={interpreter}
        onChange={setInterpreter}
      />
      <div className="actions">
        <SubmitButton pending={save.isPending} pendingLabel={t('common:working')}>
          {t('details.save')}
        </SubmitButton>
        <button type="button" className="button button--quiet" onClick={onClose}>
          {t('actions.cancel')}
        </button>
      </div>
    </form>
  );
}
