import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../accounts/session';
import { LoadFailed, Loading } from '../shell/guards';
import { useConsents, useDirectory, useOrganisations, useServiceRecipients } from './api';
import { useCase } from './case-context';
import { ConsentForm } from './consent-form';
import { formatDay } from './format';
import { LedgerItem } from './ledger';
import { OverrideForm } from './override-form';
import type { Consents } from './types';
import { focusSoon } from './ui';
import { currentLanguage } from '../platform/i18n';

const inLanguage = (name: { en: string; fr: string | null }) => (currentLanguage() === 'fr' ? (name.fr ?? name.en) : name.en);

const CONTRACT_KEYS = ['contactPolice', 'contactImmigrationAuthorities', 'fileComplaintsNamingEmployer'] as const;
// The ledger purpose behind each summary line (src/core/consent/contract-consents.ts).
const PURPOSE_OF = {
  contactPolice: 'contact-police',
  contactImmigrationAuthorities: 'contact-immigration-authorities',
  fileComplaintsNamingEmployer: 'name-employer-in-complaint',
};

/** Whether the latest "no" for a purpose is a consent withdrawn (said "withdrawn"), not a refusal. */
function lastNoIsWithdrawal(ledger: Consents['ledger'], purpose: string): boolean {
  let latest: { on: string; withdrawal: boolean } | null = null;
  for (const entry of ledger) {
    if (entry.kind === 'explanation' || entry.purpose !== purpose) continue;
    const no = entry.kind === 'refusal' ? { on: entry.decidedOn, withdrawal: false } : entry.withdrawnOn ? { on: entry.withdrawnOn, withdrawal: true } : null;
    if (no && (!latest || no.on >= latest.on)) latest = no;
  }
  return latest?.withdrawal ?? false;
}

function TodaySummary({ decisions, ledger }: { decisions: Consents['contractConsents']; ledger: Consents['ledger'] }) {
  const { t } = useTranslation('cases');
  const word = (key: (typeof CONTRACT_KEYS)[number]) => (decisions[key] === 'no' && lastNoIsWithdrawal(ledger, PURPOSE_OF[key]) ? 'withdrawn' : decisions[key]);
  return (
    <dl className="summary consent-today">
      {CONTRACT_KEYS.map((key) => (
        <div key={key}>
          <dt>{t(`consents.today.${key}`)}</dt>
          <dd>
            <span className={`tag tag--decision-${decisions[key]}`}>{t(`consents.decisions.${word(key)}`)}</span>
          </dd>
        </div>
      ))}
    </dl>
  );
}

export function ConsentsTab() {
  const { t } = useTranslation('cases');
  const { code, can, team } = useCase();
  const session = useSession().data;
  const consents = useConsents(code);
  const directory = useDirectory();
  const allOrganisations = useOrganisations();
  const [form, setForm] = useState<'entry' | 'override' | null>(null);

  const organisations = new Map<string, string>();
  if (session) organisations.set(session.organisation.id, session.organisation.name);
  for (const o of allOrganisations.data ?? []) organisations.set(o.id, o.name);
  for (const m of team ?? []) organisations.set(m.organisationId, m.organisationName);
  // A recipient that is no organisation here is a service of the directory of services.
  const unknownRecipient = (consents.data?.ledger ?? []).some((e) => e.kind !== 'explanation' && e.recipient && !organisations.has(e.recipient));
  const services = useServiceRecipients('', unknownRecipient && allOrganisations.isSuccess);
  const serviceNames = new Map((services.data ?? []).map((s) => [s.recipient, inLanguage(s.name)]));
  const organisationName = (id: string) => organisations.get(id) ?? serviceNames.get(id) ?? t('consents.unknownOrganisation');
  const people = new Map<string, string>([
    ...(directory.data ?? []).map((p) => [p.id, p.displayName] as const),
    ...(team ?? []).map((m) => [m.userId, m.displayName] as const),
  ]);
  const recorder = (id: string) => people.get(id) ?? t('consents.someoneElse');
  const orgList = [...organisations].map(([id, name]) => ({ id, name }));
  const open = (what: 'entry' | 'override') => {
    setForm(what);
    focusSoon(what === 'entry' ? '#consent-form-heading' : '#override-form-heading');
  };
  const close = (what: 'entry' | 'override') => {
    setForm(null);
    focusSoon(what === 'entry' ? '#record-consent' : '#record-override');
  };

  return (
    <div className="case-tab">
      <h2 tabIndex={-1}>{t('tabs.consents')}</h2>
      <p className="lede">{t('consents.intro')}</p>
      {consents.isPending ? <Loading /> : null}
      {consents.isError ? <LoadFailed error={consents.error} /> : null}
      {consents.data ? (
        <>
          <section aria-labelledby="today-heading">
            <h3 id="today-heading">{t('consents.todayHeading')}</h3>
            <TodaySummary decisions={consents.data.contractConsents} ledger={consents.data.ledger} />
          </section>
          {form === 'entry' ? (
            <ConsentForm organisations={orgList} onClose={() => close('entry')} />
          ) : can['case:manage-consents'] ? (
            <p>
              <button type="button" className="button button--primary" id="record-consent" onClick={() => open('entry')}>
                {t('consents.record')}
              </button>
            </p>
          ) : null}
          <section aria-labelledby="ledger-heading">
            <h3 id="ledger-heading">{t('consents.ledgerHeading')}</h3>
            {consents.data.ledger.length === 0 ? <p className="card card--calm">{t('consents.none')}</p> : null}
            <ol className="plain-list" reversed>
              {[...consents.data.ledger].reverse().map((entry) => (
                <LedgerItem
                  key={entry.id}
                  entry={entry}
                  states={consents.data.states}
                  organisationName={organisationName}
                  recorder={recorder}
                  mayManage={can['case:manage-consents']}
                />
              ))}
            </ol>
          </section>
          <section aria-labelledby="overrides-heading">
            <h3 id="overrides-heading">{t('overrides.heading')}</h3>
            <p>{t('overrides.intro')}</p>
            {consents.data.overrides.length === 0 ? <p className="muted">{t('overrides.none')}</p> : null}
            <ul className="plain-list">
              {consents.data.overrides.map((o) => (
                <li key={o.id} className="card override">
                  <h4>{t(`purposes.${o.action.kind}`)}</h4>
                  <p>
                    {t('overrides.by', { name: recorder(o.byLawyer), date: formatDay(o.recordedOn) })}
                    {o.expiresOn ? ` ${t('overrides.until', { date: formatDay(o.expiresOn) })}` : ` ${t('overrides.oneDay')}`}
                  </p>
                  <p className="override__reason">
                    <strong>{t('overrides.reasonLabel')}</strong> {o.reason}
                  </p>
                </li>
              ))}
            </ul>
            {form === 'override' ? (
              <OverrideForm organisations={orgList} onClose={() => close('override')} />
            ) : can['case:override-consent'] ? (
              <button type="button" className="button" id="record-override" onClick={() => open('override')}>
                {t('overrides.record')}
              </button>
            ) : null}
          </section>
        </>
      ) : null}
    </div>
  );
}
