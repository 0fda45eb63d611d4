import { useTranslation } from 'react-i18next';
import { languageList } from '../cases/format';
import { currentLanguage } from '../platform/i18n';
import type { Bilingual, SearchResult } from './api';
import { formatDay } from '../platform/dates';

export const inLanguage = (text: Bilingual, lang: string) => (lang === 'fr' ? (text.fr ?? text.en) : text.en);

/** One service of the directory: who it serves, how to reach it, and its review date and source. */
export function EntryCard({ result, action }: { result: SearchResult; action?: React.ReactNode }) {
  const { t } = useTranslation('referrals');
  const lang = currentLanguage();
  const e = result.entry;
  const headingId = `entry-${e.id}`;
  return (
    <li className="card referral-entry" aria-labelledby={headingId}>
      <h3 id={headingId}>{inLanguage(e.name, lang)}</h3>
      {result.stale ? <p className="referral-badge referral-badge--stale">{t('entry.stale')}</p> : null}
      {result.inHarbour ? <p className="referral-badge">{t('entry.inHarbour')}</p> : null}
      {result.origin === 'local' ? <p className="referral-badge">{t(result.visibility === 'instance' ? 'entry.localShared' : 'entry.local')}</p> : null}
      <dl className="referral-facts">
        <dt>{t('entry.serves')}</dt>
        <dd>{[e.jurisdictions.map((j) => t(`provinces.${j}`)).join(', '), e.regions.join(', ')].filter(Boolean).join(' — ')}</dd>
        <dt>{t('entry.services')}</dt>
        <dd>{e.services.map((s) => t(`services.${s}`)).join(', ') || t('entry.notStated')}</dd>
        <dt>{t('entry.languages')}</dt>
        <dd>{languageList(e.languages) || t('entry.notStated')}</dd>
        {e.contact.phone ? (
          <>
            <dt>{t('entry.phone')}</dt>
            <dd>
              <a href={`tel:${e.contact.phone.replace(/[^0-9+]/g, '')}`}>{e.contact.phone}</a>
            </dd>
          </>
        ) : null}
        {e.contact.hours ? (
          <>
            <dt>{t('entry.hours')}</dt>
            <dd>{inLanguage(e.contact.hours, lang)}</dd>
          </>
        ) : null}
        {e.contact.website ? (
          <>
            <dt>{t('entry.website')}</dt>
            <dd>
              <a href={e.contact.website} rel="noreferrer noopener" target="_blank">
                {e.contact.website}
              </a>
            </dd>
          </>
        ) : null}
      </dl>
      {e.safetyNotes ? <p className="referral-safety">{inLanguage(e.safetyNotes, lang)}</p> : null}
      <p className="muted">
        {t('entry.reviewed', { date: formatDay(e.lastReviewed) })}
        {e.confirmBeforeReferring ? ` ${t('entry.confirm')}` : ''}
      </p>
      {action}
    </li>
  );
}
