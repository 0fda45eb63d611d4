import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import { caseKeys } from '../cases/api';
import { useCase } from '../cases/case-context';
import { caseErrorText } from '../cases/ui';
import { SelectField, SubmitButton } from '../platform/form';
import { evidenceApi } from './api';

/** Export bundle: a ZIP with the index, the files and a SHA-256 manifest (needs the client's consent). */
export function BundlePanel() {
  const { t, i18n } = useTranslation('evidence');
  const { t: tc } = useTranslation('cases');
  const { code } = useCase();
  const queryClient = useQueryClient();
  const [lang, setLang] = useState(i18n.language === 'fr' ? 'fr' : 'en');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [file, setFile] = useState<{ url: string; filename: string } | null>(null);
  const link = useRef<HTMLAnchorElement>(null);
  useEffect(() => () => void (file && URL.revokeObjectURL(file.url)), [file]);
  useEffect(() => link.current?.click(), [file]);
  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setPending(true);
    setError(null);
    try {
      const { blob, filename } = await evidenceApi.bundle(code, lang);
      setFile({ url: URL.createObjectURL(blob), filename });
      await queryClient.invalidateQueries({ queryKey: caseKeys.part(code, 'evidence') });
    } catch (caught) {
      setError(caught);
    } finally {
      setPending(false);
    }
  }
  return (
    <section className="card" aria-labelledby="evidence-bundle-heading">
      <h3 id="evidence-bundle-heading">{t('bundle.heading')}</h3>
      <p>{t('bundle.intro')}</p>
      <form className="stack" onSubmit={onSubmit} noValidate>
        <SelectField label={t('bundle.language')} name="bundle-lang" value={lang} onChange={(e) => setLang(e.target.value)}>
          <option value="en">English</option>
          <option value="fr">Français</option>
        </SelectField>
        {error ? <p role="alert">{caseErrorText(tc, error)}</p> : null}
        <div className="actions">
          <SubmitButton pending={pending} pendingLabel={t('common:working')}>
            {t('bundle.export')}
          </SubmitButton>
        </div>
      </form>
      {file ? (
        <p role="status">
          <a ref={link} href={file.url} download={file.filename}>
            {t('bundle.ready', { filename: file.filename })}
          </a>
        </p>
      ) : null}
    </section>
  );
}
