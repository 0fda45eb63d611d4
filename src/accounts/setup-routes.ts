import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../platform/http/context';
import { AppError } from '../platform/http/app-error';
import { hashPassword, refusePasswordLikeEmail } from './passwords';
import { displayNameSchema, emailSchema, newPasswordSchema, okResponse, tokenSchema } from './schemas';
import { newToken } from './tokens';
import { PUBLIC } from '../platform/http/route-policy';
import { withoutBidiControls } from '../platform/text/bidi';

const SETUP_LINK_HOURS = 24;

/** A one-time link that creates the first organisation and its administrator. There is no default password. */
export async function issueSetupLink(ctx: AppContext): Promise<{ url: string; expiresAt: Date }> {
  const token = newToken();
  const expiresAt = new Date(ctx.now().getTime() + SETUP_LINK_HOURS * 3_600_000);
  await ctx.db
    .insertInto('setup_tokens')
    .values({ token_hash: ctx.secrets.tokenHash(token), expires_at: expiresAt, used_at: null })
    .execute();
  // The token travels in the fragment, which browsers never send to the server or its logs.
  return { url: `${ctx.config.publicUrl}/setup#token=${token}`, expiresAt };
}

export async function setupNeeded(ctx: AppContext): Promise<boolean> {
  const row = await ctx.db.selectFrom('organisations').select('id').where('is_demo', '=', false).limit(1).executeTakeFirst();
  return row === undefined;
}

export function setupRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/setup/status', { config: { policy: PUBLIC }, schema: { tags: ['setup'], response: { 200: z.object({ needed: z.boolean() }) } } }, async () => ({
    needed: await setupNeeded(ctx),
  }));

  r.post(
    '/api/setup',
    {
      config: { policy: PUBLIC, rateLimit: { max: 10, timeWindow: '1 minute' } },
      schema: {
        tags: ['setup'],
        body: z.strictObject({
          token: tokenSchema,
          organisationName: z.string().overwrite(withoutBidiControls).trim().min(1, 'is required').max(200),
          displayName: displayNameSchema,
          email: emailSchema,
          password: newPasswordSchema,
          // "I am the lawyer too": the first account practises as a lawyer and holds the admin duty.
          alsoLawyer: z.boolean().optional(),
        }),
        response: { 201: okResponse },
      },
    },
    async (request, reply) => {
      const { token, organisationName, displayName, email, password, alsoLawyer } = request.body;
      refusePasswordLikeEmail(password, email, 'password');
      const role = alsoLawyer ? ('lawyer' as const) : ('admin' as const);
      const passwordHash = await hashPassword(password);
      const userId = await ctx.db.transaction().execute(async (trx) => {
        const link = await trx.selectFrom('setup_tokens').selectAll().where('token_hash', '=', ctx.secrets.tokenHash(token)).forUpdate().executeTakeFirst();
        if (!link || link.used_at || link.expires_at.getTime() < ctx.now().getTime()) {
          throw new AppError('token-expired', 'This setup link has expired or was already used. Run `harbour setup` on the server for a fresh one.');
        }
        const existing = await trx.selectFrom('organisations').select('id').where('is_demo', '=', false).limit(1).executeTakeFirst();
        if (existing) throw new AppError('conflict', 'Harbour is already set up. Ask an administrator for an invitation.');
        await trx.updateTable('setup_tokens').set({ used_at: ctx.now() }).where('token_hash', '=', link.token_hash).execute();
        const org = await trx.insertInto('organisations').values({ name: organisationName }).returning('id').executeTakeFirstOrThrow();
        const user = await trx
          .insertInto('users')
          .values({
            organisation_id: org.id,
            email,
            display_name: displayName,
            role,
            is_admin: true,
            password_hash: passwordHash,
            totp_secret: null,
            mfa_enrolled_at: null,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        await ctx.audit.record({ actorId: user.id, action: 'setup.completed', detail: { organisationId: org.id, role } }, trx);
        return user.id;
      });
      request.log.info({ userId }, 'first organisation and administrator created');
      return reply.status(201).send({ ok: true as const });
    },
  );
}
