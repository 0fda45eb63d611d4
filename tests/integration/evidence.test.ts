import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app';
import { addPerson, client, newCase, setUpFirstAdmin, type Client, type Person } from './cases-support';
import { count, download, occurrencesIn, upload } from './evidence-support';

// Evidence (issue 16): items sealed with the case key, files sealed in chunks and checked
// against their hash, executables and oversized files refused, and a chain of custody.

let t: TestApp;
let lawyer: Person;
let L: Client;
const FILE_MARKER = 'ZQXEVIDFILE4471';
const MB = 1024 * 1024;
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const root = resolve(import.meta.dirname, '../..');

function databaseUrl(): string {
  const c = t.database.connection;
  if (c.connectionString) return c.connectionString;
  return `postgresql://${c.user}@localhost:${c.port}/${c.database}?host=${encodeURIComponent(String(c.host))}`;
}

/** `harbour evidence verify` on the test server's database, data folder and keys (copied out: a command refuses keys inside the data folder). */
function verifyCommand() {
  const keys = mkdtempSync(join(tmpdir(), 'hb-evidence-keys-'));
  cpSync(t.ctx.config.keyDir, keys, { recursive: true });
  const env = { ...process.env, HARBOUR_DATA_DIR: t.ctx.config.dataDir, HARBOUR_KEY_DIR: keys, DATABASE_URL: databaseUrl(), HARBOUR_LOG_LEVEL: 'warn' };
  try {
    return spawnSync(process.execPath, [join(root, 'bin/harbour.js'), 'evidence', 'verify'], { cwd: root, encoding: 'utf8', env });
  } finally {
    rmSync(keys, { recursive: true, force: true });
  }
}

beforeAll(async () => {
  t = await createTestApp({ HARBOUR_EVIDENCE_MAX_MB: '1' });
  const admin = await setUpFirstAdmin(t);
  lawyer = await addPerson(t, admin.orgId, 'lawyer', 'lawyer@clinic.example');
  L = client(t, lawyer);
});
afterAll(async () => t.close());

async function newItem(code: string, body: object = {}) {
  const res = await L.post(`/api/cases/${code}/evidence`, { kind: 'pay-record', compartment: 'team', description: 'Pay stubs, March', ...body });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ item: { id: string; exhibit: number; label: string } }>().item;
}

describe('evidence items', () => {
  it('numbers items A, B … on each case, seals their details, and changes them', async () => {
    const code = await newCase(L);
    const first = await newItem(code, { description: 'ZQXDESCR1 stubs', providedBy: 'the client', date: 'spring 2024' });
    const second = await newItem(code, { kind: 'photo' });
    expect([first.exhibit, first.label, second.exhibit, second.label]).toEqual([1, 'A', 2, 'B']);
    const stored = await t.ctx.db.selectFrom('evidence_items').select('details').where('id', '=', first.id).executeTakeFirstOrThrow();
    expect(stored.details.toString('latin1')).not.toContain('ZQXDESCR1');
    const changed = await L.patch(`/api/cases/${code}/evidence/${first.id}`, {
      status: 'requested',
      request: { from: 'former employer', requestedOn: '2026-11-01', channel: 'overseas', followUpOn: '2026-12-01' },
      supports: [{ remedy: 'employment-standards', need: 0 }],
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json().item).toMatchObject({
      status: 'requested',
      details: { description: 'ZQXDESCR1 stubs', providedBy: 'the client', request: { channel: 'overseas' } },
      supports: [{ remedy: 'employment-standards', need: 0 }],
    });
    // A change names only what changes: the rest stays as it was.
    const again = await L.patch(`/api/cases/${code}/evidence/${first.id}`, { translation: 'requested' });
    expect(again.json().item).toMatchObject({ status: 'requested', translation: 'requested', supports: [{ remedy: 'employment-standards', need: 0 }] });
    const list = (await L.get(`/api/cases/${code}/evidence`)).json<{ items: { id: string }[] }>().items;
    expect(list.map((i) => i.id)).toEqual([first.id, second.id]);
  });

  it('refuses a bad kind, remedy or date naming the field, without echoing it', async () => {
    const code = await newCase(L);
    for (const [body, field] of [
      [{ kind: 'rumour' }, 'kind'],
      [{ supports: [{ remedy: 'lottery' }] }, 'supports[0].remedy'],
      [{ request: { requestedOn: '2026-13-45', channel: 'direct' } }, 'request.requestedOn'],
    ] as [object, string][]) {
      const res = await L.post(`/api/cases/${code}/evidence`, { kind: 'contract', compartment: 'team', description: 'x', ...body });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.fields.map((f: { path: string }) => f.path)).toContain(field);
      expect(res.body).not.toMatch(/rumour|lottery|2026-13-45/);
    }
  });
});

