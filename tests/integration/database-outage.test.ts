import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { embeddedConnection, startEmbeddedPostgres, stopEmbeddedPostgres } from '../../src/platform/db/embedded-postgres';
import { sql } from 'kysely';
import { buildApp, type RouteModule } from '../../src/platform/http/app';
import { PUBLIC } from '../../src/platform/http/route-policy';
import { runHarbour, type HarbourProcess } from '../support/harbour-process';
import { createTestApp } from '../support/test-app';

// A lost database connection (a backend terminated by an administrator, PostgreSQL restarted)
// must cost at most the requests in flight, answered 503 with the documented error body: never
// the process. Harbour then reconnects by itself.

const dataDir = mkdtempSync(join(tmpdir(), 'hb-outage-'));
let server: HarbourProcess | undefined;
afterAll(async () => {
  if (server && server.child.exitCode === null) {
    server.child.kill('SIGTERM');
    await server.exited;
  }
  rmSync(dataDir, { recursive: true, force: true });
});

async function terminateAppBackends(): Promise<number> {
  const admin = new pg.Client({ ...embeddedConnection(dataDir), database: 'postgres' });
  await admin.connect();
  try {
    const { rows } = await admin.query<{ n: string }>(
      "select count(*) filter (where pg_terminate_backend(pid)) as n from pg_stat_activity where datname = 'harbour' and pid <> pg_backend_pid()",
    );
    return Number(rows[0]?.n ?? 0);
  } finally {
    await admin.end();
  }
}

async function get(url: string): Promise<{ status: number; body: unknown }> {
  const res = await fetch(url);
  return { status: res.status, body: await res.json() };
}

describe('losing the database connections', () => {
  it('answers 503 or succeeds, never dies, and reconnects by itself', async () => {
    server = await runHarbour(dataDir);
    const url = server.url;
    // Warm the pool: several connections idle in it, so terminating them hits idle clients too.
    await Promise.all(Array.from({ length: 6 }, () => get(`${url}/api/setup/status`)));

    for (let round = 0; round < 3; round++) {
      expect(await terminateAppBackends()).toBeGreaterThan(0);
      await new Promise((r) => setTimeout(r, 200)); // let the idle clients see their end
      expect(server.child.exitCode, server.output()).toBeNull();

      const first = await get(`${url}/api/setup/status`);
      if (first.status !== 200) {
        expect(first.status).toBe(503);
        expect(first.body).toEqual({ error: { code: 'unavailable', message: expect.any(String) } });
      }
      let later = first;
      for (let i = 0; i < 20 && later.status !== 200; i++) later = await get(`${url}/api/setup/status`);
      expect(later).toEqual({ status: 200, body: { needed: true } });
      expect((await get(`${url}/api/health`)).status).toBe(200);
    }
    expect(server.child.exitCode, server.output()).toBeNull();
    expect(server.output()).not.toMatch(/terminating connection due to administrator command[\s\S]*at /); // no stack trace: no crash
  });

  it('survives PostgreSQL stopping and starting again under it', async () => {
    const url = server!.url;
    await stopEmbeddedPostgres(dataDir);
    const during = await get(`${url}/api/setup/status`);
    expect(during).toEqual({ status: 503, body: { error: { code: 'unavailable', message: expect.any(String) } } });
    expect(server!.child.exitCode).toBeNull();
    await startEmbeddedPostgres(dataDir);
    let later = await get(`${url}/api/setup/status`);
    for (let i = 0; i < 20 && later.status !== 200; i++) later = await get(`${url}/api/setup/status`);
    expect(later).toEqual({ status: 200, body: { needed: true } });
    expect(server!.child.exitCode, server!.output()).toBeNull();
  }, 120_000);

  it('answers 503 with the documented body for a request whose connection dies under it', async () => {
    const t = await createTestApp();
    try {
      const slow: RouteModule = (app, ctx) => {
        app.get('/api/test/slow', { config: { policy: PUBLIC } }, async () => {
          await sql`select pg_sleep(30)`.execute(ctx.db);
          return { done: true };
        });
      };
      const app = await buildApp(t.ctx, { routes: [slow], webDist: join(dataDir, 'no-web') });
      await app.ready();
      const inFlight = app.inject({ method: 'GET', url: '/api/test/slow' });
      const admin = new pg.Client(t.database.connection);
      await admin.connect();
      try {
        for (let i = 0; i < 50; i++) {
          const { rowCount } = await admin.query(
            "select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and query like '%pg_sleep(30)%' and pid <> pg_backend_pid()",
          );
          if (rowCount) break;
          await new Promise((r) => setTimeout(r, 50));
        }
      } finally {
        await admin.end();
      }
      const res = await inFlight;
      expect(res.statusCode).toBe(503);
      expect(res.json()).toEqual({ error: { code: 'unavailable', message: expect.any(String) } });
      expect(res.body).not.toMatch(/terminat|administrator/i); // PostgreSQL's own words stay in the log
      await app.close();
    } finally {
      await t.close();
    }
  });
});
