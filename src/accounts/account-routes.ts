import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../platform/http/context';
import { AppError } from '../platform/http/app-error';
import { hashPassword, refusePasswordLikeEmail, verifyPassword } from './passwords';
import { newPasswordSchema, sessionResponse } from './schemas';
import { forgetSessionsOf, loadSession } from './sessions';
import { signedIn, signedInPerson } from '../platform/http/route-policy';
import { presentSession } from './sign-in-routes';
import { revokeFeed } from '../calendar/feed';

export function accountRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.patch(
    '/api/account/preferences',
    {
      config: { policy: signedIn() },
      schema: {
        tags: ['account'],
        body: z.strictObject({ language: z.enum(['en', 'fr']).optional(), discreetMode: z.boolean().optional() }),
        response: { 200: sessionResponse },
      },
    },
    async (request) => {
      const person = signedInPerson(request);
      const { language, discreetMode } = request.body;
      if (language !== undefined || discreetMode !== undefined) {
        await ctx.db
          .updateTable('users')
          .set({ ...(language ? { language } : {}), ...(discreetMode !== undefined ? { discreet_mode: discreetMode } : {}) })
          .where('id', '=', person.user.id)
          .execute();
        forgetSessionsOf(ctx, person.user.id);
      }
      return presentSession((await loadSession(ctx, request))!);
    },
  );

  r.post(
    '/api/account/password',
    {
      config: { policy: signedIn(), rateLimit: { max: 10, timeWindow: '1 minute' } },
      schema: {
        tags: ['account'],
        body: z.strictObject({ currentPassword: z.string().min(1, 'is required').max(1024), newPassword: newPasswordSchema }),
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const person = signedInPerson(request);
      const user = await ctx.db.selectFrom('users').select('password_hash').where('id', '=', person.user.id).executeTakeFirstOrThrow();
      if (!(await verifyPassword(user.password_hash, request.body.currentPassword))) {
        throw new AppError('invalid-input', 'Your current password is not correct.', [{ path: 'currentPassword', message: 'is not correct' }]);
      }
      refusePasswordLikeEmail(request.body.newPassword, person.user.email, 'newPassword');
      const hash = await hashPassword(request.body.newPassword);
      await ctx.db.transaction().execute(async (trx) => {
        await trx.updateTable('users').set({ password_hash: hash }).where('id', '=', person.user.id).execute();
        // Every other session of this person ends: a changed password must lock out whoever knew the old one.
        await trx.deleteFrom('sessions').where('user_id', '=', person.user.id).where('token_hash', '!=', person.sessionTokenHash).execute();
        await ctx.audit.record({ actorId: person.user.id, action: 'account.password-changed' }, trx);
        // The private calendar feed's secret URL too (issue 17): a new one is made on request.
        await revokeFeed(ctx, trx, person.user.id);
      });
      forgetSessionsOf(ctx, person.user.id);
      return reply.status(204).send(null);
    },
  );
}
