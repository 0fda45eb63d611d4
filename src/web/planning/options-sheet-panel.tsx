import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useCase } from '../cases/case-context';
import { languageName } from '../cases/format';
import { RadioGroup } from '../cases/ui';
import { api, ApiError, getCsrfToken, isApiError } from '../platform/api';
import { describeError } from '../platform/errors';
import { Field, FormAlert, SelectField, SubmitButton } from '../platform/form';

// The client's options sheet, in the language they read. Producing it (POST …/options-sheet)
// changes nothing in the consent ledger; the file comes back as the response body and is offered
// through a Blob link, so nothing navigates away. Once the sheet is shown, the practitioner may
// confirm going through it with the client (POST …/options-sheet/explained, naming the sheet by
// the digest that came with it): that confirmation, and only it, records the explanation.

const SHEET_LANGS = ['en', 'fr', 'es', 'tl', 'zh-Hans', 'pa'] as const;
const REVIEWED = ['en', 'fr'];
type SheetLang = (typeof SHEET_LANGS)[number];
const SHEET_HEADER = 'x-harbour-options-sheet';
const isSheetLang = (l: string): l is SheetLang => (SHEET_LANGS as readonly string[]).includes(l);

interface ProducedSheet {
  url: string;
  filename: string;
  lang: SheetLang;
  digest: string;
}

async function requestSheet(code: string, body: { lang: SheetLang; format: 'pdf' | 'docx' }): Promise<{ blob: Blob; filename: string; digest: string }> {
  const csrf = getCsrfToken();
  const response = await fetch(`/api/cases/${encodeURIComponent(code)}/options-sheet`, {
    method: 'POST',
    credentials: 'same-origin',
    headers: {
      'Content-Type': 'application/json',
      Accept: 'application/pdf, application/vnd.openxmlformats-officedocument.wordprocessingml.document, application/json',
      ...(csrf ? { 'X-CSRF-Token': csrf } : {}),
    },
    body: JSON.stringify(body),
  }).catch((cause: unknown) => {
    throw new ApiError({ status: 0, code: 'network-error', message: cause instanceof Error ? cause.message : 'Network error' });
  });
  if (!response.ok) {
    const error = (await response.json().catch(() => null)) as {
      error?: { code?: string; message?: string; fields?: { path: string; message: string }[] };
    } | null;
    throw new ApiError({
      status: response.status,
      code: error?.error?.code ?? 'request-failed',
      message: error?.error?.message ?? response.statusText,
      fields: error?.error?.fields ?? [],
    });
  }
  const disposition = response.headers.get('content-disposition') ?? '';
  const filename = /filename="?([^";]+)"?/.exec(disposition)?.[1] ?? `options-${code}.${body.format}`;
  return { blob: await response.blob(), filename, digest: response.headers.get(SHEET_HEADER) ?? '' };
}

