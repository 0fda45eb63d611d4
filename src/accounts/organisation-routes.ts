import { z } from 'zod';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../platform/http/context';
import { AppError } from '../platform/http/app-error';
import type { Role } from '../platform/db/schema';
import { hashPassword, refusePasswordLikeEmail } from './passwords';
import { changeRole, disableMember, enableMember, listMembers, resetMfa, revokeInvitation, type PeopleActor } from './people';
import { displayNameSchema, emailSchema, newPasswordSchema, okResponse, roleSchema, tokenSchema } from './schemas';
import { newToken } from './tokens';
import { ORG_ADMIN, PUBLIC, signedInPerson } from '../platform/http/route-policy';

const INVITATION_DAYS = 7;

export async function createInvitation(
  ctx: AppContext,
  input: { organisationId: string; invitedBy: string | null; email: string; role: Role },
): Promise<{ inviteUrl: string; expiresAt: Date }> {
  const exists = await ctx.db.selectFrom('users').select('id').where('email', '=', input.email).executeTakeFirst();
  if (exists) throw new AppError('conflict', 'Someone with this email already has an account.', [{ path: 'email', message: 'already has an account' }]);
  const token = newToken();
  const expiresAt = new Date(ctx.now().getTime() + INVITATION_DAYS * 86_400_000);
  // The invitation and its audit entry commit together: a crash between them must not leave either alone.
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('invitations')
      .values({
        token_hash: ctx.secrets.tokenHash(token),
        organisation_id: input.organisationId,
        email: input.email,
        role: input.role,
        invited_by: input.invitedBy,
        expires_at: expiresAt,
        accepted_at: null,
      })
      .execute();
    await ctx.audit.record({ actorId: input.invitedBy, action: 'organisation.invited', detail: { role: input.role } }, trx);
  });
  return { inviteUrl: `${ctx.config.publicUrl}/invite#token=${token}`, expiresAt };
}

async function openInvitation(ctx: AppContext, token: string) {
  const row = await ctx.db
    .selectFrom('invitations as i')
    .innerJoin('organisations as o', 'o.id', 'i.organisation_id')
    .select(['i.token_hash', 'i.email', 'i.role', 'i.organisation_id', 'i.expires_at', 'i.accepted_at', 'o.name as organisation_name'])
    .where('i.token_hash', '=', ctx.secrets.tokenHash(token))
    .executeTakeFirst();
  if (!row || row.accepted_at || row.expires_at.getTime() < ctx.now().getTime()) {
    throw new AppError('token-expired', 'This invitation has expired or was already used. Ask your administrator for a new one.');
  }
  return row;
}

