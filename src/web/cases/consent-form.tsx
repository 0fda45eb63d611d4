import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { explanationOf } from '../../core/consent/in-effect';
import type { ConsentLedger } from '../../core/consent/model';
import type { IsoDate } from '../../core/dates/iso-date';
import { api, isApiError } from '../platform/api';
import { fieldError, type FieldErrors } from '../platform/errors';
import { Field, focusFirstInvalid, FormAlert, SelectField, SubmitButton } from '../platform/form';
import { casesApi, useCaseMutation, useConsents } from './api';
import { useCase } from './case-context';
import { formatDay, LANGUAGE_TAG, languageName, today } from './format';
import {
  CONSENT_PURPOSES,
  DATA_CATEGORIES,
  PURPOSES_NEEDING_RECIPIENT,
  PURPOSES_WITH_REMEDY,
  type ConsentPurpose,
  type DataCategory,
  type GivenHow,
  type LedgerEntry,
  type RemedyId,
} from './types';
import { RecipientSelect, RemedySelect, ServiceRecipientSelect } from './consent-fields';
import { caseErrorText, CheckboxGroup, focusSoon, RadioGroup, useAnnounce } from './ui';

type Kind = LedgerEntry['kind'];
const KINDS: readonly Kind[] = ['explanation', 'consent', 'refusal'];

