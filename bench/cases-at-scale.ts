// (c) and (d) Case list and name search with many cases in the database, and the server's memory.
// Cases are inserted straight into the tables (as migration 0002 defines them), with real wrapped
// data keys and real blind-index tokens, spread over 50 lawyers' teams; the signed-in lawyer is on
// 200 of them. Requests are sent one at a time (latency, not throughput).
import { randomBytes, randomUUID } from 'node:crypto';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { CASE_CODE_BYTES, caseCodeFrom } from '../src/core/cases';
import { blindIndex, Keyring, newDataKey, parseMasterKey, wrapDataKey } from '../src/platform/crypto';
import { embeddedConnection } from '../src/platform/db/embedded-postgres';
import { NAME_INDEX_COLUMN } from '../src/cases/use-cases/create-case';
import { call, type HttpSession } from '../tests/resilience/support/http-session';
import type { Figure } from './report';
import { BENCH_MASTER_KEY, rssMiB, signInStaff, startBenchServer, type BenchServer } from './support/harbour';

const MY_CASES = 200;
const OTHER_LAWYERS = 50;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function timed(samples: number, run: () => Promise<{ status: number }>): Promise<{ p50: number; p95: number }> {
  const times: number[] = [];
  for (let i = 0; i < samples; i++) {
    const started = performance.now();
    const res = await run();
    times.push(performance.now() - started);
    if (res.status !== 200) throw new Error(`status ${res.status}`);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

async function insertCases(db: Kysely<unknown>, count: number, lawyerId: string): Promise<void> {
  const keyring = new Keyring([parseMasterKey(BENCH_MASTER_KEY)]);
  const org = await sql<{ id: string }>`select id from organisations limit 1`.execute(db);
  const orgId = org.rows[0]!.id;
  const others: string[] = [];
  for (let i = 0; i < OTHER_LAWYERS; i++) {
    const r = await sql<{
      id: string;
    }>`insert into users (organisation_id, email, display_name, role, password_hash) values (${orgId}, ${`other${i}-${randomUUID()}@bench.example`}, ${`Other ${i}`}, 'lawyer', 'x') returning id`.execute(
      db,
    );
    others.push(r.rows[0]!.id);
  }
  // Codes already in the database (an earlier, smaller size of this run) must not be drawn again.
  const codes = new Set<string>((await sql<{ code: string }>`select code from cases`.execute(db)).rows.map((r) => r.code));
  const BATCH = 1000;
  for (let start = 0; start < count; start += BATCH) {
    const ids: string[] = [],
      cs: string[] = [],
      wrapped: Buffer[] = [],
      team: string[] = [],
      tokens: string[] = [],
      provinces: string[] = [];
    for (let i = start; i < Math.min(count, start + BATCH); i++) {
      const id = randomUUID();
      let code: string;
      do code = caseCodeFrom(randomBytes(CASE_CODE_BYTES));
      while (codes.has(code));
      codes.add(code);
      ids.push(id);
      cs.push(code);
      wrapped.push(wrapDataKey(keyring, newDataKey(), id));
      team.push(i < MY_CASES ? lawyerId : others[i % OTHER_LAWYERS]!);
      tokens.push(blindIndex(keyring, NAME_INDEX_COLUMN, `Scale Client ${i}`));
      provinces.push(['ON', 'QC', 'BC', 'AB'][i % 4]!);
    }
    await sql`insert into cases (id, code, organisation_id, province, languages, interpreter_needed, wrapped_key, created_by, created_at)
      select id, code, ${orgId}, province, '{en}', false, key, team, now() - (random() * interval '900 days')
      from unnest(${ids}::uuid[], ${cs}::text[], ${provinces}::text[], ${wrapped}::bytea[], ${team}::uuid[]) as t(id, code, province, key, team)`.execute(db);
    await sql`insert into case_team (case_id, user_id, team_role) select id, team, 'responsible-lawyer' from unnest(${ids}::uuid[], ${team}::uuid[]) as t(id, team)`.execute(
      db,
    );
    await sql`insert into case_name_index (case_id, token) select id, token from unnest(${ids}::uuid[], ${tokens}::text[]) as t(id, token)`.execute(db);
  }
  await sql`analyze`.execute(db);
}

async function measureAt(
  server: BenchServer,
  db: Kysely<unknown>,
  lawyer: HttpSession,
  admin: HttpSession,
  total: number,
  already: number,
  label: string,
  quick: boolean,
): Promise<Figure[]> {
  const lawyerId = (await sql<{ id: string }>`select id from users where email = 'lawyer@bench.example'`.execute(db)).rows[0]!.id;
  const started = performance.now();
  await insertCases(db, total - already, lawyerId);
  const seedSeconds = (performance.now() - started) / 1000;
  const samples = quick ? 20 : 100;
  const list = await timed(samples, () => call(server.url, 'GET', '/api/cases', undefined, { cookie: lawyer.cookie }));
  const search = await timed(samples, () =>
    call(server.url, 'POST', '/api/cases/search', { name: `Scale Client ${Math.floor(Math.random() * MY_CASES)}` }, lawyer.headers),
  );
  const figures: Figure[] = [
    { section: 'c', name: `${label} ${total} cases: lawyer's case list (${MY_CASES} on team) p50`, value: list.p50, unit: 'ms' },
    { section: 'c', name: `${label} ${total} cases: lawyer's case list p95`, value: list.p95, unit: 'ms', target: '< 50 ms', ok: list.p95 < 50 },
    { section: 'c', name: `${label} ${total} cases: name search p50`, value: search.p50, unit: 'ms' },
    { section: 'c', name: `${label} ${total} cases: name search p95`, value: search.p95, unit: 'ms', target: '< 50 ms', ok: search.p95 < 50 },
  ];
  // The administrator's list has every case of the organisation and no pagination: measured once, bounded.
  if (total <= 10_000) {
    const adminList = await timed(3, () => call(server.url, 'GET', '/api/cases', undefined, { cookie: admin.cookie }));
    figures.push({ section: 'c', name: `${label} ${total} cases: admin's list of all cases p50 (3 samples)`, value: adminList.p50, unit: 'ms' });
  }
  figures.push({
    section: 'd',
    name: `${label} server RSS after list/search with ${total} cases`,
    value: rssMiB(server.child.pid!),
    unit: 'MiB',
    detail: { seedSeconds },
  });
  return figures;
}

export async function benchCasesAtScale(quick: boolean, external: string | undefined): Promise<Figure[]> {
  const sizes = quick ? [2_000] : [10_000, 100_000];
  const figures: Figure[] = [];
  for (const mode of external ? (['embedded', 'external'] as const) : (['embedded'] as const)) {
    let databaseUrl: string | undefined;
    let dropExternal: (() => Promise<void>) | undefined;
    if (mode === 'external') {
      const name = `harbour_bench_${randomBytes(4).toString('hex')}`;
      const admin = new pg.Client({ connectionString: external });
      await admin.connect();
      await admin.query(`create database ${name}`);
      await admin.end();
      databaseUrl = external!.replace(/\/[^/?]*(\?|$)/, `/${name}$1`);
      dropExternal = async () => {
        const c = new pg.Client({ connectionString: external });
        await c.connect();
        await c.query(`drop database if exists ${name} with (force)`);
        await c.end();
      };
    }
    const server = await startBenchServer(databaseUrl ? { databaseUrl } : {});
    const db = new Kysely<unknown>({
      dialect: new PostgresDialect({
        pool: new pg.Pool(databaseUrl ? { connectionString: databaseUrl, max: 2 } : { ...embeddedConnection(server.dataDir), database: 'harbour', max: 2 }),
      }),
    });
    try {
      const { admin, lawyer } = await signInStaff(server);
      let have = 0;
      for (const size of sizes) {
        figures.push(...(await measureAt(server, db, lawyer, admin, size, have, mode, quick)));
        have = size;
      }
    } finally {
      await db.destroy();
      await server.stop();
      await dropExternal?.();
    }
  }
  return figures;
}
