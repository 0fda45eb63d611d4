import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { FormAlert } from '../platform/form';
import { LoadFailed, Loading } from '../shell/guards';
import { casesApi, useCaseMutation, useTeam } from './api';
import { useCase } from './case-context';
import { formatDay } from './format';
import { AddMemberForm, SupervisionForm } from './team-forms';
import type { TeamMember } from './types';
import { caseErrorText, focusSoon, useAnnounce } from './ui';

function RemoveButton({ member }: { member: TeamMember }) {
  const { t } = useTranslation('cases');
  const { code, viewer } = useCase();
  const announce = useAnnounce();
  const navigate = useNavigate();
  const remove = useCaseMutation(
    code,
    () => casesApi.delete(`${casesApi.base(code)}/team/${member.userId}`),
    () => {
      announce(t('team.removed', { name: member.displayName }));
      if (member.userId === viewer.userId) navigate('/cases');
      else focusSoon('#team-heading');
    },
  );
  return (
    <>
      <button type="button" className="button button--quiet" onClick={() => remove.mutate(undefined)} disabled={remove.isPending}>
        {t('team.remove')}
        <span className="visually-hidden"> {member.displayName}</span>
      </button>
      <FormAlert message={remove.error ? caseErrorText(t, remove.error) : null} />
    </>
  );
}

export function TeamTab() {
  const { t } = useTranslation('cases');
  const { code, can } = useCase();
  const team = useTeam(code);
  const members = team.data?.team ?? [];
  const nameOf = (id: string | null) => members.find((m) => m.userId === id)?.displayName;
  const manage = can['case:manage-team'];
  const reassignments = team.data?.reassignments ?? [];

  return (
    <div className="case-tab">
      <h2 tabIndex={-1} id="team-heading">
        {t('tabs.team')}
      </h2>
      <p className="lede">{t('team.intro')}</p>
      {team.isPending ? <Loading /> : null}
      {team.isError ? <LoadFailed error={team.error} /> : null}
      {team.data ? (
        <div className="table-wrap">
          <table className="stacking-table">
            <caption>{t('team.caption', { count: members.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('team.fields.person')}</th>
                <th scope="col">{t('team.fields.teamRole')}</th>
                <th scope="col">{t('team.fields.organisation')}</th>
                <th scope="col">{t('team.fields.supervisedBy')}</th>
                <th scope="col">{t('team.fields.addedAt')}</th>
                <th scope="col">{t('team.fields.addedBy')}</th>
                {manage ? (
                  <th scope="col">
                    <span className="visually-hidden">{t('team.actions')}</span>
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {members.map((m) => (
                <tr key={m.userId}>
                  <th scope="row">{m.displayName}</th>
                  <td data-label={t('team.fields.teamRole')}>{t(`teamRoles.${m.teamRole}`)}</td>
                  <td data-label={t('team.fields.organisation')}>{m.organisationName}</td>
                  <td data-label={t('team.fields.supervisedBy')}>
                    {m.teamRole === 'legal-worker' ? (nameOf(m.supervisedBy) ?? t('team.notSupervised')) : '—'}
                  </td>
                  <td data-label={t('team.fields.addedAt')}>{formatDay(m.addedAt)}</td>
                  <td data-label={t('team.fields.addedBy')}>
                    {m.addedByDisplayName ?? '—'}
                    {!m.vouched && m.teamRole !== 'support-worker' ? <span className="tag">{t('team.notVouched')}</span> : null}
                  </td>
                  {manage ? <td>{m.teamRole !== 'responsible-lawyer' ? <RemoveButton member={m} /> : null}</td> : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {reassignments.length > 0 ? (
        <section className="notice" aria-labelledby="reassignments-heading">
          <h3 id="reassignments-heading">{t('team.reassignments')}</h3>
          <ul>
            {reassignments.map((r) => (
              <li key={r.id}>
                {t('team.reassigned', { by: r.byDisplayName, to: nameOf(r.toUserId) ?? t('consents.someoneElse'), on: formatDay(r.at) })} <q>{r.reason}</q>
              </li>
            ))}
          </ul>
          <p className="muted">{t('team.notVouchedHint')}</p>
        </section>
      ) : null}
      {manage
        ? members
            .filter((m) => m.teamRole === 'legal-worker')
            .map((m) => (
              <section key={m.userId} className="card" aria-label={t('team.supervisionFor', { name: m.displayName })}>
                <SupervisionForm member={m} />
              </section>
            ))
        : null}
      {manage ? <AddMemberForm /> : <p className="muted">{t('team.onlyResponsible')}</p>}
    </div>
  );
}
