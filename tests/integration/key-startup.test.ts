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

  it('stays one unbroken chain when two server processes and rolled-back writes interleave', async () => {
    const fresh = await createTestDatabase();
    try {
      const key = newMasterKeyText();
      const one = await openSecurity(config({ HARBOUR_MASTER_KEY: key }), fresh.db, quiet);
      const two = await openSecurity(config({ HARBOUR_MASTER_KEY: key }), fresh.db, quiet);
      const reads = (auditor: typeof one.audit, round: number) =>
        Array.from({ length: 8 }, (_, i) => auditor.record({ actorId: null, action: 'test.read', detail: { round, n: i } }));
      let committed = 0;
      for (let round = 0; round < 6; round++) {
        // A write records its entry inside its own transaction (holding the chain lock); reads from
        // both processes arrive meanwhile; then the write commits or rolls back.
        let readsMeanwhile: Promise<unknown> = Promise.resolve();
        await fresh.db
          .transaction()
          .execute(async (trx) => {
            await one.audit.record({ actorId: null, action: 'test.write', detail: { round } }, trx);
            readsMeanwhile = Promise.all([...reads(one.audit, round), ...reads(two.audit, round)]);
            await new Promise((resolve) => setTimeout(resolve, 20));
            if (round % 2 === 0) throw new Error('rolled back');
          })
          .then(
            () => void committed++,
            () => undefined,
          );
        await readsMeanwhile;
      }
      const count = 6 * 16 + committed;
      expect(committed).toBe(3);
      expect(await verifyAuditLog(fresh.db, one.keyring)).toMatchObject({ ok: true, count });
      const seqs = (await fresh.db.selectFrom('audit_log').select('seq').orderBy('seq').execute()).map((r) => Number(r.seq));
      expect(seqs).toEqual(Array.from({ length: count }, (_, i) => i + 1));
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
