import { useTranslation } from 'react-i18next';
import { exhibitLabel, type RemedyChecklist } from './model';
import { useRemedyName } from '../knowledge/remedy-names';
import { formatDay } from '../platform/dates';

/** For each remedy in play: each entry of its evidence list, held, requested or missing. */
export function Checklist({ checklist }: { checklist: RemedyChecklist[] }) {
  const { t } = useTranslation('evidence');
  const remedyName = useRemedyName();
  if (checklist.length === 0) return <p className="card card--calm">{t('checklist.none')}</p>;
  return (
    <div className="evidence-checklist">
      {checklist.map((r) => (
        <section key={r.remedy} className="card" aria-labelledby={`checklist-${r.remedy}`} data-remedy={r.remedy}>
          <h4 id={`checklist-${r.remedy}`}>{remedyName(r.remedy)}</h4>
          <p className="muted">
            {t('checklist.counts', r.counts)} {r.inPlayBecause === 'linked' ? t('checklist.linked') : ''}
          </p>
          <ul className="plain-list">
            {r.needs.map((n) => (
              <li key={n.need} className={`evidence-need evidence-need--${n.state}`} data-state={n.state}>
                <span className={`tag evidence-state evidence-state--${n.state}`}>{t(`states.${n.state}`)}</span> {n.text}
                {n.exhibits.length > 0 ? ` — ${t('checklist.exhibits', { labels: n.exhibits.map(exhibitLabel).join(', ') })}` : ''}
                {n.request
                  ? ` — ${t(n.request.overdue ? 'checklist.overdue' : 'checklist.followUp', { on: formatDay(n.request.followUpOn ?? n.request.requestedOn), channel: t(`channels.${n.request.channel}`) })}`
                  : ''}
              </li>
            ))}
          </ul>
          {r.otherExhibits.length > 0 ? <p>{t('checklist.other', { labels: r.otherExhibits.map(exhibitLabel).join(', ') })}</p> : null}
        </section>
      ))}
    </div>
  );
}
