import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DIRECTORY_JURISDICTIONS, seedFileSchema, type DirectoryEntry } from '../../core/referrals';
import { formatPath } from '../../core/contract/result';

// The seeded directory: one JSON file per jurisdiction in ./seed (ca.json for national services),
// each an array of entries in the seed format (docs/referrals.md). Every file is validated when it
// is read: a file that does not parse, an unknown file name or an id used twice across files
// stops the load with a message naming the file and the field (never a silently shorter list).

export const SEED_FOLDER = resolve(import.meta.dirname, 'seed');
const FILE_NAMES = new Set(DIRECTORY_JURISDICTIONS.map((j) => `${j.toLowerCase()}.json`));

class SeedFileError extends Error {
  override name = 'SeedFileError';
}

export function loadSeedEntries(folder: string = SEED_FOLDER): DirectoryEntry[] {
  if (!existsSync(folder)) return [];
  const entries: DirectoryEntry[] = [];
  const seen = new Map<string, string>();
  for (const file of readdirSync(folder).sort()) {
    if (!file.endsWith('.json')) continue;
    if (!FILE_NAMES.has(file)) throw new SeedFileError(`${file}: expected a jurisdiction file name such as on.json or ca.json`);
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(resolve(folder, file), 'utf8'));
    } catch {
      throw new SeedFileError(`${file}: is not valid JSON`);
    }
    const parsed = seedFileSchema(file.replace(/\.json$/, '')).safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new SeedFileError(`${file}: ${formatPath(issue.path) || '(file)'} ${issue.message}`);
    }
    for (const entry of parsed.data) {
      const other = seen.get(entry.id);
      if (other) throw new SeedFileError(`${file}: ${entry.id} is also in ${other}`);
      seen.set(entry.id, file);
      entries.push(entry);
    }
  }
  return entries;
}

let cached: DirectoryEntry[] | undefined;
/** The seeded entries, read once per process. */
export function seedEntries(): DirectoryEntry[] {
  cached ??= loadSeedEntries();
  return cached;
}
