import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../accounts/session';
import { describeError } from '../platform/errors';
import { Field, FormAlert, SelectField, SubmitButton } from '../platform/form';
import { useSaveFacts, type FactsPatch, type StoredPerson } from './case-data';
import { ImmigrationHistoryFields } from './immigration-history-fields';

const STATUSES = [
  'citizen',
  'permanent-resident',
  'protected-person',
  'refugee-claimant',
  'work-permit-employer-specific',
  'work-permit-open',
  'study-permit',
  'visitor',
  'temporary-resident-permit',
  'no-status',
  'unknown',
];
const TRI = ['unknown', 'yes', 'no'] as const;
const CLAIM_OUTCOMES = ['none', 'pending', 'rejected', 'accepted', 'withdrawn', 'abandoned', 'ineligible'] as const;
type Claim = NonNullable<StoredPerson['priorRefugeeClaim']>;
type RemovalState = NonNullable<StoredPerson['removal']>['state'];

/** A removal date only goes with an order or a set date: once hidden, it is not kept behind. */
const removalWith = (removal: StoredPerson['removal'], state: RemovalState): StoredPerson['removal'] =>
  state === 'none' || state === 'unknown' || !removal?.date ? { state } : { state, date: removal.date };

/** A claim's details for the chosen outcome: whether evidence was heard only matters for a withdrawal. */
function claimWith(outcome: Claim['outcome'], claim: StoredPerson['priorRefugeeClaim']): Claim {
  return {
    outcome,
    ...(claim?.date ? { date: claim.date } : {}),
    ...(outcome === 'withdrawn' && claim?.withdrawnAfterSubstantiveEvidence
      ? { withdrawnAfterSubstantiveEvidence: claim.withdrawnAfterSubstantiveEvidence }
      : {}),
  };
}

/** Blank rows are dropped and entries sent oldest first, as the one-year bar counts from the first. */
function entriesToSend(entries: StoredPerson['entries']): StoredPerson['entries'] {
  const kept = (entries ?? []).filter((entry) => entry.date !== '' || (entry.via ?? 'unknown') !== 'unknown');
  return kept.length > 0 ? [...kept].sort((a, b) => a.date.localeCompare(b.date)) : undefined;
}

