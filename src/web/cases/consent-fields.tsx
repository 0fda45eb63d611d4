import { useTranslation } from 'react-i18next';
import { useRemedyName } from '../knowledge/remedy-names';
import { SelectField } from '../platform/form';
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
