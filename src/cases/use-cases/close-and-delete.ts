import { AppError } from '../../platform/http/app-error';
import type { AppContext } from '../../platform/http/context';
import type { CaseScope } from '../case-access';
import type { OUTCOMES } from '../schemas';

export async function closeCase(ctx: AppContext, scope: CaseScope, outcome: (typeof OUTCOMES)[number]): Promise<void> {
  if (scope.row.status === 'closed') throw new AppError('conflict', 'This case is already closed.');
  await ctx.db.transaction().execute(async (trx) => {
    // Only an open case is closed: a close racing another finds the row closed once the first
    // commits, and is refused. The UPDATE waits for writes holding the row lock (stillOpen), so they
    // commit first, and writes arriving after it see the case closed.
    const row = await trx
      .updateTable('cases')
      .set({ status: 'closed', outcome, closed_at: ctx.now(), updated_at: ctx.now() })
      .where('id', '=', scope.row.id)
      .where('status', '=', 'open')
      .returningAll()
      .executeTakeFirst();
    if (!row) throw new AppError('conflict', 'This case is already closed.');
    Object.assign(scope.row, row);
    await ctx.audit.record({ actorId: scope.actor.id, action: 'case.closed', caseId: scope.row.id, detail: { outcome } }, trx);
  });
}

/**
 * Crypto-shredding: the wrapped data key goes with the case row, so every ciphertext of the case
 * is unreadable from this moment, and the cascade removes the rows. Backups still hold the
 * wrapped key until they expire (docs/security/encryption.md). The audit trail keeps the
 * case id and what happened, never content.
 */
export async function deleteCase(ctx: AppContext, scope: CaseScope): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    await trx.deleteFrom('cases').where('id', '=', scope.row.id).execute();
    await ctx.audit.record(
      { actorId: scope.actor.id, action: 'case.deleted', caseId: scope.row.id, detail: { shredded: true, status: scope.row.status } },
      trx,
    );
  });
}