describe('files', () => {
  let code: string;
  let itemId: string;
  let caseId: string;
  // Three and a half chunks of 64 KiB, the marker at the start, the middle and the end.
  const original = Buffer.concat([
    Buffer.from(`Pay record ${FILE_MARKER}\n`),
    Buffer.alloc(120 * 1024, 'a'),
    Buffer.from(`${FILE_MARKER}\n`),
    Buffer.alloc(100 * 1024, 'b'),
    Buffer.from(`end ${FILE_MARKER}\n`),
  ]);

  beforeAll(async () => {
    code = await newCase(L);
    itemId = (await newItem(code)).id;
    caseId = (await t.ctx.db.selectFrom('cases').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id;
  });

  it('stores an upload sealed, shows its SHA-256, and gives the same bytes back', async () => {
    const res = await upload(t, lawyer, code, itemId, original, 'stubs.txt');
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().item.file).toMatchObject({ version: 1, size: original.length, sha256: sha(original), mediaType: 'text/plain', name: 'stubs.txt' });
    const back = await download(t, lawyer, code, itemId);
    expect(back.statusCode).toBe(200);
    expect(back.rawPayload.equals(original)).toBe(true);
    expect(back.headers['x-harbour-sha256']).toBe(sha(original));
    expect(back.headers['content-disposition']).toBe(`attachment; filename="${code}-exhibit-1.txt"`);
    expect(back.headers['content-security-policy']).toMatch(/^sandbox;/);
  });

  it('finds the marker inside an uploaded file 0 times in the data folder, the database, the logs and every other response', async () => {
    const responses = [
      (await upload(t, lawyer, code, itemId, original)).body,
      (await L.get(`/api/cases/${code}/evidence`)).body,
      (await L.get(`/api/cases/${code}/evidence/${itemId}/history`)).body,
      (await L.get(`/api/cases/${code}/activity`)).body,
    ];
    // The download is the response meant to carry it.
    expect(count((await download(t, lawyer, code, itemId)).body, FILE_MARKER)).toBe(3);
    expect(occurrencesIn(t.ctx.config.dataDir, FILE_MARKER)).toBe(0);
    expect(readdirSync(join(t.ctx.config.dataDir, 'evidence', caseId)).length).toBe(2);
    for (const table of ['evidence_items', 'evidence_files', 'evidence_history', 'audit_log']) {
      const rows = await sql<{ row: string }>`select t::text as row from ${sql.table(table)} t`.execute(t.ctx.db);
      expect(count(rows.rows.map((r) => r.row).join('\n'), FILE_MARKER), table).toBe(0);
    }
    expect(count(t.logs.join(''), FILE_MARKER)).toBe(0);
    for (const body of responses) expect(count(body, FILE_MARKER)).toBe(0);
  });

  it('detects a one-byte change to a stored file at download and with `harbour evidence verify`, sends nothing of it, and records it on the item', async () => {
    const item = (await upload(t, lawyer, code, itemId, original)).json().item;
    const clean = verifyCommand();
    expect(clean.status, clean.stderr).toBe(0);
    expect(clean.stdout).toMatch(/All \d+ evidence files match/);
    const path = join(t.ctx.config.dataDir, 'evidence', caseId, `${item.file.id}.sealed`);
    const bytes = readFileSync(path);
    bytes.writeUInt8(bytes.readUInt8(bytes.length - 40) ^ 0x01, bytes.length - 40);
    writeFileSync(path, bytes);
    const res = await download(t, lawyer, code, itemId);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toMatch(/no longer matches the hash/);
    expect(count(res.body, FILE_MARKER)).toBe(0);
    const history = (await L.get(`/api/cases/${code}/evidence/${itemId}/history`)).json<{ history: { action: string; sha256: string | null }[] }>().history;
    expect(history.map((h) => h.action)).toEqual(['added', 'upload', 'download', 'replacement', 'download', 'replacement', 'integrity-failed']);
    expect(history.at(-1)!.sha256).toBe(sha(original));
    const run = verifyCommand();
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(`DAMAGED case ${code}, exhibit 1, version ${item.file.version} (file ${item.file.id})`);
    expect(run.stdout).toMatch(/1 of \d+ evidence files do not match/);
    expect(count(run.stdout + run.stderr, FILE_MARKER)).toBe(0);
  });

  it('refuses programs and scripts by their content whatever their name, and keeps nothing of them', async () => {
    const before = readdirSync(join(t.ctx.config.dataDir, 'evidence', caseId)).length;
    const elf = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(200)]);
    for (const [bytes, name] of [
      [Buffer.concat([Buffer.from('MZ'), Buffer.alloc(500)]), 'payslip.pdf'],
      [elf, 'photo.jpg'],
      [Buffer.from('#!/bin/sh\nrm -rf ~\n'), 'notes.txt'],
    ] as const) {
      const res = await upload(t, lawyer, code, itemId, bytes, name);
      expect(res.statusCode).toBe(415);
      expect(res.json().error.message).toMatch(/program or a script/);
    }
    expect(readdirSync(join(t.ctx.config.dataDir, 'evidence', caseId)).length).toBe(before);
  });

  it('refuses a file over the configured limit with a 413, declared or not, and keeps nothing of it', async () => {
    const before = readdirSync(join(t.ctx.config.dataDir, 'evidence', caseId)).length;
    const big = Buffer.alloc(MB + 1, 'x');
    const res = await upload(t, lawyer, code, itemId, big);
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('payload-too-large');
    expect(readdirSync(join(t.ctx.config.dataDir, 'evidence', caseId)).length).toBe(before);
    const withoutLength = await t.app.inject({
      method: 'PUT',
      url: `/api/cases/${code}/evidence/${itemId}/file`,
      headers: { ...lawyer.headers, 'content-type': 'application/octet-stream', 'transfer-encoding': 'chunked' },
      payload: big,
    });
    expect(withoutLength.statusCode).toBe(413);
    expect(readdirSync(join(t.ctx.config.dataDir, 'evidence', caseId)).length).toBe(before);
  });

  it('asks for the file as application/octet-stream', async () => {
    const res = await L.put(`/api/cases/${code}/evidence/${itemId}/file`, { data: 'x' });
    expect(res.statusCode).toBe(415);
  });
});
