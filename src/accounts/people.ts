// Managing the people of an organisation (issue 11, finding 9): deactivate, reactivate, change a
// role or the admin duty, revoke an invitation, reset an authenticator. Used by the API (an admin
// acting on their own organisation) and by `harbour user …` on the server (actorId null). Every
// change commits with its audit entry, and every change that affects a session forgets the
// in-process session cache at once.
import type { Kysely } from 'kysely';
import type { AppContext } from '../platform/http/context';
import { AppError } from '../platform/http/app-error';
import type { Database, Role } from '../platform/db/schema';
import { executePrepared } from '../platform/db/prepared';
import { endSessionsOf, forgetSessionsOf } from './sessions';
import { newToken } from './tokens';

const MFA_RESET_HOURS = 72;

export type MemberStatus = 'active' | 'invited' | 'disabled';

export interface Member {
  id: string;
  displayName: string;
  email: string;
  role: Role;
  isAdmin: boolean;
  mfaEnrolled: boolean;
  status: MemberStatus;
}

/** Who acts: an admin (their id) within their organisation, or the server's operator (null). */
export interface PeopleActor {
  actorId: string | null;
  organisationId: string;
}

const LAST_ADMIN_MESSAGE = 'Your organisation must keep at least one active administrator. Give someone else the admin duty first, then try again.';
/** Audit detail naming the command line as the channel when no signed-in admin acted. */
const via = (actor: PeopleActor): Record<string, string> => (actor.actorId === null ? { via: 'command-line' } : {});

const NOT_A_MEMBER = 'There is no one with this id in your organisation.';

/** The public id of a pending invitation: the start of its token's hash (the token itself is never stored). */
const invitationId = (tokenHashHex: string) => tokenHashHex.slice(0, 16);
const INVITATION_ID = /^[0-9a-f]{16}$/;

type UserRow = { id: string; display_name: string; email: string; role: Role; is_admin: boolean; mfa_enrolled_at: Date | null; status: 'active' | 'disabled' };
const MEMBER_COLUMNS = ['id', 'display_name', 'email', 'role', 'is_admin', 'mfa_enrolled_at', 'status'] as const;

const presentMember = (u: UserRow): Member => ({
  id: u.id,
  displayName: u.display_name,
  email: u.email,
  role: u.role,
  isAdmin: u.is_admin,
  mfaEnrolled: u.mfa_enrolled_at !== null,
  status: u.status,
});

export async function listMembers(ctx: AppContext, organisationId: string): Promise<Member[]> {
  const [users, invited] = await Promise.all([
    executePrepared(
      ctx.db,
      'members',
      ctx.db.selectFrom('users').select(MEMBER_COLUMNS).where('organisation_id', '=', organisationId).orderBy('display_name').orderBy('email'),
    ),
    executePrepared(
      ctx.db,
      'open-invitations',
      ctx.db
        .selectFrom('invitations')
        .select(['token_hash', 'email', 'role'])
        .where('organisation_id', '=', organisationId)
        .where('accepted_at', 'is', null)
        .where('expires_at', '>', ctx.now())
        .orderBy('email'),
    ),
  ]);
  return [
    ...users.map(presentMember),
    ...invited.map((i) => ({
      id: invitationId(i.token_hash),
      displayName: '',
      email: i.email,
      role: i.role,
      isAdmin: i.role === 'admin',
      mfaEnrolled: false,
      status: 'invited' as const,
    })),
  ];
}

/** Finds a member of the organisation by email (for the command line). */
export async function memberByEmail(ctx: AppContext, email: string): Promise<{ id: string; organisationId: string } | undefined> {
  const row = await ctx.db.selectFrom('users').select(['id', 'organisation_id']).where('email', '=', email.trim().toLowerCase()).executeTakeFirst();
  return row ? { id: row.id, organisationId: row.organisation_id } : undefined;
}

/**
 * Runs `change` on one member with every user row of the organisation locked, then refuses (and
 * rolls back) if no active admin is left. Two admins demoting each other at the same moment are
 * thereby serialised: the second sees the first's change.
 */
async function changeMember<T>(
  ctx: AppContext,
  actor: PeopleActor,
  userId: string,
  change: (trx: Kysely<Database>, before: UserRow) => Promise<T>,
): Promise<T> {
  const result = await ctx.db.transaction().execute(async (trx) => {
    const rows = await trx.selectFrom('users').select(MEMBER_COLUMNS).where('organisation_id', '=', actor.organisationId).orderBy('id').forUpdate().execute();
    const before = rows.find((r) => r.id === userId);
    // Another organisation's people are not found, exactly like people who do not exist.
    if (!before) throw new AppError('not-found', NOT_A_MEMBER);
    const value = await change(trx, before);
    const admins = await trx
      .selectFrom('users')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('organisation_id', '=', actor.organisationId)
      .where('status', '=', 'active')
      .where('is_admin', '=', true)
      .executeTakeFirstOrThrow();
    if (Number(admins.n) === 0) throw new AppError('conflict', LAST_ADMIN_MESSAGE);
    return value;
  });
  forgetSessionsOf(ctx, userId);
  return result;
}

async function memberRow(db: Kysely<Database>, userId: string): Promise<Member> {
  return presentMember(await db.selectFrom('users').select(MEMBER_COLUMNS).where('id', '=', userId).executeTakeFirstOrThrow());
}

