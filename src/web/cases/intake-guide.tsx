import { useTranslation } from 'react-i18next';
import { LoadFailed, Loading } from '../shell/guards';
import { useIntakeGuide } from './api';
import { useCase } from './case-context';
import { INTAKE_TOPICS } from './types';

/**
 * Where the first conversations stand: safety and immediate needs first, then the rest over as
 * many sittings as the client needs. The guide proposes; it never asks for the whole story at once.
 */
export function IntakeGuideView() {
  const { t } = useTranslation('cases');
  const { code } = useCase();
  const guide = useIntakeGuide(code);
  if (guide.isPending) return <Loading />;
  if (guide.isError) return <LoadFailed error={guide.error} />;
  const { done, revisit, nextSitting, cautions } = guide.data;
  return (
    <section className="card card--calm intake-guide" aria-labelledby="guide-heading">
      <h3 id="guide-heading">{t('guide.heading')}</h3>
      <p>{t('guide.intro')}</p>
      {cautions.map((caution) => (
        <p key={caution} className="notice guide-caution">
          {t(`guide.cautions.${caution}`)}
        </p>
      ))}
      <h4>{t('guide.next')}</h4>
      <ol className="guide-next">
        {nextSitting.map((topic) => (
          <li key={topic}>{t(`topics.${topic}`)}</li>
        ))}
      </ol>
      <h4>{t('guide.allTopics')}</h4>
      <ul className="guide-topics">
        {INTAKE_TOPICS.map((topic) => {
          const state = done.includes(topic) ? 'done' : revisit.includes(topic) ? 'later' : 'remaining';
          return (
            <li key={topic} className={`guide-topic guide-topic--${state}`}>
              <span className="guide-topic__mark" aria-hidden="true" />
              <span>{t(`topics.${topic}`)}</span>
              <span className="guide-topic__state">{t(`guide.states.${state}`)}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
