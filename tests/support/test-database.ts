import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import pg from 'pg';
import { inject } from 'vitest';
import { kyselyFor } from '../../src/platform/db/database';
import { migrateToLatest } from '../../src/platform/db/migrate';
import type { Database } from '../../src/platform/db/schema';

export interface TestDatabase {
  db: Kysely<Database>;
  kind: 'embedded' | 'external';
  name: string;
  connection: pg.PoolConfig;
  drop(): Promise<void>;
}

/** A fresh, migrated database on the run's PostgreSQL, dropped again by `drop()`. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const { kind, connection } = inject('testDatabase');
  const name = `hb_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client(connection);
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const poolConfig: pg.PoolConfig = connection.connectionString
    ? { connectionString: connection.connectionString.replace(/\/[^/?]*(\?|$)/, `/${name}$1`) }
    : { ...connection, database: name };
  const db = kyselyFor(new pg.Pool({ ...poolConfig, max: 5 }));
  await migrateToLatest(db as Kysely<unknown>);
  return {
    db,
    kind,
    name,
    connection: poolConfig,
    drop: async () => {
      await db.destroy();
      const c = new pg.Client(connection);
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}
