import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../platform/errors';
import { FormAlert, SelectField } from '../platform/form';
import { today, useAddSitting, useSittings, type Sitting } from './case-data';
import { formatDay } from '../platform/dates';

/** Which sitting the answers come from; a sitting can be recorded here when it has not been yet. */
export function SittingPicker({ code, value, onChange }: { code: string; value: string; onChange: (id: string) => void }) {
  const { t } = useTranslation('screening');
  const sittings = useSittings(code);
  const add = useAddSitting(code);
  const [adding, setAdding] = useState(false);
  const [mode, setMode] = useState<Sitting['mode']>('in-person');
  const [free, setFree] = useState<Sitting['couldSpeakFreely']>('yes');
  const list = [...(sittings.data ?? [])].sort((a, b) => b.heldOn.localeCompare(a.heldOn));
  const chosen = list.find((s) => s.id === value);

  function record() {
    add.mutate(
      { heldOn: today(), durationMinutes: 60, mode, couldSpeakFreely: free, topicsCovered: [] },
      {
        onSuccess: (sitting) => {
          onChange(sitting.id);
          setAdding(false);
        },
      },
    );
  }

  return (
    <div className="sitting-picker">
      <SelectField label={t('sitting.label')} name="sitting" value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t('sitting.none')}</option>
        {list.map((s) => (
          <option key={s.id} value={s.id}>
            {t('sitting.option', { date: formatDay(s.heldOn), mode: t(`sitting.modes.${s.mode}`) })}
          </option>
        ))}
      </SelectField>
      {chosen && chosen.couldSpeakFreely !== 'yes' ? (
        <div className="notice notice--problem" role="note">
          <p>{t('sitting.notFree')}</p>
        </div>
      ) : null}
      {adding ? (
        <fieldset className="card sitting-new">
          <legend>{t('sitting.newHeading', { date: today() })}</legend>
          <SelectField label={t('sitting.mode')} name="mode" value={mode} onChange={(e) => setMode(e.target.value as Sitting['mode'])}>
            {(['in-person', 'phone', 'video'] as const).map((m) => (
              <option key={m} value={m}>
                {t(`sitting.modes.${m}`)}
              </option>
            ))}
          </SelectField>
          <SelectField label={t('sitting.free')} name="couldSpeakFreely" value={free} onChange={(e) => setFree(e.target.value as Sitting['couldSpeakFreely'])}>
            {(['yes', 'unsure', 'no'] as const).map((m) => (
              <option key={m} value={m}>
                {t(`sitting.freeAnswers.${m}`)}
              </option>
            ))}
          </SelectField>
          <FormAlert message={add.isError ? describeError(t, add.error) : null} />
          <div className="actions">
            <button type="button" className="button button--primary" onClick={record} disabled={add.isPending}>
              {t('sitting.record')}
            </button>
            <button type="button" className="button button--quiet" onClick={() => setAdding(false)}>
              {t('cancel')}
            </button>
          </div>
        </fieldset>
      ) : (
        <button type="button" className="button button--quiet" onClick={() => setAdding(true)}>
          {t('sitting.add')}
        </button>
      )}
    </div>
  );
}