/** Deactivates an account: it can no longer sign in, and every session of it ends now. */
export function disableMember(ctx: AppContext, actor: PeopleActor, userId: string): Promise<Member> {
  return changeMember(ctx, actor, userId, async (trx, before) => {
    if (before.status !== 'disabled') {
      await trx.updateTable('users').set({ status: 'disabled' }).where('id', '=', userId).execute();
      await endSessionsOf(ctx, userId, trx);
      await ctx.audit.record({ actorId: actor.actorId, action: 'organisation.member-disabled', detail: { userId, ...via(actor) } }, trx);
    }
    return memberRow(trx, userId);
  });
}

export function enableMember(ctx: AppContext, actor: PeopleActor, userId: string): Promise<Member> {
  return changeMember(ctx, actor, userId, async (trx, before) => {
    if (before.status !== 'active') {
      await trx.updateTable('users').set({ status: 'active' }).where('id', '=', userId).execute();
      await ctx.audit.record({ actorId: actor.actorId, action: 'organisation.member-enabled', detail: { userId, ...via(actor) } }, trx);
    }
    return memberRow(trx, userId);
  });
}

/**
 * Changes the practice role and/or the admin duty. Role 'admin' (administration without
 * practice) always carries the duty; the change takes effect on the person's next request.
 */
export function changeRole(
  ctx: AppContext,
  actor: PeopleActor,
  userId: string,
  to: { role?: Role | undefined; isAdmin?: boolean | undefined },
): Promise<Member> {
  return changeMember(ctx, actor, userId, async (trx, before) => {
    const role = to.role ?? before.role;
    const isAdmin = role === 'admin' ? (to.isAdmin ?? true) : (to.isAdmin ?? before.is_admin);
    if (role === 'admin' && !isAdmin) {
      throw new AppError('invalid-input', 'An administrator without a practice role always holds the admin duty. Give them a practice role to remove it.', [
        { path: 'isAdmin', message: 'must be true for the admin role' },
      ]);
    }
    if (role !== before.role || isAdmin !== before.is_admin) {
      await trx.updateTable('users').set({ role, is_admin: isAdmin }).where('id', '=', userId).execute();
      await ctx.audit.record(
        {
          actorId: actor.actorId,
          action: 'organisation.role-changed',
          detail: { userId, fromRole: before.role, toRole: role, fromAdmin: before.is_admin, toAdmin: isAdmin, ...via(actor) },
        },
        trx,
      );
    }
    return memberRow(trx, userId);
  });
}

/**
 * Clears a person's authenticator and recovery codes, ends their sessions, and returns a
 * one-time link with which they (with their password) enrol a new authenticator. Until they
 * use it, the password alone does not lead to enrolment (see signInRoutes).
 */
export function resetMfa(ctx: AppContext, actor: PeopleActor, userId: string): Promise<{ setupUrl: string; expiresAt: Date }> {
  const token = newToken();
  const expiresAt = new Date(ctx.now().getTime() + MFA_RESET_HOURS * 3_600_000);
  return changeMember(ctx, actor, userId, async (trx) => {
    await trx.updateTable('users').set({ totp_secret: null, totp_last_step: null, mfa_enrolled_at: null }).where('id', '=', userId).execute();
    await trx.deleteFrom('recovery_codes').where('user_id', '=', userId).execute();
    await endSessionsOf(ctx, userId, trx);
    await trx.deleteFrom('mfa_resets').where('user_id', '=', userId).execute();
    await trx
      .insertInto('mfa_resets')
      .values({ token_hash: ctx.secrets.tokenHash(token), user_id: userId, created_by: actor.actorId, expires_at: expiresAt, used_at: null })
      .execute();
    await ctx.audit.record({ actorId: actor.actorId, action: 'organisation.mfa-reset', detail: { userId, ...via(actor) } }, trx);
    // The token travels in the fragment, like the setup and invitation links.
    return { setupUrl: `${ctx.config.publicUrl}/mfa-reset#token=${token}`, expiresAt };
  });
}

/** Revokes a pending invitation of the organisation: its link stops working. */
export async function revokeInvitation(ctx: AppContext, actor: PeopleActor, id: string): Promise<void> {
  if (!INVITATION_ID.test(id)) throw new AppError('not-found', 'There is no pending invitation with this id in your organisation.');
  await ctx.db.transaction().execute(async (trx) => {
    const gone = await trx
      .deleteFrom('invitations')
      .where('organisation_id', '=', actor.organisationId)
      .where('accepted_at', 'is', null)
      .where('token_hash', 'like', `${id}%`)
      .returning(['email', 'role'])
      .execute();
    if (gone.length === 0) throw new AppError('not-found', 'There is no pending invitation with this id in your organisation.');
    await ctx.audit.record(
      { actorId: actor.actorId, action: 'organisation.invitation-revoked', detail: { invitationId: id, role: gone[0]!.role, ...via(actor) } },
      trx,
    );
  });
}

/** An authenticator reset waiting for its link: the password alone must not lead to enrolment. */
export async function mfaResetPending(db: Kysely<Database>, userId: string): Promise<boolean> {
  const row = await db.selectFrom('mfa_resets').select('token_hash').where('user_id', '=', userId).limit(1).executeTakeFirst();
  return row !== undefined;
}
