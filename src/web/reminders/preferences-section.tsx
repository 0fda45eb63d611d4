import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError, fieldError, type FieldErrors } from '../platform/errors';
import { Field, FormAlert, SubmitButton } from '../platform/form';
import { LoadFailed, Loading } from '../shell/guards';
import { usePreferences, useSavePreferences, type ReminderPreferences } from './api';

const OFFSETS_PATTERN = /^\s*(\d{1,3}\s*(,\s*\d{1,3}\s*)*)?$/;
const parseOffsets = (text: string) =>
  text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map(Number);

function PreferencesForm({ current }: { current: ReminderPreferences }) {
  const { t } = useTranslation('reminders');
  const save = useSavePreferences();
  const [byEmail, setByEmail] = useState(current.byEmail);
  const [texts, setTexts] = useState<Record<string, string>>(() =>
    Object.fromEntries(Object.entries(current.kinds).map(([kind, offsets]) => [kind, offsets.join(', ')])),
  );
  const [local, setLocal] = useState<FieldErrors>({});
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const errors: FieldErrors = {};
    for (const [kind, text] of Object.entries(texts)) if (!OFFSETS_PATTERN.test(text)) errors[`kinds.${kind}`] = t('preferences.offsetsInvalid');
    setLocal(errors);
    if (Object.keys(errors).length > 0) return;
    save.mutate({ byEmail, kinds: Object.fromEntries(Object.entries(texts).map(([kind, text]) => [kind, parseOffsets(text)])) });
  };
  return (
    <form className="stack" onSubmit={submit} noValidate>
      <FormAlert message={save.error ? describeError(t, save.error) : null} />
      <label className="choice">
        <input type="checkbox" name="byEmail" checked={byEmail} disabled={!current.emailAvailable} onChange={(e) => setByEmail(e.target.checked)} />
        {t('preferences.byEmail')}
      </label>
      <p className="muted">{current.emailAvailable ? t('preferences.emailWhat') : t('preferences.emailUnavailable')}</p>
      <fieldset className="reminder-kinds">
        <legend>{t('preferences.offsetsLegend')}</legend>
        <p className="muted">{t('preferences.offsetsHint')}</p>
        {Object.keys(texts).map((kind) => (
          <Field
            key={kind}
            label={t(`kinds.${kind}`, { defaultValue: kind })}
            name={`offsets-${kind}`}
            inputMode="numeric"
            value={texts[kind]}
            onChange={(e) => setTexts({ ...texts, [kind]: e.target.value })}
            error={fieldError(local, save.error, `kinds.${kind}`)}
          />
        ))}
      </fieldset>
      <div className="actions">
        <SubmitButton pending={save.isPending} pendingLabel={t('common:working')}>
          {t('preferences.save')}
        </SubmitButton>
      </div>
      <p role="status" className="muted">
        {save.isSuccess ? t('preferences.saved') : ''}
      </p>
    </form>
  );
}

/** The account page's reminder choices: by e-mail or not, and the days before each kind of date. */
export function ReminderPreferencesSection() {
  const { t } = useTranslation('reminders');
  const preferences = usePreferences();
  return (
    <section className="card" aria-labelledby="reminders-heading">
      <h2 id="reminders-heading">{t('preferences.heading')}</h2>
      <p>{t('preferences.intro')}</p>
      {preferences.isPending ? <Loading /> : null}
      {preferences.isError ? <LoadFailed error={preferences.error} /> : null}
      {preferences.data ? <PreferencesForm current={preferences.data} /> : null}
    </section>
  );
}
