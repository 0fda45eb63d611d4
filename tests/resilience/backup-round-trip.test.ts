import { backupRootKey } from '../../src/platform/crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BackupFileError, createBackup, restoreBackup, RestoreRefusedError, type BackupSecret } from '../../src/backup';
import { listTables } from '../../src/backup/tables';
import { Keyring } from '../../src/platform/crypto';
import { buildApp } from '../../src/platform/http/app';
import { buildContext } from '../../src/server/start-server';
import { ROUTES } from '../../src/server/routes';
import { createTestApp, setUpAdmin, type TestApp } from '../support/test-app';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

let t: TestApp;
let dir: string;
let adminCookie: string;
const targets: TestDatabase[] = [];
const source = () => t.database.db as unknown as Kysely<unknown>;

beforeAll(async () => {
  t = await createTestApp();
  dir = mkdtempSync(join(tmpdir(), 'hb-backup-'));
  const admin = await setUpAdmin(t);
  adminCookie = admin.cookie;
  for (const [i, role] of ['lawyer', 'legal-worker', 'support-worker'].entries()) {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/organisation/invitations',
      headers: admin.headers,
      payload: { email: `person${i}@clinic.example`, role },
    });
    expect(res.statusCode).toBe(201);
  }
  // Awkward values on purpose: microsecond instants, bytes with NULs, JSON with unicode and nesting.
  await sql`update users set created_at = '2025-03-01 10:00:00.123456+00', totp_secret = totp_secret || decode('00ff00', 'hex')`.execute(t.ctx.db);
  await t.ctx.audit.record({ actorId: null, action: 'test.unicode', detail: { code: 'x.1', count: 2.5, nothing: null, yes: true } });
});

afterAll(async () => {
  for (const target of targets) await target.drop();
  await t.close();
  rmSync(dir, { recursive: true, force: true });
});

const masterKey = (): BackupSecret => ({ kind: 'master-key', kekId: t.ctx.keyring.currentId, rootKey: (id) => backupRootKey(t.ctx.keyring, id) });

/** A new, empty data folder for a restore's evidence files. */
const freshDir = () => mkdtempSync(join(dir, 'data-'));

async function emptyTarget(): Promise<Kysely<unknown>> {
  const target = await createTestDatabase();
  targets.push(target);
  return target.db as unknown as Kysely<unknown>;
}

async function everyRow(db: Kysely<unknown>): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const table of await listTables(db)) {
    const { rows } = await sql<{ r: string }>`select to_jsonb(t)::text as r from ${sql.table(table.name)} t order by 1`.execute(db);
    out[table.name] = rows.map((r) => r.r);
  }
  return out;
}

