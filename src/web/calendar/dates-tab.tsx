import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useCase } from '../cases/case-context';
import { caseErrorText, focusSoon, TextAreaField, useAnnounce } from '../cases/ui';
import { fieldError, type FieldErrors } from '../platform/errors';
import { Field, focusFirstInvalid, FormAlert, SelectField, SubmitButton } from '../platform/form';
import { currentLanguage } from '../platform/i18n';
import { LoadFailed, Loading } from '../shell/guards';
import { datesApi, useCalendar, useCaseDateChange, useCaseDates } from './api';
import { useKindText } from './items';
import { addDays, DAY_PATTERN, formatLongDay, formatTime, localToday, MANUAL_KINDS, TIME_PATTERN, type CaseDate, type ManualKind } from './model';
import './calendar.css';

/** How far ahead the tab shows the dates Harbour computed for the case. */
const COMPUTED_DAYS_AHEAD = 365;

/** Adds a hearing, appointment … The note goes in the request body only, never in an address. */
function DateForm({ onClose }: { onClose: (saved: CaseDate | null) => void }) {
  const { t } = useTranslation('calendar');
  const { t: tc } = useTranslation('cases');
  const { code } = useCase();
  const announce = useAnnounce();
  const formRef = useRef<HTMLFormElement>(null);
  const [f, setF] = useState({ kind: 'hearing' as ManualKind, date: '', time: '', note: '' });
  const [local, setLocal] = useState<FieldErrors>({});
  const save = useCaseDateChange(
    code,
    (body: { kind: string; date: string; time?: string; note?: string }) => datesApi.add(code, body),
    (result) => {
      announce(t('dates.added'));
      onClose(result.date);
    },
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const errors: FieldErrors = {};
    if (!DAY_PATTERN.test(f.date)) errors.date = t('dates.dateRequired');
    if (f.time && !TIME_PATTERN.test(f.time)) errors.time = t('dates.timeInvalid');
    setLocal(errors);
    if (Object.keys(errors).length > 0) return focusFirstInvalid(formRef.current);
    const note = f.note.trim();
    save.mutate({ kind: f.kind, date: f.date, ...(f.time ? { time: f.time } : {}), ...(note ? { note } : {}) });
  };
  const err = (path: string) => fieldError(local, save.error, path);
  return (
    <form ref={formRef} className="stack card" onSubmit={submit} noValidate aria-labelledby="date-form-heading">
      <h3 id="date-form-heading" tabIndex={-1}>
        {t('dates.addHeading')}
      </h3>
      <FormAlert message={save.error ? caseErrorText(tc, save.error) : null} />
      <SelectField
        label={t('dates.fields.kind')}
        name="kind"
        value={f.kind}
        onChange={(e) => setF({ ...f, kind: e.target.value as ManualKind })}
        error={err('kind')}
      >
        {MANUAL_KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {t(`kinds.${kind}`)}
          </option>
        ))}
      </SelectField>
      <div className="field-row">
        <Field
          label={t('dates.fields.date')}
          name="date"
          type="date"
          value={f.date}
          onChange={(e) => setF({ ...f, date: e.target.value })}
          error={err('date')}
        />
        <Field
          label={t('dates.fields.time')}
          name="time"
          type="time"
          hint={t('dates.timeHint')}
          value={f.time}
          onChange={(e) => setF({ ...f, time: e.target.value })}
          error={err('time')}
        />
      </div>
      <TextAreaField
        label={t('dates.fields.note')}
        name="note"
        rows={3}
        hint={t('dates.noteHint')}
        value={f.note}
        onChange={(e) => setF({ ...f, note: e.target.value })}
        error={err('note')}
      />
      <div className="actions">
        <SubmitButton pending={save.isPending} pendingLabel={t('common:working')}>
          {t('dates.save')}
        </SubmitButton>
        <button type="button" className="button button--quiet" onClick={() => onClose(null)}>
          {t('dates.cancel')}
        </button>
      </div>
    </form>
  );
}

