import { createHash, randomBytes } from 'node:crypto';
import { closeSync, createReadStream, fsyncSync, linkSync, openSync, rmSync } from 'node:fs';
import { createWriteStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { sql, type Kysely } from 'kysely';
import { deriveBackupKey, newHeader, sealStream, type BackupSecret } from './container';
import { appliedMigrations, listTables, tableRows, TableDigest, useCanonicalOutput, type TableInfo } from './tables';
import { sealedFilePath } from '../evidence/sealed-file';
import { sectionLine, type BackupManifest, type BackupProgress } from './format';

export interface CreateBackupInput {
  db: Kysely<unknown>;
  out: string;
  /** The data folder: the sealed evidence files under its evidence/ folder are saved too, as they are (still sealed). */
  dataDir: string;
  secret: BackupSecret;
  harbourVersion: string;
  now: () => Date;
  progress?: (event: BackupProgress) => void;
}

/**
 * Writes an encrypted logical dump of every table, read in one snapshot (REPEATABLE READ, READ
 * ONLY), so it is consistent even while Harbour keeps serving requests. The file appears under its
 * name only once complete and flushed to disk: a crash leaves no half-written backup behind.
 *
 * The evidence files the snapshot's rows record are copied in after the tables, byte for byte as
 * stored (sealed with their case key: never opened here), a chunk at a time.
 */
export async function createBackup(input: CreateBackupInput): Promise<BackupManifest> {
  const header = newHeader(input.secret, input.now());
  const key = await deriveBackupKey(header, input.secret);
  const temporary = join(dirname(input.out), `.${basename(input.out)}.${randomBytes(6).toString('hex')}.partial`);
  let manifest: BackupManifest | undefined;
  try {
    await input.db.connection().execute(async (connection) => {
      await sql`begin isolation level repeatable read, read only`.execute(connection);
      try {
        await useCanonicalOutput(connection);
        const tables = await listTables(connection);
        const migrations = await appliedMigrations(connection);
        const counts = await countRows(connection, tables);
        const summary: BackupManifest['tables'] = [];
        async function* lines(): AsyncGenerator<string | Buffer> {
          for (const table of tables) {
            const total = counts[table.name] ?? 0;
            yield sectionLine({ table: table.name, columns: table.columns, count: total });
            const digest = new TableDigest();
            for await (const batch of tableRows(connection, table)) {
              for (const row of batch) digest.add(row);
              yield `${batch.join('\n')}\n`;
              input.progress?.({ phase: 'table', table: table.name, rows: digest.count, total });
            }
            summary.push({ name: table.name, count: digest.count, digest: digest.hex() });
            input.progress?.({ phase: 'table-done', table: table.name, rows: digest.count, total: digest.count });
          }
          const files = await sql<{
            case_id: string;
            id: string;
          }>`select case_id::text as case_id, id::text as id from evidence_files order by case_id, id`.execute(connection);
          const saved: NonNullable<BackupManifest['files']> = [];
          const missing: string[] = [];
          for (const file of files.rows) {
            const path = sealedFilePath(input.dataDir, file.case_id, file.id);
            const size = await stat(path).then(
              (s) => s.size,
              () => undefined,
            );
            if (size === undefined) {
              missing.push(file.id);
              continue;
            }
            yield sectionLine({ file: { caseId: file.case_id, fileId: file.id, size } });
            const hash = createHash('sha256');
            let read = 0;
            for await (const chunk of createReadStream(path, { highWaterMark: 64 * 1024 }) as AsyncIterable<Buffer>) {
              read += chunk.length;
              if (read > size) throw new Error(`The evidence file ${file.id} changed while it was being backed up.`);
              hash.update(chunk);
              yield chunk;
            }
            if (read !== size) throw new Error(`The evidence file ${file.id} changed while it was being backed up.`);
            yield '\n';
            saved.push({ caseId: file.case_id, fileId: file.id, size, sha256: hash.digest('hex') });
            input.progress?.({ phase: 'files', files: saved.length, total: files.rows.length });
          }
          const head = await sql<{ seq: string; hash: string }>`select seq::text as seq, hash from audit_log order by seq desc limit 1`
            .execute(connection)
            .catch(() => ({ rows: [] }));
          manifest = {
            harbourVersion: input.harbourVersion,
            createdAt: header.createdAt,
            migrations,
            tables: summary,
            files: saved,
            ...(missing.length ? { filesMissing: missing } : {}),
            ...(head.rows[0] ? { auditHead: { seq: Number(head.rows[0].seq), hash: head.rows[0].hash } } : {}),
          };
          yield sectionLine({ manifest });
        }
        await pipeline(Readable.from(lines()), createGzip(), sealStream(header, key), createWriteStream(temporary, { flags: 'wx', mode: 0o600 }));
      } finally {
        await sql`rollback`.execute(connection);
      }
    });
    const fd = openSync(temporary, 'r');
    fsyncSync(fd);
    closeSync(fd);
    // A hard link fails if the name exists, so an existing backup is never replaced.
    linkSync(temporary, input.out);
  } finally {
    rmSync(temporary, { force: true });
  }
  input.progress?.({ phase: 'done', file: input.out });
  return manifest!;
}

async function countRows(db: Kysely<unknown>, tables: readonly TableInfo[]): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const { rows } = await sql<{ n: string }>`select count(*)::text as n from ${sql.table(table.name)}`.execute(db);
    counts[table.name] = Number(rows[0]?.n ?? 0);
  }
  return counts;
}
