// Crash safety: no acknowledged write is ever lost, and the database stays consistent, however
// Harbour is killed. The real server runs on a fresh embedded data folder; writers keep sending
// invitations (as the administrator) and new case files (as a lawyer); at a random moment the
// server is killed with SIGKILL — sometimes the Node process alone, sometimes every PostgreSQL
// process too, which forces WAL crash recovery — and started again. After each restart every
// write that got its 2xx must be there, and at the end the indexes, heap, audit chain and the
// case keys are checked. Seed with HARBOUR_CRASH_SEED to replay a run.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditLog } from '../../src/platform/audit/audit-log';
import { loadOrCreateKeyring } from '../../src/platform/crypto';
import { embeddedConnection, embeddedPaths } from '../../src/platform/db/embedded-postgres';
import type { Database } from '../../src/platform/db/schema';
import { repoRoot } from '../support/e2e-server';
import { runHarbour, type HarbourProcess } from '../support/harbour-process';
import { addMember, call, setupLinkFrom, setUpAdminOverHttp, type HttpSession } from './support/http-session';

const KILLS = 24;
const WRITERS = 6;
const seed = Number(process.env.HARBOUR_CRASH_SEED ?? Date.now() % 1_000_000);

/** mulberry32: a small seeded generator, so a failing schedule can be replayed. */
function random(s: number): () => number {
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
const rand = random(seed);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const dataDir = mkdtempSync(join(tmpdir(), 'hb-crash-'));
let server: HarbourProcess;
let admin: HttpSession;
let lawyer: HttpSession;
const ackedInvitations = new Set<string>();
const ackedCases = new Map<string, string>(); // code → the client's name given at creation
const log: string[] = [];

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The postmaster this data folder runs, and its children (backends, checkpointer, WAL writer…). */
function postgresProcesses(): number[] {
  const pidFile = join(embeddedPaths(dataDir).clusterDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return [];
  const postmaster = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!alive(postmaster)) return [];
  const children = readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .filter((d) => {
      try {
        return Number(readFileSync(`/proc/${d}/stat`, 'utf8').split(') ')[1]!.split(' ')[1]) === postmaster;
      } catch {
        return false;
      }
    })
    .map(Number);
  return [postmaster, ...children];
}

async function killServer(alsoDatabase: boolean): Promise<void> {
  const victims = alsoDatabase ? postgresProcesses() : [];
  server.child.kill('SIGKILL');
  for (const pid of victims) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  await server.exited;
  for (let i = 0; i < 200 && victims.some(alive); i++) await sleep(25);
}

function harbourDb(): Kysely<Database> {
  const c = embeddedConnection(dataDir);
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool: new pg.Pool({ ...c, database: 'harbour', max: 2 }) }) });
}

/** Writers run until `stop` is set; only responses with a 2xx status count as acknowledged. */
function startWriters(round: number, stop: { now: boolean }): Promise<void>[] {
  return Array.from({ length: WRITERS }, async (_, w) => {
    for (let n = 0; !stop.now; n++) {
      try {
        if (w % 2 === 0) {
          const email = `r${round}-w${w}-${n}@crash.example`;
          const res = await call(server.url, 'POST', '/api/organisation/invitations', { email, role: 'legal-worker' }, admin.headers);
          if (res.status === 201) ackedInvitations.add(email);
        } else {
          const name = `Client ${round}-${w}-${n}`;
          const res = await call(
            server.url,
            'POST',
            '/api/cases',
            { province: 'ON', languages: ['en'], interpreterNeeded: false, identity: { names: [name], aliases: [], contact: {}, documentsHeld: [] } },
            lawyer.headers,
          );
          if (res.status === 201) ackedCases.set(res.json.case.code as string, name);
        }
      } catch {
        await sleep(10); // the server is gone mid-request: not acknowledged
      }
    }
  });
}

async function missingAcknowledgedWrites(db: Kysely<Database>): Promise<string[]> {
  const emails = new Set((await db.selectFrom('invitations').select('email').execute()).map((r) => r.email));
  const codes = new Set((await sql<{ code: string }>`select code from cases`.execute(db)).rows.map((r) => r.code));
  return [...[...ackedInvitations].filter((e) => !emails.has(e)), ...[...ackedCases.keys()].filter((c) => !codes.has(c))];
}

beforeAll(async () => {
  server = await runHarbour(dataDir);
  admin = await setUpAdminOverHttp(server.url, await setupLinkFrom(server.output));
  lawyer = await addMember(server.url, admin, 'lawyer@crash.example', 'lawyer');
}, 120_000);

afterAll(async () => {
  if (server.child.exitCode === null && server.child.signalCode === null) {
    server.child.kill('SIGTERM');
    await server.exited;
  }
  rmSync(dataDir, { recursive: true, force: true });
});

