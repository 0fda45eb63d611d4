import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { link, mkdir, open, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { sql, type Kysely } from 'kysely';
import { sealedFilePath } from '../evidence/sealed-file';
import { checkRecordedFiles } from '../evidence/verify';
import type { Database } from '../platform/db/schema';
import { auditKeys, verifyKeyringAgainst, type Keyring } from '../platform/crypto';
import { toChained } from '../platform/audit/audit-log';
import { chainEntry, GENESIS_HASH, verifyChain } from '../platform/audit';
import { BackupFileError, deriveBackupKey, openChunks, readHeader, type BackupSecret } from './container';
import { appliedMigrations, digestTables, listTables, TableDigest, useCanonicalOutput, type TableInfo } from './tables';
import { BackupFormatError, readPlaintext, type BackupFileEntry, type BackupLine, type BackupManifest, type BackupProgress } from './format';

export interface RestoreBackupInput {
  /** A database brought up to date by the migrations and holding no rows. */
  db: Kysely<unknown>;
  file: string;
  /** The data folder: the backup's evidence files go to its evidence/ folder, which must not hold them already. */
  dataDir: string;
  secret: BackupSecret;
  /** The master key(s) the restored data must open under; the key check and audit trail are verified with them. */
  keyring: Keyring;
  progress?: (event: BackupProgress) => void;
}

/** What was restored: the backup's manifest, the sessions dropped, and the audit head after the restore's own entry. */
export type RestoredBackup = BackupManifest & { sessionsDropped: number; auditHead: { seq: number; hash: string }; evidence: RestoredEvidence };

/** The evidence files put back, by file id: those the backup did not hold, and those that do not match the hash recorded at upload. */
export interface RestoredEvidence {
  restored: number;
  missing: string[];
  damaged: string[];
}

export class RestoreRefusedError extends Error {
  override name = 'RestoreRefusedError';
}

const BATCH_ROWS = 500;

/**
 * Restores a backup into an empty database in one transaction, parents before children, then
 * checks, before committing, that every table holds exactly the rows saved (count and digest),
 * that the audit trail verifies up to the head recorded at backup time, and that the master key
 * opens the restored data. Any failure rolls everything back: never half a restore.
 *
 * Sessions are then dropped: a backup holds the session rows of the moment it was taken, and a
 * cookie stolen (or simply kept) since then must not sign anyone in to the restored Harbour.
 * Everyone signs in again. The restore itself is the trail's next entry (`backup.restored`).
 */
export async function restoreBackup(input: RestoreBackupInput): Promise<RestoredBackup> {
  const { header, reader, headerHash } = await readHeader(createReadStream(input.file));
  const key = await deriveBackupKey(header, input.secret);
  const parts = readPlaintext(gunzipped(openChunks(reader, headerHash, key)));
  // Evidence files are written beside their final name and given it only once the restore has checked them.
  const staged = new Map<string, BackupFileEntry & { sha256: string; part: string; final: string }>();
  const placed: string[] = [];

  return input.db.connection().execute(async (connection) => {
    await sql`begin`.execute(connection);
    try {
      await useCanonicalOutput(connection);
      const tables = new Map((await listTables(connection)).map((t) => [t.name, t]));
      for (const table of tables.values()) {
        const { rows } = await sql<{ present: boolean }>`select exists (select 1 from ${sql.table(table.name)}) as present`.execute(connection);
        if (rows[0]?.present)
          throw new RestoreRefusedError(
            `The target database is not empty (table ${table.name} has rows). Restore into a new data folder or an empty database.`,
          );
      }
      const migrations = await appliedMigrations(connection);

      let current: { table: TableInfo; columns: string[]; expected: number; digest: TableDigest; batch: string[] } | undefined;
      const seen: { name: string; count: number; digest: string }[] = [];
      let manifest: BackupManifest | undefined;
      const flush = async () => {
        if (!current || current.batch.length === 0) return;
        const cols = sql.join(current.columns.map((c) => sql.id(c)));
        await sql`insert into ${sql.table(current.table.name)} (${cols}) overriding system value
          select ${cols} from jsonb_populate_recordset(null::${sql.table(current.table.name)}, ${`[${current.batch.join(',')}]`}::jsonb)`.execute(connection);
        current.batch = [];
        input.progress?.({ phase: 'table', table: current.table.name, rows: current.digest.count, total: current.expected });
      };
      const finishTable = async () => {
        if (!current) return;
        await flush();
        seen.push({ name: current.table.name, count: current.digest.count, digest: current.digest.hex() });
        input.progress?.({ phase: 'table-done', table: current.table.name, rows: current.digest.count, total: current.expected });
        current = undefined;
      };

      for await (const part of parts) {
        if (manifest) throw new BackupFileError('The backup has content after its manifest.');
        if (part.kind === 'file') {
          await finishTable();
          const final = sealedFilePath(input.dataDir, part.entry.caseId, part.entry.fileId);
          if (staged.has(part.entry.fileId)) throw new BackupFileError('The backup holds the same evidence file twice.');
          const entry = { ...part.entry, part: `${final}.part`, final, sha256: '' };
          staged.set(part.entry.fileId, entry);
          entry.sha256 = await writeStaged(entry.part, part.bytes);
          input.progress?.({ phase: 'files', files: staged.size, total: staged.size });
          continue;
        }
        const text = part.text;
        if (text.startsWith('#')) {
          await finishTable();
          const section = JSON.parse(text.slice(1)) as BackupLine;
          if ('manifest' in section) {
            manifest = section.manifest;
            continue;
          }
          if ('file' in section) throw new BackupFileError('The backup has a damaged evidence file section.');
          const table = tables.get(section.table);
          if (!table)
            throw new RestoreRefusedError(
              `The backup holds table ${section.table}, which this version of Harbour does not have. Restore with the Harbour version that made the backup (or newer).`,
            );
          const unknown = section.columns.filter((c) => !table.columns.includes(c));
          if (unknown.length)
            throw new RestoreRefusedError(
              `The backup's table ${section.table} has columns this version of Harbour does not (${unknown.join(', ')}). Restore with a newer Harbour.`,
            );
          current = { table, columns: section.columns, expected: section.count, digest: new TableDigest(), batch: [] };
          continue;
        }
        if (!current) throw new BackupFileError('The backup has a row outside any table section.');
        current.digest.add(text);
        current.batch.push(text);
        // A table whose rows refer to each other is inserted in one statement, so row order cannot break a reference.
        if (current.batch.length >= BATCH_ROWS && !current.table.selfReferencing) await flush();
      }
      await finishTable();
      if (!manifest) throw new BackupFileError('The backup has no manifest: it is incomplete.');
      const listed = manifest.files ?? [];
      if (listed.length !== staged.size || listed.some((f) => staged.get(f.fileId)?.sha256 !== f.sha256 || staged.get(f.fileId)?.caseId !== f.caseId))
        throw new BackupFileError("The backup's evidence files do not match its manifest.");
      const newer = manifest.migrations.filter((m) => !migrations.includes(m));
      if (newer.length)
        throw new RestoreRefusedError(`The backup was made by a newer Harbour (migrations ${newer.join(', ')}). Upgrade Harbour, then restore.`);
      for (const saved of manifest.tables) {
        const read = seen.find((s) => s.name === saved.name);
        if (!read || read.count !== saved.count || read.digest !== saved.digest)
          throw new BackupFileError(`The backup's table ${saved.name} does not match its manifest.`);
      }

      await resetSequences(connection);
      input.progress?.({ phase: 'verify' });
      const restored = await digestTables(
        connection,
        [...tables.values()].filter((t) => manifest!.tables.some((s) => s.name === t.name)),
      );
      for (const saved of manifest.tables) {
        const now = restored[saved.name];
        if (now?.count !== saved.count || now.digest !== saved.digest) {
          throw new Error(
            `After restoring, table ${saved.name} holds ${now?.count ?? 0} rows that differ from the ${saved.count} saved. Nothing was restored.`,
          );
        }
      }
      const head = await verifyKeyAndAudit(connection, input.keyring, manifest);
      const evidence = await checkEvidence(connection as unknown as Kysely<Database>, input.keyring, staged);
      for (const file of staged.values()) {
        try {
          await link(file.part, file.final);
        } catch (error) {
          if ((error as { code?: string }).code === 'EEXIST')
            throw new RestoreRefusedError('The data folder already holds evidence files from another Harbour. Restore into a new data folder.');
          throw error;
        }
        placed.push(file.final);
        await rm(file.part, { force: true });
      }
      const dropped = await sql`delete from sessions`.execute(connection);
      const sessionsDropped = Number(dropped.numAffectedRows ?? 0);
      const at = new Date().toISOString();
      const key = auditKeys(input.keyring).current;
      const entry = chainEntry(
        head?.hash ?? GENESIS_HASH,
        {
          seq: (head?.seq ?? 0) + 1,
          at,
          actorId: 'system:restore',
          action: 'backup.restored',
          detail: {
            backupCreatedAt: manifest.createdAt,
            sessionsDropped,
            evidenceFiles: evidence.restored,
            evidenceMissing: evidence.missing.length,
            evidenceDamaged: evidence.damaged.length,
          },
        },
        key,
      );
      await sql`insert into audit_log (seq, at, at_text, actor_id, action, case_id, detail, prev_hash, hash, key_id)
        values (${entry.seq}, ${at}::timestamptz, ${at}, ${entry.actorId}, ${entry.action}, null, ${JSON.stringify(entry.detail)}::jsonb, ${entry.prevHash}, ${entry.hash}, ${entry.keyId ?? null})`.execute(
        connection,
      );
      await sql`commit`.execute(connection);
      input.progress?.({ phase: 'done' });
      return { ...manifest, sessionsDropped, auditHead: { seq: entry.seq, hash: entry.hash }, evidence };
    } catch (error) {
      await sql`rollback`.execute(connection).catch(() => undefined);
      for (const path of placed) await rm(path, { force: true });
      throw error instanceof BackupFormatError ? new BackupFileError(error.message) : error;
    } finally {
      for (const file of staged.values()) await rm(file.part, { force: true });
    }
  });
}

/** Writes one evidence file's bytes (still sealed) as they arrive; returns their SHA-256. */
async function writeStaged(path: string, bytes: AsyncIterable<Buffer>): Promise<string> {
  await mkdir(dirname(path), { recursive: true, mode: 0o700 });
  const hash = createHash('sha256');
  const fh = await open(path, 'w', 0o600);
  try {
    for await (const chunk of bytes) {
      hash.update(chunk);
      let offset = 0;
      while (offset < chunk.length) offset += (await fh.write(chunk, offset)).bytesWritten;
    }
    await fh.datasync();
  } finally {
    await fh.close();
  }
  return hash.digest('hex');
}

/**
 * Every restored evidence file opened with its case key and checked against the SHA-256 recorded
 * at upload, as `harbour evidence verify` does. A file the backup did not hold (a backup made
 * before files were included, or missing when it was taken) or one that does not match is
 * reported, not fatal: the database is still worth restoring, and Harbour refuses to send such a file.
 */
async function checkEvidence(db: Kysely<Database>, keyring: Keyring, staged: Map<string, { part: string }>): Promise<RestoredEvidence> {
  const { rows, damaged } = await checkRecordedFiles(
    db,
    keyring,
    (caseId, fileId) => staged.get(fileId)?.part ?? sealedFilePath('/nonexistent', caseId, fileId),
  );
  const missing = rows.filter((r) => !staged.has(r.id)).map((r) => r.id);
  return {
    restored: rows.length - missing.length,
    missing,
    damaged: damaged.filter((d) => staged.has(d.fileId)).map((d) => d.fileId),
  };
}

/**
 * Decompresses authenticated chunks; an error in the source surfaces in the consumer's loop. A
 * generator, so nothing flows (and no error can go unheard) before the consumer starts reading.
 */
async function* gunzipped(chunks: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  const gunzip = createGunzip();
  const source = Readable.from(chunks);
  source.once('error', (error) => gunzip.destroy(error));
  source.pipe(gunzip);
  yield* gunzip as AsyncIterable<Buffer>;
}

/** Sets every sequence owned by a column past the largest value restored into it. */
async function resetSequences(db: Kysely<unknown>): Promise<void> {
  const { rows } = await sql<{ seq: string; tbl: string; col: string }>`
    select s.oid::regclass::text as seq, t.relname as tbl, a.attname as col
    from pg_class s
    join pg_depend d on d.objid = s.oid and d.classid = 'pg_class'::regclass and d.refclassid = 'pg_class'::regclass and d.deptype in ('a', 'i')
    join pg_class t on t.oid = d.refobjid
    join pg_attribute a on a.attrelid = t.oid and a.attnum = d.refobjsubid
    where s.relkind = 'S'`.execute(db);
  for (const r of rows) {
    await sql`select setval(${r.seq}::regclass, m, true) from (select max(${sql.ref(r.col)}) as m from ${sql.table(r.tbl)}) x where m is not null`.execute(db);
  }
}

async function verifyKeyAndAudit(db: Kysely<unknown>, keyring: Keyring, manifest: BackupManifest): Promise<{ seq: number; hash: string } | null> {
  const check = await sql<{ check_value: Buffer }>`select check_value from key_check where id = 1`.execute(db);
  if (check.rows[0]) {
    try {
      verifyKeyringAgainst(keyring, check.rows[0].check_value);
    } catch {
      throw new RestoreRefusedError(
        'The master key in use does not open the data in this backup, so the restored Harbour could not start. Set HARBOUR_MASTER_KEY or HARBOUR_KEY_DIR to the key the backed-up Harbour used, then restore again.',
      );
    }
  }
  const entries = await sql<
    Parameters<typeof toChained>[0]
  >`select seq, at_text, actor_id, action, case_id, detail, prev_hash, hash, key_id from audit_log order by seq`.execute(db);
  const verdict = verifyChain(
    entries.rows.map(toChained),
    { mode: 'hmac', keyFor: auditKeys(keyring).byId },
    manifest.auditHead ? { knownHead: manifest.auditHead } : {},
  );
  if (!verdict.ok) throw new Error(`The restored audit trail does not verify (entry ${verdict.seq}: ${verdict.reason}). Nothing was restored.`);
  return verdict.head;
}
