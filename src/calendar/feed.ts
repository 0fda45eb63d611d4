import ical from 'ical-generator';
import type { Kysely } from 'kysely';
import type { AssessmentLang } from '../core/assess';
import { addDays } from '../core/dates/iso-date';
import { newToken } from '../accounts/tokens';
import type { Database } from '../platform/db/schema';
import type { AppContext } from '../platform/http/context';
import { calendarOf, todayOf, type CalendarItem } from './calendar';

// The private iCalendar feed (docs/decisions/0015-calendar-feed.md): one secret URL per person,
// which calendar apps fetch without a session. Only the keyed hash of the token is stored; the
// URL is shown once. Each event carries the case code and the kind of date, nothing else.

const FEED_DAYS = 365;

export async function createFeed(ctx: AppContext, personId: string): Promise<{ url: string }> {
  const token = newToken();
  const now = ctx.now();
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('calendar_feeds')
      .values({ person_id: personId, token_hash: ctx.secrets.tokenHash(token), created_at: now, revoked_at: null })
      .onConflict((oc) => oc.column('person_id').doUpdateSet({ token_hash: ctx.secrets.tokenHash(token), created_at: now, revoked_at: null }))
      .execute();
    await ctx.audit.record({ actorId: personId, action: 'calendar.feed-created' }, trx);
  });
  return { url: `${ctx.config.publicUrl}/calendar/${token}.ics` };
}

/**
 * Ends the feed: its token no longer answers. Also called inside the password change's
 * transaction, so whoever knew the old password loses the feed along with the sessions.
 */
export async function revokeFeed(ctx: Pick<AppContext, 'audit' | 'now'>, db: Kysely<Database>, personId: string): Promise<void> {
  const revoked = await db
    .updateTable('calendar_feeds')
    .set({ revoked_at: ctx.now() })
    .where('person_id', '=', personId)
    .where('revoked_at', 'is', null)
    .returning('person_id')
    .executeTakeFirst();
  if (revoked) await ctx.audit.record({ actorId: personId, action: 'calendar.feed-revoked' }, db);
}

export async function feedStatus(ctx: AppContext, personId: string): Promise<{ active: boolean; createdAt?: string }> {
  const row = await ctx.db.selectFrom('calendar_feeds').select(['created_at', 'revoked_at']).where('person_id', '=', personId).executeTakeFirst();
  return row && !row.revoked_at ? { active: true, createdAt: row.created_at.toISOString() } : { active: false };
}

/** The person behind a feed token, if the feed is active and the person still is. */
async function feedOwner(ctx: AppContext, token: string) {
  return ctx.db
    .selectFrom('calendar_feeds as f')
    .innerJoin('users as u', 'u.id', 'f.person_id')
    .select(['u.id', 'u.organisation_id', 'u.role', 'u.language'])
    .where('f.token_hash', '=', ctx.secrets.tokenHash(token))
    .where('f.revoked_at', 'is', null)
    .where('u.status', '=', 'active')
    .executeTakeFirst();
}

/** What an event says: the case code and the kind of date, nothing about the client. */
const summaryOf = (item: Pick<CalendarItem, 'caseCode' | 'label'>) => `${item.caseCode} · ${item.label}`;

/** The feed's iCalendar text, or undefined for a token that is unknown or revoked. */
export async function feedCalendar(ctx: AppContext, token: string): Promise<string | undefined> {
  const owner = await feedOwner(ctx, token);
  if (!owner) return undefined;
  const lang: AssessmentLang = owner.language === 'fr' ? 'fr' : 'en';
  const from = todayOf(ctx);
  const items = await calendarOf(ctx, { id: owner.id, orgId: owner.organisation_id, role: owner.role }, { from, to: addDays(from, FEED_DAYS) }, lang, 'feed');
  const calendar = ical({ name: 'Harbour', prodId: { company: 'Harbour', product: 'calendar', language: lang.toUpperCase() } });
  for (const item of items) {
    const summary = summaryOf(item);
    calendar.createEvent({
      id: `${item.caseCode}-${item.source}-${item.id ?? `${item.remedyId ?? ''}-${item.deadlineId ?? item.kind}`}-${item.date}@harbour`,
      start: item.date,
      allDay: true,
      summary,
      description: summary,
      stamp: ctx.now(),
    });
  }
  return calendar.toString();
}
