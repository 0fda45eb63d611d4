import { randomBytes } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import { z } from 'zod';
import type { Kysely } from 'kysely';
import { directoryEntrySchema, isStale, rankEntries, type DirectoryEntry, type DirectoryQuery, type Need } from '../../core/referrals';
import { issuesFromZod } from '../../core/contract';
import { isoDate } from '../../core/dates/iso-date';
import type { SignedInPerson } from '../../accounts';
import { dayOf } from '../../cases/dates';
import { AppError } from '../../platform/http/app-error';
import type { AppContext } from '../../platform/http/context';
import { DIRECTORY_VISIBILITIES, type Database } from '../../platform/db/schema';
import { seedEntries } from './seed-files';

// The directory as one person sees it: the seeded entries, their organisation's own entries and
// the entries an admin shared with the whole instance. Local entries are the organisation's: its
// people add and edit them; sharing one with the instance is an admin's decision. Every change is
// dated and attributed (directory_entry_changes), and the person making it is its reviewer: the
// entry's lastReviewed becomes that day.

export type DirectoryOrigin = 'seed' | 'local';

export interface ListedEntry {
  entry: DirectoryEntry;
  origin: DirectoryOrigin;
  /** For local entries: who sees it, and whether referrals to it arrive in an organisation's queue here. */
  visibility: (typeof DIRECTORY_VISIBILITIES)[number] | null;
  inHarbour: boolean;
  /** What a consent names to cover referrals to this entry: the receiving organisation here, else the entry itself. */
  consentRecipient: string;
  mine: boolean;
  stale: boolean;
}

export const localEntryInputSchema = z.strictObject({
  entry: directoryEntrySchema.omit({ id: true, lastReviewed: true }),
  visibility: z.enum(DIRECTORY_VISIBILITIES).default('organisation'),
  /** Referrals to this entry arrive in my organisation's queue on this Harbour. */
  receivesReferralsHere: z.boolean().default(false),
});
export type LocalEntryInput = z.output<typeof localEntryInputSchema>;

interface LocalRow {
  id: string;
  organisation_id: string;
  visibility: (typeof DIRECTORY_VISIBILITIES)[number];
  harbour_organisation_id: string | null;
  entry: unknown;
}

/** An organisation's own local entries and those shared with the whole instance (only those without an organisation). */
async function localRows(db: Kysely<Database>, orgId: string | null): Promise<LocalRow[]> {
  return db
    .selectFrom('directory_entries')
    .select(['id', 'organisation_id', 'visibility', 'harbour_organisation_id', 'entry'])
    .where((eb) => (orgId === null ? eb('visibility', '=', 'instance') : eb.or([eb('organisation_id', '=', orgId), eb('visibility', '=', 'instance')])))
    .orderBy('id')
    .execute();
}

/** The local entries as the command line reads them: shared with the instance, and an organisation's own when named. */
export async function localEntriesFor(db: Kysely<Database>, orgId: string | null): Promise<DirectoryEntry[]> {
  return (await localRows(db, orgId)).map((row) => ({ ...(row.entry as DirectoryEntry), id: row.id }));
}

function listed(row: LocalRow, orgId: string, today: string): ListedEntry {
  const entry = { ...(row.entry as DirectoryEntry), id: row.id };
  return {
    entry,
    origin: 'local',
    visibility: row.visibility,
    inHarbour: row.harbour_organisation_id !== null,
    consentRecipient: row.harbour_organisation_id ?? row.id,
    mine: row.organisation_id === orgId,
    stale: isStale(entry, isoDate(today)),
  };
}

/** Every entry this person may see: seeded first, then local ones. */
export async function visibleEntries(ctx: AppContext, person: SignedInPerson): Promise<ListedEntry[]> {
  const today = dayOf(ctx.now());
  const seeded = seedEntries().map((entry): ListedEntry => ({
    entry,
    origin: 'seed',
    visibility: null,
    inHarbour: false,
    consentRecipient: entry.id,
    mine: false,
    stale: isStale(entry, isoDate(today)),
  }));
  const local = (await localRows(ctx.db, person.organisation.id)).map((r) => listed(r, person.organisation.id, today));
  return [...seeded, ...local];
}

export interface SearchResult extends ListedEntry {
  score: number;
  meets: string[];
  speaks: string[];
  reach: 'province' | 'national' | null;
}

export async function searchDirectory(
  ctx: AppContext,
  person: SignedInPerson,
  query: DirectoryQuery,
  ranking: { needs?: readonly Need[]; languages?: readonly string[] } = {},
): Promise<SearchResult[]> {
  const all = await visibleEntries(ctx, person);
  const byEntry = new Map(all.map((l) => [l.entry, l]));
  const ranked = rankEntries(
    all.map((l) => l.entry),
    query,
    { ...ranking, asOf: isoDate(dayOf(ctx.now())) },
  );
  return ranked.map((r) => ({ ...byEntry.get(r.entry)!, score: r.score, meets: r.meets, speaks: r.speaks, reach: r.reach }));
}

const NOT_FOUND = 'There is no directory entry with this id that you can see.';

export async function directoryEntry(ctx: AppContext, person: SignedInPerson, id: string): Promise<ListedEntry> {
  const found = (await visibleEntries(ctx, person)).find((l) => l.entry.id === id);
  if (!found) throw new AppError('not-found', NOT_FOUND);
  return found;
}

