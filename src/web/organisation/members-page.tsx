import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../platform/api';
import { useDocumentTitle } from '../shell/document-title';
import { LoadFailed, Loading } from '../shell/guards';
import { InviteForm } from './invite-form';
import { MemberActions } from './member-actions';
import { useSession } from '../accounts/session';
import { membersKey, type Member } from './members';

export function MembersPage() {
  const { t } = useTranslation('organisation');
  useDocumentTitle(t('members.title'));
  const me = useSession().data?.user.id;
  const members = useQuery({ queryKey: membersKey, queryFn: () => api.get<{ members: Member[] }>('/api/organisation/members') });

  return (
    <section className="page">
      <h1 tabIndex={-1}>{t('members.title')}</h1>
      <p className="lede">{t('members.intro')}</p>
      {members.isPending ? <Loading /> : null}
      {members.isError ? <LoadFailed error={members.error} /> : null}
      {members.data ? (
        <div className="table-wrap" role="region" aria-labelledby="members-caption" tabIndex={0}>
          <table className="stacking-table">
            <caption id="members-caption">{t('members.caption', { count: members.data.members.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('members.name')}</th>
                <th scope="col">{t('members.email')}</th>
                <th scope="col">{t('members.role')}</th>
                <th scope="col">{t('members.mfa')}</th>
                <th scope="col">{t('members.status')}</th>
                <th scope="col">{t('members.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {members.data.members.map((member) => (
                <tr key={member.id}>
                  <th scope="row">{member.displayName || '—'}</th>
                  <td data-label={t('members.email')}>{member.email}</td>
                  <td data-label={t('members.role')}>
                    {t(`common:roles.${member.role}`)}
                    {member.isAdmin && member.role !== 'admin' ? <> {t('members.plusAdminDuty')}</> : null}
                  </td>
                  <td data-label={t('members.mfa')}>{member.mfaEnrolled ? t('members.mfaOn') : t('members.mfaOff')}</td>
                  <td data-label={t('members.status')}>
                    <span className={`tag tag--${member.status}`}>{t(`members.statuses.${member.status}`)}</span>
                  </td>
                  <td data-label={t('members.actions')}>
                    <MemberActions member={member} isSelf={member.id === me} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <section className="card" aria-labelledby="invite-heading">
        <h2 id="invite-heading">{t('invite.heading')}</h2>
        <InviteForm />
      </section>
    </section>
  );
}
