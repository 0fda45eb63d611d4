import { useTranslation } from 'react-i18next';
import { LoadFailed, Loading } from '../shell/guards';
import { useActivity } from './api';
import { useCase } from './case-context';
import { formatInstant } from './format';

// Actions that only look at the file: "who has looked at this case".
const LOOKS = new Set([
  'case.viewed',
  'case.identity-revealed',
  'case.narrative-read',
  'case.sitting-notes-read',
  'case.facts-read',
  'case.assessment-read',
  'case.questions-read',
  'case.intake-guide-read',
  'case.consent-checked',
  'case.break-glass-used',
]);

export function ActivityTab() {
  const { t } = useTranslation('cases');
  const { code, can } = useCase();
  const activity = useActivity(code, can['case:read-audit']);
  if (!can['case:read-audit']) {
    return (
      <div className="case-tab">
        <h2 tabIndex={-1}>{t('tabs.activity')}</h2>
        <p className="notice">{t('activity.onlyResponsible')}</p>
      </div>
    );
  }
  const entries = activity.data?.entries ?? [];
  return (
    <div className="case-tab">
      <h2 tabIndex={-1}>{t('tabs.activity')}</h2>
      <p className="lede">{t('activity.intro')}</p>
      {activity.isPending ? <Loading /> : null}
      {activity.isError ? <LoadFailed error={activity.error} /> : null}
      {activity.data ? (
        <div className="table-wrap">
          <table className="stacking-table activity">
            <caption>{t('activity.caption', { count: entries.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('activity.when')}</th>
                <th scope="col">{t('activity.who')}</th>
                <th scope="col">{t('activity.what')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr key={e.seq} className={LOOKS.has(e.action) ? 'activity--look' : undefined}>
                  <td data-label={t('activity.when')}>{formatInstant(e.at)}</td>
                  <th scope="row" data-label={t('activity.who')}>
                    {e.actorDisplayName ?? t('activity.unknownPerson')}
                  </th>
                  <td data-label={t('activity.what')}>{t(`activity.actions.${e.action}`, { defaultValue: e.action })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </div>
  );
}
