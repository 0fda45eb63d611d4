import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { pick, type Dated } from './api';
import { CitationList, EffectiveDates, ReviewedOn, VerificationBadge } from './badges';

/** One dated fact: what it says, when it applies, how well it is sourced, and its sources. */
export function DatedFact({ fact, children, lang }: { fact: Dated; children: ReactNode; lang: string }) {
  const { t } = useTranslation('knowledge');
  return (
    <div className="dated-fact">
      <div className="dated-fact__text">{children}</div>
      <p className="dated-fact__meta">
        <VerificationBadge status={fact.verification} /> <EffectiveDates effective={fact.effective} /> <ReviewedOn date={fact.lastReviewed} prefix="· " />
      </p>
      {fact.verify ? <VerifyBanner text={pick(fact.verify, lang)} /> : null}
      <details className="sources">
        <summary>{t('sources', { count: fact.citations.length })}</summary>
        <CitationList citations={fact.citations} />
      </details>
    </div>
  );
}

/** Law in motion: a reviewer must confirm it before anyone relies on it. */
export function VerifyBanner({ text }: { text: string }) {
  const { t } = useTranslation('knowledge');
  return (
    <div className="notice notice--verify">
      <p>
        <strong>{t('verifyBanner')}</strong> {text}
      </p>
    </div>
  );
}
