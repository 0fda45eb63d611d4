import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLanguage } from '../platform/i18n';
import { formatTime, type CalendarItem } from './model';

/** The kind of a date in the interface language ("Hearing", "Deadline" …); the server's label for a kind this version does not know. */
export function useKindText() {
  const { t } = useTranslation('calendar');
  return (kind: string, fallback?: string) => t(`kinds.${kind}`, { defaultValue: fallback ?? kind });
}

/** One dated item: the case code (a link to the case's dates), the kind, the label and who set it. */
export function ItemLine({ item, compact = false }: { item: CalendarItem; compact?: boolean }) {
  const { t } = useTranslation('calendar');
  const kindText = useKindText();
  const kind = kindText(item.kind, item.label);
  const showLabel = !compact && item.label && item.label !== kind;
  return (
    <>
      <Link to={`/cases/${encodeURIComponent(item.caseCode)}/${item.source === 'institution' ? 'institutions' : 'dates'}`} className="calendar-item__case">
        {item.caseCode}
      </Link>{' '}
      <span className="calendar-item__kind">{kind}</span>
      {item.time ? <span className="calendar-item__time"> · {formatTime(item.time, currentLanguage())}</span> : null}
      {showLabel ? <span className="calendar-item__label"> · {item.label}</span> : null}{' '}
      <span className={`tag calendar-source calendar-source--${item.source}`}>{t(`source.${item.source}`)}</span>
    </>
  );
}
