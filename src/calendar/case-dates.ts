import { z } from 'zod';
import { isIsoDate } from '../core/dates/iso-date';
import { AppError } from '../platform/http/app-error';
import type { AppContext } from '../platform/http/context';
import { CASE_DATE_KINDS, type CaseDateKind } from '../platform/db/schema';
import { stillOpen, type CaseScope } from '../cases/case-access';

// Dates a practitioner enters by hand on a case: hearings, appointments, filings, decisions
// expected, follow-ups. The note can identify the client, so it is sealed with the case key and
// shown only on the case's own endpoint; the calendar lists the kind and the day alone.

const T = 'case_dates';

export const isoDay = z.string().refine(isIsoDate, 'must be a calendar date, YYYY-MM-DD');

export const newCaseDateSchema = z.strictObject({
  kind: z.enum(CASE_DATE_KINDS, 'must be one of hearing, appointment, filing, decision-expected, follow-up, other'),
  date: isoDay,
  time: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time, HH:MM')
    .optional(),
  note: z.string().trim().max(2000, 'must be at most 2000 characters').optional(),
});
export type NewCaseDate = z.output<typeof newCaseDateSchema>;

export const caseDateSchema = z.object({
  id: z.string(),
  kind: z.enum(CASE_DATE_KINDS),
  date: z.string(),
  time: z.string().optional(),
  note: z.string().optional(),
});
export type CaseDate = z.output<typeof caseDateSchema>;

interface Row {
  id: string;
  kind: CaseDateKind;
  on_date: string;
  at_time: string | null;
  note: Buffer | null;
}

function present(scope: CaseScope, row: Row): CaseDate {
  const note = scope.vault.maybeText(T, 'note', row.id, row.note);
  return { id: row.id, kind: row.kind, date: row.on_date, ...(row.at_time ? { time: row.at_time } : {}), ...(note ? { note } : {}) };
}

export async function listCaseDates(ctx: AppContext, scope: CaseScope): Promise<CaseDate[]> {
  const rows = await ctx.db
    .selectFrom('case_dates')
    .select(['id', 'kind', 'on_date', 'at_time', 'note'])
    .where('case_id', '=', scope.row.id)
    .orderBy('on_date')
    .orderBy('at_time')
    .execute();
  await ctx.audit.record({ actorId: scope.actor.id, action: 'case.dates-read', caseId: scope.row.id, detail: { via: scope.decision.via } });
  return rows.map((r) => present(scope, r));
}

export async function addCaseDate(ctx: AppContext, scope: CaseScope, input: NewCaseDate): Promise<CaseDate> {
  const id = crypto.randomUUID();
  const row: Row = {
    id,
    kind: input.kind,
    on_date: input.date,
    at_time: input.time ?? null,
    note: input.note ? scope.vault.seal(T, 'note', id, input.note) : null,
  };
  await ctx.db.transaction().execute(async (trx) => {
    await stillOpen(trx, scope);
    await trx
      .insertInto('case_dates')
      .values({ ...row, case_id: scope.row.id, created_by: scope.actor.id, created_at: ctx.now() })
      .execute();
    await ctx.audit.record({ actorId: scope.actor.id, action: 'case.date-added', caseId: scope.row.id, detail: { dateId: id, kind: input.kind } }, trx);
  });
  return present(scope, row);
}

export async function deleteCaseDate(ctx: AppContext, scope: CaseScope, dateId: string): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    await stillOpen(trx, scope);
    const gone = await trx.deleteFrom('case_dates').where('id', '=', dateId).where('case_id', '=', scope.row.id).returning('kind').executeTakeFirst();
    if (!gone) throw new AppError('not-found', 'This case has no such date.');
    await ctx.audit.record({ actorId: scope.actor.id, action: 'case.date-removed', caseId: scope.row.id, detail: { dateId, kind: gone.kind } }, trx);
  });
}
