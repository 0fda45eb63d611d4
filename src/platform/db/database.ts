import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Kysely, PostgresAdapter, PostgresDialect, sql, type DialectAdapter } from 'kysely';
import pg from 'pg';
import type { Config } from '../config/config';
import { acquireDataFolderLock, lockOwner, type DataFolderLock } from './data-folder-lock';
import { embeddedConnection, embeddedPaths, startEmbeddedPostgres, stopEmbeddedPostgres, type EmbeddedPostgresStatus } from './embedded-postgres';
import { migrateToLatest } from './migrate';
import { withPreparedStatements } from './prepared';
import type { Database } from './schema';

// DATE columns stay YYYY-MM-DD strings: legal dates have no time zone.
pg.types.setTypeParser(pg.types.builtins.DATE, (v: string) => v);

export interface OpenDatabase {
  db: Kysely<Database>;
  kind: 'embedded' | 'external';
  /** Present when this process started the embedded cluster. */
  embedded?: EmbeddedPostgresStatus;
  close(): Promise<void>;
}

export type Role = 'server' | 'command';

const HARBOUR_DB = 'harbour';

/** Raised, before anything is created, when a command that works on an installation finds none. */
export class NoInstallationError extends Error {
  override name = 'NoInstallationError';
  constructor(where: string) {
    super(
      `There is no Harbour installation in ${where}. Nothing was created. Check HARBOUR_DATA_DIR (or DATABASE_URL) ` +
        'for a typing mistake; to create a new installation there, run `harbour start` (or `harbour setup`), or `harbour restore` from a backup.',
    );
  }
}

/** Whether the embedded database of an installation exists in `dataDir` (looked at without creating anything). */
function embeddedInstallationExists(dataDir: string): boolean {
  return existsSync(join(embeddedPaths(dataDir).clusterDir, 'PG_VERSION'));
}

async function ensureDatabase(connection: pg.PoolConfig, mayCreate: boolean, where: string): Promise<void> {
  const client = new pg.Client({ ...connection, database: 'postgres' });
  await client.connect();
  try {
    const exists = await client.query('select 1 from pg_database where datname = $1', [HARBOUR_DB]);
    if (exists.rowCount === 0) {
      if (!mayCreate) throw new NoInstallationError(where);
      await client.query(`create database ${HARBOUR_DB}`);
    }
  } finally {
    await client.end();
  }
}

/** What a lost connection reports: PostgreSQL's own words stay out (they may name the database). */
export type ConnectionErrorSink = (event: { code: string | null; message: string }) => void;

const defaultSink: ConnectionErrorSink = (event) =>
  process.stderr.write(`Harbour lost a database connection (${event.code ?? 'no code'}); it will reconnect on the next request.\n`);

/**
 * Kysely's PostgreSQL adapter takes a session-level advisory lock around migrations. Behind a
 * pooler in transaction mode (PgBouncer) the lock and its unlock may reach different server
 * connections, leaving the lock held on a pooled connection and the next process's start-up
 * waiting on it for an hour. Harbour serialises migrations itself with a transaction-level lock
 * (migrateToLatest), so this adapter takes none.
 */
class NoSessionLockAdapter extends PostgresAdapter {
  override async acquireMigrationLock(): Promise<void> {}
  override async releaseMigrationLock(): Promise<void> {}
}

class HarbourPostgresDialect extends PostgresDialect {
  override createAdapter(): DialectAdapter {
    return new NoSessionLockAdapter();
  }
}

/**
 * Harbour's query builder on a connection pool (the server's, a command's, a test's).
 * An idle connection that dies (a terminated backend, PostgreSQL restarting) is reported on the
 * pool's 'error' event; without a listener Node would end the whole process. The pool has already
 * dropped that connection, and opens a new one on the next request.
 */
