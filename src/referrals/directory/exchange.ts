import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { z } from 'zod';
import { directoryEntrySchema, type DirectoryEntry } from '../../core/referrals';
import { formatPath, type InputIssue } from '../../core/contract/result';
import type { SignedInPerson } from '../../accounts';
import { AppError } from '../../platform/http/app-error';
import type { AppContext } from '../../platform/http/context';
import { seedEntries } from './seed-files';
import { visibleEntries } from './directory';

// Import and export of directory entries, as JSON (an array in the seed format) or CSV (one row
// per entry; lists joined with ";", sources as JSON), so a network of organisations can keep one
// list. An import is all or nothing: every row is checked first, and the errors name the row and
// the field. Imported entries become the importing organisation's local entries.

const CSV_COLUMNS = [
  'id',
  'name_en',
  'name_fr',
  'kinds',
  'services',
  'jurisdictions',
  'regions',
  'languages',
  'status_required',
  'genders',
  'ages',
  'sectors',
  'phone',
  'website',
  'email',
  'hours_en',
  'hours_fr',
  'safety_notes_en',
  'safety_notes_fr',
  'accepts_lawyer_referrals',
  'sources',
  'last_reviewed',
  'confirm_before_referring',
] as const;

const list = (v: readonly string[] | null) => (v === null ? '' : v.join(';'));
const flag = (v: boolean | null) => (v === null ? '' : String(v));

export function entriesToCsv(entries: readonly DirectoryEntry[]): string {
  return stringify(
    entries.map((e) => [
      e.id,
      e.name.en,
      e.name.fr ?? '',
      list(e.kinds),
      list(e.services),
      list(e.jurisdictions),
      list(e.regions),
      list(e.languages),
      flag(e.serves.statusRequired),
      e.serves.genders === null ? '' : list(e.serves.genders),
      e.serves.ages ?? '',
      list(e.serves.sectors),
      e.contact.phone ?? '',
      e.contact.website ?? '',
      e.contact.email ?? '',
      e.contact.hours?.en ?? '',
      e.contact.hours?.fr ?? '',
      e.safetyNotes?.en ?? '',
      e.safetyNotes?.fr ?? '',
      flag(e.acceptsLawyerReferrals),
      JSON.stringify(e.sources),
      e.lastReviewed,
      String(e.confirmBeforeReferring),
    ]),
    { header: true, columns: [...CSV_COLUMNS] },
  );
}

const split = (v: string) =>
  v.trim() === ''
    ? []
    : v
        .split(';')
        .map((s) => s.trim())
        .filter(Boolean);
const orNull = (v: string) => (v.trim() === '' ? null : v.trim());
const bool = (v: string) => (v.trim() === '' ? null : v.trim() === 'true' ? true : v.trim() === 'false' ? false : v);
const bilingual = (en: string, fr: string) => (en.trim() === '' ? null : { en: en.trim(), fr: orNull(fr) });

function rowToEntry(r: Record<string, string>): unknown {
  let sources: unknown;
  try {
    sources = r.sources?.trim() ? JSON.parse(r.sources) : [];
  } catch {
    sources = 'not JSON';
  }
  return {
    id: r.id ?? '',
    name: { en: r.name_en ?? '', fr: orNull(r.name_fr ?? '') },
    kinds: split(r.kinds ?? ''),
    services: split(r.services ?? ''),
    jurisdictions: split(r.jurisdictions ?? ''),
    regions: split(r.regions ?? ''),
    languages: split(r.languages ?? ''),
    serves: {
      statusRequired: bool(r.status_required ?? ''),
      genders: orNull(r.genders ?? '') === null ? null : split(r.genders!),
      ages: orNull(r.ages ?? ''),
      sectors: split(r.sectors ?? ''),
    },
    contact: {
      phone: orNull(r.phone ?? ''),
      website: orNull(r.website ?? ''),
      email: orNull(r.email ?? ''),
      hours: bilingual(r.hours_en ?? '', r.hours_fr ?? ''),
    },
    safetyNotes: bilingual(r.safety_notes_en ?? '', r.safety_notes_fr ?? ''),
    acceptsLawyerReferrals: bool(r.accepts_lawyer_referrals ?? ''),
    sources,
    lastReviewed: r.last_reviewed ?? '',
    confirmBeforeReferring: bool(r.confirm_before_referring ?? '') ?? true,
  };
}

