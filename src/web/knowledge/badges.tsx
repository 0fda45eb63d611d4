import './badges.css';
import { useTranslation } from 'react-i18next';
import { notFoundAsOf } from './not-found';
import { quoteToShow } from './quote';
import { formatDay } from '../platform/dates';

export type Verification = 'official-text' | 'secondary' | 'unverified';

export interface CitationLike {
  source: string;
  pinpoint: string;
  url?: string;
  verification?: Verification;
  verified?: boolean;
  /** null: nobody recorded the day the source was read. */
  lastReviewed: string | null;
  /** The provision's words, present only when a program found them in the official federal text (ADR 0014). */
  quote?: string;
  /** The provision's official French wording (Quebec, New Brunswick), shown instead to a reader in French. */
  quoteFr?: string;
}

/** "last reviewed 2026-12-05", or "review date not recorded" where nobody recorded the day the source was read. */
export function ReviewedOn({ date, prefix = '' }: { date: string | null; prefix?: string }) {
  const { t } = useTranslation('knowledge');
  return <span className="muted">{prefix + (date === null ? t('reviewDateNotRecorded') : t('lastReviewed', { date: formatDay(date) }))}</span>;
}

const verificationOf = (c: { verification?: Verification; verified?: boolean }): Verification =>
  c.verification ?? (c.verified ? 'official-text' : 'unverified');

/** How well a fact is sourced. "Unverified" is marked so it cannot be mistaken for checked law. */
export function VerificationBadge({ status }: { status: Verification }) {
  const { t } = useTranslation('knowledge');
  return (
    <span className={`badge badge--${status}`} title={t(`verification.${status}.help`)}>
      {status === 'unverified' ? <span aria-hidden="true">⚠ </span> : null}
      {t(`verification.${status}.label`)}
    </span>
  );
}

/** A list of sources, each with its pinpoint, verification badge and the day it was last reviewed. */
export function CitationList({ citations, className }: { citations: readonly CitationLike[]; className?: string }) {
  const { t, i18n } = useTranslation('knowledge');
  if (citations.length === 0) return null;
  return (
    <ul className={`citations${className ? ` ${className}` : ''}`}>
      {citations.map((c, i) => {
        const notFound = notFoundAsOf(c.source);
        const source = notFound ? t('notFound', { date: notFound }) : c.source;
        const quote = quoteToShow(c, i18n.language);
        return (
          <li key={`${c.source}|${c.pinpoint}|${i}`}>
            <VerificationBadge status={verificationOf(c)} />{' '}
            {c.url ? (
              <a href={c.url} rel="noreferrer noopener" target="_blank">
                {source}
              </a>
            ) : (
              <span>{source}</span>
            )}
            , <span className="citations__pinpoint">{c.pinpoint}</span> <ReviewedOn date={c.lastReviewed} />
            {quote ? (
              <blockquote className="citations__quote" {...(c.url ? { cite: c.url } : {})}>
                <span className="muted">{t(quote.label)}</span> <q lang={quote.lang}>{quote.text}</q>
              </blockquote>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}

/** Effective dates of a dated fact ("from … until …", both inclusive); a start nobody researched says so. */
export function EffectiveDates({ effective }: { effective: { from: string | null; until?: string } }) {
  const { t } = useTranslation('knowledge');
  const unresearched = effective.from === null;
  const key = unresearched
    ? effective.until
      ? 'effective.unresearchedUntil'
      : 'effective.unresearched'
    : effective.until
      ? 'effective.range'
      : 'effective.from';
  return <span className="muted">{t(key, { from: formatDay(effective.from), until: formatDay(effective.until) })}</span>;
}
