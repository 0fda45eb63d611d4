// What several Harbour processes sharing one PostgreSQL must share (issue 14): rate-limit
// counters, the claim of a scheduled job's period, and statements that need no session state.
// Two apps built on one database stand in for two processes here; tests/scale-out runs real
// processes behind nginx and PgBouncer.
import { join } from 'node:path';
import pg from 'pg';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { sql } from 'kysely';
import { buildApp } from '../../src/platform/http/app';
import { createLogger } from '../../src/platform/logging/logger';
import { buildContext } from '../../src/server/start-server';
import { ROUTES } from '../../src/server/routes';
import { kyselyFor } from '../../src/platform/db/database';
import { migrateToLatest } from '../../src/platform/db/migrate';
import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { executePrepared } from '../../src/platform/db/prepared';
import { claimRun, finishRun, runOncePerPeriod, startScheduler } from '../../src/platform/jobs/scheduled-runs';
import { countHit, sweepExpiredHits } from '../../src/platform/http/rate-limit-store';
import { createTestApp, type TestApp } from '../support/test-app';

let t: TestApp;
let second: FastifyInstance;
beforeAll(async () => {
  t = await createTestApp();
  const ctx = await buildContext(
    t.ctx.config,
    { db: t.database.db, kind: t.database.kind, close: async () => undefined },
    createLogger('silent'),
    () => undefined,
  );
  second = await buildApp(ctx, { routes: ROUTES, webDist: join(t.ctx.config.dataDir, 'no-web') });
  await second.ready();
});
afterAll(async () => {
  await second.close();
  await t.close();
});

describe('rate limits across processes', () => {
  it('counts one client’s requests to a limited route in every process sharing the database', async () => {
    // POST /api/setup allows 10 a minute per client; the body is refused, but the limit counts first.
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) {
      const app = i % 2 === 0 ? t.app : second;
      const res = await app.inject({ method: 'POST', url: '/api/setup', payload: {}, remoteAddress: '192.0.2.77' });
      statuses.push(res.statusCode);
    }
    expect(statuses.slice(0, 10).every((s) => s !== 429)).toBe(true);
    expect(statuses.slice(10)).toEqual([429, 429]);
    // Another client is not affected.
    expect((await second.inject({ method: 'POST', url: '/api/setup', payload: {}, remoteAddress: '192.0.2.78' })).statusCode).not.toBe(429);
  });

  it('stores no client address, only a keyed hash', async () => {
    const keys = await t.ctx.db.selectFrom('rate_limit_hits').select('key').execute();
    expect(keys.length).toBeGreaterThan(0);
    for (const { key } of keys) expect(key).not.toContain('192.0.2');
  });

  it('opens a new window once the old one ended, and sweeps ended windows', async () => {
    expect(await countHit(t.ctx.db, 'window-test', 50)).toMatchObject({ current: 1 });
    expect((await countHit(t.ctx.db, 'window-test', 50)).current).toBe(2);
    await new Promise((r) => setTimeout(r, 80));
    expect(await countHit(t.ctx.db, 'window-test', 60_000)).toMatchObject({ current: 1 });
    await countHit(t.ctx.db, 'ends-soon', 1);
    await new Promise((r) => setTimeout(r, 20));
    await sweepExpiredHits(t.ctx.db);
    const left = await t.ctx.db.selectFrom('rate_limit_hits').select('key').where('key', 'in', ['window-test', 'ends-soon']).execute();
    expect(left.map((r) => r.key)).toEqual(['window-test']);
  });

  it('counts concurrent hits exactly', async () => {
    const results = await Promise.all(Array.from({ length: 25 }, () => countHit(t.ctx.db, 'concurrent', 60_000)));
    expect(results.map((r) => r.current).sort((a, b) => a - b)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
  });
});

