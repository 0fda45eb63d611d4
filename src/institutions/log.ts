import { z } from 'zod';
import { INSTITUTIONS, OUTCOMES, REQUEST_KINDS, type Institution, type Outcome, type RequestKind } from '../core/institutions';
import { AppError } from '../platform/http/app-error';
import type { AppContext } from '../platform/http/context';
import { isoDay } from '../calendar/case-dates';
import { stillOpen, type CaseScope } from '../cases/case-access';

// The institution log of a case (issue 17): requests and submissions sent to IRCC, CBSA, the IRB,
// police, employment standards, human rights bodies, victim services, consulates; the answer and
// its outcome. What was sent, the reference number and the outcome note can identify the client:
// sealed with the case key, bound to their row. The institution, the kind and the days are plain.

const T = 'institution_log';
const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);
const days = (max: number) => z.number().int('must be a whole number of days').min(1, 'must be at least 1 day').max(max, `must be at most ${max} days`);

export const newLogEntrySchema = z.strictObject({
  institution: z.enum(INSTITUTIONS, `must be one of ${INSTITUTIONS.join(', ')}`),
  kind: z.enum(REQUEST_KINDS, `must be one of ${REQUEST_KINDS.join(', ')}`),
  sentOn: isoDay,
  whatSent: text(2000).optional(),
  reference: text(200).optional(),
  /** Remind to follow up this many days after sending while no answer has come. */
  followUpDays: days(365).optional(),
});

export const answerSchema = z.strictObject({
  answeredOn: isoDay.optional(),
  outcome: z.enum(OUTCOMES, `must be one of ${OUTCOMES.join(', ')}`).optional(),
  outcomeNote: text(2000).optional(),
  reference: text(200).optional(),
  /** An extension the institution gave notice of (Access to Information Act s. 9(1)), in days. */
  extensionDays: days(365).optional(),
});

export const logEntrySchema = z.object({
  id: z.string(),
  institution: z.enum(INSTITUTIONS),
  kind: z.enum(REQUEST_KINDS),
  sentOn: z.string(),
  whatSent: z.string().optional(),
  reference: z.string().optional(),
  followUpDays: z.number().optional(),
  extensionDays: z.number().optional(),
  answeredOn: z.string().optional(),
  outcome: z.enum(OUTCOMES).optional(),
  outcomeNote: z.string().optional(),
});
export type LogEntry = z.output<typeof logEntrySchema>;

interface Row {
  id: string;
  institution: string;
  request_kind: string;
  sent_on: string;
  what_sent: Buffer | null;
  reference: Buffer | null;
  follow_up_days: number | null;
  extension_days: number | null;
  answered_on: string | null;
  outcome: string | null;
  outcome_note: Buffer | null;
}

const COLUMNS = [
  'id',
  'institution',
  'request_kind',
  'sent_on',
  'what_sent',
  'reference',
  'follow_up_days',
  'extension_days',
  'answered_on',
  'outcome',
  'outcome_note',
] as const;

function present(scope: CaseScope, row: Row): LogEntry {
  const v = scope.vault;
  const whatSent = v.maybeText(T, 'what_sent', row.id, row.what_sent);
  const reference = v.maybeText(T, 'reference', row.id, row.reference);
  const outcomeNote = v.maybeText(T, 'outcome_note', row.id, row.outcome_note);
  return {
    id: row.id,
    institution: row.institution as Institution,
    kind: row.request_kind as RequestKind,
    sentOn: row.sent_on,
    ...(whatSent ? { whatSent } : {}),
    ...(reference ? { reference } : {}),
    ...(row.follow_up_days ? { followUpDays: row.follow_up_days } : {}),
    ...(row.extension_days ? { extensionDays: row.extension_days } : {}),
    ...(row.answered_on ? { answeredOn: row.answered_on } : {}),
    ...(row.outcome ? { outcome: row.outcome as Outcome } : {}),
    ...(outcomeNote ? { outcomeNote } : {}),
  };
}