/** The person's circumstances that decide which remedies are open: a short form of its own. */
export function PersonForm({ code, person }: { code: string; person: StoredPerson }) {
  const { t } = useTranslation('screening');
  const isLawyer = useSession().data?.user.role === 'lawyer';
  const save = useSaveFacts(code);
  const [p, setP] = useState<StoredPerson>(person);
  const [claim, setClaim] = useState<string>(person.priorRefugeeClaim?.outcome ?? 'none');
  const [saved, setSaved] = useState(false);
  const set = (patch: Partial<StoredPerson>) => {
    setSaved(false);
    setP((old) => ({ ...old, ...patch }));
  };
  const date = (value: string) => (value === '' ? undefined : value);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const next: StoredPerson = { ...p };
    if (claim === 'none') delete next.priorRefugeeClaim;
    else next.priorRefugeeClaim = claimWith(claim as Claim['outcome'], p.priorRefugeeClaim);
    next.entries = entriesToSend(p.entries);
    if (next.entries === undefined) delete next.entries;
    if (!isLawyer) delete next.sexIndustryWork; // counsel only: never sent or changed by anyone else
    // A field emptied here is removed on the server too, not kept from before.
    const patch: FactsPatch['person'] = { ...next };
    for (const key of Object.keys(person) as (keyof StoredPerson)[]) {
      if (next[key] === undefined && (isLawyer || key !== 'sexIndustryWork')) patch[key] = null;
    }
    save.mutate({ person: patch }, { onSuccess: () => setSaved(true) });
  }

  return (
    <form className="stack screening-form" onSubmit={onSubmit} noValidate>
      <p className="muted">{t('person.intro')}</p>
      <SelectField
        label={t('person.ageBand')}
        name="ageBand"
        value={p.ageBand ?? 'unknown'}
        onChange={(e) => set({ ageBand: e.target.value as StoredPerson['ageBand'] })}
      >
        {(['unknown', 'adult', 'minor'] as const).map((v) => (
          <option key={v} value={v}>
            {t(`person.ageBands.${v}`)}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('person.status')}
        name="immigrationStatus"
        value={p.immigrationStatus ?? 'unknown'}
        onChange={(e) => set({ immigrationStatus: e.target.value })}
      >
        {STATUSES.map((v) => (
          <option key={v} value={v}>
            {t(`person.statuses.${v}`)}
          </option>
        ))}
      </SelectField>
      <Field
        type="date"
        label={t('person.permitExpiry')}
        name="permitExpiry"
        hint={t('person.permitExpiryHint')}
        value={p.permitExpiry ?? ''}
        onChange={(e) => set({ permitExpiry: date(e.target.value) })}
      />
      <fieldset className="field-group">
        <legend>{t('person.removal')}</legend>
        <SelectField
          label={t('person.removalState')}
          name="removalState"
          value={p.removal?.state ?? 'unknown'}
          onChange={(e) => set({ removal: removalWith(p.removal, e.target.value as RemovalState) })}
        >
          {(['unknown', 'none', 'order-issued', 'scheduled'] as const).map((v) => (
            <option key={v} value={v}>
              {t(`person.removalStates.${v}`)}
            </option>
          ))}
        </SelectField>
        {p.removal && p.removal.state !== 'none' && p.removal.state !== 'unknown' ? (
          <Field
            type="date"
            label={t('person.removalDate')}
            name="removalDate"
            value={p.removal.date ?? ''}
            onChange={(e) => set({ removal: { state: p.removal!.state, date: date(e.target.value) } })}
          />
        ) : null}
      </fieldset>
      <Field
        type="date"
        label={t('person.inCanadaSince')}
        name="inCanadaSince"
        value={p.inCanadaSince ?? ''}
        onChange={(e) => set({ inCanadaSince: date(e.target.value) })}
      />
      <fieldset className="field-group">
        <legend>{t('person.priorClaim')}</legend>
        <SelectField label={t('person.priorClaimOutcome')} name="priorClaim" value={claim} onChange={(e) => setClaim(e.target.value)}>
          {CLAIM_OUTCOMES.map((v) => (
            <option key={v} value={v}>
              {t(`person.claimOutcomes.${v}`)}
            </option>
          ))}
        </SelectField>
        {claim !== 'none' ? (
          <Field
            type="date"
            label={t('person.priorClaimDate')}
            name="priorClaimDate"
            value={p.priorRefugeeClaim?.date ?? ''}
            onChange={(e) => set({ priorRefugeeClaim: { ...claimWith(claim as Claim['outcome'], p.priorRefugeeClaim), date: date(e.target.value) } })}
          />
        ) : null}
        {claim === 'withdrawn' ? (
          <SelectField
            label={t('person.withdrawnAfterSubstantiveEvidence')}
            name="withdrawnAfterSubstantiveEvidence"
            value={p.priorRefugeeClaim?.withdrawnAfterSubstantiveEvidence ?? 'unknown'}
            onChange={(e) =>
              set({
                priorRefugeeClaim: {
                  ...claimWith('withdrawn', p.priorRefugeeClaim),
                  withdrawnAfterSubstantiveEvidence: e.target.value as NonNullable<Claim['withdrawnAfterSubstantiveEvidence']>,
                },
              })
            }
          >
            {TRI.map((v) => (
              <option key={v} value={v}>
                {t(`answers.tri.${v}`)}
              </option>
            ))}
          </SelectField>
        ) : null}
      </fieldset>
      <ImmigrationHistoryFields person={p} onChange={set} />
      {(['criminalCharges', 'relationshipBasedStatus', ...(isLawyer ? (['sexIndustryWork'] as const) : [])] as const).map((key) => (
        <SelectField key={key} label={t(`person.${key}`)} name={key} value={p[key] ?? 'unknown'} onChange={(e) => set({ [key]: e.target.value })}>
          {TRI.map((v) => (
            <option key={v} value={v}>
              {t(`answers.tri.${v}`)}
            </option>
          ))}
        </SelectField>
      ))}
      {isLawyer ? <p className="field__hint">{t('person.sexIndustryWorkHint')}</p> : null}
      <SelectField
        label={t('person.dependants')}
        name="dependants"
        value={p.dependants === undefined ? 'unknown' : p.dependants ? 'yes' : 'no'}
        onChange={(e) => set({ dependants: e.target.value === 'unknown' ? undefined : e.target.value === 'yes' })}
      >
        {TRI.map((v) => (
          <option key={v} value={v}>
            {t(`answers.tri.${v}`)}
          </option>
        ))}
      </SelectField>
      <FormAlert message={save.isError ? describeError(t, save.error) : null} />
      <FormAlert tone="success" message={saved ? t('saved') : null} />
      <SubmitButton pending={save.isPending} pendingLabel={t('saving')}>
        {t('person.save')}
      </SubmitButton>
    </form>
  );
}
