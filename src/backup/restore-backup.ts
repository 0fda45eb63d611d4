import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { createGunzip } from 'node:zlib';
import { sql, type Kysely } from 'kysely';
import { auditKeys, verifyKeyringAgainst, type Keyring } from '../platform/crypto';
import { toChained } from '../platform/audit/audit-log';
import { chainEntry, GENESIS_HASH, verifyChain } from '../platform/audit';
import { BackupFileError, deriveBackupKey, openChunks, readHeader, type BackupSecret } from './container';
import { appliedMigrations, digestTables, listTables, TableDigest, useCanonicalOutput, type TableInfo } from './tables';
import type { BackupLine, BackupManifest, BackupProgress } from './format';

export interface RestoreBackupInput {
  /** A database brought up to date by the migrations and holding no rows. */
  db: Kysely<unknown>;
  file: string;
  secret: BackupSecret;
  /** The master key(s) the restored data must open under; the key check and audit trail are verified with them. */
  keyring: Keyring;
  progress?: (event: BackupProgress) => void;
}

/** What was restored: the backup's manifest, the sessions dropped, and the audit head after the restore's own entry. */
export type RestoredBackup = BackupManifest & { sessionsDropped: number; auditHead: { seq: number; hash: string } };

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
  const lines = linesOf(openChunks(reader, headerHash, key));

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

      for await (const text of lines) {
        if (manifest) throw new BackupFileError('The backup has content after its manifest.');
        if (text.startsWith('#')) {
          await finishTable();
          const section = JSON.parse(text.slice(1)) as BackupLine;
          if ('manifest' in section) {
            manifest = section.manifest;
            continue;
          }
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
          detail: { backupCreatedAt: manifest.createdAt, sessionsDropped },
        },
        key,
      );
      await sql`insert into audit_log (seq, at, at_text, actor_id, action, case_id, detail, prev_hash, hash, key_id)
        values (${entry.seq}, ${at}::timestamptz, ${at}, ${entry.actorId}, ${entry.action}, null, ${JSON.stringify(entry.detail)}::jsonb, ${entry.prevHash}, ${entry.hash}, ${entry.keyId ?? null})`.execute(
        connection,
      );
      await sql`commit`.execute(connection);
      input.progress?.({ phase: 'done' });
      return { ...manifest, sessionsDropped, auditHead: { seq: entry.seq, hash: entry.hash } };
    } catch (error) {
      await sql`rollback`.execute(connection).catch(() => undefined);
      throw error;
    }
  });
}

/** Decompresses authenticated chunks and splits them into lines; an error anywhere surfaces in the loop. */
async function* linesOf(chunks: AsyncIterable<Buffer>): AsyncGenerator<string> {
  const gunzip = createGunzip();
  const source = Readable.from(chunks);
  source.once('error', (error) => gunzip.destroy(error));
  source.pipe(gunzip);
  const decoder = new StringDecoder('utf8'); // a character may straddle two chunks
  let rest = '';
  for await (const chunk of gunzip as AsyncIterable<Buffer>) {
    const text = rest + decoder.write(chunk);
    const parts = text.split('\n');
    rest = parts.pop()!;
    yield* parts;
  }
  rest += decoder.end();
  if (rest !== '') yield rest;
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
