import {
  checkCaseReassignable,
  checkReassignment,
  createBreakGlassGrant,
  TEAM_ROLES_FOR_ROLE,
  type ReassignmentRefusal,
  type TeamRole,
} from '../../core/access';
import { AppError } from '../../platform/http/app-error';
import type { AppContext } from '../../platform/http/context';
import { sharingOf, stillOpen, type CaseScope } from '../case-access';
import { requireConsent } from './consents';
import { practitionersOf } from './lists';

const ORGANISATION_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// The case team, and emergency access from outside it.

export async function listTeam(ctx: AppContext, caseId: string) {
  const rows = await ctx.db
    .selectFrom('case_team as t')
    .innerJoin('users as u', 'u.id', 't.user_id')
    .innerJoin('organisations as o', 'o.id', 'u.organisation_id')
    .leftJoin('users as adder', 'adder.id', 't.added_by')
    .select([
      't.user_id',
      'u.display_name',
      'u.organisation_id',
      'o.name as organisation_name',
      'u.role',
      't.team_role',
      't.supervised_by',
      't.added_at',
      't.added_by',
      'adder.display_name as added_by_name',
      't.vouched_by',
    ])
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
    addedBy: r.added_by,
    addedByDisplayName: r.added_by_name,
    /** Whether a lawyer of the case vouched for them: without it, privileged material stays closed to them. */
    vouched: r.vouched_by !== null,
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
    if (!supervisor || (supervisor.teamRole !== 'responsible-lawyer' && supervisor.teamRole !== 'lawyer'))
      throw invalid('supervisedBy', 'must be a lawyer on this team');
  }
  if (user.organisation_id !== scope.row.organisation_id) {
    await requireConsent(ctx, scope, { kind: 'share-with-organisation', recipient: user.organisation_id, categories: ['narrative'] });
  }
  // The responsible lawyer vouches for whoever they add, if they hold that standing themselves;
  // nobody vouches for themselves, and a lawyer an admin placed cannot pass on what they lack.
  const me = team.find((m) => m.userId === scope.actor.id);
  const vouches = me?.vouchedBy !== undefined && (me.teamRole === 'responsible-lawyer' || me.teamRole === 'lawyer') && user.id !== scope.actor.id;
  const vouchedBy = vouches ? scope.actor.id : null;
  await ctx.db.transaction().execute(async (trx) => {
    await stillOpen(trx, scope);
    if (input.teamRole === 'responsible-lawyer') {
      // One responsible lawyer per case: the previous one stays on as a lawyer.
      await trx
        .updateTable('case_team')
        .set({ team_role: 'lawyer' })
        .where('case_id', '=', scope.row.id)
        .where('team_role', '=', 'responsible-lawyer')
        .where('user_id', '!=', user.id)
        .execute();
    }
    await trx
      .insertInto('case_team')
      .values({
        case_id: scope.row.id,
        user_id: user.id,
        team_role: input.teamRole,
        supervised_by: input.supervisedBy ?? null,
        added_by: scope.actor.id,
        vouched_by: vouchedBy,
      })
      // A change of role keeps who added them; a lawyer with standing vouches anew, nobody else takes it away.
      .onConflict((oc) =>
        oc.columns(['case_id', 'user_id']).doUpdateSet((eb) => ({
          team_role: input.teamRole,
          supervised_by: input.supervisedBy ?? null,
          vouched_by: eb.fn.coalesce('excluded.vouched_by', 'case_team.vouched_by'),
        })),
      )
      .execute();
    await ctx.audit.record(
      {
        actorId: scope.actor.id,
        action: 'case.team-member-added',
        caseId: scope.row.id,
        detail: { userId: user.id, teamRole: input.teamRole, otherOrganisation: user.organisation_id !== scope.row.organisation_id, vouched: vouches },
      },
      trx,
    );
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
  'reason-not-words': 'Write the reason in words the team can read: at least three different words.',
  'too-long': 'Emergency access lasts at most 24 hours.',
  'invalid-time': 'The server clock gave an invalid time.',
} as const;

/** Emergency access for an admin: reasoned, personal, at most 24 hours, shown to the team. */
export async function grantBreakGlass(ctx: AppContext, scope: CaseScope, input: { reason: string; hours: number }) {
  const id = crypto.randomUUID();
  const result = createBreakGlassGrant({
    id,
    actor: scope.actor,
    case: { id: scope.row.id, orgId: scope.row.organisation_id },
    reason: input.reason,
    now: scope.now.toISOString(),
    hours: input.hours,
  });
  if (!result.ok) {
    const path = result.reason === 'reason-too-short' || result.reason === 'reason-not-words' ? 'reason' : result.reason === 'too-long' ? 'hours' : '(body)';
    if (path === '(body)') throw new AppError('forbidden', REFUSALS[result.reason]);
    throw invalid(path, REFUSALS[result.reason]);
  }
  const { grant } = result;
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('case_break_glass')
      .values({
        id,
        case_id: scope.row.id,
        by_user: scope.actor.id,
        reason: scope.vault.seal('case_break_glass', 'reason', id, grant.reason),
        granted_at: grant.grantedAt,
        expires_at: grant.expiresAt,
      })
      .execute();
    await ctx.audit.record(
      { actorId: scope.actor.id, action: 'case.break-glass-granted', caseId: scope.row.id, detail: { grantId: id, hours: input.hours } },
      trx,
    );
  });
  return { id, grantedAt: grant.grantedAt, expiresAt: grant.expiresAt };
}

