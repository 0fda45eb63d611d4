import { z } from 'zod';
import type { Actor } from '../core/access';
import type { AssessmentLang } from '../core/assess';
import { addDays, daysBetween, type IsoDate } from '../core/dates/iso-date';
import { AppError } from '../platform/http/app-error';
import type { AppContext } from '../platform/http/context';
import { CASE_DATE_KINDS } from '../platform/db/schema';
import { alongWithCase, readAlong, scopeOf, type CaseRow, type CaseScope } from '../cases/case-access';
import { dayOf } from '../cases/dates';
import { readableContractFacts } from '../cases/use-cases/facts';
import { COMPUTED_KINDS, computedDatesOf, kindName } from './computed-dates';
import { datesOfLogEntry, INSTITUTION_DATE_KINDS } from '../institutions/dates';

// Every dated item across the open cases a person is on: the deadlines the core computes from
// each case's current facts (as this person may read them), the permit expiry, the removal
// date, and the dates entered by hand. An administrator sees only the cases they are on the team
// of. Items name the case by its code and the kind of date: never a name, a fact or a note.

const DEFAULT_DAYS = 60;
const MAX_RANGE_DAYS = 400;

export const calendarItemSchema = z.object({
  caseCode: z.string(),
  date: z.string(),
  kind: z.enum([...COMPUTED_KINDS, ...CASE_DATE_KINDS, ...INSTITUTION_DATE_KINDS]),
  source: z.enum(['computed', 'manual', 'institution']),
  remedyId: z.string().optional(),
  deadlineId: z.string().optional(),
  label: z.string(),
  basis: z.string().optional(),
  citation: z.string().optional(),
  /** The manual date's or the institution log entry's id (to open it on its case). */
  id: z.string().optional(),
  /** The manual date's time, HH:MM. */
  time: z.string().optional(),
});
export type CalendarItem = z.output<typeof calendarItemSchema>;

export interface CalendarRange {
  from: IsoDate;
  to: IsoDate;
}

/** The range asked for, today to today + 60 days by default; refused (naming the field) past 400 days or backwards. */
export function rangeOf(today: IsoDate, asked: { from?: string | undefined; to?: string | undefined }): CalendarRange {
  const from = (asked.from ?? today) as IsoDate;
  const to = (asked.to ?? addDays(from, DEFAULT_DAYS)) as IsoDate;
  const days = daysBetween(from, to);
  if (days < 0) throw new AppError('invalid-input', 'The calendar range ends before it starts.', [{ path: 'to', message: 'must not be before from' }]);
  if (days > MAX_RANGE_DAYS)
    throw new AppError('invalid-input', `The calendar range is at most ${MAX_RANGE_DAYS} days.`, [
      { path: 'to', message: `must be at most ${MAX_RANGE_DAYS} days after from` },
    ]);
  return { from, to };
}

const SCREENING_READ = { action: 'case:read-narrative', compartment: 'team', categories: ['narrative', 'immigration', 'employment'] } as const;

/** The open cases this person is on, each opened through the access policy (a case it refuses is left out). */
async function myOpenCases(ctx: AppContext, actor: Actor): Promise<CaseScope[]> {
  const rows = await ctx.db
    .selectFrom('cases as c')
    .selectAll('c')
    .select(alongWithCase)
    .where('c.status', '=', 'open')
    .where('c.id', 'in', ctx.db.selectFrom('case_team').select('case_id').where('user_id', '=', actor.id))
    .execute();
  const scopes: CaseScope[] = [];
  for (const found of rows) {
    const { along_team, along_last_sitting, along_has_grants, ...row } = found;
    try {
      scopes.push(await scopeOf(ctx, actor, row as CaseRow, SCREENING_READ, readAlong({ along_team, along_last_sitting, along_has_grants })));
    } catch (error) {
      if (error instanceof AppError) continue; // not (or no longer) readable by this person
      throw error;
    }
  }
  return scopes;
}

const within = (range: CalendarRange) => (item: { date: string }) => item.date >= range.from && item.date <= range.to;

/** The calendar of one person over a range; each case it reads from is audited (`via`: the page or the feed). */
export async function calendarOf(
  ctx: AppContext,
  actor: Actor,
  range: CalendarRange,
  lang: AssessmentLang,
  via: 'calendar' | 'feed' | 'reminders',
): Promise<CalendarItem[]> {
  const scopes = await myOpenCases(ctx, actor);
  if (scopes.length === 0) return [];
  const items: CalendarItem[] = [];
  for (const scope of scopes) {
    const facts = await readableContractFacts(ctx, scope).catch((error: unknown) => {
      // Facts saved before a contract rule tightened need attention on their case; the calendar still shows the rest.
      if (error instanceof AppError && error.code === 'invalid-input') return undefined;
      throw error;
    });
    if (!facts) continue;
    for (const d of computedDatesOf(facts, lang).filter(within(range))) items.push({ caseCode: scope.row.code, source: 'computed', ...d });
  }
  const codes = new Map(scopes.map((s) => [s.row.id, s.row.code]));
  const manual = await ctx.db
    .selectFrom('case_dates')
    .select(['id', 'case_id', 'kind', 'on_date', 'at_time'])
    .where('case_id', 'in', [...codes.keys()])
    .where('on_date', '>=', range.from)
    .where('on_date', '<=', range.to)
    .execute();
  for (const m of manual) {
    items.push({
      caseCode: codes.get(m.case_id)!,
      date: m.on_date,
      kind: m.kind,
      source: 'manual',
      id: m.id,
      label: kindName(m.kind, lang),
      ...(m.at_time ? { time: m.at_time } : {}),
    });
  }
  // Institution log entries still waiting for an answer: the access-to-information answer date and the follow-up.
  const waiting = await ctx.db
    .selectFrom('institution_log')
    .select(['id', 'case_id', 'request_kind', 'sent_on', 'follow_up_days', 'extension_days', 'answered_on'])
    .where('case_id', 'in', [...codes.keys()])
    .where('answered_on', 'is', null)
    .execute();
  for (const entry of waiting) {
    for (const d of datesOfLogEntry(entry).filter(within(range))) {
      items.push({
        caseCode: codes.get(entry.case_id)!,
        date: d.date,
        kind: d.kind,
        source: 'institution',
        id: d.id,
        label: kindName(d.kind, lang),
        ...(d.citation ? { citation: d.citation } : {}),
      });
    }
  }
  for (const scope of scopes) {
    await ctx.audit.record({ actorId: actor.id, action: 'case.calendar-read', caseId: scope.row.id, detail: { via, policy: scope.decision.via } });
  }
  return items.sort((a, b) => a.date.localeCompare(b.date) || (a.time ?? '').localeCompare(b.time ?? '') || a.caseCode.localeCompare(b.caseCode));
}

/** Today in the server's (the clinic's) time zone. */
export const todayOf = (ctx: AppContext): IsoDate => dayOf(ctx.now());