/** "I went through this sheet with the client, in LANGUAGE, with or without an interpreter." */
function ConfirmExplained({ code, sheet }: { code: string; sheet: ProducedSheet }) {
  const { t } = useTranslation('planning');
  const queryClient = useQueryClient();
  const caseLanguages = useCase()?.header.languages ?? [];
  const languages = [...new Set<string>([sheet.lang, ...caseLanguages, ...SHEET_LANGS])];
  const nameOf = (l: string) => (isSheetLang(l) ? t(`sheet.langs.${l}`) : languageName(l));
  const [language, setLanguage] = useState<string>(sheet.lang);
  const [interpreter, setInterpreter] = useState<'yes' | 'no' | null>(null);
  const [interpreterName, setInterpreterName] = useState('');
  const [missing, setMissing] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (interpreter === null) {
      setMissing(true);
      return;
    }
    setMissing(false);
    setPending(true);
    setError(null);
    try {
      const name = interpreter === 'yes' ? interpreterName.trim() : '';
      const result = await api.post<{ recorded: boolean }>(`/api/cases/${encodeURIComponent(code)}/options-sheet/explained`, {
        lang: sheet.lang,
        sheet: sheet.digest,
        language,
        interpreter: interpreter === 'yes',
        ...(name ? { interpreterName: name } : {}),
      });
      setDone(
        !result.recorded
          ? t('sheet.confirm.already')
          : interpreter === 'yes'
            ? t('sheet.confirm.doneInterpreter', { language: nameOf(language), interpreter: name || t('sheet.confirm.interpreterUnnamed') })
            : t('sheet.confirm.done', { language: nameOf(language) }),
      );
      await queryClient.invalidateQueries({ predicate: (q) => q.queryKey.some((k) => typeof k === 'string' && k.toUpperCase() === code.toUpperCase()) });
    } catch (caught) {
      setError(caught);
    } finally {
      setPending(false);
    }
  }

  const errorText = !error
    ? null
    : isApiError(error, 'conflict')
      ? error.fieldMessage('sheet') === 'stale'
        ? t('sheet.confirm.stale')
        : t('sheet.confirm.conflict')
      : describeError(t, error);

  return (
    <section className="options-sheet__confirm stack" aria-labelledby="options-sheet-confirm-heading">
      <h4 id="options-sheet-confirm-heading">{t('sheet.confirm.heading')}</h4>
      <p>{t('sheet.confirm.intro')}</p>
      {done ? null : (
        <form className="stack" onSubmit={onSubmit} noValidate>
          <SelectField label={t('sheet.confirm.language')} name="explainedLanguage" value={language} onChange={(e) => setLanguage(e.target.value)}>
            {languages.map((l) => (
              <option key={l} value={l}>
                {nameOf(l)}
              </option>
            ))}
          </SelectField>
          <RadioGroup
            legend={t('sheet.confirm.interpreter')}
            name="interpreter"
            options={['no', 'yes'] as const}
            label={(o) => t(`sheet.confirm.interpreterChoices.${o}`)}
            value={interpreter}
            onChange={setInterpreter}
            error={missing ? t('sheet.confirm.interpreterRequired') : undefined}
          />
          {interpreter === 'yes' ? (
            <Field
              label={t('sheet.confirm.interpreterName')}
              name="interpreterName"
              value={interpreterName}
              maxLength={200}
              onChange={(e) => setInterpreterName(e.target.value)}
            />
          ) : null}
          <FormAlert message={errorText} />
          <SubmitButton pending={pending} pendingLabel={t('sheet.confirm.saving')}>
            {t('sheet.confirm.submit')}
          </SubmitButton>
        </form>
      )}
      <div role="status" className={done ? 'notice notice--success' : 'visually-hidden'}>
        {done ? <p>{done}</p> : null}
      </div>
    </section>
  );
}

export function OptionsSheetPanel({ code }: { code: string }) {
  const { t, i18n } = useTranslation('planning');
  const id = useId();
  const [lang, setLang] = useState<SheetLang>(i18n.language === 'fr' ? 'fr' : 'en');
  const [format, setFormat] = useState<'pdf' | 'docx'>('pdf');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [file, setFile] = useState<ProducedSheet | null>(null);
  const link = useRef<HTMLAnchorElement>(null);

  useEffect(() => () => void (file && URL.revokeObjectURL(file.url)), [file]);
  useEffect(() => link.current?.click(), [file]);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setPending(true);
    setError(null);
    try {
      const { blob, filename, digest } = await requestSheet(code, { lang, format });
      setFile({ url: URL.createObjectURL(blob), filename, lang, digest });
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
            <p>{t('sheet.ready')}</p>
            <p>
              <a ref={link} href={file.url} download={file.filename} className="button">
                {t('sheet.download', { filename: file.filename })}
              </a>
            </p>
          </>
        ) : null}
      </div>
      {file ? <ConfirmExplained key={file.url} code={code} sheet={file} /> : null}
    </section>
  );
}
