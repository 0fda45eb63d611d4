import { z } from 'zod';
import type { AssessmentLang } from '../core/assess';
import { AppError } from '../platform/http/app-error';
import type { AppContext } from '../platform/http/context';
import { kindName } from '../calendar/computed-dates';
import type { ReminderKind } from './preferences';

// A person's notifications: the reminders the daily job gave them. Each names the case code, the
// kind of date, the day and how many days before: nothing else. A case the person is no longer on
// the team of drops out of the list.

export const notificationSchema = z.object({
  id: z.string(),
  caseCode: z.string(),
  kind: z.string(),
  label: z.string(),
  date: z.string(),
  daysBefore: z.number(),
  createdAt: z.string(),
  read: z.boolean(),
});
export type Notification = z.output<typeof notificationSchema>;

const LIST_LIMIT = 100;

export async function notificationsOf(ctx: AppContext, personId: string, lang: AssessmentLang): Promise<{ notifications: Notification[]; unread: number }> {
  const base = ctx.db
    .selectFrom('notifications as n')
    .innerJoin('cases as c', 'c.id', 'n.case_id')
    .where('n.person_id', '=', personId)
    .where('n.case_id', 'in', ctx.db.selectFrom('case_team').select('case_id').where('user_id', '=', personId));
  const rows = await base
    .select(['n.id', 'c.code', 'n.kind', 'n.on_date', 'n.days_before', 'n.created_at', 'n.read_at'])
    .orderBy('n.created_at', 'desc')
    .orderBy('n.on_date')
    .limit(LIST_LIMIT)
    .execute();
  const { unread } = await base
    .select((eb) => eb.fn.countAll<string>().as('unread'))
    .where('n.read_at', 'is', null)
    .executeTakeFirstOrThrow();
  return {
    notifications: rows.map((r) => ({
      id: r.id,
      caseCode: r.code,
      kind: r.kind,
      label: kindName(r.kind as ReminderKind, lang),
      date: r.on_date,
      daysBefore: r.days_before,
      createdAt: r.created_at.toISOString(),
      read: r.read_at !== null,
    })),
    unread: Number(unread),
  };
}

export async function markRead(ctx: AppContext, personId: string, id?: string): Promise<void> {
  let q = ctx.db.updateTable('notifications').set({ read_at: ctx.now() }).where('person_id', '=', personId).where('read_at', 'is', null);
  if (id !== undefined) {
    const mine = await ctx.db.selectFrom('notifications').select('id').where('id', '=', id).where('person_id', '=', personId).executeTakeFirst();
    if (!mine) throw new AppError('not-found', 'You have no such notification.');
    q = q.where('id', '=', id);
  }
  await q.execute();
}
