import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../platform/api';
import { fieldError, type FieldErrors } from '../platform/errors';
import { Field, focusFirstInvalid, FormAlert, SelectField, SubmitButton } from '../platform/form';
import { casesApi, useCaseMutation, useSittings } from './api';
import { useCase } from './case-context';
import { formatDay } from './format';
import { COMPARTMENTS, SOURCES, TAGS, type Compartment, type Fragment, type Source, type Tag } from './types';
import { caseErrorText, CheckboxGroup, RadioGroup, TextAreaField, useAnnounce } from './ui';
import { understoodAs } from './time';

export function FragmentForm({ fragment, onClose }: { fragment: Fragment | null; onClose: (saved: Fragment | null) => void }) {
  const { t } = useTranslation('cases');
  const { code, can } = useCase();
  const announce = useAnnounce();
  const sittings = useSittings(code).data?.sittings ?? [];
  const formRef = useRef<HTMLFormElement>(null);
  const compartments = COMPARTMENTS.filter((c) => can.write(c));
  const latestSitting = [...sittings].sort((a, b) => b.heldOn.localeCompare(a.heldOn))[0];
  const [f, setF] = useState({
    text: fragment?.text ?? '',
    source: (fragment?.source ?? 'client') as Source,
    sittingId: fragment ? (fragment.sittingId ?? '') : (latestSitting?.id ?? ''),
    time: fragment?.time?.label ?? '',
    tags: fragment?.tags ?? ([] as Tag[]),
    compartment: (fragment?.compartment ?? (compartments.includes('privileged') ? 'privileged' : 'team')) as Compartment,
    inconsistencyNote: fragment?.inconsistencyNote ?? '',
  });
  const [local, setLocal] = useState<FieldErrors>({});
  const save = useCaseMutation(
    code,
    (body: Record<string, unknown>) =>
      fragment
        ? api.patch<{ fragment: Fragment }>(`${casesApi.base(code)}/fragments/${fragment.id}`, body)
        : api.post<{ fragment: Fragment }>(`${casesApi.base(code)}/fragments`, body),
    (result) => {
      const time = result.fragment.time;
      announce(
        [t(fragment ? 'story.updated' : 'story.added'), time ? t('story.understood', { label: time.label, range: understoodAs(t, time) }) : '']
          .filter(Boolean)
          .join(' '),
      );
      onClose(result.fragment);
    },
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const errors: FieldErrors = f.text.trim() ? {} : { text: t('story.textRequired') };
    setLocal(errors);
    if (errors.text) return focusFirstInvalid(formRef.current);
    const note = f.inconsistencyNote.trim();
    save.mutate({
      text: f.text.trim(),
      source: f.source,
      compartment: f.compartment,
      tags: f.tags,
      sittingId: f.sittingId || null,
      time: f.time.trim() ? { label: f.time.trim() } : null,
      ...(note ? { inconsistencyNote: note } : fragment ? { inconsistencyNote: null } : {}),
    });
  };
  const err = (path: string) => fieldError(local, save.error, path);

  return (
    <form ref={formRef} className="stack card" onSubmit={submit} noValidate aria-labelledby="fragment-form-heading">
      <h3 id="fragment-form-heading" tabIndex={-1}>
        {t(fragment ? 'story.editHeading' : 'story.addHeading')}
      </h3>
      <p className="field__hint">{t('story.formHint')}</p>
      <FormAlert message={save.error ? caseErrorText(t, save.error) : null} />
      <TextAreaField
        label={t('story.fields.text')}
        name="text"
        maxLength={50000}
        rows={5}
        value={f.text}
        onChange={(e) => setF({ ...f, text: e.target.value })}
        error={err('text')}
      />
      <RadioGroup
        legend={t('story.fields.source')}
        name="source"
        options={SOURCES}
        label={(o) => t(`sources.${o}`)}
        value={f.source}
        onChange={(source) => setF({ ...f, source })}
      />
      <Field
        label={t('story.fields.time')}
        name="time"
        maxLength={200}
        hint={t('story.timeHint')}
        autoComplete="off"
        value={f.time}
        onChange={(e) => setF({ ...f, time: e.target.value })}
        error={err('time.label') ?? err('time')}
      />
      <SelectField label={t('story.fields.sitting')} name="sittingId" value={f.sittingId} onChange={(e) => setF({ ...f, sittingId: e.target.value })}>
        <option value="">{t('story.noSitting')}</option>
        {sittings.map((s) => (
          <option key={s.id} value={s.id}>
            {formatDay(s.heldOn)}
          </option>
        ))}
      </SelectField>
      <CheckboxGroup
        legend={t('story.fields.tags')}
        name="tags"
        options={TAGS}
        label={(o) => t(`topics.${o}`)}
        values={f.tags}
        onChange={(tags) => setF({ ...f, tags })}
      />
      <RadioGroup
        legend={t('fields.compartment')}
        name="compartment"
        hint={t('compartments.hint')}
        options={compartments}
        label={(o) => t(`compartments.${o}`)}
        value={f.compartment}
        onChange={(compartment) => setF({ ...f, compartment })}
      />
      <TextAreaField
        label={t('story.fields.inconsistencyNote')}
        name="inconsistencyNote"
        maxLength={5000}
        rows={2}
        hint={t('story.inconsistencyHint')}
        value={f.inconsistencyNote}
        onChange={(e) => setF({ ...f, inconsistencyNote: e.target.value })}
      />
      <div className="actions">
        <SubmitButton pending={save.isPending} pendingLabel={t('common:working')}>
          {t('story.save')}
        </SubmitButton>
        <button type="button" className="button button--quiet" onClick={() => onClose(null)}>
          {t('actions.cancel')}
        </button>
      </div>
    </form>
  );
}