const REASSIGN_REFUSALS: Record<ReassignmentRefusal, () => AppError> = {
  'not-an-admin': () => new AppError('forbidden', 'Only an administrator of the organisation that holds the case can reassign it.'),
  'other-organisation': () => new AppError('forbidden', 'Only an administrator of the organisation that holds the case can reassign it.'),
  'case-closed': () => new AppError('forbidden', 'A closed case is not reassigned.'),
  'responsible-lawyer-active': () => new AppError('conflict', 'This case has a responsible lawyer who is still working: team changes are theirs to make.'),
  'not-an-active-lawyer-of-the-organisation': () => invalid('userId', 'must be an active lawyer of the organisation that holds the case'),
  'reason-not-in-words': () => invalid('reason', 'say in words why the case changes hands (at least 20 characters and four words)'),
};

/** Whether the admin may hand this case on now (the rule reassignCase applies first): what the case page asks before offering the form. */
export function caseReassignable(scope: CaseScope): { reassignable: boolean } {
  return { reassignable: checkCaseReassignable(scope.actor, scope.facts).ok };
}

/**
 * An admin hands a case whose responsible lawyer is gone (account disabled) to another lawyer of
 * the organisation. The reason is sealed and shown to the team with the team list; the audit
 * trail names who, from whom and to whom. The newcomer does not gain the privileged compartment
 * unless a lawyer of the case had already vouched for them (see TeamMember.vouchedBy).
 */
export async function reassignCase(ctx: AppContext, scope: CaseScope, input: { userId: string; reason: string }) {
  const user = await ctx.db.selectFrom('users').select(['id', 'role', 'organisation_id', 'status']).where('id', '=', input.userId).executeTakeFirst();
  const check = checkReassignment({
    actor: scope.actor,
    case: scope.facts,
    to: { userId: input.userId, orgId: user?.organisation_id ?? '', role: user?.role ?? 'researcher', active: user?.status === 'active' },
    reason: input.reason,
  });
  if (!check.ok) throw REASSIGN_REFUSALS[check.reason]();
  const id = crypto.randomUUID();
  const at = ctx.now();
  const reason = input.reason.trim();
  await ctx.db.transaction().execute(async (trx) => {
    const previous = await trx
      .selectFrom('case_team')
      .select('user_id')
      .where('case_id', '=', scope.row.id)
      .where('team_role', '=', 'responsible-lawyer')
      .executeTakeFirst();
    // The lawyer who left stays on the record as a lawyer (their account is disabled, so they see nothing).
    await trx.updateTable('case_team').set({ team_role: 'lawyer' }).where('case_id', '=', scope.row.id).where('team_role', '=', 'responsible-lawyer').execute();
    await trx
      .insertInto('case_team')
      .values({
        case_id: scope.row.id,
        user_id: input.userId,
        team_role: 'responsible-lawyer',
        supervised_by: null,
        added_by: scope.actor.id,
        vouched_by: null,
      })
      // Already on the team: they keep who added them and whether a lawyer of the case vouched for them.
      .onConflict((oc) => oc.columns(['case_id', 'user_id']).doUpdateSet({ team_role: 'responsible-lawyer', supervised_by: null }))
      .execute();
    await trx
      .insertInto('case_reassignments')
      .values({
        id,
        case_id: scope.row.id,
        by_user: scope.actor.id,
        from_user: previous?.user_id ?? null,
        to_user: input.userId,
        reason: scope.vault.seal('case_reassignments', 'reason', id, reason),
        at,
      })
      .execute();
    await ctx.audit.record(
      {
        actorId: scope.actor.id,
        action: 'case.reassigned',
        caseId: scope.row.id,
        detail: { reassignmentId: id, fromUserId: previous?.user_id ?? null, toUserId: input.userId },
      },
      trx,
    );
  });
  return { id, at: at.toISOString() };
}

/** Every reassignment of the case, with its reason: shown to the team beside the team list. */
export async function reassignmentsOf(ctx: AppContext, scope: CaseScope) {
  const rows = await ctx.db
    .selectFrom('case_reassignments as r')
    .innerJoin('users as u', 'u.id', 'r.by_user')
    .select(['r.id', 'r.by_user', 'u.display_name', 'r.from_user', 'r.to_user', 'r.reason', 'r.at'])
    .where('r.case_id', '=', scope.row.id)
    .orderBy('r.at')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    at: r.at.toISOString(),
    byUserId: r.by_user,
    byDisplayName: r.display_name,
    fromUserId: r.from_user,
    toUserId: r.to_user,
    reason: scope.vault.open('case_reassignments', 'reason', r.id, r.reason),
  }));
}

/**
 * The people the team picker offers: active lawyers, legal workers and support workers of the
 * organisation that holds the case, and of another organisation only while a consent to share
 * this case with it (naming the narrative, as adding them requires) is in effect. Emails only
 * within my own organisation.
 */
export async function teamCandidates(ctx: AppContext, scope: CaseScope) {
  // A consent may also name a service of the directory (its entry id): not an organisation of this Harbour.
  const shared = (await sharingOf(ctx.db, scope.vault, scope.now))
    .filter((s) => s.categories.includes('narrative') && ORGANISATION_ID.test(s.orgId))
    .map((s) => s.orgId);
  const orgs = [scope.row.organisation_id, ...shared];
  // Emails of another organisation's people stay with their organisation.
  return (await practitionersOf(ctx, orgs)).map(({ email, ...person }) => (person.organisationId === scope.actor.orgId ? { ...person, email } : person));
}