/** The organisation on this Harbour that receives referrals made to an entry, if any. */
export async function harbourRecipientOf(ctx: AppContext, entryId: string): Promise<string | null> {
  const row = await ctx.db.selectFrom('directory_entries').select('harbour_organisation_id').where('id', '=', entryId).executeTakeFirst();
  return row?.harbour_organisation_id ?? null;
}

function assertMaySetVisibility(person: SignedInPerson, visibility: LocalEntryInput['visibility']) {
  if (visibility === 'instance' && !person.user.isAdmin)
    throw new AppError('forbidden', 'Only an administrator shares an entry with the whole instance.', [
      { path: 'visibility', message: 'only an administrator may choose instance' },
    ]);
}

const newLocalId = () => `local-${randomBytes(5).toString('hex')}`;

export async function createLocalEntry(ctx: AppContext, person: SignedInPerson, input: LocalEntryInput): Promise<ListedEntry> {
  assertMaySetVisibility(person, input.visibility);
  const id = newLocalId();
  const today = dayOf(ctx.now());
  const entry = parseEntry({ ...input.entry, id, lastReviewed: today });
  const now = ctx.now();
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('directory_entries')
      .values({
        id,
        organisation_id: person.organisation.id,
        visibility: input.visibility,
        harbour_organisation_id: input.receivesReferralsHere ? person.organisation.id : null,
        entry: JSON.stringify(entry),
        created_by: person.user.id,
        created_at: now,
        updated_at: now,
      })
      .execute();
    await trx
      .insertInto('directory_entry_changes')
      .values({ entry_id: id, changed_by: person.user.id, changed_at: now, reviewed_on: today, changed: ['created'] })
      .execute();
    await ctx.audit.record({ actorId: person.user.id, action: 'directory.entry-created', detail: { entryId: id, visibility: input.visibility } }, trx);
  });
  return directoryEntry(ctx, person, id);
}

function parseEntry(value: unknown): DirectoryEntry {
  const parsed = directoryEntrySchema.safeParse(value);
  if (!parsed.success) throw new AppError('invalid-input', 'Some fields need attention.', issuesFromZod(parsed.error));
  return parsed.data;
}

export const localEntryPatchSchema = localEntryInputSchema.partial();

/** Edits one of my organisation's entries; the fields changed and the day are recorded. */
export async function editLocalEntry(ctx: AppContext, person: SignedInPerson, id: string, patch: z.output<typeof localEntryPatchSchema>): Promise<ListedEntry> {
  const row = await ctx.db.selectFrom('directory_entries').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row || (row.organisation_id !== person.organisation.id && row.visibility !== 'instance')) throw new AppError('not-found', NOT_FOUND);
  if (row.organisation_id !== person.organisation.id) throw new AppError('forbidden', 'Only the organisation that added this entry edits it.');
  if (patch.visibility && patch.visibility !== row.visibility) assertMaySetVisibility(person, patch.visibility);
  const today = dayOf(ctx.now());
  const before = row.entry as DirectoryEntry;
  const entry = parseEntry({ ...before, ...(patch.entry ?? {}), id, lastReviewed: today });
  const changed = [
    // Compared as values: jsonb does not keep the order of keys.
    ...Object.keys(patch.entry ?? {}).filter(
      (k) => !isDeepStrictEqual((before as unknown as Record<string, unknown>)[k], (entry as unknown as Record<string, unknown>)[k]),
    ),
    ...(patch.visibility && patch.visibility !== row.visibility ? ['visibility'] : []),
    ...(patch.receivesReferralsHere !== undefined && patch.receivesReferralsHere !== (row.harbour_organisation_id !== null) ? ['receivesReferralsHere'] : []),
  ];
  const now = ctx.now();
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('directory_entries')
      .set({
        entry: JSON.stringify(entry),
        updated_at: now,
        ...(patch.visibility ? { visibility: patch.visibility } : {}),
        ...(patch.receivesReferralsHere !== undefined ? { harbour_organisation_id: patch.receivesReferralsHere ? person.organisation.id : null } : {}),
      })
      .where('id', '=', id)
      .execute();
    await trx
      .insertInto('directory_entry_changes')
      .values({ entry_id: id, changed_by: person.user.id, changed_at: now, reviewed_on: today, changed: changed.length ? changed : ['reviewed'] })
      .execute();
    await ctx.audit.record({ actorId: person.user.id, action: 'directory.entry-edited', detail: { entryId: id, changed: changed.join('/') } }, trx);
  });
  return directoryEntry(ctx, person, id);
}

export async function entryChanges(ctx: AppContext, person: SignedInPerson, id: string) {
  const found = await directoryEntry(ctx, person, id);
  if (found.origin !== 'local') return [];
  const rows = await ctx.db
    .selectFrom('directory_entry_changes as c')
    .leftJoin('users as u', 'u.id', 'c.changed_by')
    .select(['c.changed_at', 'c.reviewed_on', 'c.changed', 'u.display_name'])
    .where('c.entry_id', '=', id)
    .orderBy('c.changed_at')
    .execute();
  return rows.map((r) => ({ at: new Date(r.changed_at).toISOString(), reviewedOn: r.reviewed_on, changed: r.changed, by: r.display_name ?? null }));
}
