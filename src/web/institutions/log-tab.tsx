import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { INSTITUTIONS, OUTCOMES, REQUEST_KINDS } from '../../core/institutions/catalogue';
import { formatLongDay } from '../calendar/model';
import { useCase } from '../cases/case-context';
import { caseErrorText, focusSoon, optional, TextAreaField, useAnnounce } from '../cases/ui';
import { fieldError, type FieldErrors } from '../platform/errors';
import { Field, focusFirstInvalid, FormAlert, SelectField, SubmitButton } from '../platform/form';
import { currentLanguage } from '../platform/i18n';
import { LoadFailed, Loading } from '../shell/guards';
import { logApi, useInstitutionLog, useLogChange, type LogEntry } from './api';
import { ExtensionForm } from './extension-form';
import './institutions.css';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A new request or submission. What was sent and the reference travel in the request body only. */
function RequestForm({ onClose }: { onClose: (saved: boolean) => void }) {
  const { t } = useTranslation('institutions');
  const { t: tc } = useTranslation('cases');
  const { code } = useCase();
  const announce = useAnnounce();
  const formRef = useRef<HTMLFormElement>(null);
  const [f, setF] = useState({ institution: 'ircc', kind: 'access-to-information', sentOn: '', whatSent: '', reference: '', followUpDays: '' });
  const [local, setLocal] = useState<FieldErrors>({});
  const save = useLogChange(
    code,
    (body: Record<string, unknown>) => logApi.add(code, body),
    () => {
      announce(t('log.added'));
      onClose(true);
    },
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const errors: FieldErrors = {};
    if (!DAY.test(f.sentOn)) errors.sentOn = t('log.dateRequired');
    if (f.followUpDays && !/^\d{1,3}$/.test(f.followUpDays)) errors.followUpDays = t('log.daysInvalid');
    setLocal(errors);
    if (Object.keys(errors).length > 0) return focusFirstInvalid(formRef.current);
    const whatSent = optional(f.whatSent);
    const reference = optional(f.reference);
    save.mutate({
      institution: f.institution,
      kind: f.kind,
      sentOn: f.sentOn,
      ...(whatSent ? { whatSent } : {}),
      ...(reference ? { reference } : {}),
      ...(f.followUpDays ? { followUpDays: Number(f.followUpDays) } : {}),
    });
  };
  const err = (path: string) => fieldError(local, save.error, path);
  return (
    <form ref={formRef} className="stack card" onSubmit={submit} noValidate aria-labelledby="log-form-heading">
      <h3 id="log-form-heading" tabIndex={-1}>
        {t('log.addHeading')}
      </h3>
      <FormAlert message={save.error ? caseErrorText(tc, save.error) : null} />
      <SelectField
        label={t('log.fields.institution')}
        name="institution"
        value={f.institution}
        onChange={(e) => setF({ ...f, institution: e.target.value })}
        error={err('institution')}
      >
        {INSTITUTIONS.map((i) => (
          <option key={i} value={i}>
            {t(`institution.${i}`)}
          </option>
        ))}
      </SelectField>
      <SelectField label={t('log.fields.kind')} name="kind" value={f.kind} onChange={(e) => setF({ ...f, kind: e.target.value })} error={err('kind')}>
        {REQUEST_KINDS.map((k) => (
          <option key={k} value={k}>
            {t(`kind.${k}`)}
          </option>
        ))}
      </SelectField>
      {f.kind === 'access-to-information' ? <p className="muted">{t('log.atiHint')}</p> : null}
      <Field
        label={t('log.fields.sentOn')}
        name="sentOn"
        type="date"
        value={f.sentOn}
        onChange={(e) => setF({ ...f, sentOn: e.target.value })}
        error={err('sentOn')}
      />
      <TextAreaField
        label={t('log.fields.whatSent')}
        name="whatSent"
        rows={3}
        hint={t('log.sealedHint')}
        value={f.whatSent}
        onChange={(e) => setF({ ...f, whatSent: e.target.value })}
        error={err('whatSent')}
      />
      <Field
        label={t('log.fields.reference')}
        name="reference"
        hint={t('log.sealedHint')}
        value={f.reference}
        onChange={(e) => setF({ ...f, reference: e.target.value })}
        error={err('reference')}
      />
      <Field
        label={t('log.fields.followUpDays')}
        name="followUpDays"
        inputMode="numeric"
        hint={t('log.followUpHint')}
        value={f.followUpDays}
        onChange={(e) => setF({ ...f, followUpDays: e.target.value })}
        error={err('followUpDays')}
      />
      <div className="actions">
        <SubmitButton pending={save.isPending} pendingLabel={t('common:working')}>
          {t('log.save')}
        </SubmitButton>
        <button type="button" className="button button--quiet" onClick={() => onClose(false)}>
          {t('log.cancel')}
        </button>
      </div>
    </form>
  );
}