/** Records an explanation, a consent or a refusal. Explanation comes first: consent rests on it. */
export function ConsentForm({ organisations, onClose }: { organisations: { id: string; name: string }[]; onClose: (saved: boolean) => void }) {
  const { t } = useTranslation('cases');
  const { code, header } = useCase();
  const announce = useAnnounce();
  const formRef = useRef<HTMLFormElement>(null);
  const [kind, setKind] = useState<Kind>('explanation');
  const [purpose, setPurpose] = useState<ConsentPurpose>('share-with-organisation');
  const [purposes, setPurposes] = useState<ConsentPurpose[]>([]);
  const [scope, setScope] = useState<DataCategory[]>([]);
  const [recipient, setRecipient] = useState('');
  // An organisation on this Harbour, or a service of the directory of services (for referrals).
  const [recipientFrom, setRecipientFrom] = useState<'harbour' | 'directory'>('harbour');
  const [remedy, setRemedy] = useState<RemedyId | ''>('');
  const [givenHow, setGivenHow] = useState<GivenHow>('verbal');
  const [language, setLanguage] = useState(header.languages[0] ?? 'en');
  const [interpreter, setInterpreter] = useState('');
  const [on, setOn] = useState(today());
  const [expiresOn, setExpiresOn] = useState('');
  const [local, setLocal] = useState<FieldErrors>({});
  const ledger = useConsents(code).data?.ledger;
  const save = useCaseMutation(
    code,
    (body: Record<string, unknown>) => api.post(`${casesApi.base(code)}/consents`, body),
    () => {
      announce(t(`consents.saved.${kind}`));
      onClose(true);
    },
  );
  const needsRecipient = kind !== 'explanation' && PURPOSES_NEEDING_RECIPIENT.includes(purpose);
  const hasRemedy = kind !== 'explanation' && PURPOSES_WITH_REMEDY.includes(purpose);

  const notExplainedText = t('consents.notExplained', { purpose: t(`purposes.${purpose}`), date: formatDay(on) });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const errors: FieldErrors = {};
    if (kind === 'explanation' && purposes.length === 0) errors.purposes = t('consents.purposesRequired');
    if (needsRecipient && !recipient) errors.recipient = t(recipientFrom === 'directory' ? 'consents.serviceRequired' : 'consents.recipientRequired');
    if (hasRemedy && purpose === 'file-remedy' && !remedy) errors.remedy = t('consents.remedyRequired');
    if (!LANGUAGE_TAG.test(language)) errors.language = t('sittings.interpreterLanguageRequired');
    if (kind === 'consent' && expiresOn && expiresOn <= on) errors.expiresOn = t('consents.expiryAfter');
    // The same check the server makes (core explanationOf): a consent rests on an earlier explanation.
    if (kind === 'consent' && ledger && !explanationOf(ledger as unknown as ConsentLedger, purpose, on as IsoDate)) errors.explanation = notExplainedText;
    setLocal(errors);
    if (Object.keys(errors).length > 0) {
      if (errors.explanation && Object.keys(errors).length === 1) focusSoon('#consent-not-explained button');
      else focusFirstInvalid(formRef.current);
      return;
    }
    const common = { language, ...(interpreter.trim() ? { interpreter: interpreter.trim() } : {}) };
    const target = { purpose, ...(needsRecipient ? { recipient } : {}), ...(hasRemedy && remedy ? { remedy } : {}) };
    if (kind === 'explanation') save.mutate({ kind, purposes, explainedOn: on, ...common });
    else if (kind === 'refusal') save.mutate({ kind, ...target, givenHow, decidedOn: on, ...common });
    else save.mutate({ kind, ...target, scope, givenHow, givenOn: on, ...(expiresOn ? { expiresOn } : {}), ...common });
  };
  const err = (path: string) => fieldError(local, save.error, path);
  // The server names what is missing under `explanation`; its words are English, so say it here.
  const notExplained = local.explanation ?? (isApiError(save.error) && save.error.fieldMessage('explanation') ? notExplainedText : undefined);
  const explainFirst = () => {
    setKind('explanation');
    setPurposes([purpose]);
    setLocal({});
    save.reset();
    focusSoon('#consent-form-heading');
  };
  const languages = [...new Set([...header.languages, 'en', 'fr'])];

  return (
    <form ref={formRef} className="stack card" onSubmit={submit} noValidate aria-labelledby="consent-form-heading">
      <h3 id="consent-form-heading" tabIndex={-1}>
        {t('consents.formHeading')}
      </h3>
      <FormAlert message={save.error ? caseErrorText(t, save.error) : null} />
      <RadioGroup
        legend={t('consents.fields.kind')}
        name="kind"
        hint={t('consents.kindHint')}
        options={KINDS}
        label={(o) => t(`consents.kinds.${o}`)}
        value={kind}
        onChange={setKind}
      />
      {kind === 'explanation' ? (
        <CheckboxGroup
          legend={t('consents.fields.purposesExplained')}
          name="purposes"
          options={CONSENT_PURPOSES}
          label={(o) => t(`purposes.${o}`)}
          values={purposes}
          onChange={setPurposes}
          error={err('purposes')}
        />
      ) : (
        <SelectField
          label={t('consents.fields.purpose')}
          name="purpose"
          value={purpose}
          onChange={(e) => setPurpose(e.target.value as ConsentPurpose)}
          error={err('purpose')}
        >
          {CONSENT_PURPOSES.map((p) => (
            <option key={p} value={p}>
              {t(`purposes.${p}`)}
            </option>
          ))}
        </SelectField>
      )}
      {kind === 'consent' && notExplained ? (
        <div className="notice notice--verify" id="consent-not-explained" role="alert">
          <p>{notExplained}</p>
          <button type="button" className="button" onClick={explainFirst}>
            {t('consents.explainFirst')}
          </button>
        </div>
      ) : null}
      {needsRecipient ? (
        <RadioGroup
          legend={t('consents.fields.recipientFrom')}
          name="recipientFrom"
          options={['harbour', 'directory'] as const}
          label={(o) => t(`consents.recipientFrom.${o}`)}
          value={recipientFrom}
          onChange={(from) => {
            setRecipientFrom(from);
            setRecipient('');
          }}
        />
      ) : null}
      {needsRecipient && recipientFrom === 'harbour' ? (
        <RecipientSelect value={recipient} onChange={setRecipient} organisations={organisations} error={err('recipient')} />
      ) : null}
      {needsRecipient && recipientFrom === 'directory' ? <ServiceRecipientSelect value={recipient} onChange={setRecipient} error={err('recipient')} /> : null}
      {hasRemedy ? <RemedySelect purpose={purpose} value={remedy} onChange={setRemedy} error={err('remedy')} /> : null}
      {kind === 'consent' ? (
        <CheckboxGroup
          legend={t('consents.fields.scope')}
          name="scope"
          hint={t('consents.scopeHint')}
          options={DATA_CATEGORIES}
          label={(o) => t(`categories.${o}`)}
          values={scope}
          onChange={setScope}
          error={err('scope')}
        />
      ) : null}
      {kind !== 'explanation' ? (
        <RadioGroup
          legend={t('consents.fields.givenHow')}
          name="givenHow"
          options={['verbal', 'written'] as const}
          label={(o) => t(`consents.how.${o}`)}
          value={givenHow}
          onChange={setGivenHow}
        />
      ) : null}
      <div className="field-row">
        <SelectField
          label={t('consents.fields.language')}
          name="language"
          value={language}
          onChange={(e) => setLanguage(e.target.value)}
          error={err('language')}
        >
          {languages.map((l) => (
            <option key={l} value={l}>
              {languageName(l)}
            </option>
          ))}
        </SelectField>
        <Field label={t('consents.fields.interpreter')} name="interpreter" value={interpreter} onChange={(e) => setInterpreter(e.target.value)} />
      </div>
      <div className="field-row">
        <Field
          label={t(`consents.fields.on.${kind}`)}
          name="on"
          type="date"
          value={on}
          onChange={(e) => setOn(e.target.value)}
          error={err(kind === 'consent' ? 'givenOn' : kind === 'refusal' ? 'decidedOn' : 'explainedOn')}
        />
        {kind === 'consent' ? (
          <Field
            label={t('consents.fields.expiresOn')}
            name="expiresOn"
            type="date"
            hint={t('consents.expiresHint')}
            value={expiresOn}
            onChange={(e) => setExpiresOn(e.target.value)}
            error={err('expiresOn')}
          />
        ) : null}
      </div>
      <div className="actions">
        <SubmitButton pending={save.isPending} pendingLabel={t('common:working')}>
          {t(`consents.submit.${kind}`)}
        </SubmitButton>
        <button type="button" className="button button--quiet" onClick={() => onClose(false)}>
          {t('actions.cancel')}
        </button>
      </div>
    </form>
  );
}
