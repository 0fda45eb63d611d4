import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { api } from '../platform/api';
import { fieldError, type FieldErrors } from '../platform/errors';
import { focusFirstInvalid, FormAlert, SelectField, SubmitButton } from '../platform/form';
import { useDocumentTitle } from '../shell/document-title';
import { useCaseMutation } from './api';
import { invalidLanguageTags, LanguagesField } from './languages-field';
import { PROVINCES, type CaseHeader, type Province } from './types';
import { caseErrorText, RadioGroup } from './ui';

export function NewCasePage() {
  const { t } = useTranslation('cases');
  useDocumentTitle(t('new.title'));
  const navigate = useNavigate();
  const formRef = useRef<HTMLFormElement>(null);
  const [province, setProvince] = useState<Province | ''>('');
  const [languages, setLanguages] = useState<string[]>([]);
  const [interpreter, setInterpreter] = useState<'yes' | 'no' | null>(null);
  const [local, setLocal] = useState<FieldErrors>({});
  const create = useCaseMutation(
    '',
    () => api.post<{ case: CaseHeader }>('/api/cases', { province, languages, interpreterNeeded: interpreter === 'yes' }),
    (result) => navigate(`/cases/${result.case.code}`, { state: { created: true } }),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const errors: FieldErrors = {};
    if (!province) errors.province = t('new.provinceRequired');
    if (languages.length === 0) errors.languages = t('new.languagesRequired');
    else if (invalidLanguageTags(languages).length > 0) errors.languages = t('languages.invalid', { tags: invalidLanguageTags(languages).join(', ') });
    if (!interpreter) errors.interpreterNeeded = t('new.interpreterRequired');
    setLocal(errors);
    if (Object.keys(errors).length > 0) return focusFirstInvalid(formRef.current);
    create.mutate(undefined, { onError: () => focusFirstInvalid(formRef.current) });
  };

  return (
    <section className="page page--narrow">
      <h1 tabIndex={-1}>{t('new.title')}</h1>
      <p className="lede">{t('new.intro')}</p>
      <div className="notice">
        <p>{t('new.pseudonymous')}</p>
        <p>{t('new.identityLater')}</p>
      </div>
      <form ref={formRef} className="stack" onSubmit={submit} noValidate>
        <FormAlert message={create.error ? caseErrorText(t, create.error) : null} />
        <SelectField
          label={t('fields.province')}
          name="province"
          value={province}
          onChange={(e) => setProvince(e.target.value as Province)}
          error={fieldError(local, create.error, 'province')}
        >
          <option value="">{t('new.chooseProvince')}</option>
          {PROVINCES.map((p) => (
            <option key={p} value={p}>
              {t(`provinces.${p}`)}
            </option>
          ))}
        </SelectField>
        <LanguagesField value={languages} onChange={setLanguages} error={fieldError(local, create.error, 'languages')} />
        <RadioGroup
          legend={t('new.interpreterQuestion')}
          name="interpreterNeeded"
          options={['yes', 'no'] as const}
          label={(o) => t(`answers.${o}`)}
          value={interpreter}
          onChange={setInterpreter}
          error={fieldError(local, create.error, 'interpreterNeeded')}
        />
        <div className="actions">
          <SubmitButton pending={create.isPending} pendingLabel={t('common:working')}>
            {t('new.submit')}
          </SubmitButton>
          <Link className="button button--quiet" to="/cases">
            {t('actions.cancel')}
          </Link>
        </div>
      </form>
    </section>
  );
}
