import { useTranslation } from 'react-i18next';
import { languageList } from '../cases/format';
import { pick, useIndicators } from '../knowledge/api';
import { currentLanguage } from '../platform/i18n';
import type { Packet } from './api';

const SAFETY = ['safe', 'unsafe', 'unknown'];

/** Exactly what leaves (or arrived): the header, the purpose and each shared category. */
export function PacketView({ packet, headingId }: { packet: Packet; headingId: string }) {
  const { t } = useTranslation('referrals');
  const lang = currentLanguage();
  // A screening answer ("fact.<id>") is named by its indicator's wording (the code until it arrives).
  const indicators = useIndicators(lang).data?.indicators;
  const factName = (id: string) => {
    const found = indicators?.find((i) => i.id === id);
    return found ? pick(found.practitioner, lang) : id;
  };
  const label = (key: string) => (t(`items.${key}`, { defaultValue: '' }) as string) || factName(key.replace(/^fact\./, ''));
  const value = (key: string, text: string) => {
    if (key.startsWith('fact.')) return text.replace(/^yes(?= — |$)/, t('packet.yes'));
    if (key.startsWith('contact.safe.') && SAFETY.includes(text)) return t(`packet.safety.${text}`);
    return text;
  };
  return (
    <section className="card referral-packet" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('packet.heading')}</h3>
      <dl className="referral-facts">
        <dt>{t('packet.province')}</dt>
        <dd>{t(`provinces.${packet.header.province}`)}</dd>
        <dt>{t('packet.languages')}</dt>
        <dd>{languageList(packet.header.languages)}</dd>
        <dt>{t('packet.interpreter')}</dt>
        <dd>{packet.header.interpreterNeeded ? t('packet.yes') : t('packet.no')}</dd>
        <dt>{t('packet.purpose')}</dt>
        <dd>{packet.purpose}</dd>
      </dl>
      {packet.sections.length === 0 ? <p>{t('packet.nothingShared')}</p> : null}
      {packet.sections.map((s) => (
        <section key={s.category} aria-label={t(`categories.${s.category}`)}>
          <h4>{t(`categories.${s.category}`)}</h4>
          {s.items.length === 0 ? <p className="muted">{t('packet.emptyCategory')}</p> : null}
          <dl className="referral-facts">
            {s.items.map((item, i) => (
              <div key={`${item.key}-${i}`}>
                <dt>{label(item.key)}</dt>
                <dd>{value(item.key, item.value)}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </section>
  );
}