/** Records the answer: its day, the outcome, a note; or an extension the institution gave notice of. */
function AnswerForm({ entry, onClose }: { entry: LogEntry; onClose: () => void }) {
  const { t } = useTranslation('institutions');
  const { t: tc } = useTranslation('cases');
  const { code } = useCase();
  const announce = useAnnounce();
  const [f, setF] = useState({ answeredOn: '', outcome: 'records-received', outcomeNote: '' });
  const [local, setLocal] = useState<FieldErrors>({});
  const save = useLogChange(
    code,
    (body: Record<string, unknown>) => logApi.answer(code, entry.id, body),
    () => {
      announce(t('log.answerSaved'));
      onClose();
    },
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!DAY.test(f.answeredOn)) return setLocal({ answeredOn: t('log.dateRequired') });
    setLocal({});
    const outcomeNote = optional(f.outcomeNote);
    save.mutate({ answeredOn: f.answeredOn, outcome: f.outcome, ...(outcomeNote ? { outcomeNote } : {}) });
  };
  const err = (path: string) => fieldError(local, save.error, path);
  return (
    <form className="stack" onSubmit={submit} noValidate aria-label={t('log.answerHeading')}>
      <FormAlert message={save.error ? caseErrorText(tc, save.error) : null} />
      <Field
        label={t('log.fields.answeredOn')}
        name={`answeredOn-${entry.id}`}
        type="date"
        value={f.answeredOn}
        onChange={(e) => setF({ ...f, answeredOn: e.target.value })}
        error={err('answeredOn')}
      />
      <SelectField
        label={t('log.fields.outcome')}
        name={`outcome-${entry.id}`}
        value={f.outcome}
        onChange={(e) => setF({ ...f, outcome: e.target.value })}
        error={err('outcome')}
      >
        {OUTCOMES.map((o) => (
          <option key={o} value={o}>
            {t(`outcome.${o}`)}
          </option>
        ))}
      </SelectField>
      <TextAreaField
        label={t('log.fields.outcomeNote')}
        name={`outcomeNote-${entry.id}`}
        rows={2}
        hint={t('log.sealedHint')}
        value={f.outcomeNote}
        onChange={(e) => setF({ ...f, outcomeNote: e.target.value })}
        error={err('outcomeNote')}
      />
      <div className="actions">
        <SubmitButton pending={save.isPending} pendingLabel={t('common:working')}>
          {t('log.saveAnswer')}
        </SubmitButton>
        <button type="button" className="button button--quiet" onClick={onClose}>
          {t('log.cancel')}
        </button>
      </div>
    </form>
  );
}

