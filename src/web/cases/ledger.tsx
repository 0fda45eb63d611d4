import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRemedyName } from '../knowledge/remedy-names';
import { api } from '../platform/api';
import { FormAlert } from '../platform/form';
import { casesApi, useCaseMutation } from './api';
import { useCase } from './case-context';
import { formatDay, languageName, today } from './format';
import type { ConsentEntry, Consents, LedgerEntry } from './types';
import { caseErrorText, focusSoon, useAnnounce } from './ui';

// A consent's state comes from the server (GET …/consents `states`), computed by the core's one
// definition of "in effect" that mayPerform and the summary use: the ledger never says "in
// effect" beside a summary of "not decided".

/** Withdrawing asks first (with the day, today unless changed), then says it is done beside the entry. */
function WithdrawButton({ entry }: { entry: ConsentEntry }) {
  const { t } = useTranslation('cases');
  const { code } = useCase();
  const announce = useAnnounce();
  const [asking, setAsking] = useState(false);
  const [day, setDay] = useState(today());
  const withdraw = useCaseMutation(
    code,
    () => api.post(`${casesApi.base(code)}/consents/${entry.id}/withdraw`, { withdrawnOn: day }),
    () => {
      announce(t('consents.withdrawn'));
      focusSoon(`#entry-${entry.id}`);
    },
  );
  if (!asking)
    return (
      <div className="withdraw">
        <button
          type="button"
          className="button"
          id={`withdraw-${entry.id}`}
          onClick={() => {
            setAsking(true);
            focusSoon(`#withdraw-question-${entry.id}`);
          }}
        >
          {t('consents.withdraw')}
        </button>
      </div>
    );
  return (
    <div className="withdraw confirm" role="group" aria-labelledby={`withdraw-question-${entry.id}`}>
      <p id={`withdraw-question-${entry.id}`} tabIndex={-1}>
        <strong>{t('consents.withdrawQuestion')}</strong>
      </p>
      <FormAlert message={withdraw.error ? caseErrorText(t, withdraw.error) : null} />
      <label htmlFor={`withdraw-day-${entry.id}`}>{t('consents.withdrawOn')}</label>
      <input id={`withdraw-day-${entry.id}`} type="date" value={day} onChange={(e) => setDay(e.target.value)} />
      <div className="actions">
        <button type="button" className="button button--primary" onClick={() => withdraw.mutate(undefined)} disabled={withdraw.isPending}>
          {t('consents.withdrawConfirm')}
        </button>
        <button
          type="button"
          className="button button--quiet"
          onClick={() => {
            setAsking(false);
            focusSoon(`#withdraw-${entry.id}`);
          }}
        >
          {t('consents.withdrawKeep')}
        </button>
      </div>
    </div>
  );
}

export function LedgerItem({
  entry,
  states,
  organisationName,
  recorder,
  mayManage,
}: {
  entry: LedgerEntry;
  states: Consents['states'];
  organisationName: (id: string) => string;
  recorder: (id: string) => string;
  mayManage: boolean;
}) {
  const { t } = useTranslation('cases');
  const remedyName = useRemedyName();
  const when = entry.kind === 'consent' ? entry.givenOn : entry.kind === 'refusal' ? entry.decidedOn : entry.explainedOn;
  const state = entry.kind === 'consent' ? (states[entry.id] ?? null) : null;
  const purposes = entry.kind === 'explanation' ? entry.purposes : [entry.purpose];
  return (
    <li className={`card ledger-entry ledger-entry--${entry.kind}${state ? ` ledger-entry--${state}` : ''}`} id={`entry-${entry.id}`} tabIndex={-1}>
      <h4>{t('consents.entryTitle', { kind: t(`consents.kinds.${entry.kind}`), purposes: purposes.map((p) => t(`purposes.${p}`)).join(', ') })}</h4>
      {state ? <p className={`tag tag--consent-${state}`}>{t(`consents.states.${state}`)}</p> : null}
      <dl className="summary summary--compact">
        <div>
          <dt>{t(`consents.fields.on.${entry.kind}`)}</dt>
          <dd>{formatDay(when)}</dd>
        </div>
        {entry.kind === 'consent' ? (
          <div>
            <dt>{t('consents.covers')}</dt>
            <dd>{entry.scope.length > 0 ? entry.scope.map((c) => t(`categories.${c}`)).join(', ') : t('consents.coversNothingListed')}</dd>
          </div>
        ) : null}
        {entry.kind !== 'explanation' && entry.recipient ? (
          <div>
            <dt>{t('consents.fields.recipient')}</dt>
            <dd>{organisationName(entry.recipient)}</dd>
          </div>
        ) : null}
        {entry.kind !== 'explanation' && entry.remedy ? (
          <div>
            <dt>{t('consents.fields.remedy')}</dt>
            <dd>{remedyName(entry.remedy)}</dd>
          </div>
        ) : null}
        {entry.kind === 'explanation' && entry.material ? (
          <div>
            <dt>{t('consents.fields.material')}</dt>
            <dd>{t('consents.optionsSheet', { language: languageName(entry.material.lang) })}</dd>
          </div>
        ) : null}
        {entry.kind === 'consent' ? (
          <div>
            <dt>{t('consents.fields.expiresOn')}</dt>
            <dd>{entry.expiresOn ? formatDay(entry.expiresOn) : t('consents.noExpiry')}</dd>
          </div>
        ) : null}
        {entry.kind === 'consent' && entry.withdrawnOn ? (
          <div>
            <dt>{t('consents.withdrawnOn')}</dt>
            <dd>{formatDay(entry.withdrawnOn)}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t('consents.fields.language')}</dt>
          <dd>
            {languageName(entry.language)}
            {entry.kind !== 'explanation' ? ` · ${t(`consents.how.${entry.givenHow}`)}` : ''}
            {entry.interpreter ? ` · ${t('consents.withInterpreter', { name: entry.interpreter })}` : ''}
          </dd>
        </div>
        <div>
          <dt>{t('consents.recordedBy')}</dt>
          <dd>{recorder(entry.recordedBy)}</dd>
        </div>
      </dl>
      {entry.kind === 'consent' && mayManage && !entry.withdrawnOn && state !== 'expired' ? <WithdrawButton entry={entry} /> : null}
    </li>
  );
}