function DateCard({ date, mayEdit }: { date: CaseDate; mayEdit: boolean }) {
  const { t } = useTranslation('calendar');
  const { t: tc } = useTranslation('cases');
  const { code } = useCase();
  const announce = useAnnounce();
  const kindText = useKindText();
  const lang = currentLanguage();
  const [confirming, setConfirming] = useState(false);
  const remove = useCaseDateChange(
    code,
    () => datesApi.remove(code, date.id),
    () => {
      announce(t('dates.removed'));
      focusSoon('#add-date');
    },
  );
  const when = formatLongDay(date.date, lang);
  const what = kindText(date.kind);
  return (
    <li className="card case-date" id={`date-${date.id}`} tabIndex={-1}>
      <h4>
        <time dateTime={date.date}>{when}</time>
        {date.time ? ` · ${formatTime(date.time, lang)}` : ''}
      </h4>
      <p className="case-date__kind">
        {what} <span className="tag calendar-source calendar-source--manual">{t('source.manual')}</span>
      </p>
      {date.note ? (
        <div className="note">
          <p className="note__label">{t('dates.noteLabel')}</p>
          <p className="note__text">{date.note}</p>
        </div>
      ) : null}
      {mayEdit && !confirming ? (
        <button
          type="button"
          className="button button--quiet"
          id={`remove-date-${date.id}`}
          onClick={() => {
            setConfirming(true);
            focusSoon(`#confirm-date-${date.id}`);
          }}
        >
          {t('dates.remove', { what, date: when })}
        </button>
      ) : null}
      {confirming ? (
        <div className="notice notice--problem case-date__confirm">
          <p id={`confirm-date-${date.id}`} tabIndex={-1}>
            {t('dates.confirm', { what, date: when })}
          </p>
          {remove.error ? <p role="alert">{caseErrorText(tc, remove.error)}</p> : null}
          <div className="actions">
            <button type="button" className="button button--serious" onClick={() => remove.mutate(undefined)} disabled={remove.isPending}>
              {t('dates.confirmRemove')}
            </button>
            <button
              type="button"
              className="button button--quiet"
              onClick={() => {
                setConfirming(false);
                focusSoon(`#remove-date-${date.id}`);
              }}
            >
              {t('dates.keep')}
            </button>
          </div>
        </div>
      ) : null}
    </li>
  );
}

/** The deadlines, expiries and windows Harbour computed for this case, from the calendar. */
function ComputedDates() {
  const { t } = useTranslation('calendar');
  const { code } = useCase();
  const kindText = useKindText();
  const lang = currentLanguage();
  const today = localToday();
  const calendar = useCalendar({ from: today, to: addDays(today, COMPUTED_DAYS_AHEAD) }, lang);
  const computed = (calendar.data ?? []).filter((item) => item.caseCode === code && item.source === 'computed');
  return (
    <section aria-labelledby="computed-dates-heading">
      <h3 id="computed-dates-heading">{t('dates.computedHeading')}</h3>
      <p className="muted">{t('dates.computedIntro')}</p>
      {calendar.isPending ? <Loading /> : null}
      {calendar.isError ? <LoadFailed error={calendar.error} /> : null}
      {calendar.data && computed.length === 0 ? <p className="card card--calm">{t('dates.computedNone')}</p> : null}
      <ul className="plain-list">
        {computed.map((item, index) => (
          <li key={`${item.deadlineId ?? item.kind}-${item.date}-${index}`} className="card case-date">
            <h4>
              <time dateTime={item.date}>{formatLongDay(item.date, lang)}</time>
            </h4>
            <p className="case-date__kind">
              {kindText(item.kind, item.label)} <span className="tag calendar-source calendar-source--computed">{t('source.computed')}</span>
            </p>
            {item.label ? <p>{item.label}</p> : null}
            {item.basis || item.citation ? (
              <dl className="summary summary--compact">
                {item.basis ? (
                  <div>
                    <dt>{t('dates.basis')}</dt>
                    <dd>{item.basis}</dd>
                  </div>
                ) : null}
                {item.citation ? (
                  <div>
                    <dt>{t('dates.citation')}</dt>
                    <dd>{item.citation}</dd>
                  </div>
                ) : null}
              </dl>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The case's dates: those entered by hand (hearings, appointments …) and those Harbour computed. */
export function DatesTab() {
  const { t } = useTranslation('calendar');
  const { code, can } = useCase();
  const dates = useCaseDates(code);
  const [adding, setAdding] = useState(false);
  const mayWrite = can.write('team');
  const sorted = [...(dates.data ?? [])].sort((a, b) => a.date.localeCompare(b.date) || (a.time ?? '').localeCompare(b.time ?? ''));
  const close = (saved: CaseDate | null) => {
    setAdding(false);
    focusSoon(saved ? `#date-${saved.id}` : '#add-date');
  };
  return (
    <div className="case-tab">
      <h2 tabIndex={-1}>{t('tab')}</h2>
      <p className="lede">{t('dates.intro')}</p>
      <section aria-labelledby="manual-dates-heading">
        <h3 id="manual-dates-heading">{t('dates.manualHeading')}</h3>
        {adding ? <DateForm onClose={close} /> : null}
        {mayWrite && !adding ? (
          <p>
            <button
              type="button"
              className="button button--primary"
              id="add-date"
              onClick={() => {
                setAdding(true);
                focusSoon('#date-form-heading');
              }}
            >
              {t('dates.add')}
            </button>
          </p>
        ) : null}
        {dates.isPending ? <Loading /> : null}
        {dates.isError ? <LoadFailed error={dates.error} /> : null}
        {dates.data && sorted.length === 0 ? <p className="card card--calm">{t('dates.none')}</p> : null}
        <ol className="plain-list">
          {sorted.map((date) => (
            <DateCard key={date.id} date={date} mayEdit={mayWrite} />
          ))}
        </ol>
      </section>
      <ComputedDates />
    </div>
  );
}
