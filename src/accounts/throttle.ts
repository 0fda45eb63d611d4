import type { AppContext } from '../platform/http/context';
import { AppError } from '../platform/http/app-error';

// After MAX_FAILURES wrong answers for one key (a hashed email, or a user's MFA), that key is
// locked for LOCK_MINUTES. Unknown emails are throttled exactly like known ones.
const MAX_FAILURES = 5;
const LOCK_MINUTES = 15;

export async function assertNotLocked(ctx: AppContext, key: string): Promise<void> {
  const row = await ctx.db.selectFrom('sign_in_throttle').select('locked_until').where('key', '=', key).executeTakeFirst();
  const until = row?.locked_until;
  if (until && until.getTime() > ctx.now().getTime()) {
    const minutes = Math.ceil((until.getTime() - ctx.now().getTime()) / 60_000);
    throw new AppError(
      'too-many-attempts',
      `Too many unsuccessful attempts. For your security, signing in is paused for ${minutes} minute${minutes === 1 ? '' : 's'}.`,
      undefined,
      {
        'retry-after': String(minutes * 60),
      },
    );
  }
}

export async function recordFailure(ctx: AppContext, key: string): Promise<void> {
  const lockUntil = new Date(ctx.now().getTime() + LOCK_MINUTES * 60_000);
  await ctx.db
    .insertInto('sign_in_throttle')
    .values({ key, failures: 1, locked_until: null })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet((eb) => ({
        failures: eb
          .case()
          .when('sign_in_throttle.failures', '>=', MAX_FAILURES - 1)
          .then(0)
          .else(eb('sign_in_throttle.failures', '+', 1))
          .end(),
        locked_until: eb
          .case()
          .when('sign_in_throttle.failures', '>=', MAX_FAILURES - 1)
          .then(lockUntil)
          .else(eb.ref('sign_in_throttle.locked_until'))
          .end(),
      })),
    )
    .execute();
}

export async function clearFailures(ctx: AppContext, key: string): Promise<void> {
  await ctx.db.deleteFrom('sign_in_throttle').where('key', '=', key).execute();
}
