import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../platform/api';
import { fieldError, type FieldErrors } from '../platform/errors';
import { Field, focusFirstInvalid, FormAlert, SelectField, SubmitButton } from '../platform/form';
import { casesApi, useCaseMutation } from './api';
import { useCase } from './case-context';
import { LANGUAGE_TAG, languageOptions, splitLines, today } from './format';
import { COMPARTMENTS, INTAKE_TOPICS, SITTING_MODES, type Compartment, type FreeSpeech, type IntakeTopic, type Sitting, type SittingMode } from './types';
import { caseErrorText, CheckboxGroup, RadioGroup, TextAreaField, useAnnounce } from './ui';

export function SittingForm({ sitting, onClose }: { sitting: Sitting | null; onClose: (saved: Sitting | null) => void }) {
  const { t } = useTranslation('cases');
  const { code, header, can } = useCase();
  const announce = useAnnounce();
  const formRef = useRef<HTMLFormElement>(null);
  const defaultCompartment: Compartment = can.write('privileged') ? 'privileged' : 'team';
  const [f, setF] = useState({
    heldOn: sitting?.heldOn ?? today(),
    durationMinutes: String(sitting?.durationMinutes ?? 45),
    mode: (sitting?.mode ?? null) as SittingMode | null,
    present: sitting?.present.join('\n') ?? '',
    interpreterUsed: sitting ? sitting.interpreter !== null : header.interpreterNeeded,
    interpreterName: sitting?.interpreter?.name ?? '',
    interpreterLanguage: sitting?.interpreter?.language ?? header.languages.find((l) => l !== 'en' && l !== 'fr') ?? '',
    couldSpeakFreely: (sitting?.couldSpeakFreely ?? null) as FreeSpeech | null,
    topicsCovered: sitting?.topicsCovered ?? ([] as IntakeTopic[]),
    topicsLater: sitting?.topicsLater ?? ([] as IntakeTopic[]),
    note: sitting?.note ?? '',
    noteCompartment: sitting?.noteCompartment ?? defaultCompartment,
  });
  const [local, setLocal] = useState<FieldErrors>({});
  const save = useCaseMutation(
    code,
    (body: Record<string, unknown>) =>
      sitting
        ? api.patch<{ sitting: Sitting }>(`${casesApi.base(code)}/sittings/${sitting.id}`, body)
        : api.post<{ sitting: Sitting }>(`${casesApi.base(code)}/sittings`, body),
    (result) => {
      announce(t(sitting ? 'sittings.updated' : 'sittings.added'));
      onClose(result.sitting);
    },
    { header: true },
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const errors: FieldErrors = {};
    const minutes = Number(f.durationMinutes);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(f.heldOn)) errors.heldOn = t('sittings.dateRequired');
    if (!Number.isInteger(minutes) || minutes < 1 || minutes > 1440) errors.durationMinutes = t('sittings.durationRange');
    if (!f.mode) errors.mode = t('sittings.modeRequired');
    if (!f.couldSpeakFreely) errors.couldSpeakFreely = t('sittings.freelyRequired');
    if (f.interpreterUsed && !LANGUAGE_TAG.test(f.interpreterLanguage.trim())) errors['interpreter.language'] = t('sittings.interpreterLanguageRequired');
    setLocal(errors);
    if (Object.keys(errors).length > 0) return focusFirstInvalid(formRef.current);
    const note = f.note.trim();
    save.mutate({
      heldOn: f.heldOn,
      durationMinutes: minutes,
      mode: f.mode,
      present: splitLines(f.present),
      interpreter: f.interpreterUsed
        ? { language: f.interpreterLanguage.trim(), ...(f.interpreterName.trim() ? { name: f.interpreterName.trim() } : {}) }
        : null,
      couldSpeakFreely: f.couldSpeakFreely,
      topicsCovered: f.topicsCovered,
      topicsLater: f.topicsLater.filter((topic) => !f.topicsCovered.includes(topic)),
      ...(sitting ? { note: note || null } : note ? { note } : {}),
      noteCompartment: f.noteCompartment,
    });
  };
  const err = (path: string) => fieldError(local, save.error, path);
  const compartments = COMPARTMENTS.filter((c) => can.write(c));

  return (
    <form ref={formRef} className="stack card" onSubmit={submit} noValidate aria-labelledby="sitting-form-heading">
      <h3 id="sitting-form-heading" tabIndex={-1}>
        {t(sitting ? 'sittings.editHeading' : 'sittings.addHeading')}
      </h3>
      <p className="field__hint">{t('sittings.formHint')}</p>
      <FormAlert message={save.error ? caseErrorText(t, save.error) : null} />
      <div className="field-row">
        <Field
          label={t('sittings.fields.heldOn')}
          name="heldOn"
          type="date"
          value={f.heldOn}
          onChange={(e) => setF({ ...f, heldOn: e.target.value })}
          error={err('heldOn')}
        />
        <Field
          label={t('sittings.fields.durationMinutes')}
          name="durationMinutes"
          type="number"
          min={1}
          max={1440}
          inputMode="numeric"
          value={f.durationMinutes}
          onChange={(e) => setF({ ...f, durationMinutes: e.target.value })}
          error={err('durationMinutes')}
        />
      </div>
      <RadioGroup
        legend={t('sittings.fields.mode')}
        name="mode"
        options={SITTING_MODES}
        label={(o) => t(`modes.${o}`)}
        value={f.mode}
        onChange={(mode) => setF({ ...f, mode })}
        error={err('mode')}
      />
      <TextAreaField
        label={t('sittings.fields.present')}
        name="present"
        rows={2}
        hint={t('sittings.presentHint')}
        value={f.present}
        onChange={(e) => setF({ ...f, present: e.target.value })}
      />
      <label className="choice">
        <input type="checkbox" name="interpreterUsed" checked={f.interpreterUsed} onChange={(e) => setF({ ...f, interpreterUsed: e.target.checked })} />
        {t('sittings.fields.interpreterUsed')}
      </label>
      {f.interpreterUsed ? (
        <div className="field-row">
          <SelectField
            label={t('sittings.fields.interpreterLanguage')}
            name="interpreterLanguage"
            value={f.interpreterLanguage}
            onChange={(e) => setF({ ...f, interpreterLanguage: e.target.value })}
            error={err('interpreter.language')}
          >
            <option value="">{t('languages.choose')}</option>
            {languageOptions(f.interpreterLanguage ? [f.interpreterLanguage] : []).map((o) => (
              <option key={o.tag} value={o.tag}>
                {o.name}
              </option>
            ))}
          </SelectField>
          <Field
            label={t('sittings.fields.interpreterName')}
            name="interpreterName"
            maxLength={200}
            value={f.interpreterName}
            onChange={(e) => setF({ ...f, interpreterName: e.target.value })}
          />
        </div>
      ) : null}
      <RadioGroup
        legend={t('sittings.fields.couldSpeakFreely')}
        name="couldSpeakFreely"
        hint={t('sittings.freelyHint')}
        options={['yes', 'no', 'unsure'] as const}
        label={(o) => t(`answers.${o}`)}
        value={f.couldSpeakFreely}
        onChange={(v) => setF({ ...f, couldSpeakFreely: v })}
        error={err('couldSpeakFreely')}
      />
      <CheckboxGroup
        legend={t('sittings.fields.topicsCovered')}
        name="topicsCovered"
        options={INTAKE_TOPICS}
        label={(o) => t(`topics.${o}`)}
        values={f.topicsCovered}
        onChange={(v) => setF({ ...f, topicsCovered: v })}
      />
      <CheckboxGroup
        legend={t('sittings.fields.topicsLater')}
        name="topicsLater"
        hint={t('sittings.laterHint')}
        options={INTAKE_TOPICS}
        label={(o) => t(`topics.${o}`)}
        values={f.topicsLater}
        onChange={(v) => setF({ ...f, topicsLater: v })}
      />
      <TextAreaField
        label={t('sittings.fields.note')}
        name="note"
        maxLength={20000}
        rows={4}
        value={f.note}
        onChange={(e) => setF({ ...f, note: e.target.value })}
        error={err('note')}
      />
      <RadioGroup
        legend={t('fields.compartment')}
        name="noteCompartment"
        hint={t('compartments.hint')}
        options={compartments}
        label={(o) => t(`compartments.${o}`)}
        value={f.noteCompartment}
        onChange={(v) => setF({ ...f, noteCompartment: v })}
      />
      <div className="actions">
        <SubmitButton pending={save.isPending} pendingLabel={t('common:working')}>
          {t('sittings.save')}
        </SubmitButton>
        <button type="button" className="button button--quiet" onClick={() => onClose(null)}>
          {t('actions.cancel')}
        </button>
      </div>
    </form>
  );
}
