import { useTranslation } from 'react-i18next';
import { Field, SelectField } from '../platform/form';
import type { StoredPerson } from './case-data';

// The history that starts or lifts bars: every entry into Canada, a PRRA, a permit kept alive by an
// extension request, testimony in a criminal case. Asked in plain words; "not known" is always allowed,
// and the remedies then say what they would need to know.

const ROUTES = ['unknown', 'air', 'sea', 'land-from-us-at-port', 'land-from-us-between-ports', 'other'] as const;
const PRRA_STATES = ['unknown', 'none', 'pending', 'refused', 'allowed'] as const;
const HISTORIES = ['unknown', 'none', 'claim-in-information-sharing-country', 'recognized-as-refugee-elsewhere'] as const;
const TRI = ['unknown', 'yes', 'no'] as const;
type Entry = NonNullable<StoredPerson['entries']>[number];
type TriField = 'maintainedStatus' | 'witnessInProceedings' | 'designatedForeignNational';

interface Props {
  person: StoredPerson;
  onChange: (patch: Partial<StoredPerson>) => void;
}

export function ImmigrationHistoryFields({ person, onChange }: Props) {
  const { t } = useTranslation('screening');
  const entries = person.entries ?? [];
  const setEntries = (next: Entry[]) => onChange({ entries: next.length > 0 ? next : undefined });
  const setEntry = (index: number, patch: Partial<Entry>) => setEntries(entries.map((entry, i) => (i === index ? { ...entry, ...patch } : entry)));
  const prraState = person.prra?.state ?? 'unknown';

  return (
    <>
      <fieldset className="field-group">
        <legend>{t('person.entries')}</legend>
        <p className="field__hint">{t('person.entriesHint')}</p>
        {entries.length === 0 ? <p className="muted">{t('person.noEntries')}</p> : null}
        <ol className="entry-list">
          {entries.map((entry, index) => (
            <li key={index} className="entry-list__item">
              <Field
                type="date"
                label={t('person.entryDate', { n: index + 1 })}
                name={`entryDate${index}`}
                value={entry.date}
                onChange={(e) => setEntry(index, { date: e.target.value })}
              />
              <SelectField
                label={t('person.entryVia', { n: index + 1 })}
                name={`entryVia${index}`}
                value={entry.via ?? 'unknown'}
                onChange={(e) => setEntry(index, { via: e.target.value as Entry['via'] })}
              >
                {ROUTES.map((v) => (
                  <option key={v} value={v}>
                    {t(`person.entryRoutes.${v}`)}
                  </option>
                ))}
              </SelectField>
              <button type="button" className="button button--quiet" onClick={() => setEntries(entries.filter((_, i) => i !== index))}>
                {t('person.removeEntry', { n: index + 1 })}
              </button>
            </li>
          ))}
        </ol>
        <button type="button" className="button" onClick={() => setEntries([...entries, { date: '', via: 'unknown' }])}>
          {t('person.addEntry')}
        </button>
      </fieldset>
      <SelectField
        label={t('person.refugeeHistoryAbroad')}
        name="refugeeHistoryAbroad"
        value={person.refugeeHistoryAbroad ?? 'unknown'}
        onChange={(e) =>
          onChange({ refugeeHistoryAbroad: e.target.value === 'unknown' ? undefined : (e.target.value as StoredPerson['refugeeHistoryAbroad']) })
        }
      >
        {HISTORIES.map((v) => (
          <option key={v} value={v}>
            {t(`person.refugeeHistories.${v}`)}
          </option>
        ))}
      </SelectField>
      <fieldset className="field-group">
        <legend>{t('person.prra')}</legend>
        <SelectField
          label={t('person.prraState')}
          name="prraState"
          value={prraState}
          onChange={(e) => {
            const state = e.target.value as (typeof PRRA_STATES)[number];
            const keepDate = state !== 'none' && state !== 'unknown' && person.prra?.date;
            onChange({ prra: state === 'unknown' ? undefined : { state, ...(keepDate ? { date: person.prra!.date } : {}) } });
          }}
        >
          {PRRA_STATES.map((v) => (
            <option key={v} value={v}>
              {t(`person.prraStates.${v}`)}
            </option>
          ))}
        </SelectField>
        {prraState !== 'none' && prraState !== 'unknown' ? (
          <Field
            type="date"
            label={t('person.prraDate')}
            name="prraDate"
            value={person.prra?.date ?? ''}
            onChange={(e) => onChange({ prra: { state: prraState, ...(e.target.value ? { date: e.target.value } : {}) } })}
          />
        ) : null}
      </fieldset>
      {(['maintainedStatus', 'witnessInProceedings', 'designatedForeignNational'] as const satisfies readonly TriField[]).map((key) => (
        <SelectField
          key={key}
          label={t(`person.${key}`)}
          name={key}
          value={person[key] ?? 'unknown'}
          onChange={(e) => onChange({ [key]: e.target.value === 'unknown' ? undefined : e.target.value })}
        >
          {TRI.map((v) => (
            <option key={v} value={v}>
              {t(`answers.tri.${v}`)}
            </option>
          ))}
        </SelectField>
      ))}
    </>
  );
}
