import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../platform/http/context';
import { AppError } from '../platform/http/app-error';
import { dummyPasswordHash, verifyPassword } from './passwords';
import { emailSchema, okResponse, sessionResponse } from './schemas';
import { clearSessionCookie, endSession, startSession, type SignedInPerson } from './sessions';
import { PUBLIC, SESSION_STAGES, signedIn, signedInPerson } from '../platform/http/route-policy';
import { mfaResetPending } from './people';
import { assertNotLocked, clearFailures, recordFailure } from './throttle';
import { newRecoveryCodes, normaliseRecoveryCode } from './tokens';
import { checkTotp, newTotpSecret, totpUri } from './totp';

const MFA_RESET_PENDING =
  'Your authenticator was reset by an administrator. Open the set-up link they gave you to set up a new one (ask them for a new link if it has expired).';
const BAD_CREDENTIALS = 'That email and password do not match an active account. Check both and try again.';

export function presentSession(person: SignedInPerson) {
  return { stage: person.stage, csrfToken: person.csrfToken, user: { ...person.user }, organisation: person.organisation };
}

export const totpAad = (userId: string) => ({ table: 'users', column: 'totp_secret', rowId: userId });
const pendingAad = (sessionHash: string) => ({ table: 'sessions', column: 'pending_totp_secret', rowId: sessionHash });

