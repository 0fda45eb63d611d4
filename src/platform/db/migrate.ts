import { Migrator, sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import * as m0001 from './migrations/0001-accounts';
import * as m0002 from './migrations/0002-cases';
import * as m0003 from './migrations/0003-totp-last-step';
import * as m0004 from './migrations/0004-case-list-order';
import * as m0005 from './migrations/0005-compartment-bound-seals';
import * as m0006 from './migrations/0006-admin-duty-and-mfa-reset';
import * as m0007 from './migrations/0007-case-team-vouching';
import * as m0011 from './migrations/0011-shared-counters-and-job-runs';
import * as m0012 from './migrations/0012-calendar';
import * as m0013 from './migrations/0013-referrals';
import * as m0015 from './migrations/0015-reminders';

// Listed explicitly (not read from disk) so bundling and tests see the same history.
const MIGRATIONS: Record<string, Migration> = {
  '0001-accounts': m0001,
  '0002-cases': m0002,
  '0003-totp-last-step': m0003,
  '0004-case-list-order': m0004,
  '0005-compartment-bound-seals': m0005,
  '0006-admin-duty-and-mfa-reset': m0006,
  '0007-case-team-vouching': m0007,
  '0011-shared-counters-and-job-runs': m0011,
  '0012-calendar': m0012,
  '0013-referrals': m0013,
  '0015-reminders': m0015,
};

class StaticProvider implements MigrationProvider {
  async getMigrations(): Promise<Record<string, Migration>> {
    return MIGRATIONS;
  }
}

export interface MigrationReport {
  applied: string[];
}

/** The transaction-level advisory lock that lets one process at a time migrate (any number may start together). */
const MIGRATION_LOCK = 7_316_042;

/**
 * Brings the schema up to date. Processes starting together (several Harbour servers on one
 * database) take turns: each holds a transaction-level advisory lock on one connection while the
 * migrator works on another, and the next finds nothing left to do. Transaction-level, so it
 * works through PgBouncer in transaction mode (a session-level lock would stay behind on a pooled
 * connection). Needs a pool of at least two connections.
 */
export async function migrateToLatest(db: Kysely<unknown>): Promise<MigrationReport> {
  const migrator = new Migrator({
    db,
    provider: new StaticProvider(),
    migrationTableName: 'harbour_migrations',
    migrationLockTableName: 'harbour_migrations_lock',
  });
  const { error, results } = await db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(${MIGRATION_LOCK})`.execute(trx);
    return migrator.migrateToLatest();
  });
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`Database migration ${failed} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  return { applied: (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName) };
}
