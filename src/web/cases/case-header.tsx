import { useTranslation } from 'react-i18next';
import { formatDay, formatInstant, languageList } from './format';
import type { CaseHeader, SafeContact } from './types';

const CHANNELS = ['call', 'text', 'email', 'leaveMessages'] as const;

/** How the client may safely be reached. Shown on every case screen, before any contact action. */
function SafeContactSummary({ safeContact }: { safeContact: SafeContact | null }) {
  const { t } = useTranslation('cases');
  return (
    <aside className="safe-contact" aria-labelledby="safe-contact-heading">
      <h2 id="safe-contact-heading">{t('safeContact.heading')}</h2>
      {safeContact ? (
        <>
          <ul className="safe-contact__channels">
            {CHANNELS.map((channel) => (
              <li key={channel} className={`safety safety--${safeContact[channel]}`}>
                <span className="safety__channel">{t(`safeContact.channels.${channel}`)}</span>{' '}
                <span className="safety__value">{t(`safeContact.values.${safeContact[channel]}`)}</span>
              </li>
            ))}
          </ul>
          <dl className="summary summary--compact">
            {(['safeTimes', 'codeWord', 'othersWhoMayAnswer', 'notes'] as const).map((key) =>
              safeContact[key] ? (
                <div key={key}>
                  <dt>{t(`safeContact.fields.${key}`)}</dt>
                  <dd>{safeContact[key]}</dd>
                </div>
              ) : null,
            )}
          </dl>
        </>
      ) : (
        <p>{t('safeContact.none')}</p>
      )}
    </aside>
  );
}

export function CaseHeaderView({ header }: { header: CaseHeader }) {
  const { t } = useTranslation('cases');
  const activeGrants = header.breakGlass.filter((g) => g.active);
  return (
    <header className="case-header">
      <p className="case-header__kind">{t('case.kind')}</p>
      <h1 tabIndex={-1}>
        <span className="visually-hidden">{t('case.codeLabel')} </span>
        <span className="case-code">{header.code}</span>
      </h1>
      <dl className="case-facts">
        <div>
          <dt>{t('fields.status')}</dt>
          <dd>
            <span className={`tag tag--${header.status}`}>{t(`status.${header.status}`)}</span>
            {header.outcome ? ` · ${t(`outcomes.${header.outcome}`)}` : ''}
          </dd>
        </div>
        <div>
          <dt>{t('fields.province')}</dt>
          <dd>{t(`provinces.${header.province}`)}</dd>
        </div>
        <div>
          <dt>{t('fields.languages')}</dt>
          <dd>{languageList(header.languages)}</dd>
        </div>
        <div>
          <dt>{t('fields.interpreter')}</dt>
          <dd>{header.interpreterNeeded ? t('interpreter.needed') : t('interpreter.notNeeded')}</dd>
        </div>
        <div>
          <dt>{t('fields.myRole')}</dt>
          <dd>{header.myTeamRole ? t(`teamRoles.${header.myTeamRole}`) : t(`access.${header.access}`)}</dd>
        </div>
        <div>
          <dt>{t('fields.lastSitting')}</dt>
          <dd>{header.lastSittingOn ? formatDay(header.lastSittingOn) : t('case.noSittingYet')}</dd>
        </div>
      </dl>
      {header.breakGlass.length > 0 ? (
        <div className="notice break-glass-notice">
          <h2>{t(activeGrants.length > 0 ? 'breakGlass.noticeActive' : 'breakGlass.noticePast')}</h2>
          <ul>
            {header.breakGlass.map((grant) => (
              <li key={grant.id}>
                {t(grant.active ? 'breakGlass.activeGrant' : 'breakGlass.pastGrant', {
                  name: grant.byDisplayName,
                  from: formatInstant(grant.grantedAt),
                  until: formatInstant(grant.expiresAt),
                })}{' '}
                <q>{grant.reason}</q>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <SafeContactSummary safeContact={header.safeContact} />
    </header>
  );
}
