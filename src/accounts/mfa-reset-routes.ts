import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../platform/http/context';
import { AppError } from '../platform/http/app-error';
import { dummyPasswordHash, verifyPassword } from './passwords';
import { tokenSchema } from './schemas';
import { endSession, endSessionsOf, forgetSessionsOf, startSession } from './sessions';
import { assertNotLocked, clearFailures, recordFailure } from './throttle';
import { PUBLIC } from '../platform/http/route-policy';

// The link an admin hands a colleague whose authenticator they reset (organisation routes):
// with it and their password, the person starts a new authenticator enrolment.

const LINK_GONE = 'This set-up link has expired or was already used. Ask your administrator to reset your authenticator again for a new link.';
const BAD_PASSWORD = 'That password does not match this account. Check it and try again.';

async function openReset(ctx: AppContext, token: string) {
  const row = await ctx.db
    .selectFrom('mfa_resets as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .innerJoin('organisations as o', 'o.id', 'u.organisation_id')
    .select(['m.token_hash', 'm.expires_at', 'm.used_at', 'u.id as user_id', 'u.email', 'u.status', 'u.password_hash', 'o.name as organisation_name'])
    .where('m.token_hash', '=', ctx.secrets.tokenHash(token))
    .executeTakeFirst();
  if (!row || row.used_at || row.status !== 'active' || row.expires_at.getTime() < ctx.now().getTime()) throw new AppError('token-expired', LINK_GONE);
  return row;
}

export function mfaResetRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/api/mfa-reset/inspect',
    {
      config: { policy: PUBLIC, rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: {
        tags: ['auth'],
        body: z.strictObject({ token: tokenSchema }),
        response: { 200: z.object({ email: z.string(), organisationName: z.string() }) },
      },
    },
    async (request) => {
      const row = await openReset(ctx, request.body.token);
      return { email: row.email, organisationName: row.organisation_name };
    },
  );

  r.post(
    '/api/mfa-reset/accept',
    {
      config: { policy: PUBLIC, rateLimit: { max: 10, timeWindow: '1 minute' } },
      schema: {
        tags: ['auth'],
        body: z.strictObject({ token: tokenSchema, password: z.string().min(1, 'is required').max(1024) }),
        response: { 200: z.object({ next: z.literal('mfa-enrol') }) },
      },
    },
    async (request, reply) => {
      const row = await openReset(ctx, request.body.token).catch(async (error: unknown) => {
        await verifyPassword(await dummyPasswordHash(), request.body.password);
        throw error;
      });
      // The same lockout as signing in: a link does not give unlimited password guesses.
      const throttleKey = `email:${ctx.secrets.tokenHash(row.email)}`;
      await assertNotLocked(ctx, throttleKey);
      if (!(await verifyPassword(row.password_hash, request.body.password))) {
        await recordFailure(ctx, throttleKey);
        await ctx.audit.record({ actorId: row.user_id, action: 'auth.sign-in-failed', detail: { reason: 'mfa-reset-link' } });
        throw new AppError('invalid-credentials', BAD_PASSWORD, [{ path: 'password', message: 'does not match' }]);
      }
      await clearFailures(ctx, throttleKey);
      await endSession(ctx, request, reply);
      await ctx.db.transaction().execute(async (trx) => {
        const claimed = await trx
          .updateTable('mfa_resets')
          .set({ used_at: ctx.now() })
          .where('token_hash', '=', row.token_hash)
          .where('used_at', 'is', null)
          .executeTakeFirst();
        if (Number(claimed.numUpdatedRows) !== 1) throw new AppError('token-expired', LINK_GONE);
        await endSessionsOf(ctx, row.user_id, trx);
        await startSession(ctx, reply, row.user_id, 'mfa-enrol', trx);
        await ctx.audit.record({ actorId: row.user_id, action: 'auth.mfa-reset-link-used' }, trx);
      });
      forgetSessionsOf(ctx, row.user_id);
      return { next: 'mfa-enrol' as const };
    },
  );
}