const MAX_IMPORT_CHARS = 900_000;
export const importSchema = z.strictObject({ format: z.enum(['csv', 'json']), content: z.string().min(1, 'is required').max(MAX_IMPORT_CHARS) });

/** Parses an import; every problem is reported as `[row].field`. */
export function parseImport(format: 'csv' | 'json', content: string): { entries: DirectoryEntry[]; issues: InputIssue[] } {
  let rows: unknown[];
  try {
    if (format === 'json') {
      const json: unknown = JSON.parse(content);
      if (!Array.isArray(json)) return { entries: [], issues: [{ path: 'content', message: 'expected a JSON array of directory entries' }] };
      rows = json;
    } else {
      const records = parse(content, { columns: true, skip_empty_lines: true, trim: false, bom: true }) as Record<string, string>[];
      rows = records.map(rowToEntry);
    }
  } catch {
    return { entries: [], issues: [{ path: 'content', message: format === 'json' ? 'is not valid JSON' : 'is not valid CSV with a header row' }] };
  }
  const entries: DirectoryEntry[] = [];
  const issues: InputIssue[] = [];
  rows.forEach((row, i) => {
    const parsed = directoryEntrySchema.safeParse(row);
    if (parsed.success) entries.push(parsed.data);
    else
      for (const issue of parsed.error.issues.slice(0, 5))
        issues.push({ path: `[${i}]${issue.path.length ? '.' : ''}${formatPath(issue.path)}`, message: issue.message });
  });
  return { entries, issues };
}

/** Imports into an organisation's local entries; `by` names who imports (userId null from the command line). */
export async function importDirectory(
  ctx: AppContext,
  by: { organisationId: string; userId: string | null },
  input: z.output<typeof importSchema>,
): Promise<{ created: number; updated: number }> {
  const { entries, issues } = parseImport(input.format, input.content);
  const seeded = new Set(seedEntries().map((e) => e.id));
  const existing = new Map((await ctx.db.selectFrom('directory_entries').select(['id', 'organisation_id']).execute()).map((r) => [r.id, r.organisation_id]));
  const seen = new Set<string>();
  entries.forEach((e, i) => {
    if (seeded.has(e.id)) issues.push({ path: `[${i}].id`, message: 'is a seeded entry: give a local id' });
    const owner = existing.get(e.id);
    if (owner && owner !== by.organisationId) issues.push({ path: `[${i}].id`, message: 'belongs to another organisation' });
    if (seen.has(e.id)) issues.push({ path: `[${i}].id`, message: 'is used twice' });
    seen.add(e.id);
  });
  if (issues.length > 0) throw new AppError('invalid-input', 'Some entries need attention; nothing was imported.', issues.slice(0, 50));
  let created = 0;
  let updated = 0;
  const now = ctx.now();
  await ctx.db.transaction().execute(async (trx) => {
    for (const e of entries) {
      const isUpdate = existing.has(e.id);
      if (isUpdate) {
        await trx
          .updateTable('directory_entries')
          .set({ entry: JSON.stringify(e), updated_at: now })
          .where('id', '=', e.id)
          .execute();
        updated++;
      } else {
        await trx
          .insertInto('directory_entries')
          .values({
            id: e.id,
            organisation_id: by.organisationId,
            visibility: 'organisation',
            harbour_organisation_id: null,
            entry: JSON.stringify(e),
            created_by: by.userId,
            created_at: now,
            updated_at: now,
          })
          .execute();
        created++;
      }
      await trx
        .insertInto('directory_entry_changes')
        .values({
          entry_id: e.id,
          changed_by: by.userId,
          changed_at: now,
          reviewed_on: e.lastReviewed,
          changed: [isUpdate ? 'imported-update' : 'imported'],
        })
        .execute();
    }
    await ctx.audit.record({ actorId: by.userId, action: 'directory.imported', detail: { created, updated, format: input.format } }, trx);
  });
  return { created, updated };
}

export async function exportDirectory(ctx: AppContext, person: SignedInPerson, format: 'csv' | 'json', scope: 'all' | 'mine') {
  const entries = (await visibleEntries(ctx, person)).filter((l) => scope === 'all' || l.mine).map((l) => l.entry);
  await ctx.audit.record({ actorId: person.user.id, action: 'directory.exported', detail: { count: entries.length, format, scope } });
  return format === 'csv'
    ? { body: entriesToCsv(entries), type: 'text/csv; charset=utf-8', filename: 'directory.csv' }
    : { body: JSON.stringify(entries, null, 2), type: 'application/json; charset=utf-8', filename: 'directory.json' };
}