describe.skipIf(process.env.DATABASE_URL)('crash safety of the server on the embedded database', () => {
  it(`keeps every acknowledged write through ${KILLS} SIGKILLs at random moments`, async () => {
    for (let round = 0; round < KILLS; round++) {
      const stop = { now: false };
      const writers = startWriters(round, stop);
      await sleep(150 + rand() * 1200);
      const alsoDatabase = round % 2 === 1;
      await killServer(alsoDatabase);
      stop.now = true;
      await Promise.all(writers);
      server = await runHarbour(dataDir);
      const db = harbourDb();
      try {
        const missing = await missingAcknowledgedWrites(db);
        log.push(
          `round ${round}: killed ${alsoDatabase ? 'server and database' : 'server'}; ${ackedInvitations.size} invitations and ${ackedCases.size} cases acknowledged so far`,
        );
        expect(missing, `seed ${seed}, round ${round}: acknowledged writes lost after a restart\n${log.join('\n')}`).toEqual([]);
      } finally {
        await db.destroy();
      }
    }
    expect(ackedInvitations.size + ackedCases.size).toBeGreaterThan(KILLS * 5);
  }, 600_000);

  it('leaves indexes, tables, the audit chain and every case key consistent', async () => {
    const db = harbourDb();
    try {
      await sql`create extension if not exists amcheck`.execute(db);
      // Every B-tree index matches its table (heapallindexed), and no heap page is corrupt.
      const indexes = await sql<{ name: string }>`
        select c.relname as name from pg_index i join pg_class c on c.oid = i.indexrelid join pg_am am on am.oid = c.relam
        join pg_namespace n on n.oid = c.relnamespace where am.amname = 'btree' and n.nspname = 'public'`.execute(db);
      expect(indexes.rows.length).toBeGreaterThan(10);
      for (const { name } of indexes.rows) await sql`select bt_index_check(${name}::regclass, true)`.execute(db);
      const heap = await sql<{ relname: string; msg: string }>`
        select c.relname, v.msg from pg_class c join pg_namespace n on n.oid = c.relnamespace, lateral verify_heapam(c.oid) v
        where n.nspname = 'public' and c.relkind = 'r'`.execute(db);
      expect(heap.rows).toEqual([]);

      // Each acknowledged case committed with its team and its audit entry (one transaction).
      const orphans = await sql<{ code: string }>`
        select c.code from cases c where not exists (select 1 from case_team t where t.case_id = c.id)
           or not exists (select 1 from audit_log a where a.case_id = c.id and a.action = 'case.created')`.execute(db);
      expect(orphans.rows).toEqual([]);
      const duplicates = await sql<{ email: string }>`select email from invitations group by email having count(*) > 1`.execute(db);
      expect(duplicates.rows).toEqual([]);

      const keyring = loadOrCreateKeyring({ keyDir: join(dataDir, 'keys'), databaseDir: embeddedPaths(dataDir).clusterDir, mayCreate: false }).keyring;
      const verdict = await verifyAuditLog(db, keyring);
      expect(verdict).toMatchObject({ ok: true });
    } finally {
      await db.destroy();
    }
    // Every acknowledged case still opens with its key: reveal a sample of identities.
    const sample = [...ackedCases].filter((_, i) => i % Math.max(1, Math.floor(ackedCases.size / 8)) === 0);
    for (const [code, name] of sample) {
      const res = await call(server.url, 'POST', `/api/cases/${code}/identity/reveal`, {}, lawyer.headers);
      expect(res.status, JSON.stringify(res.json)).toBe(200);
      expect(res.json.identity.names).toEqual([name]);
    }
  }, 120_000);

  it('takes a backup while the server is writing, and restores it into a new data folder', async () => {
    const stop = { now: false };
    const writers = startWriters(1000, stop);
    const out = join(dataDir, 'live.hbk');
    const { DATABASE_URL: _external, ...inherited } = process.env;
    const env = { ...inherited, HARBOUR_DATA_DIR: dataDir, HARBOUR_LOG_LEVEL: 'warn' };
    try {
      execFileSync(process.execPath, [join(repoRoot, 'bin/harbour.js'), 'backup', '--out', out], { env, cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (error) {
      throw new Error(`harbour backup failed:\n${String((error as { stderr?: Buffer }).stderr)}`, { cause: error });
    } finally {
      stop.now = true;
      await Promise.all(writers);
    }
    const restoredDir = join(dataDir, 'restored');
    const restore = execFileSync(process.execPath, [join(repoRoot, 'bin/harbour.js'), 'restore', out], {
      env: { ...env, HARBOUR_DATA_DIR: restoredDir, HARBOUR_KEY_DIR: join(dataDir, 'keys') },
      cwd: repoRoot,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    expect(restore).toMatch(/Restored \d+ rows in \d+ tables/);
    const restored = await runHarbour(restoredDir, { HARBOUR_KEY_DIR: join(dataDir, 'keys') });
    try {
      const [code, name] = [...ackedCases][0]!;
      const signIn = await call(restored.url, 'POST', '/api/auth/sign-in', { email: 'lawyer@crash.example', password: 'Tidal-Lantern-Orchard-42' });
      expect(signIn.status).toBe(200);
      expect(name).toMatch(/^Client /);
      expect(code).toMatch(/^HB-/);
    } finally {
      restored.child.kill('SIGTERM');
      await restored.exited;
    }
  }, 180_000);
});
