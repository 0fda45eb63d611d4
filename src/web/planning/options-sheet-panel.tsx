import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, getCsrfToken } from '../platform/api';
import { describeError } from '../platform/errors';
import { Field, FormAlert, SelectField, SubmitButton } from '../platform/form';

// The client's options sheet, in the language they read, and the ledger entry saying the options
// were explained to them: one request does both (POST /api/cases/:code/options-sheet). The file
// comes back as the response body; it is offered through a Blob link, so nothing navigates away.

export const SHEET_LANGS = ['en', 'fr', 'es', 'tl', 'zh-Hans', 'pa'] as const;
const REVIEWED = ['en', 'fr'];
type SheetLang = (typeof SHEET_LANGS)[number];

async function requestSheet(code: string, body: Record<string, unknown>): Promise<{ blob: Blob; filename: string }> {
  const csrf = getCsrfToken();
  const response = await fetch(`/api/cases/${encodeURIComponent(code)}/options-sheet`, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json', Accept: 'application/pdf, application/vnd.openxmlformats-officedocument.wordprocessingml.document, application/json', ...(csrf ? { 'X-CSRF-Token': csrf } : {}) },
    body: JSON.stringify(body),
  }).catch((cause: unknown) => {
    throw new ApiError({ status: 0, code: 'network-error', message: cause instanceof Error ? cause.message : 'Network error' });
  });
  if (!response.ok) {
    const error = (await response.json().catch(() => null)) as { error?: { code?: string; message?: string; fields?: { path: string; message: string }[] } } | null;
    throw new ApiError({ status: response.status, code: error?.error?.code ?? 'request-failed', message: error?.error?.message ?? response.statusText, fields: error?.error?.fields ?? [] });
  }
  const disposition = response.headers.get('content-disposition') ?? '';
  const filename = /filename="?([^";]+)"?/.exec(disposition)?.[1] ?? `options-${code}.${body.format as string}`;
  return { blob: await response.blob(), filename };
}

export function OptionsSheetPanel({ code }: { code: string }) {
  const { t, i18n } = useTranslation('planning');
  const queryClient = useQueryClient();
  const id = useId();
  const [lang, setLang] = useState<SheetLang>(i18n.language === 'fr' ? 'fr' : 'en');
  const [format, setFormat] = useState<'pdf' | 'docx'>('pdf');
  const [interpreterUsed, setInterpreterUsed] = useState(false);
  const [interpreterLanguage, setInterpreterLanguage] = useState('');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [file, setFile] = useState<{ url: string; filename: string; lang: SheetLang; interpreter: string | null } | null>(null);
  const link = useRef<HTMLAnchorElement>(null);

  useEffect(() => () => void (file && URL.revokeObjectURL(file.url)), [file]);
  useEffect(() => link.current?.click(), [file]);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setPending(true);
    setError(null);
    try {
      const body = { lang, format, interpreterUsed, ...(interpreterUsed && interpreterLanguage.trim() ? { interpreterLanguage: interpreterLanguage.trim() } : {}) };
      const { blob, filename } = await requestSheet(code, body);
      setFile({ url: URL.createObjectURL(blob), filename, lang, interpreter: interpreterUsed ? interpreterLanguage.trim() : null });
      await queryClient.invalidateQueries({ predicate: (q) => q.queryKey.some((k) => typeof k === 'string' && k.toUpperCase() === code.toUpperCase()) });
    } catch (caught) {
      setError(caught);
    } finally {
      setPending(false);
    }
  }

  return (
    <section className="card options-sheet" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('sheet.heading')}</h3>
      <p>{t('sheet.intro')}</p>
      <form className="stack" onSubmit={onSubmit} noValidate>
        <SelectField label={t('sheet.language')} name="lang" value={lang} onChange={(e) => setLang(e.target.value as SheetLang)}>
          {SHEET_LANGS.map((l) => (
            <option key={l} value={l}>
              {t(`sheet.langs.${l}`)}
              {REVIEWED.includes(l) ? '' : ` — ${t('sheet.notReviewed')}`}
            </option>
          ))}
        </SelectField>
        {!REVIEWED.includes(lang) ? (
          <div className="notice notice--verify">
            <p>{t('sheet.notReviewedNote')}</p>
          </div>
        ) : null}
        <fieldset>
          <legend>{t('sheet.format')}</legend>
          <div className="choices">
            {(['pdf', 'docx'] as const).map((f) => (
              <label className="choice" key={f}>
                <input type="radio" name="format" value={f} checked={format === f} onChange={() => setFormat(f)} />
                {t(`sheet.formats.${f}`)}
              </label>
            ))}
          </div>
        </fieldset>
        <label className="choice">
          <input type="checkbox" name="interpreterUsed" checked={interpreterUsed} onChange={(e) => setInterpreterUsed(e.target.checked)} />
          {t('sheet.interpreterUsed')}
        </label>
        {interpreterUsed ? <Field label={t('sheet.interpreterLanguage')} name="interpreterLanguage" value={interpreterLanguage} maxLength={60} onChange={(e) => setInterpreterLanguage(e.target.value)} /> : null}
        <p className="field__hint" id={`${id}-records`}>
          {t('sheet.records')}
        </p>
        <FormAlert message={error ? describeError(t, error) : null} />
        <SubmitButton pending={pending} pendingLabel={t('sheet.producing')}>
          {t('sheet.produce')}
        </SubmitButton>
      </form>
      <div role="status" className={file ? 'notice notice--success' : 'visually-hidden'}>
        {file ? (
          <>
            <p>
              {file.interpreter === null
                ? t('sheet.done', { language: t(`sheet.langs.${file.lang}`) })
                : t('sheet.doneInterpreter', { language: t(`sheet.langs.${file.lang}`), interpreter: file.interpreter || t('sheet.interpreterUnnamed') })}
            </p>
            <p>
              <a ref={link} href={file.url} download={file.filename} className="button">
                {t('sheet.download', { filename: file.filename })}
              </a>
            </p>
          </>
        ) : null}
      </div>
    </section>
  );
}
