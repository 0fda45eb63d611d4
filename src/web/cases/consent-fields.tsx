import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRemedyName } from '../knowledge/remedy-names';
import { Field, SelectField } from '../platform/form';
import { currentLanguage } from '../platform/i18n';
import { useServiceRecipients } from './api';
import { REMEDY_IDS, type ConsentPurpose, type RemedyId } from './types';

// The recipient and remedy choices shared by the consent form and the override form.

export function RecipientSelect(props: {
  value: string;
  onChange: (id: string) => void;
  organisations: { id: string; name: string }[];
  error?: string | undefined;
}) {
  const { t } = useTranslation('cases');
  return (
    <SelectField
      label={t('consents.fields.recipient')}
      name="recipient"
      value={props.value}
      onChange={(e) => props.onChange(e.target.value)}
      error={props.error}
    >
      <option value="">{t('consents.chooseOrganisation')}</option>
      {props.organisations.map((o) => (
        <option key={o.id} value={o.id}>
          {o.name}
        </option>
      ))}
    </SelectField>
  );
}

const SHOWN_SERVICES = 50;

/**
 * A service of the directory of services as the recipient (an organisation outside this Harbour,
 * or one that receives referrals here): searched by name, chosen from the matches.
 */
export function ServiceRecipientSelect(props: { value: string; onChange: (recipient: string) => void; error?: string | undefined }) {
  const { t } = useTranslation('cases');
  const [text, setText] = useState('');
  const services = useServiceRecipients(text.trim());
  const fr = currentLanguage() === 'fr';
  const matches = (services.data ?? []).slice(0, SHOWN_SERVICES);
  return (
    <div className="stack">
      <Field
        label={t('consents.fields.serviceSearch')}
        name="serviceSearch"
        type="search"
        hint={t('consents.serviceSearchHint')}
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      <SelectField label={t('consents.fields.service')} name="service" value={props.value} onChange={(e) => props.onChange(e.target.value)} error={props.error}>
        <option value="">{services.isFetching ? t('consents.searchingServices') : t('consents.chooseService', { count: services.data?.length ?? 0 })}</option>
        {matches.map((s) => (
          <option key={s.recipient} value={s.recipient}>
            {`${fr ? (s.name.fr ?? s.name.en) : s.name.en} (${s.jurisdictions.join(', ')})`}
          </option>
        ))}
      </SelectField>
    </div>
  );
}

export function RemedySelect(props: { purpose: ConsentPurpose; value: RemedyId | ''; onChange: (id: RemedyId) => void; error?: string | undefined }) {
  const { t } = useTranslation('cases');
  const remedyName = useRemedyName();
  return (
    <SelectField
      label={t('consents.fields.remedy')}
      name="remedy"
      value={props.value}
      onChange={(e) => props.onChange(e.target.value as RemedyId)}
      error={props.error}
    >
      <option value="">{props.purpose === 'file-remedy' ? t('consents.chooseRemedy') : t('consents.anyRemedy')}</option>
      {REMEDY_IDS.map((r) => (
        <option key={r} value={r}>
          {remedyName(r)}
        </option>
      ))}
    </SelectField>
  );
}
