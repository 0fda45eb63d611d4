import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFacts } from '../screening/case-data';
import { screeningNotStarted } from '../screening/first-step';
import { useCase } from './case-context';

/**
 * What to do next on a case just started: the first sitting, then the screening. Shown to the
 * people who work the case while either is still to do; it disappears once both have begun.
 */
export function NextStep() {
  const { t } = useTranslation('cases');
  const { code, header, can } = useCase();
  const works = header.status === 'open' && can['case:update'];
  const facts = useFacts(code);
  if (!works) return null;
  const noSitting = header.lastSittingOn === null;
  // A screening that cannot be read here (a role without access) is not offered.
  const noScreening = facts.data ? screeningNotStarted(facts.data.facts) : false;
  if (!noSitting && !noScreening) return null;
  const base = `/cases/${encodeURIComponent(code)}`;
  return (
    <section className="card next-step" aria-labelledby="next-step-heading">
      <h2 id="next-step-heading">{t('nextStep.heading')}</h2>
      <ol>
        {noSitting ? (
          <li data-next="sitting">
            <Link to={`${base}/sittings`}>{t('nextStep.sitting')}</Link>
            <p className="muted">{t('nextStep.sittingWhy')}</p>
          </li>
        ) : null}
        {noScreening ? (
          <li data-next="screening">
            <Link to={`${base}/screening`}>{t('nextStep.screening')}</Link>
            <p className="muted">{t('nextStep.screeningWhy')}</p>
          </li>
        ) : null}
      </ol>
    </section>
  );
}