export function kyselyFor(
  pool: pg.Pool,
  onConnectionError: ConnectionErrorSink = defaultSink,
  options: { preparedStatements?: boolean } = {},
): Kysely<Database> {
  pool.on('error', (error: Error & { code?: unknown }) =>
    onConnectionError({ code: typeof error.code === 'string' ? error.code : null, message: 'idle database connection lost' }),
  );
  // A connection that dies while checked out (between two statements of a transaction) emits
  // 'error' too, with no pool listener attached at that moment. The request using it learns of
  // the loss from its next statement, which fails; the pool then discards the connection.
  pool.on('connect', (client) => client.on('error', () => undefined));
  // Without named prepared statements (behind a transaction-mode pooler), a marked statement is
  // sent like any other: the mark is only a comment.
  return new Kysely<Database>({ dialect: new HarbourPostgresDialect({ pool: options.preparedStatements === false ? pool : withPreparedStatements(pool) }) });
}

/**
 * Opens Harbour's database and brings its schema up to date.
 * Embedded mode: the server takes the data-folder lock and runs PostgreSQL itself. A command
 * (`harbour setup`, `migrate` …) run while a server holds the folder connects to that server's
 * socket instead of starting a second PostgreSQL on the same files.
 *
 * `mayCreate` (default: for the server role only) allows creating a new installation: a new
 * embedded cluster, or Harbour's schema in an empty DATABASE_URL. Without it, a data folder or
 * database holding no Harbour is refused with NoInstallationError before anything is created,
 * so a mistyped HARBOUR_DATA_DIR never turns into a fresh, empty installation.
 */
export async function openDatabase(config: Config, role: Role = 'server', options: { poolSize?: number; mayCreate?: boolean } = {}): Promise<OpenDatabase> {
  const max = options.poolSize ?? (role === 'server' ? 20 : 2);
  const mayCreate = options.mayCreate ?? role === 'server';
  if (config.database.kind === 'external') {
    const pool = new pg.Pool({ connectionString: config.database.url, max });
    const db = kyselyFor(pool, defaultSink, { preparedStatements: config.preparedStatements });
    try {
      await sql`select 1`.execute(db).catch((error: Error) => {
        throw new Error(`Could not connect to the PostgreSQL server in DATABASE_URL: ${error.message}`);
      });
      await checkServerVersion(db);
      if (!mayCreate) {
        const { rows } = await sql<{ present: boolean }>`select to_regclass('key_check') is not null as present`.execute(db);
        if (!rows[0]?.present) throw new NoInstallationError('the database in DATABASE_URL');
      }
      await migrateToLatest(db as Kysely<unknown>);
    } catch (error) {
      await db.destroy();
      throw error;
    }
    return { db, kind: 'external', close: () => db.destroy() };
  }

  if (!mayCreate && !embeddedInstallationExists(config.dataDir)) throw new NoInstallationError(config.dataDir);
  const runningServer = role === 'command' ? lockOwner(config.dataDir) : undefined;
  let lock: DataFolderLock | undefined;
  let embedded: EmbeddedPostgresStatus | undefined;
  if (runningServer === undefined) {
    lock = acquireDataFolderLock(config.dataDir);
    try {
      embedded = await startEmbeddedPostgres(config.dataDir);
    } catch (error) {
      lock.release();
      throw error;
    }
  }
  const stopOurs = async () => {
    if (lock) {
      await stopEmbeddedPostgres(config.dataDir);
      lock.release();
    }
  };
  // Read after the start: a first start may have placed the cluster elsewhere (embeddedPaths).
  const connection = embeddedConnection(config.dataDir);
  try {
    await ensureDatabase(connection, mayCreate, config.dataDir);
  } catch (error) {
    await stopOurs();
    throw error;
  }
  const pool = new pg.Pool({ ...connection, database: HARBOUR_DB, max });
  const db = kyselyFor(pool, defaultSink, { preparedStatements: config.preparedStatements });
  try {
    await migrateToLatest(db as Kysely<unknown>);
  } catch (error) {
    await db.destroy();
    await stopOurs();
    throw error;
  }
  return {
    db,
    kind: 'embedded',
    ...(embedded ? { embedded } : {}),
    close: async () => {
      await db.destroy();
      await stopOurs();
    },
  };
}

async function checkServerVersion(db: Kysely<Database>): Promise<void> {
  const { rows } = await sql<{ server_version_num: string }>`show server_version_num`.execute(db);
  const version = Number(rows[0]?.server_version_num ?? 0);
  if (version < 150000) throw new Error(`Harbour needs PostgreSQL 15 or newer; the server in DATABASE_URL is ${Math.floor(version / 10000)}.`);
}
