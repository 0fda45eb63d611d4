import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useCase } from '../cases/case-context';
import { caseErrorText, optional, TextAreaField, useAnnounce } from '../cases/ui';
import { fieldError } from '../platform/errors';
import { Field, FormAlert, SelectField, SubmitButton } from '../platform/form';
import { evidenceApi, useEvidenceChange } from './api';
import { LinksField } from './links-field';
import { CHANNELS, EVIDENCE_KINDS, TRANSLATIONS, type Compartment, type EvidenceItem, type Link, type RemedyChecklist } from './model';

const COMPARTMENTS: Compartment[] = ['team', 'privileged', 'shareable'];

/** Adds an item (and its file, if one is chosen). Everything typed goes in the request body only. */
export function ItemForm({ checklist, onClose }: { checklist: RemedyChecklist[]; onClose: (saved: EvidenceItem | null) => void }) {
  const { t } = useTranslation('evidence');
  const { t: tc } = useTranslation('cases');
  const { code, can } = useCase();
  const announce = useAnnounce();
  const formRef = useRef<HTMLFormElement>(null);
  const compartments = COMPARTMENTS.filter((c) => can.write(c));
  const [f, setF] = useState({
    kind: 'pay-record' as string,
    description: '',
    date: '',
    providedBy: '',
    compartment: compartments[0] ?? 'team',
    status: 'held' as 'held' | 'requested',
    translation: 'none' as string,
    from: '',
    requestedOn: '',
    channel: 'direct' as string,
    followUpOn: '',
  });
  const [links, setLinks] = useState<Link[]>([]);
  const [file, setFile] = useState<File | null>(null);
  const save = useEvidenceChange(
    code,
    async () => {
      const body = {
        kind: f.kind,
        compartment: f.compartment,
        description: f.description,
        ...(optional(f.date) ? { date: f.date.trim() } : {}),
        ...(optional(f.providedBy) ? { providedBy: f.providedBy.trim() } : {}),
        status: f.status,
        translation: f.translation,
        supports: links,
        ...(f.status === 'requested'
          ? {
              request: {
                requestedOn: f.requestedOn,
                channel: f.channel,
                ...(optional(f.from) ? { from: f.from.trim() } : {}),
                ...(f.followUpOn ? { followUpOn: f.followUpOn } : {}),
              },
            }
          : {}),
      };
      const { item } = await evidenceApi.add(code, body);
      return file ? (await evidenceApi.upload(code, item.id, file)).item : item;
    },
    (item) => {
      announce(t('form.added', { label: item.label }));
      onClose(item);
    },
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(undefined);
  };
  const err = (path: string) => fieldError({}, save.error, path);
  return (
    <form ref={formRef} className="stack card" onSubmit={submit} noValidate aria-labelledby="evidence-form-heading">
      <h3 id="evidence-form-heading" tabIndex={-1}>
        {t('form.heading')}
      </h3>
      <FormAlert message={save.error ? caseErrorText(tc, save.error) : null} />
      <SelectField label={t('form.kind')} name="kind" value={f.kind} onChange={(e) => setF({ ...f, kind: e.target.value })} error={err('kind')}>
        {EVIDENCE_KINDS.map((k) => (
          <option key={k} value={k}>
            {t(`kinds.${k}`)}
          </option>
        ))}
      </SelectField>
      <TextAreaField
        label={t('form.description')}
        name="description"
        rows={2}
        value={f.description}
        onChange={(e) => setF({ ...f, description: e.target.value })}
        error={err('description')}
      />
      <div className="field-row">
        <Field
          label={t('form.date')}
          name="date"
          hint={t('form.dateHint')}
          value={f.date}
          onChange={(e) => setF({ ...f, date: e.target.value })}
          error={err('date')}
        />
        <Field
          label={t('form.providedBy')}
          name="providedBy"
          value={f.providedBy}
          onChange={(e) => setF({ ...f, providedBy: e.target.value })}
          error={err('providedBy')}
        />
      </div>
      <div className="field-row">
        <SelectField
          label={t('form.compartment')}
          name="compartment"
          value={f.compartment}
          onChange={(e) => setF({ ...f, compartment: e.target.value as Compartment })}
        >
          {compartments.map((c) => (
            <option key={c} value={c}>
              {t(`compartments.${c}`)}
            </option>
          ))}
        </SelectField>
        <SelectField label={t('form.translation')} name="translation" value={f.translation} onChange={(e) => setF({ ...f, translation: e.target.value })}>
          {TRANSLATIONS.map((s) => (
            <option key={s} value={s}>
              {t(`translation.${s}`)}
            </option>
          ))}
        </SelectField>
        <SelectField label={t('form.status')} name="status" value={f.status} onChange={(e) => setF({ ...f, status: e.target.value as 'held' | 'requested' })}>
          <option value="held">{t('status.held')}</option>
          <option value="requested">{t('status.requested')}</option>
        </SelectField>
      </div>
      {f.status === 'requested' ? (
        <div className="field-row">
          <Field
            label={t('form.requestedFrom')}
            name="from"
            value={f.from}
            onChange={(e) => setF({ ...f, from: e.target.value })}
            error={err('request.from')}
          />
          <Field
            label={t('form.requestedOn')}
            name="requestedOn"
            type="date"
            value={f.requestedOn}
            onChange={(e) => setF({ ...f, requestedOn: e.target.value })}
            error={err('request.requestedOn') ?? err('request')}
          />
          <SelectField label={t('form.channel')} name="channel" value={f.channel} onChange={(e) => setF({ ...f, channel: e.target.value })}>
            {CHANNELS.map((c) => (
              <option key={c} value={c}>
                {t(`channels.${c}`)}
              </option>
            ))}
          </SelectField>
          <Field
            label={t('form.followUpOn')}
            name="followUpOn"
            type="date"
            value={f.followUpOn}
            onChange={(e) => setF({ ...f, followUpOn: e.target.value })}
            error={err('request.followUpOn')}
          />
        </div>
      ) : null}
      <LinksField checklist={checklist} value={links} onChange={setLinks} idPrefix="new" />
      <div className="field">
        <label htmlFor="evidence-file">{t('form.file')}</label>
        <p className="field__hint" id="evidence-file-hint">
          {t('form.fileHint')}
        </p>
        <input id="evidence-file" name="file" type="file" aria-describedby="evidence-file-hint" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
      </div>
      <div className="actions">
        <SubmitButton pending={save.isPending} pendingLabel={t('common:working')}>
          {t('form.save')}
        </SubmitButton>
        <button type="button" className="button button--quiet" onClick={() => onClose(null)}>
          {t('form.cancel')}
        </button>
      </div>
    </form>
  );
}
