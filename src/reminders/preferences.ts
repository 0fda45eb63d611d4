import { z } from 'zod';
import { DEFAULT_OFFSETS, MAX_OFFSET, MAX_OFFSETS } from '../core/reminders/due';
import { CASE_DATE_KINDS } from '../platform/db/schema';
import type { AppContext } from '../platform/http/context';
import { COMPUTED_KINDS } from '../calendar/computed-dates';
import { INSTITUTION_DATE_KINDS } from '../institutions/dates';

// What each person wants to be reminded of, and when: per kind of date, the days before it. A
// kind without a choice gets DEFAULT_OFFSETS; an empty list means "never for this kind". Whether
// reminders also go by e-mail is one choice per person (and needs HARBOUR_SMTP_URL).

export const REMINDER_KINDS = [...COMPUTED_KINDS, ...CASE_DATE_KINDS, ...INSTITUTION_DATE_KINDS] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

const offsets = z
  .array(z.number().int('must be whole days').min(0, 'must be 0 or more days').max(MAX_OFFSET, `must be at most ${MAX_OFFSET} days`))
  .max(MAX_OFFSETS, `must list at most ${MAX_OFFSETS} reminders`)
  .transform((list) => [...new Set(list)].sort((a, b) => b - a));

export const preferencesInputSchema = z.strictObject({
  byEmail: z.boolean().optional(),
  kinds: z.partialRecord(z.enum(REMINDER_KINDS), offsets).optional(),
});

export const preferencesSchema = z.object({
  byEmail: z.boolean(),
  /** Whether the organisation configured an SMTP server (without it, nothing goes by e-mail). */
  emailAvailable: z.boolean(),
  kinds: z.record(z.enum(REMINDER_KINDS), z.array(z.number())),
});
export type Preferences = z.output<typeof preferencesSchema>;

/** Each person's offsets per kind (defaults filled in). */
export type OffsetsByKind = Record<ReminderKind, number[]>;

export function withDefaults(chosen: { kind: string; offsets: number[] }[]): OffsetsByKind {
  const byKind = Object.fromEntries(REMINDER_KINDS.map((k) => [k, [...DEFAULT_OFFSETS]])) as OffsetsByKind;
  for (const c of chosen) if ((REMINDER_KINDS as readonly string[]).includes(c.kind)) byKind[c.kind as ReminderKind] = c.offsets;
  return byKind;
}

export async function preferencesOf(ctx: AppContext, personId: string): Promise<Preferences> {
  const chosen = await ctx.db.selectFrom('reminder_preferences').select(['kind', 'offsets']).where('person_id', '=', personId).execute();
  const user = await ctx.db.selectFrom('users').select('reminder_email').where('id', '=', personId).executeTakeFirstOrThrow();
  return { byEmail: user.reminder_email, emailAvailable: ctx.config.smtpUrl !== undefined, kinds: withDefaults(chosen) };
}

export async function setPreferences(ctx: AppContext, personId: string, input: z.output<typeof preferencesInputSchema>): Promise<Preferences> {
  await ctx.db.transaction().execute(async (trx) => {
    if (input.byEmail !== undefined) await trx.updateTable('users').set({ reminder_email: input.byEmail }).where('id', '=', personId).execute();
    for (const [kind, list] of Object.entries(input.kinds ?? {})) {
      await trx
        .insertInto('reminder_preferences')
        .values({ person_id: personId, kind, offsets: list })
        .onConflict((oc) => oc.columns(['person_id', 'kind']).doUpdateSet({ offsets: list }))
        .execute();
    }
    await ctx.audit.record({ actorId: personId, action: 'reminders.preferences-changed', detail: { byEmail: input.byEmail ?? null } }, trx);
  });
  return preferencesOf(ctx, personId);
}
