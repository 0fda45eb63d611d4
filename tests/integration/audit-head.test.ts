import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { advanceAnchor, anchorFileFor, databaseIdentity, readAnchor } from '../../src/platform/audit/head-anchor';
import { auditVerify } from '../../src/cli/case-commands';
import { Keyring } from '../../src/platform/crypto';
import { createTestApp, type TestApp } from '../support/test-app';

// The head of the audit trail recorded outside the database (the key folder): moved forward only
// over entries that chain onto it, never backwards, and never past a break.

let t: TestApp;
let keyDir: string;
let file: string;
const record = (n: number) => Promise.all(Array.from({ length: n }, (_, i) => t.ctx.audit.record({ actorId: null, action: 'test.event', detail: { i } })));
const recorded = () => JSON.parse(readFileSync(file, 'utf8')) as { seq: number; hash: string; keyId: string };

beforeAll(async () => {
  t = await createTestApp();
  keyDir = mkdtempSync(join(tmpdir(), 'hb-head-'));
  file = anchorFileFor(keyDir, await databaseIdentity(t.ctx.db));
});
afterAll(async () => {
  await t.close();
  rmSync(keyDir, { recursive: true, force: true });
});

describe('the recorded audit head', () => {
  it('records the head as found the first time, then moves it forward as the trail grows', async () => {
    await record(5);
    const first = await advanceAnchor(t.ctx.db, t.ctx.keyring, keyDir, new Date());
    expect(first).toMatchObject({ ok: true, advanced: true, previous: null, head: { seq: 5 } });
    expect(recorded().seq).toBe(5);
    expect(await advanceAnchor(t.ctx.db, t.ctx.keyring, keyDir, new Date())).toMatchObject({ ok: true, advanced: false });
    await record(3);
    expect(await advanceAnchor(t.ctx.db, t.ctx.keyring, keyDir, new Date())).toMatchObject({
      ok: true,
      advanced: true,
      previous: { seq: 5 },
      head: { seq: 8 },
    });
    expect(recorded().seq).toBe(8);
  });

  it('never moves back to a trail cut short, and says so', async () => {
    const before = recorded();
    await t.ctx.db.deleteFrom('audit_log').where('seq', '>', 6).execute();
    const check = await advanceAnchor(t.ctx.db, t.ctx.keyring, keyDir, new Date());
    expect(check).toMatchObject({ ok: false, reason: 'truncated', recorded: { seq: 8 } });
    expect(recorded()).toEqual(before);
    expect(await auditVerify(t.ctx.db, t.ctx.keyring, { keyDir })).toMatchObject({
      exitCode: 1,
      line: expect.stringMatching(/tampered.*shorter than its recorded head \(seq 8/),
    });
  });

  it('notices a trail that grew back past the recorded head with other entries', async () => {
    // The writer's idea of the head is stale after the deletion: entries chain onto the real head (seq 6).
    await t.ctx.db.transaction().execute((trx) => t.ctx.audit.record({ actorId: null, action: 'test.regrown' }, trx));
    await t.ctx.db.transaction().execute((trx) => t.ctx.audit.record({ actorId: null, action: 'test.regrown' }, trx));
    await t.ctx.db.transaction().execute((trx) => t.ctx.audit.record({ actorId: null, action: 'test.regrown' }, trx));
    const check = await advanceAnchor(t.ctx.db, t.ctx.keyring, keyDir, new Date());
    expect(check).toMatchObject({ ok: false, reason: 'rewritten', seq: 8 });
    expect(recorded().seq).toBe(8);
    expect(await auditVerify(t.ctx.db, t.ctx.keyring, { keyDir })).toMatchObject({
      exitCode: 1,
      line: expect.stringMatching(/tampered.*entry at the recorded head \(seq 8\) has another hash/),
    });
  });

  it('refuses a record signed under a key the keyring does not hold', () => {
    const { database } = JSON.parse(readFileSync(file, 'utf8')) as { database: string };
    expect(readAnchor(new Keyring([Buffer.alloc(32, 9)]), file, database)).toMatchObject({
      kind: 'invalid',
      reason: expect.stringMatching(/not in the keyring/),
    });
  });
});
