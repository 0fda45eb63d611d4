import type { AppContext } from '../../platform/http/context';
import { utcDayOf } from '../../core/dates/format';

// Closed cases are kept for their organisation's retention period, then deleted by crypto-
// shredding (the row and its wrapped data key go; the cascade takes the rest). The operator
// runs `harbour retention --apply` (e.g. daily from cron); nothing is deleted behind their back.

const DAY_MS = 86_400_000;

export interface DueCase {
  id: string;
  code: string;
  organisationId: string;
  closedAt: string;
  /** The first day the case may be deleted (YYYY-MM-DD, UTC). */
  deleteOn: string;
}

export function deleteDateOf(closedAt: Date, retentionDays: number): Date {
  return new Date(closedAt.getTime() + retentionDays * DAY_MS);
}

/** Closed cases of every organisation whose retention period has ended, oldest first. */
export async function casesPastRetention(ctx: Pick<AppContext, 'db' | 'now'>): Promise<DueCase[]> {
  const rows = await ctx.db
    .selectFrom('cases as c')
    .innerJoin('organisations as o', 'o.id', 'c.organisation_id')
    .select(['c.id', 'c.code', 'c.organisation_id', 'c.closed_at', 'o.retention_days'])
    .where('c.status', '=', 'closed')
    .where('c.closed_at', 'is not', null)
    .orderBy('c.closed_at')
    .execute();
  const now = ctx.now();
  const due: DueCase[] = [];
  for (const r of rows) {
    const deleteAt = deleteDateOf(r.closed_at!, r.retention_days);
    if (deleteAt <= now)
      due.push({
        id: r.id,
        code: r.code,
        organisationId: r.organisation_id,
        closedAt: r.closed_at!.toISOString(),
        deleteOn: utcDayOf(deleteAt),
      });
  }
  return due;
}

/**
 * Deletes every case past its retention period, each in its own transaction with its audit
 * entry, re-checking inside the transaction that the case is still closed (it may have been
 * reopened or deleted since it was listed). Returns the codes deleted.
 */
export async function shredCasesPastRetention(ctx: Pick<AppContext, 'db' | 'now' | 'audit'>): Promise<string[]> {
  const deleted: string[] = [];
  for (const c of await casesPastRetention(ctx)) {
    const gone = await ctx.db.transaction().execute(async (trx) => {
      const removed = await trx.deleteFrom('cases').where('id', '=', c.id).where('status', '=', 'closed').executeTakeFirst();
      if (Number(removed.numDeletedRows) === 0) return false;
      await ctx.audit.record(
        {
          actorId: 'system:retention',
          action: 'case.deleted',
          caseId: c.id,
          detail: { shredded: true, status: 'closed', reason: 'retention-ended', deleteOn: c.deleteOn },
        },
        trx,
      );
      return true;
    });
    if (gone) deleted.push(c.code);
  }
  return deleted;
}
