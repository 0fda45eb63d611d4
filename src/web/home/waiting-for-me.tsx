import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCalendar } from '../calendar/api';
import { formatLongDay, localToday, nextDaysRange } from '../calendar/model';
import { useCaseList } from '../cases/api';
import { currentLanguage } from '../platform/i18n';
import { useIncoming } from '../referrals/api';
import { Loading } from '../shell/guards';
import { DEADLINE_WINDOW_DAYS, waitingCases } from './waiting';

const SHOWN = 8;

/**
 * "Waiting for me": my cases with a legal date within 14 days or no sitting yet, and the referrals
 * received that no one has answered. Case codes and dates only. A part the person's role cannot
 * read is simply left out.
 */
export function WaitingForMe({ referrals }: { referrals: boolean }) {
  const { t } = useTranslation('home');
  const lang = currentLanguage();
  const cases = useCaseList('open');
  const items = useCalendar(nextDaysRange(localToday(), DEADLINE_WINDOW_DAYS), lang);
  const incoming = useIncoming(referrals);
  if (cases.isPending || items.isPending) return <Loading />;
  const waiting = waitingCases(cases.data ?? [], items.data ?? []);
  const unanswered = (incoming.data ?? []).filter((r) => r.status === 'sent' && r.access === 'open').length;
  const shown = waiting.slice(0, SHOWN);
  return (
    <section aria-labelledby="waiting-heading" className="waiting">
      <h2 id="waiting-heading">{t('waiting.heading')}</h2>
      {shown.length === 0 && unanswered === 0 ? <p>{t('waiting.nothing')}</p> : null}
      {shown.length ? (
        <ul className="link-list waiting__cases">
          {shown.map((w) => {
            const base = `/cases/${encodeURIComponent(w.code)}`;
            return (
              <li key={w.code} data-case={w.code}>
                <Link to={w.deadline ? `${base}/dates` : `${base}/sittings`} className="case-code">
                  {w.code}
                </Link>
                {w.deadline ? (
                  <span>
                    {' '}
                    · {t('waiting.deadline', { label: w.deadline.label })} <time dateTime={w.deadline.date}>{formatLongDay(w.deadline.date, lang)}</time>
                  </span>
                ) : null}
                {w.noSitting ? <span> · {t('waiting.noSitting')}</span> : null}
              </li>
            );
          })}
        </ul>
      ) : null}
      {waiting.length > SHOWN ? (
        <p>
          <Link to="/cases">{t('waiting.more', { count: waiting.length - SHOWN })}</Link>
        </p>
      ) : null}
      {unanswered ? (
        <p data-waiting="referrals">
          <Link to="/referrals/incoming">{t('waiting.referrals', { count: unanswered })}</Link>
        </p>
      ) : null}
    </section>
  );
}
