import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Command } from 'commander';
import { DIRECTORY_JURISDICTIONS, DIRECTORY_SERVICES, isStale, rankEntries, type DirectoryEntry } from '../core/referrals';
import { isIsoDate, isoDate } from '../core/dates/iso-date';
import { seedEntries } from '../referrals/directory/seed-files';
import { localEntriesFor } from '../referrals/directory/directory';
import { entriesToCsv, importDirectory, parseImport } from '../referrals/directory/exchange';
import { NoInstallationError } from '../platform/db/database';
import { dayOf } from '../cases/dates';
import { AppError } from '../platform/http/app-error';
import { withContext } from './server-commands';
import { UsageError } from './usage-error';
import { formatDay } from '../core/dates/format';

// `harbour directory`: the directory of services from the command line (docs/referrals.md).
// search reads the seeded directory and, when a Harbour installation is configured, its local
// entries shared with the whole instance (and an organisation's own with --organisation); without
// one, the seeded directory alone. report reads the seeded directory (no database needed); import
// adds a CSV or JSON file to an organisation's local entries; export writes the seeded directory.

const out = (line = '') => process.stdout.write(`${line}\n`);
const formatOf = (file: string): 'csv' | 'json' => {
  if (file.endsWith('.csv')) return 'csv';
  if (file.endsWith('.json')) return 'json';
  throw new UsageError(`${file}: expected a file name ending in .csv or .json`);
};

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], what: string): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`${what} "${value}" is not one of ${allowed.join(', ')}`);
  return value as T;
}

const asOfOption = (value: string | undefined) => {
  if (value === undefined) return isoDate(dayOf(new Date()));
  if (!isIsoDate(value)) throw new UsageError(`--as-of expects a date YYYY-MM-DD`);
  return value;
};

