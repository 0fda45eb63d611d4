import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../shell/document-title';

/** Shown once, straight after two-step verification is turned on. */
export function RecoveryCodes({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  const { t } = useTranslation('accounts');
  useDocumentTitle(t('recovery.title'));
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(codes.join('\n'));
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };
  return (
    <section className="page page--narrow">
      <h1 tabIndex={-1}>{t('recovery.title')}</h1>
      <div className="notice notice--info">
        <p>{t('recovery.storeSafely')}</p>
        <p>{t('recovery.onlyOnce')}</p>
      </div>
      <ol className="recovery-codes" aria-label={t('recovery.listLabel')}>
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ol>
      <div className="actions">
        <button type="button" className="button" onClick={copy}>
          {t('recovery.copy')}
        </button>
        <button type="button" className="button button--primary" onClick={onDone}>
          {t('recovery.done')}
        </button>
      </div>
      <p role="status" className="muted">
        {copied ? t('recovery.copied') : ''}
      </p>
    </section>
  );
}
