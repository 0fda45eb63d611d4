import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackup, restoreBackup, RestoreRefusedError, type BackupSecret } from '../../src/backup';
import { backupRootKey } from '../../src/platform/crypto';
import { buildApp } from '../../src/platform/http/app';
import type { AppContext } from '../../src/platform/http/context';
import { buildContext } from '../../src/server/start-server';
import { ROUTES } from '../../src/server/routes';
import { createTestApp, DEFAULT_PASSWORD, type TestApp } from '../support/test-app';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { addPerson, client, newCase, setUpFirstAdmin, signInWithTotp, type Person } from './cases-support';
import { download, occurrencesIn, upload } from './evidence-support';

// Backups carry the sealed evidence files (issue 16): an acknowledged upload survives a backup
// and a restore into a new database and data folder, and the backup never holds it in the clear.

let t: TestApp;
let lawyer: Person;
let dir: string;
let code: string;
let itemId: string;
let backup: string;
const targets: TestDatabase[] = [];
const MARKER = 'ZQXBACKUPFILE8812';
const original = Buffer.concat([Buffer.from(`Pay stubs ${MARKER}\n`), Buffer.alloc(300 * 1024, 'p'), Buffer.from(`end ${MARKER}\n`)]);
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const masterKey = (): BackupSecret => ({ kind: 'master-key', kekId: t.ctx.keyring.currentId, rootKey: (id) => backupRootKey(t.ctx.keyring, id) });

beforeAll(async () => {
  t = await createTestApp();
  dir = mkdtempSync(join(tmpdir(), 'hb-evidence-backup-'));
  const admin = await setUpFirstAdmin(t);
  lawyer = await addPerson(t, admin.orgId, 'lawyer', 'lawyer@clinic.example');
  const L = client(t, lawyer);
  code = await newCase(L);
  const item = await L.post(`/api/cases/${code}/evidence`, { kind: 'pay-record', compartment: 'team', description: 'Pay stubs' });
  itemId = item.json<{ item: { id: string } }>().item.id;
  const res = await upload(t, lawyer, code, itemId, original, 'stubs.txt');
  expect(res.statusCode, res.body).toBe(201);
  backup = join(dir, 'with-files.hbk');
  await createBackup({
    db: t.database.db as unknown as Kysely<unknown>,
    dataDir: t.ctx.config.dataDir,
    out: backup,
    secret: masterKey(),
    harbourVersion: 'test',
    now: () => new Date(),
  });
});

afterAll(async () => {
  for (const target of targets) await target.drop();
  await t.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A Harbour on a restored database and data folder, its clock past the codes already used. */
async function restoredHarbour(db: TestDatabase, dataDir: string): Promise<Pick<TestApp, 'app' | 'ctx'>> {
  const base = await buildContext({ ...t.ctx.config, dataDir }, { db: db.db, kind: db.kind, close: async () => undefined }, t.ctx.logger, () => undefined);
  const ctx: AppContext = { ...base, now: () => new Date(Date.now() + 120_000) };
  const app = await buildApp(ctx, { routes: ROUTES, webDist: join(dir, 'no-web') });
  await app.ready();
  return { app, ctx };
}

describe('evidence files in backups', () => {
  it('never holds the plain contents of an uploaded file', () => {
    const bytes = readFileSync(backup);
    expect(bytes.includes(Buffer.from(MARKER))).toBe(false);
    expect(occurrencesIn(dir, MARKER)).toBe(0);
  });

  it('restores the file into a new data folder, checked against its hash, and gives back the same bytes', async () => {
    const target = await createTestDatabase();
    targets.push(target);
    const dataDir = mkdtempSync(join(dir, 'restored-'));
    const restored = await restoreBackup({ db: target.db as unknown as Kysely<unknown>, dataDir, file: backup, secret: masterKey(), keyring: t.ctx.keyring });
    expect(restored.evidence).toEqual({ restored: 1, missing: [], damaged: [] });
    expect(restored.files).toHaveLength(1);
    expect(occurrencesIn(dataDir, MARKER)).toBe(0);

    const harbour = await restoredHarbour(target, dataDir);
    try {
      const signed = await signInWithTotp(harbour as TestApp, lawyer.email, DEFAULT_PASSWORD, lawyer.totpSecret);
      const back = await download(harbour as TestApp, { ...lawyer, ...signed }, code, itemId);
      expect(back.statusCode, back.body).toBe(200);
      expect(back.rawPayload.equals(original)).toBe(true);
      expect(back.headers['x-harbour-sha256']).toBe(sha(original));
    } finally {
      await harbour.app.close();
    }
  });

  it('refuses to put files over those of another Harbour in the data folder, and restores nothing', async () => {
    const first = await createTestDatabase();
    const second = await createTestDatabase();
    targets.push(first, second);
    const dataDir = mkdtempSync(join(dir, 'twice-'));
    await restoreBackup({ db: first.db as unknown as Kysely<unknown>, dataDir, file: backup, secret: masterKey(), keyring: t.ctx.keyring });
    await expect(
      restoreBackup({ db: second.db as unknown as Kysely<unknown>, dataDir, file: backup, secret: masterKey(), keyring: t.ctx.keyring }),
    ).rejects.toThrow(RestoreRefusedError);
    const users = await second.db.selectFrom('users').select('id').execute();
    expect(users).toEqual([]);
  });

  it('restores a backup that holds no files, and names the files it could not put back', async () => {
    const source = await createTestDatabase();
    targets.push(source);
    // The same database, with its evidence folder out of reach: as an older backup, which held no files.
    const withoutFiles = join(dir, 'without-files.hbk');
    const manifest = await createBackup({
      db: t.database.db as unknown as Kysely<unknown>,
      dataDir: mkdtempSync(join(dir, 'empty-')),
      out: withoutFiles,
      secret: masterKey(),
      harbourVersion: 'test',
      now: () => new Date(),
    });
    expect(manifest.files).toEqual([]);
    expect(manifest.filesMissing).toHaveLength(1);
    const restored = await restoreBackup({
      db: source.db as unknown as Kysely<unknown>,
      dataDir: mkdtempSync(join(dir, 'restored-old-')),
      file: withoutFiles,
      secret: masterKey(),
      keyring: t.ctx.keyring,
    });
    expect(restored.evidence).toMatchObject({ restored: 0, damaged: [] });
    expect(restored.evidence.missing).toEqual(manifest.filesMissing);
  });
});
