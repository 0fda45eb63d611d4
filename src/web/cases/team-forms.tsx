import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, isApiError } from '../platform/api';
import { fieldError, type FieldErrors } from '../platform/errors';
import { focusFirstInvalid, FormAlert, SelectField, SubmitButton } from '../platform/form';
import { casesApi, useCaseMutation, useTeamCandidates } from './api';
import { useCase } from './case-context';
import { TEAM_ROLES_FOR_ROLE, type TeamMember, type TeamRole } from './types';
import { caseErrorText, useAnnounce } from './ui';

const lawyersOf = (team: readonly TeamMember[]) => team.filter((m) => m.teamRole === 'responsible-lawyer' || m.teamRole === 'lawyer');

/** Adding someone from another organisation shares the file with it: that needs the client's consent. */
function ConsentNeeded() {
  const { t } = useTranslation('cases');
  const { code } = useCase();
  return (
    <div className="notice" role="alert">
      <p>{t('team.consentNeeded')}</p>
      <p>
        <Link to={`/cases/${code}/consents`}>{t('team.goToConsents')}</Link>
      </p>
    </div>
  );
}

export function AddMemberForm() {
  const { t } = useTranslation('cases');
  const { code, team = [] } = useCase();
  const announce = useAnnounce();
  const directory = useTeamCandidates(code);
  const formRef = useRef<HTMLFormElement>(null);
  const [userId, setUserId] = useState('');
  const [teamRole, setTeamRole] = useState<TeamRole | ''>('');
  const [supervisedBy, setSupervisedBy] = useState('');
  const [local, setLocal] = useState<FieldErrors>({});
  const candidates = (directory.data?.people ?? []).filter((p) => !team.some((m) => m.userId === p.id));
  const person = candidates.find((p) => p.id === userId);
  const roles = person ? TEAM_ROLES_FOR_ROLE[person.role] : [];
  const add = useCaseMutation(
    code,
    (body: Record<string, unknown>) => api.post(`${casesApi.base(code)}/team`, body),
    () => {
      announce(t('team.added', { name: person?.displayName ?? '' }));
      setUserId('');
      setTeamRole('');
      setSupervisedBy('');
    },
    { header: true },
  );
  const choosePerson = (id: string) => {
    setUserId(id);
    const chosen = candidates.find((p) => p.id === id);
    const fits = chosen ? TEAM_ROLES_FOR_ROLE[chosen.role] : [];
    setTeamRole(fits.length === 1 ? fits[0]! : fits.includes('lawyer') ? 'lawyer' : '');
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const errors: FieldErrors = {};
    if (!userId) errors.userId = t('team.personRequired');
    else if (!teamRole) errors.teamRole = t('team.roleRequired');
    setLocal(errors);
    if (Object.keys(errors).length > 0) return focusFirstInvalid(formRef.current);
    add.mutate({ userId, teamRole, ...(teamRole === 'legal-worker' && supervisedBy ? { supervisedBy } : {}) });
  };

  return (
    <form ref={formRef} className="stack card" onSubmit={submit} noValidate aria-labelledby="add-member-heading">
      <h3 id="add-member-heading">{t('team.addHeading')}</h3>
      <p className="field__hint">{t('team.addHint')}</p>
      {isApiError(add.error, 'consent-required') ? <ConsentNeeded /> : <FormAlert message={add.error ? caseErrorText(t, add.error) : null} />}
      <SelectField
        label={t('team.fields.person')}
        name="userId"
        value={userId}
        onChange={(e) => choosePerson(e.target.value)}
        error={fieldError(local, add.error, 'userId')}
      >
        <option value="">{t('team.choosePerson')}</option>
        {candidates.map((p) => (
          <option key={p.id} value={p.id}>
            {t('team.personOption', { name: p.displayName, role: t(`common:roles.${p.role}`), organisation: p.organisationName })}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('team.fields.teamRole')}
        name="teamRole"
        value={teamRole}
        onChange={(e) => setTeamRole(e.target.value as TeamRole)}
        error={fieldError(local, add.error, 'teamRole')}
        disabled={!person}
      >
        <option value="">{t('team.chooseRole')}</option>
        {roles.map((r) => (
          <option key={r} value={r}>
            {t(`teamRoles.${r}`)}
          </option>
        ))}
      </SelectField>
      {teamRole === 'legal-worker' ? (
        <SelectField
          label={t('team.fields.supervisedBy')}
          name="supervisedBy"
          value={supervisedBy}
          onChange={(e) => setSupervisedBy(e.target.value)}
          error={fieldError(local, add.error, 'supervisedBy')}
        >
          <option value="">{t('team.noSupervisor')}</option>
          {lawyersOf(team).map((m) => (
            <option key={m.userId} value={m.userId}>
              {m.displayName}
            </option>
          ))}
        </SelectField>
      ) : null}
      {teamRole === 'responsible-lawyer' ? <p className="notice">{t('team.responsibleHandover')}</p> : null}
      <SubmitButton pending={add.isPending} pendingLabel={t('common:working')}>
        {t('team.add')}
      </SubmitButton>
    </form>
  );
}

/** Names (or changes) the lawyer who supervises a legal worker; without one, privileged material stays closed to them. */
export function SupervisionForm({ member }: { member: TeamMember }) {
  const { t } = useTranslation('cases');
  const { code, team = [] } = useCase();
  const announce = useAnnounce();
  const [supervisedBy, setSupervisedBy] = useState(member.supervisedBy ?? '');
  const save = useCaseMutation(
    code,
    () => api.post(`${casesApi.base(code)}/team`, { userId: member.userId, teamRole: member.teamRole, ...(supervisedBy ? { supervisedBy } : {}) }),
    () => announce(t('team.supervisionSaved', { name: member.displayName })),
  );
  return (
    <form
      className="inline-form"
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate(undefined);
      }}
    >
      <SelectField
        label={t('team.supervisionFor', { name: member.displayName })}
        name="supervisedBy"
        value={supervisedBy}
        onChange={(e) => setSupervisedBy(e.target.value)}
      >
        <option value="">{t('team.noSupervisor')}</option>
        {lawyersOf(team).map((m) => (
          <option key={m.userId} value={m.userId}>
            {m.displayName}
          </option>
        ))}
      </SelectField>
      <SubmitButton pending={save.isPending} pendingLabel={t('common:working')}>
        {t('team.saveSupervision')}
      </SubmitButton>
      <FormAlert message={save.error ? caseErrorText(t, save.error) : null} />
    </form>
  );
}
