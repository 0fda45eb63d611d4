import { sql } from 'kysely';
import type { AssessmentLang } from '../core/assess';
import { addDays, daysBetween, type IsoDate } from '../core/dates/iso-date';
import { dueOffset } from '../core/reminders/due';
import type { Mailer } from '../platform/mail/mailer';
import type { AppContext } from '../platform/http/context';
import { calendarOf, type CalendarItem } from '../calendar/calendar';
import { kindName } from '../calendar/computed-dates';
import { withDefaults, type ReminderKind } from './preferences';
import { reminderMail } from './text';

// The daily reminder job (docs/calendar.md, ADR 0019). For each active person: the calendar of
// their cases (as they may read it) up to their furthest reminder, and for each dated item the
// reminder due today (core/reminders/due.ts). Each reminder is a row of `notifications`, unique per
// (person, item, days before): inserted with ON CONFLICT DO NOTHING, so two processes running the
// job at once, or the job run twice in a day, give it once. E-mails are then claimed one UPDATE at
// a time ('pending' → 'sending'), so each goes out once; one that fails goes back to 'pending'
// and is tried again at the next run. `today` is passed in (the clinic's day).

export interface ReminderRun {
  given: number;
  emailed: number;
  failed: number;
}

/**
 * The key of a reminder within its case: what it says, the kind of date and the day. Two
 * deadlines of the same kind on the same day (two remedies' limitation periods) make one
 * reminder, since a reminder names no more than that; a date that moves is a new reminder.
 */
function itemKey(item: Pick<CalendarItem, 'kind' | 'date'>): string {
  return `${item.kind}:${item.date}`;
}

async function giveInApp(ctx: AppContext, today: IsoDate, emailWanted: boolean): Promise<number> {
  const people = await ctx.db
    .selectFrom('users')
    .select(['id', 'organisation_id', 'role', 'language', 'reminder_email'])
    .where('status', '=', 'active')
    .where('role', 'in', ['lawyer', 'legal-worker', 'support-worker', 'admin'])
    .execute();
  const chosen = await ctx.db.selectFrom('reminder_preferences').select(['person_id', 'kind', 'offsets']).execute();
  let given = 0;
  for (const person of people) {
    const offsets = withDefaults(chosen.filter((c) => c.person_id === person.id));
    const furthest = Math.max(-1, ...Object.values(offsets).flat());
    if (furthest < 0) continue;
    const lang: AssessmentLang = person.language === 'fr' ? 'fr' : 'en';
    const onTeam = await ctx.db.selectFrom('case_team').select('case_id').where('user_id', '=', person.id).limit(1).executeTakeFirst();
    if (!onTeam) continue;
    const items = await calendarOf(
      ctx,
      { id: person.id, orgId: person.organisation_id, role: person.role },
      { from: today, to: addDays(today, furthest) },
      lang,
      'reminders',
    );
    if (items.length === 0) continue;
    const ids = new Map(
      (
        await ctx.db
          .selectFrom('cases')
          .select(['id', 'code'])
          .where('code', 'in', [...new Set(items.map((i) => i.caseCode))])
          .execute()
      ).map((c) => [c.code, c.id]),
    );
    for (const item of items) {
      const due = dueOffset(today, item.date as IsoDate, offsets[item.kind as ReminderKind] ?? []);
      if (due === undefined) continue;
      const caseId = ids.get(item.caseCode)!;
      const inserted = await ctx.db
        .insertInto('notifications')
        .values({
          person_id: person.id,
          case_id: caseId,
          item_key: itemKey(item),
          kind: item.kind,
          on_date: item.date,
          days_before: due,
          created_at: ctx.now(),
          read_at: null,
          email_state: emailWanted && person.reminder_email ? 'pending' : 'none',
        })
        .onConflict((oc) => oc.columns(['person_id', 'case_id', 'item_key', 'days_before']).doNothing())
        .returning('id')
        .executeTakeFirst();
      if (!inserted) continue;
      given += 1;
      await ctx.audit.record({
        actorId: person.id,
        action: 'case.reminder-given',
        caseId,
        detail: { notificationId: inserted.id, kind: item.kind, daysBefore: due },
      });
    }
  }
  return given;
}

/** Sends the pending e-mails, each claimed by one UPDATE so that only one process sends it. */
async function sendPending(ctx: AppContext, today: IsoDate, mailer: Mailer): Promise<{ emailed: number; failed: number }> {
  let emailed = 0;
  let failed = 0;
  for (;;) {
    const { rows } = await sql<{ id: string; kind: string; on_date: string; email: string; language: string; code: string }>`
      update notifications n set email_state = 'sending'
      from users u, cases c
      where n.id = (select id from notifications where email_state = 'pending' order by created_at limit 1 for update skip locked)
        and u.id = n.person_id and c.id = n.case_id and n.email_state = 'pending'
      returning n.id, n.kind, to_char(n.on_date, 'YYYY-MM-DD') as on_date, u.email, u.language, c.code`.execute(ctx.db);
    const claimed = rows[0];
    if (!claimed) return { emailed, failed };
    const lang: AssessmentLang = claimed.language === 'fr' ? 'fr' : 'en';
    const mail = reminderMail(lang, {
      caseCode: claimed.code,
      kindName: kindName(claimed.kind as ReminderKind, lang),
      date: claimed.on_date,
      daysLeft: Math.max(0, daysBetween(today, claimed.on_date as IsoDate)),
      link: `${ctx.config.publicUrl}/cases/${claimed.code}`,
    });
    try {
      await mailer.send({ to: claimed.email, ...mail });
      await ctx.db.updateTable('notifications').set({ email_state: 'sent' }).where('id', '=', claimed.id).execute();
      emailed += 1;
    } catch (error) {
      // Back to pending, for the next run; the log names the SMTP code, never the address.
      await ctx.db.updateTable('notifications').set({ email_state: 'pending' }).where('id', '=', claimed.id).execute();
      const code = (error as { responseCode?: unknown; code?: unknown }).responseCode ?? (error as { code?: unknown }).code;
      ctx.logger.warn(
        { event: 'reminder-mail', code: typeof code === 'string' || typeof code === 'number' ? code : 'unknown' },
        'A reminder e-mail could not be sent; it is tried again at the next run.',
      );
      failed += 1;
      return { emailed, failed };
    }
  }
}

/** Gives today's reminders in the app, then sends the e-mails waiting (when a mailer is configured). */
export async function giveReminders(ctx: AppContext, options: { today: IsoDate; mailer?: Mailer | undefined }): Promise<ReminderRun> {
  const given = await giveInApp(ctx, options.today, options.mailer !== undefined);
  const sent = options.mailer ? await sendPending(ctx, options.today, options.mailer) : { emailed: 0, failed: 0 };
  return { given, ...sent };
}
