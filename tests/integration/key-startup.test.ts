import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/platform/config/config';
import { newMasterKeyText } from '../../src/platform/crypto';
import { openSecurity } from '../../src/server/security';
import { verifyAuditLog } from '../../src/platform/audit/audit-log';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

let database: TestDatabase;
const dir = mkdtempSync(join(tmpdir(), 'hb-keys-'));
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.drop();
  rmSync(dir, { recursive: true, force: true });
});

const config = (env: Record<string, string>) => loadConfig({ HARBOUR_DATA_DIR: dir, ...env });
const quiet = () => undefined;

describe('the master key at start-up', () => {
  const key = newMasterKeyText();

  it('accepts the key the database was first opened with', async () => {
    await openSecurity(config({ HARBOUR_MASTER_KEY: key }), database.db, quiet);
    const again = await openSecurity(config({ HARBOUR_MASTER_KEY: key }), database.db, quiet);
    expect(again.keyring.ids).toHaveLength(1);
  });

  it('refuses to start with a different key, and never replaces it silently', async () => {
    await expect(openSecurity(config({ HARBOUR_MASTER_KEY: newMasterKeyText() }), database.db, quiet)).rejects.toThrow(/does not match|master key/i);
  });

  it('refuses to start when the key is missing instead of creating a new one', async () => {
    await expect(openSecurity(config({}), database.db, quiet)).rejects.toThrow(/does not exist|not set/i);
  });

  it('keeps the audit trail verifiable across restarts', async () => {
    const security = await openSecurity(config({ HARBOUR_MASTER_KEY: key }), database.db, quiet);
    await security.audit.record({ actorId: null, action: 'test.first' });
    await security.audit.record({ actorId: null, action: 'test.second', detail: { count: 2 } });
    expect(await verifyAuditLog(database.db, security.keyring)).toMatchObject({ ok: true, count: 2 });
    await database.db.updateTable('audit_log').set({ action: 'test.changed' }).where('seq', '=', 1).execute();
    expect(await verifyAuditLog(database.db, security.keyring)).toMatchObject({ ok: false, seq: 1 });
  });
});

describe('the audit trail under concurrent reads', () => {
  it('chains entries recorded at the same moment without gaps or forks', async () => {
    const fresh = await createTestDatabase();
    try {
      const security = await openSecurity(config({ HARBOUR_MASTER_KEY: newMasterKeyText() }), fresh.db, quiet);
      await Promise.all(Array.from({ length: 40 }, (_, i) => security.audit.record({ actorId: null, action: 'test.read', detail: { n: i } })));
      expect(await verifyAuditLog(fresh.db, security.keyring)).toMatchObject({ ok: true, count: 40 });
    } finally {
      await fresh.drop();
    }
  });

  it('fails the caller whose entry is invalid, and only that caller', async () => {
    const fresh = await createTestDatabase();
    try {
      const security = await openSecurity(config({ HARBOUR_MASTER_KEY: newMasterKeyText() }), fresh.db, quiet);
      const results = await Promise.allSettled([
        security.audit.record({ actorId: null, action: 'test.fine' }),
        security.audit.record({ actorId: null, action: 'test.bad', detail: { note: 'free text with spaces' } }),
        security.audit.record({ actorId: null, action: 'test.fine-too' }),
      ]);
      expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
      expect(await verifyAuditLog(fresh.db, security.keyring)).toMatchObject({ ok: true, count: 2 });
    } finally {
      await fresh.drop();
    }
  });
});