export async function listLog(ctx: AppContext, scope: CaseScope): Promise<LogEntry[]> {
  const rows = await ctx.db
    .selectFrom(T)
    .select(COLUMNS)
    .where('case_id', '=', scope.row.id)
    .orderBy('sent_on', 'desc')
    .orderBy('created_at', 'desc')
    .execute();
  await ctx.audit.record({ actorId: scope.actor.id, action: 'case.institution-log-read', caseId: scope.row.id, detail: { via: scope.decision.via } });
  return rows.map((r) => present(scope, r));
}

export async function addLogEntry(ctx: AppContext, scope: CaseScope, input: z.output<typeof newLogEntrySchema>): Promise<LogEntry> {
  const id = crypto.randomUUID();
  const v = scope.vault;
  const row: Row = {
    id,
    institution: input.institution,
    request_kind: input.kind,
    sent_on: input.sentOn,
    what_sent: input.whatSent ? v.seal(T, 'what_sent', id, input.whatSent) : null,
    reference: input.reference ? v.seal(T, 'reference', id, input.reference) : null,
    follow_up_days: input.followUpDays ?? null,
    extension_days: null,
    answered_on: null,
    outcome: null,
    outcome_note: null,
  };
  await ctx.db.transaction().execute(async (trx) => {
    await stillOpen(trx, scope);
    await trx
      .insertInto(T)
      .values({ ...row, case_id: scope.row.id, created_by: scope.actor.id, created_at: ctx.now() })
      .execute();
    await ctx.audit.record(
      {
        actorId: scope.actor.id,
        action: 'case.institution-request-added',
        caseId: scope.row.id,
        detail: { entryId: id, institution: input.institution, kind: input.kind },
      },
      trx,
    );
  });
  return present(scope, row);
}

const NO_SUCH_ENTRY = 'This case has no such institution log entry.';

/** Records the answer (day, outcome, note), a reference number given later, or an extension. */
export async function updateLogEntry(ctx: AppContext, scope: CaseScope, entryId: string, input: z.output<typeof answerSchema>): Promise<LogEntry> {
  const v = scope.vault;
  return ctx.db.transaction().execute(async (trx) => {
    await stillOpen(trx, scope);
    const current = await trx.selectFrom(T).select(COLUMNS).where('id', '=', entryId).where('case_id', '=', scope.row.id).forUpdate().executeTakeFirst();
    if (!current) throw new AppError('not-found', NO_SUCH_ENTRY);
    if (input.answeredOn && input.answeredOn < current.sent_on)
      throw new AppError('invalid-input', 'The answer cannot come before the request was sent.', [
        { path: 'answeredOn', message: 'must not be before sentOn' },
      ]);
    const next: Row = {
      ...current,
      ...(input.answeredOn ? { answered_on: input.answeredOn } : {}),
      ...(input.outcome ? { outcome: input.outcome } : {}),
      ...(input.outcomeNote ? { outcome_note: v.seal(T, 'outcome_note', entryId, input.outcomeNote) } : {}),
      ...(input.reference ? { reference: v.seal(T, 'reference', entryId, input.reference) } : {}),
      ...(input.extensionDays ? { extension_days: input.extensionDays } : {}),
    };
    await trx
      .updateTable(T)
      .set({
        answered_on: next.answered_on,
        outcome: next.outcome,
        outcome_note: next.outcome_note,
        reference: next.reference,
        extension_days: next.extension_days,
      })
      .where('id', '=', entryId)
      .execute();
    await ctx.audit.record(
      {
        actorId: scope.actor.id,
        action: 'case.institution-request-updated',
        caseId: scope.row.id,
        detail: { entryId, answered: next.answered_on !== null, outcome: next.outcome, extended: next.extension_days !== null },
      },
      trx,
    );
    return present(scope, next);
  });
}

export async function deleteLogEntry(ctx: AppContext, scope: CaseScope, entryId: string): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    await stillOpen(trx, scope);
    const gone = await trx.deleteFrom(T).where('id', '=', entryId).where('case_id', '=', scope.row.id).returning('institution').executeTakeFirst();
    if (!gone) throw new AppError('not-found', NO_SUCH_ENTRY);
    await ctx.audit.record({ actorId: scope.actor.id, action: 'case.institution-request-removed', caseId: scope.row.id, detail: { entryId } }, trx);
  });
}