describe('backup and restore', () => {
  let file: string;

  it('writes a backup that names no client or staff data in the clear', async () => {
    file = join(dir, 'round-trip.hbk');
    const events: string[] = [];
    const manifest = await createBackup({
      db: source(),
      dataDir: t.ctx.config.dataDir,
      out: file,
      secret: masterKey(),
      harbourVersion: 'test',
      now: () => new Date(),
      progress: (e) => events.push(e.phase),
    });
    expect(manifest.tables.find((x) => x.name === 'users')?.count).toBe(1);
    expect(manifest.tables.find((x) => x.name === 'invitations')?.count).toBe(3);
    expect(manifest.auditHead?.seq).toBeGreaterThan(3);
    expect(events).toContain('table-done');
    const bytes = readFileSync(file);
    for (const secret of ['admin@clinic.example', 'person0@clinic.example', 'Test Clinic']) expect(bytes.includes(Buffer.from(secret))).toBe(false);
  });

  it('restores every record of every table exactly, into an empty database (sessions excepted)', async () => {
    const target = await emptyTarget();
    await restoreBackup({ db: target, dataDir: freshDir(), file, secret: masterKey(), keyring: t.ctx.keyring });
    const before = await everyRow(source());
    const after = await everyRow(target);
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    for (const table of Object.keys(before)) if (table !== 'sessions' && table !== 'audit_log') expect(after[table], table).toEqual(before[table]);
    // The trail as saved, and one more entry: the restore itself.
    expect(after.audit_log!.filter((r) => !before.audit_log!.includes(r)).map((r) => JSON.parse(r) as { action: string })).toMatchObject([
      { action: 'backup.restored' },
    ]);
    expect(after.audit_log).toHaveLength(before.audit_log!.length + 1);
    expect(before.sessions!.length).toBeGreaterThan(0);
    expect(after.sessions).toEqual([]);
  });

  it('drops every session on restore: a cookie from the backed-up Harbour does not sign anyone in', async () => {
    const target = await createTestDatabase();
    targets.push(target);
    const restored = await restoreBackup({
      db: target.db as unknown as Kysely<unknown>,
      dataDir: freshDir(),
      file,
      secret: masterKey(),
      keyring: t.ctx.keyring,
    });
    expect(restored.sessionsDropped).toBeGreaterThan(0);
    expect((await t.app.inject({ method: 'GET', url: '/api/session', headers: { cookie: adminCookie } })).statusCode).toBe(200);
    const ctx = await buildContext(t.ctx.config, { db: target.db, kind: target.kind, close: async () => undefined }, t.ctx.logger, () => undefined);
    const app = await buildApp(ctx, { routes: ROUTES, webDist: join(dir, 'no-web') });
    try {
      const res = await app.inject({ method: 'GET', url: '/api/session', headers: { cookie: adminCookie } });
      expect(res.statusCode).toBe(401);
      expect(res.json()).toMatchObject({ error: { code: 'not-signed-in' } });
    } finally {
      await app.close();
    }
  });

  it('refuses to restore into a database that already holds data', async () => {
    await expect(restoreBackup({ db: source(), dataDir: freshDir(), file, secret: masterKey(), keyring: t.ctx.keyring })).rejects.toThrow(RestoreRefusedError);
  });

  it('refuses a master key that does not open the data, and leaves the target empty', async () => {
    const target = await emptyTarget();
    const wrong = new Keyring([Buffer.alloc(32, 7)]);
    const secret: BackupSecret = { kind: 'passphrase', passphrase: 'a long enough passphrase' };
    const withPassphrase = join(dir, 'passphrase.hbk');
    await createBackup({ db: source(), dataDir: t.ctx.config.dataDir, out: withPassphrase, secret, harbourVersion: 'test', now: () => new Date() });
    await expect(restoreBackup({ db: target, dataDir: freshDir(), file: withPassphrase, secret, keyring: wrong })).rejects.toThrow(
      /master key in use does not open the data/,
    );
    const counts = await everyRow(target);
    expect(Object.values(counts).every((rows) => rows.length === 0)).toBe(true);
    await restoreBackup({ db: target, dataDir: freshDir(), file: withPassphrase, secret, keyring: t.ctx.keyring });
    expect((await everyRow(target)).users).toEqual((await everyRow(source())).users);
  });

  it('refuses an altered backup and restores nothing from it', async () => {
    const bytes = readFileSync(file);
    bytes[bytes.length - 30]! ^= 0x40;
    const altered = join(dir, 'altered.hbk');
    writeFileSync(altered, bytes);
    const target = await emptyTarget();
    await expect(restoreBackup({ db: target, dataDir: freshDir(), file: altered, secret: masterKey(), keyring: t.ctx.keyring })).rejects.toThrow(
      BackupFileError,
    );
    expect(Object.values(await everyRow(target)).every((rows) => rows.length === 0)).toBe(true);
  });

  it('never overwrites an existing file', async () => {
    await expect(
      createBackup({ db: source(), dataDir: t.ctx.config.dataDir, out: file, secret: masterKey(), harbourVersion: 'test', now: () => new Date() }),
    ).rejects.toThrow();
    expect(readFileSync(file).length).toBeGreaterThan(0);
  });
});