export function organisationRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const member = z.object({
    id: z.string(),
    displayName: z.string(),
    email: z.string(),
    role: z.string(),
    isAdmin: z.boolean(),
    mfaEnrolled: z.boolean(),
    status: z.enum(['active', 'invited', 'disabled']),
  });
  const memberParams = z.strictObject({ id: z.uuid() });
  const memberResponse = { 200: z.object({ member }) };
  const manage = { policy: ORG_ADMIN, rateLimit: { max: 60, timeWindow: '1 minute' } } as const;
  /** The signed-in admin (checked by ORG_ADMIN) and their organisation: the only people they can manage. */
  const adminOf = (request: FastifyRequest): PeopleActor => {
    const person = signedInPerson(request);
    return { actorId: person.user.id, organisationId: person.organisation.id };
  };

  r.get(
    '/api/organisation/members',
    { config: { policy: ORG_ADMIN }, schema: { tags: ['organisation'], response: { 200: z.object({ members: z.array(member) }) } } },
    async (request) => {
      const admin = adminOf(request);
      return { members: await listMembers(ctx, admin.organisationId) };
    },
  );

  r.post(
    '/api/organisation/members/:id/disable',
    { config: manage, schema: { tags: ['organisation'], params: memberParams, body: z.strictObject({}).optional(), response: memberResponse } },
    async (request) => ({
      member: await disableMember(ctx, adminOf(request), request.params.id),
    }),
  );

  r.post(
    '/api/organisation/members/:id/enable',
    { config: manage, schema: { tags: ['organisation'], params: memberParams, body: z.strictObject({}).optional(), response: memberResponse } },
    async (request) => ({
      member: await enableMember(ctx, adminOf(request), request.params.id),
    }),
  );

  r.patch(
    '/api/organisation/members/:id',
    {
      config: manage,
      schema: {
        tags: ['organisation'],
        params: memberParams,
        body: z
          .strictObject({ role: roleSchema.optional(), isAdmin: z.boolean().optional() })
          .refine((b) => b.role !== undefined || b.isAdmin !== undefined, 'give a role, isAdmin, or both'),
        response: memberResponse,
      },
    },
    async (request) => ({ member: await changeRole(ctx, adminOf(request), request.params.id, request.body) }),
  );

  r.post(
    '/api/organisation/members/:id/mfa-reset',
    {
      config: manage,
      schema: {
        tags: ['organisation'],
        params: memberParams,
        body: z.strictObject({}).optional(),
        response: { 201: z.object({ setupUrl: z.string(), expiresAt: z.string() }) },
      },
    },
    async (request, reply) => {
      const reset = await resetMfa(ctx, adminOf(request), request.params.id);
      return reply.status(201).send({ setupUrl: reset.setupUrl, expiresAt: reset.expiresAt.toISOString() });
    },
  );

  r.delete(
    '/api/organisation/invitations/:id',
    { config: manage, schema: { tags: ['organisation'], params: z.strictObject({ id: z.string().max(64) }), response: { 204: z.null() } } },
    async (request, reply) => {
      await revokeInvitation(ctx, adminOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  r.post(
    '/api/organisation/invitations',
    {
      config: { policy: ORG_ADMIN },
      schema: {
        tags: ['organisation'],
        body: z.strictObject({ email: emailSchema, role: roleSchema }),
        response: { 201: z.object({ inviteUrl: z.string(), expiresAt: z.string() }) },
      },
    },
    async (request, reply) => {
      const admin = adminOf(request);
      const invitation = await createInvitation(ctx, { organisationId: admin.organisationId, invitedBy: admin.actorId, ...request.body });
      return reply.status(201).send({ inviteUrl: invitation.inviteUrl, expiresAt: invitation.expiresAt.toISOString() });
    },
  );

  r.post(
    '/api/invitations/inspect',
    {
      config: { policy: PUBLIC, rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: {
        tags: ['organisation'],
        body: z.strictObject({ token: tokenSchema }),
        response: { 200: z.object({ organisationName: z.string(), role: z.string(), email: z.string() }) },
      },
    },
    async (request) => {
      const row = await openInvitation(ctx, request.body.token);
      return { organisationName: row.organisation_name, role: row.role, email: row.email };
    },
  );

  r.post(
    '/api/invitations/accept',
    {
      config: { policy: PUBLIC, rateLimit: { max: 10, timeWindow: '1 minute' } },
      schema: {
        tags: ['organisation'],
        body: z.strictObject({ token: tokenSchema, displayName: displayNameSchema, password: newPasswordSchema }),
        response: { 201: okResponse },
      },
    },
    async (request, reply) => {
      refusePasswordLikeEmail(request.body.password, (await openInvitation(ctx, request.body.token)).email, 'password');
      const passwordHash = await hashPassword(request.body.password);
      await ctx.db.transaction().execute(async (trx) => {
        const row = await openInvitation(ctx, request.body.token);
        const claimed = await trx
          .updateTable('invitations')
          .set({ accepted_at: ctx.now() })
          .where('token_hash', '=', row.token_hash)
          .where('accepted_at', 'is', null)
          .executeTakeFirst();
        if (Number(claimed.numUpdatedRows) !== 1) throw new AppError('token-expired', 'This invitation was already used.');
        const taken = await trx.selectFrom('users').select('id').where('email', '=', row.email).executeTakeFirst();
        if (taken) throw new AppError('conflict', 'Someone with this email already has an account. Sign in instead.');
        const user = await trx
          .insertInto('users')
          .values({
            organisation_id: row.organisation_id,
            email: row.email,
            display_name: request.body.displayName,
            role: row.role,
            is_admin: row.role === 'admin',
            password_hash: passwordHash,
            totp_secret: null,
            mfa_enrolled_at: null,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        await ctx.audit.record({ actorId: user.id, action: 'organisation.invitation-accepted' }, trx);
      });
      return reply.status(201).send({ ok: true as const });
    },
  );
}
