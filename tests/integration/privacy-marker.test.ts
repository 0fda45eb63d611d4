import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo, type DemoSeed } from '../../src/cases/demo/seed-demo';
import { loadConfig } from '../../src/platform/config/config';
import { openDatabase, type OpenDatabase } from '../../src/platform/db/database';
import { buildApp } from '../../src/platform/http/app';
import type { AppContext } from '../../src/platform/http/context';
import { createLogger } from '../../src/platform/logging/logger';
import { buildContext } from '../../src/server/start-server';
import { giveReminders } from '../../src/reminders';
import type { IsoDate } from '../../src/core/dates/iso-date';
import { ROUTES } from '../../src/server/routes';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import type { SignedIn, TestApp } from '../support/test-app';
import { signInWithTotp } from './cases-support';

// The privacy check. A unique marker goes into every sensitive field of the demo cases; after
// the main case endpoints have been used, the marker must not appear in the database files
// (after a CHECKPOINT, so nothing waits only in memory), the key folder, the server log, or any
// response that is not meant to show client content. Runs on a fresh embedded data folder;
// with DATABASE_URL set, the database files are out of reach and only logs and responses are searched.

const MARKER = `ZQXMARK${randomBytes(8).toString('hex')}`;
const external = Boolean(process.env.DATABASE_URL);

let dataDir: string;
let database: OpenDatabase | undefined;
let testDatabase: TestDatabase | undefined;
let ctx: AppContext;
let app: FastifyInstance;
let seed: DemoSeed;
const logs: string[] = [];
/** Responses that must never carry client content. */
const plain: { what: string; body: string }[] = [];
/** Responses meant to show client content (to prove the marker really went in). */
const showing: string[] = [];
const as: Record<string, SignedIn> = {};

function occurrences(haystack: Buffer, needle: Buffer): number {
  let count = 0;
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + 1)) count++;
  return count;
}

/** Every regular file under `dir`: how many bytes were read and how often the marker occurs. */
function searchFolder(dir: string, needle: Buffer): { files: number; bytes: number; hits: { file: string; count: number }[] } {
  const result = { files: 0, bytes: 0, hits: [] as { file: string; count: number }[] };
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      let st;
      try {
        st = statSync(path);
      } catch {
        continue; // a temporary file removed while we walked
      }
      if (st.isDirectory()) walk(path);
      else if (st.isFile()) {
        let content: Buffer;
        try {
          content = readFileSync(path);
        } catch {
          continue;
        }
        result.files++;
        result.bytes += content.length;
        const count = occurrences(content, needle);
        if (count > 0) result.hits.push({ file: path.slice(dir.length), count });
      }
    }
  };
  walk(dir);
  return result;
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'hb-privacy-'));
  const config = loadConfig({ HARBOUR_DATA_DIR: dataDir, HARBOUR_LOG_LEVEL: 'debug' });
  const logger = createLogger(
    'debug',
    new Writable({
      write(chunk, _e, done) {
        logs.push(String(chunk));
        done();
      },
    }),
  );
  let open: OpenDatabase;
  if (external) {
    testDatabase = await createTestDatabase();
    open = { db: testDatabase.db, kind: 'external', close: async () => undefined };
  } else {
    database = await openDatabase(config, 'server');
    open = database;
  }
  ctx = await buildContext(config, open, logger, (line) => logs.push(line));
  app = await buildApp(ctx, { routes: ROUTES, webDist: join(dataDir, 'no-web') });
  await app.ready();
  seed = await seedDemo(ctx, { marker: MARKER });
  const fake = { app } as unknown as TestApp;
  for (const p of seed.people) as[p.role === 'lawyer' ? (as.dana ? 'lee' : 'dana') : p.role] = await signInWithTotp(fake, p.email, p.password, p.totpSecret);
}, 180_000);

afterAll(async () => {
  await app?.close();
  await database?.close();
  await testDatabase?.drop();
  rmSync(dataDir, { recursive: true, force: true });
});

async function call(who: string, method: 'GET' | 'POST' | 'PUT' | 'PATCH', url: string, payload?: unknown): Promise<LightMyRequestResponse> {
  return app.inject({ method, url, headers: as[who]!.headers, ...(payload !== undefined ? { payload: payload as object } : {}) });
}

