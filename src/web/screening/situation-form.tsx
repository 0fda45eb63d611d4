import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../platform/errors';
import { Field, FormAlert, SubmitButton } from '../platform/form';
import { useSaveFacts, type StoredFacts } from './case-data';

const CONTEXTS = ['labour', 'sexual', 'forced-marriage', 'domestic-servitude', 'other'];
const EXPLOITERS = ['employer', 'recruiter-or-agent', 'spouse-or-partner', 'family-member', 'other', 'unknown'];
const GOALS = ['safety', 'stay-in-canada', 'regularize-temporarily', 'recover-wages', 'keep-working', 'compensation', 'accountability', 'return-home'];
// Every date the case facts hold: refused H&C and PRRA decisions start judicial-review deadlines and bars.
const EVENTS = ['employmentEnded', 'lastDiscriminationIncident', 'lastCrimeAgainstPerson', 'hcRefused', 'prraRefused'];

function Checkboxes({
  name,
  options,
  value,
  onChange,
  label,
}: {
  name: string;
  options: string[];
  value: string[];
  onChange: (v: string[]) => void;
  label: (o: string) => string;
}) {
  return (
    <div className="choices choices--column">
      {options.map((o) => (
        <label className="choice" key={o}>
          <input
            type="checkbox"
            name={name}
            value={o}
            checked={value.includes(o)}
            onChange={(e) => onChange(e.target.checked ? [...value, o] : value.filter((v) => v !== o))}
          />
          {label(o)}
        </label>
      ))}
    </div>
  );
}

/** Context, who exploited, the client's goals and the dates that start limitation periods. */
export function SituationForm({ code, facts }: { code: string; facts: StoredFacts }) {
  const { t } = useTranslation('screening');
  const save = useSaveFacts(code);
  const [contexts, setContexts] = useState(facts.contexts);
  const [exploiters, setExploiters] = useState(facts.exploiters);
  const [goals, setGoals] = useState(facts.goals);
  const [sector, setSector] = useState(facts.sector ?? '');
  const [events, setEvents] = useState(facts.events);
  const [saved, setSaved] = useState(false);
  const touch =
    <T,>(setter: (v: T) => void) =>
    (v: T) => {
      setSaved(false);
      setter(v);
    };

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const cleanEvents = Object.fromEntries(Object.entries(events).filter(([, v]) => v));
    save.mutate({ contexts, exploiters, sector: sector.trim() || null, goals, events: cleanEvents }, { onSuccess: () => setSaved(true) });
  }

  return (
    <form className="stack screening-form" onSubmit={onSubmit} noValidate>
      <fieldset>
        <legend>{t('situation.contexts')}</legend>
        <p className="field__hint">{t('situation.contextsHint')}</p>
        <Checkboxes name="contexts" options={CONTEXTS} value={contexts} onChange={touch(setContexts)} label={(o) => t(`knowledge:context.${o}`)} />
      </fieldset>
      <fieldset>
        <legend>{t('situation.exploiters')}</legend>
        <Checkboxes
          name="exploiters"
          options={EXPLOITERS}
          value={exploiters}
          onChange={touch(setExploiters)}
          label={(o) => t(`situation.exploiterNames.${o}`)}
        />
      </fieldset>
      <Field
        name="sector"
        label={t('situation.sector')}
        hint={t('situation.sectorHint')}
        maxLength={200}
        value={sector}
        onChange={(e) => touch(setSector)(e.target.value)}
      />
      <fieldset>
        <legend>{t('situation.goals')}</legend>
        <p className="field__hint">{t('situation.goalsHint')}</p>
        <Checkboxes name="goals" options={GOALS} value={goals} onChange={touch(setGoals)} label={(o) => t(`situation.goalNames.${o}`)} />
      </fieldset>
      <fieldset>
        <legend>{t('situation.events')}</legend>
        <p className="field__hint">{t('situation.eventsHint')}</p>
        {EVENTS.map((e) => (
          <Field
            key={e}
            type="date"
            name={e}
            label={t(`situation.eventNames.${e}`)}
            value={events[e] ?? ''}
            onChange={(ev) => touch(setEvents)({ ...events, [e]: ev.target.value || undefined })}
          />
        ))}
      </fieldset>
      <FormAlert message={save.isError ? describeError(t, save.error) : null} />
      <FormAlert tone="success" message={saved ? t('saved') : null} />
      <SubmitButton pending={save.isPending} pendingLabel={t('saving')}>
        {t('situation.save')}
      </SubmitButton>
    </form>
  );
}