export function registerDirectoryCommands(program: Command): void {
  const directory = program.command('directory').description('The directory of services: search, report, import and export.');

  directory
    .command('search')
    .description('Find services by province or territory, service and language.')
    .option('--province <code>', `one of ${DIRECTORY_JURISDICTIONS.join(', ')}`)
    .option('--service <service>', `one of ${DIRECTORY_SERVICES.join(', ')}`)
    .option('--language <tag>', 'a language the service works in, e.g. es')
    .option('--text <words>', 'words in the name or region')
    .option('--organisation <id>', "also this organisation's own local entries (with a Harbour installation)")
    .option('--as-of <date>', 'the day staleness is judged on (default: today)')
    .option('--json', 'print JSON')
    .action(async (o: { province?: string; service?: string; language?: string; text?: string; organisation?: string; asOf?: string; json?: boolean }) => {
      const asOf = asOfOption(o.asOf);
      if (o.organisation !== undefined && !ORGANISATION_ID.test(o.organisation)) throw new UsageError(`--organisation expects an organisation id (a UUID)`);
      const query = {
        province: oneOf(o.province?.toUpperCase(), DIRECTORY_JURISDICTIONS, 'province'),
        service: oneOf(o.service, DIRECTORY_SERVICES, 'service'),
        language: o.language,
        text: o.text,
      };
      const { entries, from } = await searchableEntries(o.organisation ?? null);
      if (!o.json && from === 'seeds') process.stderr.write('No Harbour installation here: searching the seeded directory only.\n');
      const ranked = rankEntries(entries, query, { asOf, ...(o.language ? { languages: [o.language] } : {}) });
      if (o.json) {
        out(
          JSON.stringify(
            ranked.map((r) => ({ ...r.entry, stale: r.stale })),
            null,
            2,
          ),
        );
        return;
      }
      if (ranked.length === 0) out('No service in the directory matches.');
      for (const { entry, stale } of ranked) printEntry(entry, stale);
    });

  directory
    .command('report')
    .description('Counts by jurisdiction and by service, and the entries not reviewed for more than a year.')
    .option('--as-of <date>', 'the day staleness is judged on (default: today)')
    .action((o: { asOf?: string }) => {
      const asOf = asOfOption(o.asOf);
      const entries = seedEntries();
      out(`Directory of services: ${entries.length} seeded entries (as of ${formatDay(asOf, 'en')}).`);
      out('By jurisdiction:');
      for (const j of DIRECTORY_JURISDICTIONS) out(`  ${j.padEnd(4)}${entries.filter((e) => e.jurisdictions.includes(j)).length}`);
      out('By service:');
      for (const s of DIRECTORY_SERVICES) out(`  ${s.padEnd(20)}${entries.filter((e) => e.services.includes(s)).length}`);
      const stale = entries.filter((e) => isStale(e, asOf));
      out(`Stale (last reviewed more than a year before ${formatDay(asOf, 'en')}): ${stale.length}`);
      for (const e of stale) out(`  ${e.id} (last reviewed ${formatDay(e.lastReviewed, 'en')})`);
    });

  directory
    .command('export <file>')
    .description('Write the seeded directory to FILE (.csv or .json).')
    .option('--force', 'replace FILE if it is already there')
    .action((file: string, o: { force?: boolean }) => {
      const format = formatOf(file);
      if (existsSync(file) && !o.force) throw new UsageError(`${file} already exists; add --force to replace it.`);
      if (!existsSync(dirname(resolve(file)))) throw new UsageError(`The folder of ${file} does not exist.`);
      const entries = seedEntries();
      writeFileSync(file, format === 'csv' ? entriesToCsv(entries) : `${JSON.stringify(entries, null, 2)}\n`);
      out(`Wrote ${entries.length} entries to ${file}.`);
    });

  directory
    .command('import <file>')
    .description("Check FILE (.csv or .json) and add its entries to an organisation's local entries.")
    .option('--organisation <id>', 'the organisation whose entries they become (without it: check only)')
    .action(async (file: string, o: { organisation?: string }) => {
      const format = formatOf(file);
      let content: string;
      try {
        content = readFileSync(file, 'utf8');
      } catch {
        throw new UsageError(`${file}: cannot be read`);
      }
      const { entries, issues } = parseImport(format, content);
      if (issues.length > 0) throw new UsageError(`${file}: nothing imported.\n${issues.map((i) => `  ${i.path}: ${i.message}`).join('\n')}`);
      if (!o.organisation) {
        out(`${file}: ${entries.length} entries, all valid. Nothing imported (name an --organisation to import).`);
        return;
      }
      const organisationId = o.organisation;
      const result = await withContext(async (ctx) => {
        const org = await ctx.db
          .selectFrom('organisations')
          .select('id')
          .where('id', '=', organisationId)
          .executeTakeFirst()
          .catch(() => undefined);
        if (!org) throw new UsageError(`There is no organisation with the id ${organisationId}.`);
        try {
          return await importDirectory(ctx, { organisationId, userId: null }, { format, content });
        } catch (error) {
          if (error instanceof AppError)
            throw new UsageError(`${file}: ${error.message}\n${(error.fields ?? []).map((i) => `  ${i.path}: ${i.message}`).join('\n')}`);
          throw error;
        }
      });
      out(`Imported ${file}: ${result.created} new, ${result.updated} updated.`);
    });
}

const ORGANISATION_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The seeded entries, and the installation's local ones when there is an installation. */
async function searchableEntries(organisation: string | null): Promise<{ entries: DirectoryEntry[]; from: 'database' | 'seeds' }> {
  try {
    const local = await withContext(async (ctx) => localEntriesFor(ctx.db, organisation), { recordHead: false });
    return { entries: [...seedEntries(), ...local], from: 'database' };
  } catch (error) {
    if (error instanceof NoInstallationError) return { entries: seedEntries(), from: 'seeds' };
    throw error;
  }
}

function printEntry(e: DirectoryEntry, stale: boolean): void {
  out(`${e.name.en}${e.name.fr ? ` / ${e.name.fr}` : ''} (${e.id})${stale ? ' [STALE]' : ''}`);
  out(`  Serves: ${e.jurisdictions.join(', ')}${e.regions.length ? ` — ${e.regions.join(', ')}` : ''}`);
  out(`  Services: ${e.services.join(', ') || 'not stated'}`);
  out(`  Languages: ${e.languages.join(', ') || 'not stated'}`);
  if (e.contact.phone) out(`  Phone: ${e.contact.phone}`);
  if (e.contact.website) out(`  Web: ${e.contact.website}`);
  if (e.safetyNotes) out(`  Safety: ${e.safetyNotes.en}`);
  out(`  Last reviewed ${formatDay(e.lastReviewed, 'en')}. Confirm before referring. Source: ${e.sources.map((s) => s.url).join(' ')}`);
}
