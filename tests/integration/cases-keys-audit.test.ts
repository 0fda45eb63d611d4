import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo, type DemoSeed } from '../../src/cases/demo/seed-demo';
import { rotateMasterKey } from '../../src/cases/use-cases/rotate-keys';
import { auditVerify } from '../../src/cli/case-commands';
import { loadConfig } from '../../src/platform/config/config';
import { KEY_FILE_NAME, newMasterKeyText, retireKeysInFile } from '../../src/platform/crypto';
import { buildApp } from '../../src/platform/http/app';
import { createLogger } from '../../src/platform/logging/logger';
import { buildContext } from '../../src/server/start-server';
import { ROUTES } from '../../src/server/routes';
import { createTestApp, type SignedIn, type TestApp } from '../support/test-app';
import { signInWithTotp } from './cases-support';

let t: TestApp;
let seed: DemoSeed;
let dana: SignedIn;
beforeAll(async () => {
  t = await createTestApp();
  seed = await seedDemo(t.ctx);
  const p = seed.people.find((x) => x.email.startsWith('dana'))!;
  dana = await signInWithTotp(t, p.email, p.password, p.totpSecret);
});
afterAll(async () => t.close());

const quiet = () => undefined;
const logger = createLogger('silent', new Writable({ write: (_c, _e, done) => done() }));
const database = () => ({ db: t.ctx.db, kind: t.database.kind, close: async () => undefined });
const contextWith = (env: Record<string, string> = {}) =>
  buildContext(loadConfig({ HARBOUR_DATA_DIR: t.ctx.config.dataDir, ...env }), database(), logger, quiet);

async function fragmentsVia(app: FastifyInstance, code: string): Promise<string[]> {
  const res = await app.inject({ method: 'GET', url: `/api/cases/${code}/fragments`, headers: dana.headers });
  expect(res.statusCode).toBe(200);
  return res
    .json<{ fragments: { text: string }[] }>()
    .fragments.map((f) => f.text)
    .sort();
}

describe('harbour audit verify', () => {
  type Row = Record<string, unknown> & { seq: string | number };
  let original: Row[];
  const restore = async () => {
    await t.ctx.db.deleteFrom('audit_log').execute();
    await t.ctx.db
      .insertInto('audit_log')
      .values(original.map((r) => ({ ...r, detail: JSON.stringify(r.detail) })) as never)
      .execute();
  };
  beforeAll(async () => {
    original = (await t.ctx.db.selectFrom('audit_log').selectAll().orderBy('seq').execute()) as Row[];
  });

  it('passes an intact trail with exit status 0', async () => {
    expect(original.length).toBeGreaterThan(20);
    expect(await auditVerify(t.ctx.db, t.ctx.keyring)).toMatchObject({ exitCode: 0 });
  });

  it('fails on a tampered entry and names its seq', async () => {
    await t.ctx.db.updateTable('audit_log').set({ action: 'case.viewed' }).where('seq', '=', 10).execute();
    const report = await auditVerify(t.ctx.db, t.ctx.keyring);
    expect(report.exitCode).toBe(1);
    expect(report.line).toContain('seq 10 ');
    await restore();
  });

  it('fails on a deleted entry at the seq after the gap', async () => {
    await t.ctx.db.deleteFrom('audit_log').where('seq', '=', 7).execute();
    const report = await auditVerify(t.ctx.db, t.ctx.keyring);
    expect(report.exitCode).toBe(1);
    expect(report.line).toMatch(/seq [78] /);
    await restore();
  });

  it('fails on two entries swapped in order', async () => {
    const [a, b] = [original[4]!, original[5]!];
    const swap = (from: Row, seq: string | number) => ({ ...from, seq, detail: JSON.stringify(from.detail) });
    await t.ctx.db.deleteFrom('audit_log').where('seq', 'in', [a.seq, b.seq]).execute();
    await t.ctx.db
      .insertInto('audit_log')
      .values([swap(b, a.seq), swap(a, b.seq)] as never)
      .execute();
    const report = await auditVerify(t.ctx.db, t.ctx.keyring);
    expect(report.exitCode).toBe(1);
    expect(report.line).toContain(`seq ${a.seq} `);
    await restore();
    expect(await auditVerify(t.ctx.db, t.ctx.keyring)).toMatchObject({ exitCode: 0 });
  });
});

describe('harbour keys rotate', () => {
  it('rewraps every case key, keeps the data readable, refuses the old key alone and a wrong key', async () => {
    const code = seed.caseCodes[0]!;
    const before = await fragmentsVia(t.app, code);
    const keyFile = join(t.ctx.config.keyDir, KEY_FILE_NAME);
    const oldKey = (JSON.parse(readFileSync(keyFile, 'utf8')) as { keys: string[] }).keys[0]!;

    const report = await rotateMasterKey(t.ctx.db, t.ctx.config, t.ctx.keyring);
    expect(report).toMatchObject({ source: 'key-file', cases: 5, rewrapped: 5, namesReindexed: 5, systemKeyRewrapped: true });
    expect(report.kekId).not.toBe(t.ctx.keyring.currentId);

    // A restart on the rotated key file: same sessions, same data, name look-up reindexed.
    const ctx = await contextWith();
    expect(ctx.keyring.currentId).toBe(report.kekId);
    const app = await buildApp(ctx, { routes: ROUTES, webDist: join(t.ctx.config.dataDir, 'no-web') });
    expect(await fragmentsVia(app, code)).toEqual(before);
    const search = await app.inject({ method: 'POST', url: '/api/cases/search', headers: dana.headers, payload: { name: 'Rosie' } });
    expect(search.json().cases.map((c: { code: string }) => c.code)).toEqual([code]);
    expect(await auditVerify(ctx.db, ctx.keyring)).toMatchObject({ exitCode: 0 });
    await app.close();

    // Once the old key is retired, the data is still readable (everything was rewrapped)…
    retireKeysInFile({ keyDir: t.ctx.config.keyDir, databaseDir: join(t.ctx.config.dataDir, 'postgres') }, []);
    const retired = await contextWith();
    const app2 = await buildApp(retired, { routes: ROUTES, webDist: join(t.ctx.config.dataDir, 'no-web') });
    expect(await fragmentsVia(app2, code)).toEqual(before);
    await app2.close();

    // …and start-up refuses the old key on its own, and any other key.
    await expect(contextWith({ HARBOUR_MASTER_KEY: oldKey })).rejects.toThrow(/does not match/i);
    await expect(contextWith({ HARBOUR_MASTER_KEY: newMasterKeyText() })).rejects.toThrow(/does not match/i);
  });
});
