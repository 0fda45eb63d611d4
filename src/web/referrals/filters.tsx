import { useTranslation } from 'react-i18next';
import { PROVINCES } from '../../core/contract/identifiers';
import { DIRECTORY_KINDS, DIRECTORY_SERVICES } from '../../core/referrals/directory-codes';
import { Field, SelectField } from '../platform/form';
import type { DirectoryFilters } from './api';

/** The directory's codes, from the core (one list for the server, the CLI and the browser). */
export const SERVICES = DIRECTORY_SERVICES;
export const KINDS = DIRECTORY_KINDS;

/** Search and filters of the directory; a plain column on a phone. */
export function Filters({ value, onChange }: { value: DirectoryFilters; onChange: (next: DirectoryFilters) => void }) {
  const { t } = useTranslation('referrals');
  return (
    <form className="referral-filters" role="search" aria-label={t('filters.label')} onSubmit={(e) => e.preventDefault()}>
      <Field label={t('filters.text')} name="text" type="search" value={value.text ?? ''} onChange={(e) => onChange({ ...value, text: e.target.value })} />
      <SelectField
        label={t('filters.province')}
        name="province"
        value={value.province ?? ''}
        onChange={(e) => onChange({ ...value, province: e.target.value })}
      >
        <option value="">{t('filters.any')}</option>
        {PROVINCES.map((p) => (
          <option key={p} value={p}>
            {t(`provinces.${p}`)}
          </option>
        ))}
      </SelectField>
      <SelectField label={t('filters.service')} name="service" value={value.service ?? ''} onChange={(e) => onChange({ ...value, service: e.target.value })}>
        <option value="">{t('filters.any')}</option>
        {SERVICES.map((s) => (
          <option key={s} value={s}>
            {t(`services.${s}`)}
          </option>
        ))}
      </SelectField>
      <Field
        label={t('filters.language')}
        name="language"
        hint={t('filters.languageHint')}
        value={value.language ?? ''}
        onChange={(e) => onChange({ ...value, language: e.target.value.trim() })}
      />
    </form>
  );
}

/** Filters without empty values, and a language only once it looks like a tag. */
export const cleanFilters = (f: DirectoryFilters): DirectoryFilters =>
  Object.fromEntries(Object.entries(f).filter(([k, v]) => v && (k !== 'language' || /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(v))));
