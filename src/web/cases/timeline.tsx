import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadFailed, Loading } from '../shell/guards';
import { useTimeline } from './api';
import { useCase } from './case-context';
import { dayNumber, understoodAs } from './time';
import type { Fragment } from './types';

const WIDTH = 1000;

/**
 * The story in time order, as well as it can be placed. Each piece shows the client's own words
 * for when it happened and, as a bar, the whole span of days those words can mean: a wide bar is
 * an honest "we don't know exactly", never a wrong date.
 */
export function TimelineView({ renderFragment }: { renderFragment: (fragment: Fragment, dated: boolean) => ReactNode }) {
  const { t } = useTranslation('cases');
  const { code } = useCase();
  const timeline = useTimeline(code);
  if (timeline.isPending) return <Loading />;
  if (timeline.isError) return <LoadFailed error={timeline.error} />;
  const { entries, undated } = timeline.data;
  const days = entries
    .flatMap(({ time }) => [time.earliest, time.latest])
    .filter((d): d is string => d !== null)
    .map(dayNumber);
  const min = Math.min(...days);
  const max = Math.max(...days);
  const span = Math.max(1, max - min);
  const x = (day: string | null, fallback: number) => (day === null ? fallback : ((dayNumber(day) - min) / span) * WIDTH);
  const yearOf = (n: number) => new Date(n * 86_400_000).getUTCFullYear();

  return (
    <div className="timeline">
      {entries.length === 0 ? <p className="card card--calm">{t('story.timelineEmpty')}</p> : null}
      {days.length > 0 ? <p className="timeline__scale muted">{t('story.scale', { from: yearOf(min), to: yearOf(max) })}</p> : null}
      <ol className="plain-list timeline__entries">
        {entries.map(({ fragment, time }) => {
          // A single day still gets a visible mark, kept inside the drawing.
          const width = Math.max(8, x(time.latest, WIDTH) - x(time.earliest, 0));
          const start = Math.min(x(time.earliest, 0), WIDTH - width);
          const open = time.earliest === null || time.latest === null;
          return (
            <li key={fragment.id} className="timeline__entry">
              <div className="timeline__when">
                <span className="timeline__label">{time.label}</span>
                <span className="timeline__range">{understoodAs(t, time)}</span>
              </div>
              {time.earliest || time.latest ? (
                <svg className="timeline__bar" viewBox={`0 0 ${WIDTH} 14`} preserveAspectRatio="none" aria-hidden="true" focusable="false">
                  <rect className="timeline__track" x="0" y="6" width={WIDTH} height="2" />
                  <rect className={open ? 'timeline__span timeline__span--open' : 'timeline__span'} x={start} y="2" width={width} height="10" rx="5" />
                </svg>
              ) : null}
              {renderFragment(fragment, true)}
            </li>
          );
        })}
      </ol>
      {undated.length > 0 ? (
        <>
          <h3>{t('story.undatedHeading')}</h3>
          <p className="muted">{t('story.undatedIntro')}</p>
          <ul className="plain-list">
            {undated.map((fragment) => (
              <li key={fragment.id}>{renderFragment(fragment, false)}</li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