function EntryCard({ entry, mayWrite }: { entry: LogEntry; mayWrite: boolean }) {
  const { t } = useTranslation('institutions');
  const lang = currentLanguage();
  const [answering, setAnswering] = useState(false);
  const [extending, setExtending] = useState(false);
  // Only an access-to-information request has a legal answer period an institution can extend (s. 9).
  const mayExtend = mayWrite && entry.kind === 'access-to-information' && !entry.answeredOn && !answering && !extending;
  return (
    <li className="card institution-entry" id={`entry-${entry.id}`} tabIndex={-1}>
      <h4>
        {t(`institution.${entry.institution}`, { defaultValue: entry.institution })} · {t(`kind.${entry.kind}`, { defaultValue: entry.kind })}
      </h4>
      <dl className="summary summary--compact">
        <div>
          <dt>{t('log.fields.sentOn')}</dt>
          <dd>
            <time dateTime={entry.sentOn}>{formatLongDay(entry.sentOn, lang)}</time>
          </dd>
        </div>
        {entry.reference ? (
          <div>
            <dt>{t('log.fields.reference')}</dt>
            <dd>{entry.reference}</dd>
          </div>
        ) : null}
        {entry.whatSent ? (
          <div>
            <dt>{t('log.fields.whatSent')}</dt>
            <dd>{entry.whatSent}</dd>
          </div>
        ) : null}
        {entry.followUpDays ? (
          <div>
            <dt>{t('log.fields.followUpDays')}</dt>
            <dd>{t('log.days', { count: entry.followUpDays })}</dd>
          </div>
        ) : null}
        {entry.extensionDays ? (
          <div>
            <dt>{t('log.fields.extensionDays')}</dt>
            <dd>{t('log.days', { count: entry.extensionDays })}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t('log.answer')}</dt>
          <dd>
            {entry.answeredOn ? (
              <>
                <time dateTime={entry.answeredOn}>{formatLongDay(entry.answeredOn, lang)}</time>
                {entry.outcome ? ` · ${t(`outcome.${entry.outcome}`, { defaultValue: entry.outcome })}` : ''}
              </>
            ) : (
              t('log.waiting')
            )}
          </dd>
        </div>
        {entry.outcomeNote ? (
          <div>
            <dt>{t('log.fields.outcomeNote')}</dt>
            <dd>{entry.outcomeNote}</dd>
          </div>
        ) : null}
      </dl>
      {mayWrite && !entry.answeredOn && !answering && !extending ? (
        <button
          type="button"
          className="button"
          id={`answer-${entry.id}`}
          onClick={() => {
            setAnswering(true);
            focusSoon(`[name="answeredOn-${entry.id}"]`);
          }}
        >
          {t('log.recordAnswer')}
        </button>
      ) : null}
      {mayExtend ? (
        <button
          type="button"
          className="button button--quiet"
          id={`extend-${entry.id}`}
          onClick={() => {
            setExtending(true);
            focusSoon(`[name="extensionDays-${entry.id}"]`);
          }}
        >
          {t('log.recordExtension')}
        </button>
      ) : null}
      {extending ? (
        <ExtensionForm
          entry={entry}
          onClose={() => {
            setExtending(false);
            focusSoon(`#entry-${entry.id}`);
          }}
        />
      ) : null}
      {answering ? (
        <AnswerForm
          entry={entry}
          onClose={() => {
            setAnswering(false);
            focusSoon(`#entry-${entry.id}`);
          }}
        />
      ) : null}
    </li>
  );
}

/** The case's institution log: requests and submissions, their answers and outcomes. */
export function InstitutionLogTab() {
  const { t } = useTranslation('institutions');
  const { code, can } = useCase();
  const log = useInstitutionLog(code);
  const [adding, setAdding] = useState(false);
  const mayWrite = can.write('team');
  return (
    <div className="case-tab">
      <h2 tabIndex={-1}>{t('tab')}</h2>
      <p className="lede">{t('log.intro')}</p>
      {adding ? (
        <RequestForm
          onClose={() => {
            setAdding(false);
            focusSoon('#add-request');
          }}
        />
      ) : null}
      {mayWrite && !adding ? (
        <p>
          <button
            type="button"
            className="button button--primary"
            id="add-request"
            onClick={() => {
              setAdding(true);
              focusSoon('#log-form-heading');
            }}
          >
            {t('log.add')}
          </button>
        </p>
      ) : null}
      {log.isPending ? <Loading /> : null}
      {log.isError ? <LoadFailed error={log.error} /> : null}
      {log.data && log.data.length === 0 ? <p className="card card--calm">{t('log.none')}</p> : null}
      <ol className="plain-list">
        {(log.data ?? []).map((entry) => (
          <EntryCard key={entry.id} entry={entry} mayWrite={mayWrite} />
        ))}
      </ol>
    </div>
  );
}
