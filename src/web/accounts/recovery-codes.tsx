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
  // A plain text file made here, never sent anywhere: the codes are on the screen already.
  const download = () => {
    const url = URL.createObjectURL(new Blob([`${t('recovery.fileHeading')}\n\n${codes.join('\n')}\n`], { type: 'text/plain' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = 'harbour-recovery-codes.txt';
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  return (
    <section className="page page--narrow recovery-page">
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
      <div className="actions no-print">
        <button type="button" className="button" onClick={copy}>
          {t('recovery.copy')}
        </button>
        <button type="button" className="button" onClick={download}>
          {t('recovery.download')}
        </button>
        <button type="button" className="button" onClick={() => window.print()}>
          {t('recovery.print')}
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