export function signInRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/api/auth/sign-in',
    {
      config: { policy: PUBLIC, rateLimit: { max: 20, timeWindow: '1 minute' } },
      schema: {
        tags: ['auth'],
        body: z.strictObject({ email: emailSchema, password: z.string().min(1, 'is required').max(1024) }),
        response: { 200: z.object({ next: z.enum(['mfa-enrol', 'mfa-verify']) }) },
      },
    },
    async (request, reply) => {
      const { email, password } = request.body;
      const throttleKey = `email:${ctx.secrets.tokenHash(email)}`;
      await assertNotLocked(ctx, throttleKey);
      const user = await ctx.db.selectFrom('users').select(['id', 'password_hash', 'status', 'mfa_enrolled_at']).where('email', '=', email).executeTakeFirst();
      const ok = await verifyPassword(user?.password_hash ?? (await dummyPasswordHash()), password);
      if (!user || !ok || user.status !== 'active') {
        await recordFailure(ctx, throttleKey);
        await ctx.audit.record({ actorId: user?.id ?? null, action: 'auth.sign-in-failed' });
        throw new AppError('invalid-credentials', BAD_CREDENTIALS);
      }
      await clearFailures(ctx, throttleKey);
      if (!user.mfa_enrolled_at && (await mfaResetPending(ctx.db, user.id))) {
        // An admin reset this person's authenticator: enrolling a new one takes the link they were given.
        await ctx.audit.record({ actorId: user.id, action: 'auth.sign-in-failed', detail: { reason: 'mfa-reset-pending' } });
        throw new AppError('forbidden', MFA_RESET_PENDING);
      }
      await endSession(ctx, request, reply);
      const next = user.mfa_enrolled_at ? ('mfa-verify' as const) : ('mfa-enrol' as const);
      await startSession(ctx, reply, user.id, next);
      await ctx.audit.record({ actorId: user.id, action: 'auth.password-accepted' });
      return { next };
    },
  );

  // Any stage of signing in: the page asks where the person is in it.
  r.get(
    '/api/session',
    { config: { policy: signedIn({ stages: SESSION_STAGES }) }, schema: { tags: ['auth'], response: { 200: sessionResponse } } },
    async (request) => presentSession(signedInPerson(request)),
  );

  // Signing out without a session just clears the cookie; with one, it is checked like any other.
  const signOut = signedIn({ stages: SESSION_STAGES, optional: true });
  r.post('/api/auth/sign-out', { config: { policy: signOut }, schema: { tags: ['auth'], response: { 204: z.null() } } }, async (request, reply) => {
    const person = request.person;
    if (person) {
      await endSession(ctx, request, reply);
      await ctx.audit.record({ actorId: person.user.id, action: 'auth.signed-out' });
    } else clearSessionCookie(ctx, reply);
    return reply.status(204).send(null);
  });

  r.post(
    '/api/auth/mfa/enrolment',
    {
      config: { policy: signedIn({ stages: ['mfa-enrol'] }) },
      schema: { tags: ['auth'], body: z.strictObject({}).optional(), response: { 200: z.object({ secret: z.string(), otpauthUri: z.string() }) } },
    },
    async (request) => {
      const person = signedInPerson(request);
      const secret = newTotpSecret();
      await ctx.db
        .updateTable('sessions')
        .set({ pending_totp_secret: ctx.secrets.seal(secret, pendingAad(person.sessionTokenHash)) })
        .where('token_hash', '=', person.sessionTokenHash)
        .execute();
      return { secret, otpauthUri: totpUri(secret, person.user.email) };
    },
  );

  r.post(
    '/api/auth/mfa/enrolment/confirm',
    {
      config: { policy: signedIn({ stages: ['mfa-enrol'] }) },
      schema: {
        tags: ['auth'],
        body: z.strictObject({ code: z.string().trim().max(10) }),
        response: { 200: z.object({ recoveryCodes: z.array(z.string()) }) },
      },
    },
    async (request, reply) => {
      const person = signedInPerson(request);
      const throttleKey = `mfa:${person.user.id}`;
      await assertNotLocked(ctx, throttleKey);
      const row = await ctx.db.selectFrom('sessions').select('pending_totp_secret').where('token_hash', '=', person.sessionTokenHash).executeTakeFirst();
      if (!row?.pending_totp_secret) throw new AppError('conflict', 'Start the authenticator set-up first.');
      const secret = ctx.secrets.open(row.pending_totp_secret, pendingAad(person.sessionTokenHash));
      const step = await checkTotp(secret, request.body.code, ctx.now());
      if (step === undefined) {
        await recordFailure(ctx, throttleKey);
        throw new AppError('invalid-code', 'That code did not match. Check the time on your phone and enter the current 6-digit code.', [
          { path: 'code', message: 'does not match' },
        ]);
      }
      const codes = newRecoveryCodes();
      await ctx.db.transaction().execute(async (trx) => {
        // The enrolment code is spent too: it cannot be replayed to finish a later sign-in.
        await trx
          .updateTable('users')
          .set({ totp_secret: ctx.secrets.seal(secret, totpAad(person.user.id)), totp_last_step: step, mfa_enrolled_at: ctx.now() })
          .where('id', '=', person.user.id)
          .execute();
        await trx.deleteFrom('recovery_codes').where('user_id', '=', person.user.id).execute();
        await trx
          .insertInto('recovery_codes')
          .values(codes.map((c) => ({ user_id: person.user.id, code_hash: ctx.secrets.tokenHash(c), used_at: null })))
          .execute();
        await trx.deleteFrom('sessions').where('token_hash', '=', person.sessionTokenHash).execute();
        await ctx.audit.record({ actorId: person.user.id, action: 'auth.mfa-enrolled' }, trx);
        await startSession(ctx, reply, person.user.id, 'active', trx);
      });
      await clearFailures(ctx, throttleKey);
      return { recoveryCodes: codes };
    },
  );

  r.post(
    '/api/auth/mfa/verify',
    {
      config: { policy: signedIn({ stages: ['mfa-verify'] }) },
      schema: {
        tags: ['auth'],
        body: z.union([z.strictObject({ code: z.string().trim().max(10) }), z.strictObject({ recoveryCode: z.string().trim().max(40) })]),
        response: { 200: okResponse },
      },
    },
    async (request, reply) => {
      const person = signedInPerson(request);
      const throttleKey = `mfa:${person.user.id}`;
      await assertNotLocked(ctx, throttleKey);
      const user = await ctx.db.selectFrom('users').select(['totp_secret', 'totp_last_step']).where('id', '=', person.user.id).executeTakeFirstOrThrow();
      let ok = false;
      if ('code' in request.body && user.totp_secret) {
        const lastStep = user.totp_last_step === null ? null : Number(user.totp_last_step);
        const step = await checkTotp(ctx.secrets.open(user.totp_secret, totpAad(person.user.id)), request.body.code, ctx.now(), lastStep);
        if (step !== undefined) {
          // Claim the step atomically: of two requests racing with the same code, only one wins.
          const claimed = await ctx.db
            .updateTable('users')
            .set({ totp_last_step: step })
            .where('id', '=', person.user.id)
            .where((eb) => eb.or([eb('totp_last_step', 'is', null), eb('totp_last_step', '<', String(step))]))
            .executeTakeFirst();
          ok = Number(claimed.numUpdatedRows) === 1;
        }
      } else if ('recoveryCode' in request.body) {
        const used = await ctx.db
          .updateTable('recovery_codes')
          .set({ used_at: ctx.now() })
          .where('user_id', '=', person.user.id)
          .where('code_hash', '=', ctx.secrets.tokenHash(normaliseRecoveryCode(request.body.recoveryCode)))
          .where('used_at', 'is', null)
          .executeTakeFirst();
        ok = Number(used.numUpdatedRows) === 1;
        if (ok) await ctx.audit.record({ actorId: person.user.id, action: 'auth.recovery-code-used' });
      }
      if (!ok) {
        await recordFailure(ctx, throttleKey);
        await ctx.audit.record({ actorId: person.user.id, action: 'auth.mfa-failed' });
        throw new AppError(
          'invalid-code',
          'That code did not match. Enter the current 6-digit code from your authenticator app, or one of your recovery codes.',
        );
      }
      await clearFailures(ctx, throttleKey);
      // A new session token once fully signed in, so a token seen before MFA is worthless after it.
      await ctx.db.deleteFrom('sessions').where('token_hash', '=', person.sessionTokenHash).execute();
      await startSession(ctx, reply, person.user.id, 'active');
      await ctx.audit.record({ actorId: person.user.id, action: 'auth.signed-in' });
      return { ok: true as const };
    },
  );
}