describe('scheduled jobs once per period', () => {
  it('runs a job in exactly one of many processes claiming the same period at once', async () => {
    let runs = 0;
    const outcomes = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        runOncePerPeriod(
          t.ctx.db,
          'test-job',
          'day',
          async () => {
            runs += 1;
            await new Promise((r) => setTimeout(r, 50));
            return 'done';
          },
          { claimedBy: `process-${i}` },
        ),
      ),
    );
    expect(runs).toBe(1);
    expect(outcomes.filter(Boolean)).toHaveLength(1);
    const rows = await t.ctx.db.selectFrom('scheduled_runs').selectAll().where('job', '=', 'test-job').execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ outcome: 'done' });
    expect(rows[0]!.finished_at).not.toBeNull();
    // Later in the same period nobody runs it again, even long after.
    expect(await runOncePerPeriod(t.ctx.db, 'test-job', 'day', async () => 'again', { staleAfterMs: 0 })).toBeUndefined();
  });

  it('lets another process take over a claim whose process died before finishing, once it is stale', async () => {
    const dead = await claimRun(t.ctx.db, 'crash-job', 'day', 'dead-process', 60_000);
    expect(dead).toBeDefined();
    expect(await claimRun(t.ctx.db, 'crash-job', 'day', 'other', 60_000)).toBeUndefined();
    await t.ctx.db
      .updateTable('scheduled_runs')
      .set({ started_at: new Date(Date.now() - 120_000) })
      .where('job', '=', 'crash-job')
      .execute();
    const taken = await claimRun(t.ctx.db, 'crash-job', 'day', 'other', 60_000);
    expect(taken).toMatchObject({ claimedBy: 'other' });
    // The dead process's late finish does not mark the taken-over run.
    await finishRun(t.ctx.db, dead!, 'late');
    expect((await t.ctx.db.selectFrom('scheduled_runs').select('outcome').where('job', '=', 'crash-job').executeTakeFirst())?.outcome).toBeNull();
  });

  it('runs a job once per period from three schedulers asking every 100 ms', async () => {
    let runs = 0;
    const events: string[] = [];
    const schedulers = Array.from({ length: 3 }, () =>
      startScheduler(
        t.ctx.db,
        'scheduler-job',
        'day',
        async () => {
          runs += 1;
          return `run ${runs}`;
        },
        { checkMs: 100, report: (e) => events.push(e.error ?? e.outcome ?? '') },
      ),
    );
    await new Promise((r) => setTimeout(r, 1_500));
    await Promise.all(schedulers.map((s) => s.stop()));
    expect(runs).toBe(1);
    expect(events).toEqual(['run 1']);
  });

  it('records a failed run, and does not run it again in the same period', async () => {
    await expect(
      runOncePerPeriod(t.ctx.db, 'failing-job', 'day', async () => {
        throw Object.assign(new Error('boom'), { code: 'XX000' });
      }),
    ).rejects.toThrow('boom');
    const row = await t.ctx.db.selectFrom('scheduled_runs').selectAll().where('job', '=', 'failing-job').executeTakeFirst();
    expect(row?.outcome).toBe('failed (XX000)');
  });
});

describe('without named prepared statements (PgBouncer in transaction mode)', () => {
  it('sends marked statements unnamed, leaving nothing prepared on the connection', async () => {
    const pool = new pg.Pool({ ...t.database.connection, max: 1 });
    const db = kyselyFor(pool, () => undefined, { preparedStatements: false });
    try {
      const rows = await executePrepared(db, 'probe', db.selectFrom('organisations').select('id').where('id', '=', '00000000-0000-0000-0000-000000000000'));
      expect(rows).toEqual([]);
      const { rows: prepared } = await sql<{ n: number }>`select count(*)::int as n from pg_prepared_statements`.execute(db);
      expect(prepared[0]?.n).toBe(0);
    } finally {
      await db.destroy();
    }
    // With them (the default), the same statement is prepared by name.
    const pool2 = new pg.Pool({ ...t.database.connection, max: 1 });
    const db2 = kyselyFor(pool2, () => undefined);
    try {
      await executePrepared(db2, 'probe', db2.selectFrom('organisations').select('id').where('id', '=', '00000000-0000-0000-0000-000000000000'));
      const { rows: prepared } = await sql<{ n: number }>`select count(*)::int as n from pg_prepared_statements`.execute(db2);
      expect(prepared[0]?.n).toBe(1);
    } finally {
      await db2.destroy();
    }
  });
});

describe('migrations from processes starting together', () => {
  it('lets them take turns, and leaves no session-level lock behind', async () => {
    const { connection } = inject('testDatabase');
    const name = `hb_test_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client(connection);
    await admin.connect();
    await admin.query(`create database ${name}`);
    const poolConfig: pg.PoolConfig = connection.connectionString
      ? { connectionString: connection.connectionString.replace(/\/[^/?]*(\?|$)/, `/${name}$1`) }
      : { ...connection, database: name };
    const dbs = Array.from({ length: 3 }, () => kyselyFor(new pg.Pool({ ...poolConfig, max: 2 }), () => undefined));
    try {
      const reports = await Promise.all(dbs.map((db) => migrateToLatest(db as Kysely<unknown>)));
      // One of them applied every migration; the others found nothing left to do.
      expect(reports.filter((r) => r.applied.length > 0)).toHaveLength(1);
      const { rows } = await sql<{
        n: number;
      }>`select count(*)::int as n from pg_locks where locktype = 'advisory' and database = (select oid from pg_database where datname = current_database())`.execute(
        dbs[0]!,
      );
      expect(rows[0]?.n).toBe(0);
    } finally {
      await Promise.all(dbs.map((db) => db.destroy()));
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    }
  });
});
