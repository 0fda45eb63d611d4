import { useTranslation } from 'react-i18next';
import type { Packet } from './api';

/** Exactly what leaves (or arrived): the header, the purpose and each shared category. */
export function PacketView({ packet, headingId }: { packet: Packet; headingId: string }) {
  const { t } = useTranslation('referrals');
  const label = (key: string) => (t(`items.${key}`, { defaultValue: '' }) as string) || key.replace(/^fact\./, '');
  return (
    <section className="card referral-packet" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('packet.heading')}</h3>
      <dl className="referral-facts">
        <dt>{t('packet.province')}</dt>
        <dd>{t(`provinces.${packet.header.province}`)}</dd>
        <dt>{t('packet.languages')}</dt>
        <dd>{packet.header.languages.join(', ')}</dd>
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
                <dd>{item.value}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </section>
  );
}
