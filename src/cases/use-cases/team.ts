import { createBreakGlassGrant, TEAM_ROLES_FOR_ROLE, type TeamRole } from '../../core/access';
import { AppError } from '../../platform/http/app-error';
import type { AppContext } from '../../platform/http/context';
import { stillOpen, type CaseScope } from '../case-access';
import { requireConsent } from './consents';

// The case team, and emergency access from outside it.

export async function listTeam(ctx: AppContext, caseId: string) {
  const rows = await ctx.db
    .selectFrom('case_team as t')
    .innerJoin('users as u', 'u.id', 't.user_id')
    .innerJoin('organisations as o', 'o.id', 'u.organisation_id')
    .select(['t.user_id', 'u.display_name', 'u.organisation_id', 'o.name as organisation_name', 'u.role', 't.team_role', 't.supervised_by', 't.added_at'])
    .where('t.case_id', '=', caseId)
    .orderBy('t.added_at')
    .execute();
  return rows.map((r) => ({
    userId: r.user_id,
    displayName: r.display_name,
    organisationId: r.organisation_id,
    organisationName: r.organisation_name,
    role: r.role,
    teamRole: r.team_role,
    supervisedBy: r.supervised_by,
    addedAt: r.added_at.toISOString(),
  }));
}

const invalid = (path: string, message: string) => new AppError('invalid-input', 'Some fields need attention.', [{ path, message }]);

/**
 * Adds (or changes the role of) a team member. The person's own role must fit the team role. A
 * person from another organisation sees the case's team narrative: that is sharing with their
 * organisation, so it needs the client's consent to share with it.
 */
export async function addTeamMember(ctx: AppContext, scope: CaseScope, input: { userId: string; teamRole: TeamRole; supervisedBy?: string | undefined }) {
  const user = await ctx.db.selectFrom('users').select(['id', 'role', 'organisation_id', 'status']).where('id', '=', input.userId).executeTakeFirst();
  if (!user || user.status !== 'active') throw invalid('userId', 'is not an active person on this Harbour');
  if (!TEAM_ROLES_FOR_ROLE[user.role].includes(input.teamRole)) throw invalid('teamRole', `a ${user.role} cannot be ${input.teamRole} on a team`);
  const team = scope.facts.team;
  // Only naming a new responsible lawyer moves the role on; otherwise the case would be left with
  // nobody who can close it, delete it, staff it or see who has looked at it.
  if (team.some((m) => m.userId === user.id && m.teamRole === 'responsible-lawyer') && input.teamRole !== 'responsible-lawyer') {
    throw new AppError('conflict', 'This person is the responsible lawyer. Name another responsible lawyer first; they then stay on as a lawyer.');
  }
  if (input.supervisedBy) {
    if (input.teamRole !== 'legal-worker') throw invalid('supervisedBy', 'only legal workers are supervised');
    const supervisor = team.find((m) => m.userId === input.supervisedBy);
    if (!supervisor || (supervisor.teamRole !== 'responsible-lawyer' && supervisor.teamRole !== 'lawyer')) throw invalid('supervisedBy', 'must be a lawyer on this team');
  }
  if (user.organisation_id !== scope.row.organisation_id) {
    await requireConsent(ctx, scope, { kind: 'share-with-organisation', recipient: user.organisation_id, categories: ['narrative'] });
  }
  await ctx.db.transaction().execute(async (trx) => {
    await stillOpen(trx, scope);
    if (input.teamRole === 'responsible-lawyer') {
      // One responsible lawyer per case: the previous one stays on as a lawyer.
      await trx.updateTable('case_team').set({ team_role: 'lawyer' }).where('case_id', '=', scope.row.id).where('team_role', '=', 'responsible-lawyer').where('user_id', '!=', user.id).execute();
    }
    await trx
      .insertInto('case_team')
      .values({ case_id: scope.row.id, user_id: user.id, team_role: input.teamRole, supervised_by: input.supervisedBy ?? null })
      .onConflict((oc) => oc.columns(['case_id', 'user_id']).doUpdateSet({ team_role: input.teamRole, supervised_by: input.supervisedBy ?? null }))
      .execute();
    await ctx.audit.record({ actorId: scope.actor.id, action: 'case.team-member-added', caseId: scope.row.id, detail: { userId: user.id, teamRole: input.teamRole, otherOrganisation: user.organisation_id !== scope.row.organisation_id } }, trx);
  });
  return (await listTeam(ctx, scope.row.id)).find((m) => m.userId === user.id)!;
}

export async function removeTeamMember(ctx: AppContext, scope: CaseScope, userId: string): Promise<void> {
  const member = scope.facts.team.find((m) => m.userId === userId);
  if (!member) throw new AppError('not-found', 'This person is not on the team.');
  if (member.teamRole === 'responsible-lawyer') throw new AppError('conflict', 'Name another responsible lawyer before removing this one.');
  await ctx.db.transaction().execute(async (trx) => {
    await stillOpen(trx, scope);
    await trx.deleteFrom('case_team').where('case_id', '=', scope.row.id).where('user_id', '=', userId).execute();
    // Legal workers they supervised are no longer supervised on this case.
    await trx.updateTable('case_team').set({ supervised_by: null }).where('case_id', '=', scope.row.id).where('supervised_by', '=', userId).execute();
    await ctx.audit.record({ actorId: scope.actor.id, action: 'case.team-member-removed', caseId: scope.row.id, detail: { userId } }, trx);
  });
}

const REFUSALS = {
  'not-an-admin': 'Only an administrator of the organisation that holds the case can open it in an emergency.',
  'other-organisation': 'Only an administrator of the organisation that holds the case can open it in an emergency.',
  'reason-too-short': 'Give the reason in at least 20 characters.',
  'too-long': 'Emergency access lasts at most 24 hours.',
  'invalid-time': 'The server clock gave an invalid time.',
} as const;

/** Emergency access for an admin: reasoned, personal, at most 24 hours, shown to the team. */
export async function grantBreakGlass(ctx: AppContext, scope: CaseScope, input: { reason: string; hours: number }) {
  const id = crypto.randomUUID();
  const result = createBreakGlassGrant({ id, actor: scope.actor, case: { id: scope.row.id, orgId: scope.row.organisation_id }, reason: input.reason, now: scope.now.toISOString(), hours: input.hours });
  if (!result.ok) {
    const path = result.reason === 'reason-too-short' ? 'reason' : result.reason === 'too-long' ? 'hours' : '(body)';
    if (path === '(body)') throw new AppError('forbidden', REFUSALS[result.reason]);
    throw invalid(path, REFUSALS[result.reason]);
  }
  const { grant } = result;
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('case_break_glass')
      .values({ id, case_id: scope.row.id, by_user: scope.actor.id, reason: scope.vault.seal('case_break_glass', 'reason', id, grant.reason), granted_at: grant.grantedAt, expires_at: grant.expiresAt })
      .execute();
    await ctx.audit.record({ actorId: scope.actor.id, action: 'case.break-glass-granted', caseId: scope.row.id, detail: { grantId: id, hours: input.hours } }, trx);
  });
  return { id, grantedAt: grant.grantedAt, expiresAt: grant.expiresAt };
}