describe('the privacy marker', () => {
  it('went into the sensitive fields: the team sees it once they open the story', async () => {
    const code = seed.caseCodes[0]!;
    for (const url of [
      `/api/cases/${code}`,
      `/api/cases/${code}/fragments`,
      `/api/cases/${code}/timeline`,
      `/api/cases/${code}/sittings`,
      `/api/cases/${code}/facts`,
      `/api/cases/${code}/consents`,
    ]) {
      showing.push((await call('dana', 'GET', url)).body);
    }
    expect(showing.every((body) => body.includes(MARKER))).toBe(true);
  });

  it('is absent from every response not meant to show client content', async () => {
    const record = async (what: string, res: Promise<LightMyRequestResponse>) => plain.push({ what, body: (await res).body });
    for (const who of ['dana', 'lee', 'legal-worker', 'support-worker', 'admin']) {
      await record(`${who} list`, call(who, 'GET', '/api/cases'));
      await record(`${who} closed list`, call(who, 'GET', '/api/cases?status=closed'));
      await record(`${who} search`, call(who, 'POST', '/api/cases/search', { name: `Rosalind Dimaculangan ${MARKER}` }));
      await record(`${who} directory`, call(who, 'GET', '/api/directory/people'));
      for (const code of seed.caseCodes) {
        for (const url of ['team', 'intake-guide', 'assessment', 'legal-view?lang=fr', 'questions?stage=full', 'questions?stage=preliminary'])
          await record(`${who} ${url}`, call(who, 'GET', `/api/cases/${code}/${url}`));
        await record(`${who} check`, call(who, 'POST', `/api/cases/${code}/consents/check`, { action: { kind: 'contact-police' } }));
        // The export document and the case header (with its safe-contact details) are meant to show content.
        await call(who, 'GET', `/api/cases/${code}/facts/export`);
        await call(who, 'PATCH', `/api/cases/${code}`, { interpreterNeeded: true });
        // Changes made through the API, with the marker in the request: answered without echoing client text.
        await record(
          `${who} identity`,
          call(who, 'PUT', `/api/cases/${code}/identity`, { names: [`New Name ${MARKER}`], aliases: [], contact: {}, documentsHeld: [] }),
        );
        await record(
          `${who} bad input`,
          call(who, 'POST', `/api/cases/${code}/fragments`, { text: MARKER, source: 'client', compartment: 'team', tags: [MARKER] }),
        );
      }
      await record(`${who} retention`, call(who, 'GET', '/api/admin/retention'));
    }
    // The institution log (sealed fields) and what reaches people from it: the calendar, reminders, response times.
    let logged = 0;
    const sentOn = new Date().toISOString().slice(0, 10);
    const ahead = new Date(Date.now() + 300 * 86_400_000).toISOString().slice(0, 10);
    for (const code of seed.caseCodes) {
      const body = { institution: 'ircc', kind: 'access-to-information', sentOn, whatSent: `GCMS ${MARKER}`, reference: MARKER, followUpDays: 3 };
      if ((await call('dana', 'POST', `/api/cases/${code}/institution-log`, body)).statusCode === 201) logged += 1;
    }
    expect(logged).toBeGreaterThan(0);
    await giveReminders(ctx, { today: sentOn as IsoDate });
    expect(await ctx.db.selectFrom('notifications').select('id').execute()).not.toEqual([]);
    for (const who of ['dana', 'lee', 'legal-worker', 'support-worker', 'admin']) {
      await record(`${who} calendar`, call(who, 'GET', `/api/calendar?to=${ahead}`));
      await record(`${who} notifications`, call(who, 'GET', '/api/notifications'));
      await record(`${who} response times`, call(who, 'GET', '/api/institutions/response-times'));
    }
    for (const code of seed.caseCodes) await record('activity', call('dana', 'GET', `/api/cases/${code}/activity`));
    await record('missing case', call('dana', 'GET', '/api/cases/HB-2222-22'));
    // Reading the story is allowed; it must leave nothing behind in logs or files (checked below).
    for (const who of ['dana', 'support-worker'])
      for (const code of seed.caseCodes) for (const url of ['fragments', 'timeline', 'sittings', 'facts']) await call(who, 'GET', `/api/cases/${code}/${url}`);

    // Case-insensitive: a name lower-cased on its way somewhere (as the blind index normalises it) is still a leak.
    const leaks = plain.filter((r) => r.body.toLowerCase().includes(MARKER.toLowerCase())).map((r) => r.what);
    expect(plain.length).toBeGreaterThan(200);
    expect(leaks).toEqual([]);
  });

  it('is absent from the server log', () => {
    const output = logs.join('\n');
    expect(output.length).toBeGreaterThan(1000);
    expect(occurrences(Buffer.from(output.toLowerCase()), Buffer.from(MARKER.toLowerCase()))).toBe(0);
  });

  it.skipIf(external)('is absent from every file of the data folder, database files included, after a checkpoint', async () => {
    await sql`checkpoint`.execute(ctx.db);
    // As given and lower-cased (normalised for the name index, or by PostgreSQL's lower()).
    for (const needle of [Buffer.from(MARKER), Buffer.from(MARKER.toLowerCase())]) {
      const result = searchFolder(dataDir, needle);
      console.info(`privacy marker: searched ${result.files} files, ${result.bytes} bytes of ${dataDir}; ${result.hits.length} files contain it`);
      expect(result.bytes).toBeGreaterThan(10_000_000);
      expect(result.hits).toEqual([]);
    }
  });

  it('would be found by the folder search if it were there (the search can fail)', () => {
    const control = mkdtempSync(join(tmpdir(), 'hb-control-'));
    writeFileSync(join(control, 'page'), Buffer.concat([randomBytes(5000), Buffer.from(MARKER), randomBytes(5000)]));
    expect(searchFolder(control, Buffer.from(MARKER)).hits).toHaveLength(1);
    rmSync(control, { recursive: true, force: true });
  });
});
