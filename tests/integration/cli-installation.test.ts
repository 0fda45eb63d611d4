import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { runHarbour } from '../support/harbour-process';
import { embeddedConnection, startEmbeddedPostgres, stopEmbeddedPostgres } from '../../src/platform/db/embedded-postgres';

// Finding 11: operations must not lie. A command pointed at a folder holding no Harbour must say
// so and create nothing; `audit verify` must notice a trail cut short or emptied, by comparing it
// with the head recorded (signed) in the key folder.

const root = resolve(import.meta.dirname, '../..');
const scratch = mkdtempSync(join(tmpdir(), 'hb-inst-'));
chmodSync(scratch, 0o711); // when run as root, the database user must pass through to the data folders inside
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The recorded audit head, not the temporary file it is written to before its rename (which can be empty). */
const isHeadRecord = (f: string) => /^harbour-audit-head-.+\.json$/.test(f);

function harbour(dataDir: string, args: string[], extra: Record<string, string> = {}) {
  const { DATABASE_URL: _ignored, HARBOUR_MASTER_KEY: _key, HARBOUR_KEY_DIR: _dir, ...env } = process.env;
  return spawnSync(process.execPath, [join(root, 'bin/harbour.js'), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...env, HARBOUR_DATA_DIR: dataDir, HARBOUR_LOG_LEVEL: 'warn', ...extra },
    timeout: 120_000,
  });
}

const COMMANDS: string[][] = [
  ['audit', 'verify'],
  ['migrate'],
  ['backup', '--out', join(scratch, 'never.hbk')],
  ['keys', 'rotate'],
  ['retention'],
  ['user', 'invite', '--email', 'someone@clinic.example', '--role', 'lawyer'],
];

describe('a command pointed at a folder with no Harbour installation', { timeout: 60_000 }, () => {
  for (const args of COMMANDS) {
    it(`harbour ${args[0]} ${args[1] ?? ''} refuses with exit 1 and creates nothing`, () => {
      const missing = join(scratch, `mistyped-${args[0]}`);
      const run = harbour(missing, args);
      expect(run.stderr).toMatch(/There is no Harbour installation in .*mistyped/);
      expect(run.status).toBe(1);
      expect(run.stdout).not.toMatch(/intact/);
      expect(existsSync(missing)).toBe(false);
      expect(existsSync(join(scratch, 'never.hbk'))).toBe(false);
    });
  }

  it('harbour demo seed, which may start a demo installation, says that it created one', () => {
    const fresh = join(scratch, 'demo-here');
    const run = harbour(fresh, ['demo', 'seed'], { HARBOUR_KEY_DIR: join(scratch, 'demo-keys') });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/There was no Harbour installation in .*demo-here: created a new one/);
  }, 120_000);

  it('leaves an existing empty folder empty', () => {
    const empty = join(scratch, 'empty');
    mkdirSync(empty);
    const run = harbour(empty, ['audit', 'verify']);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/There is no Harbour installation in/);
    expect(readdirSync(empty)).toEqual([]);
  });
});

describe('the audit head recorded outside the database', { timeout: 90_000 }, () => {
  const dataDir = join(scratch, 'installed');
  const keyDir = join(scratch, 'keys');
  const env = { HARBOUR_KEY_DIR: keyDir };

  async function onDatabase<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
    await startEmbeddedPostgres(dataDir);
    const client = new pg.Client({ ...embeddedConnection(dataDir), database: 'harbour' });
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.end();
      await stopEmbeddedPostgres(dataDir);
    }
  }

  const headFile = () => readdirSync(keyDir).find(isHeadRecord);

  it('is created by setup, advanced by commands, and printed by audit verify', () => {
    const setup = harbour(dataDir, ['setup'], env);
    expect(setup.status, setup.stderr).toBe(0);
    const seed = harbour(dataDir, ['demo', 'seed'], env);
    expect(seed.status, seed.stderr).toBe(0);
    expect(headFile()).toBeDefined();
    const recorded = JSON.parse(readFileSync(join(keyDir, headFile()!), 'utf8')) as { seq: number; hash: string; mac: string };
    expect(recorded.seq).toBeGreaterThan(3);
    expect(recorded.mac).toMatch(/^[0-9a-f]{64}$/);

    const verify = harbour(dataDir, ['audit', 'verify'], env);
    expect(verify.status, verify.stderr).toBe(0);
    expect(verify.stdout).toMatch(new RegExp(`intact: ${recorded.seq} entries verified`));
    expect(verify.stdout).toContain(`Head: seq ${recorded.seq}, hash ${recorded.hash}`);
  }, 180_000);

  it('reports a trail cut short as tampered (exit 1)', async () => {
    const recorded = JSON.parse(readFileSync(join(keyDir, headFile()!), 'utf8')) as { seq: number; hash: string };
    await onDatabase((c) => c.query('delete from audit_log where seq > $1', [recorded.seq - 2]));
    const verify = harbour(dataDir, ['audit', 'verify'], env);
    expect(verify.status).toBe(1);
    expect(verify.stderr).toMatch(new RegExp(`tampered.*shorter than its recorded head \\(seq ${recorded.seq}`, 's'));
    // The record does not move back to the shortened trail.
    expect((JSON.parse(readFileSync(join(keyDir, headFile()!), 'utf8')) as { seq: number }).seq).toBe(recorded.seq);
  });

  it('reports an emptied trail as tampered (exit 1)', async () => {
    await onDatabase((c) => c.query('delete from audit_log'));
    const verify = harbour(dataDir, ['audit', 'verify'], env);
    expect(verify.status).toBe(1);
    expect(verify.stderr).toMatch(/tampered.*shorter than its recorded head/s);
  });

  it('refuses a head record that was edited', () => {
    const file = join(keyDir, headFile()!);
    const recorded = JSON.parse(readFileSync(file, 'utf8')) as { seq: number };
    writeFileSync(file, JSON.stringify({ ...recorded, seq: 1 }));
    const verify = harbour(dataDir, ['audit', 'verify'], env);
    expect(verify.status).toBe(1);
    expect(verify.stderr).toMatch(/recorded audit head .* cannot be trusted/);
  });
});

describe('the running server and the recorded head', () => {
  it('records the head while it runs and when it stops', async () => {
    // A folder of its own per attempt: a retry on the first attempt's folder would find it set up already.
    const attempt = mkdtempSync(join(scratch, 'served-'));
    chmodSync(attempt, 0o711);
    const dataDir = join(attempt, 'data');
    const keyDir = join(attempt, 'keys');
    const server = await runHarbour(dataDir, { HARBOUR_KEY_DIR: keyDir });
    try {
      const linkIn = () => /(http:\/\/\S+\/setup#token=\S+)/.exec(server.output())?.[1];
      for (let i = 0; i < 40 && !linkIn(); i++) await new Promise((r) => setTimeout(r, 250));
      const link = linkIn();
      expect(link, server.output()).toBeDefined();
      const res = await fetch(`${server.url}/api/setup`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          token: link!.split('#token=')[1],
          organisationName: 'Anchored Clinic',
          displayName: 'Admin',
          email: 'anchor@clinic.example',
          password: 'Tidal-Lantern-Orchard-42',
        }),
      });
      expect(res.status).toBe(201);
      const file = () => readdirSync(keyDir).find(isHeadRecord);
      for (let i = 0; i < 40 && !file(); i++) await new Promise((r) => setTimeout(r, 250));
      expect(file(), 'recorded within the 5-second period').toBeDefined();
      expect((JSON.parse(readFileSync(join(keyDir, file()!), 'utf8')) as { seq: number }).seq).toBeGreaterThanOrEqual(1);
      await fetch(`${server.url}/api/auth/sign-in`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'anchor@clinic.example', password: 'wrong-password-for-sure' }),
      });
      server.child.kill('SIGTERM');
      expect(await server.exited).toBe(0);
      const recorded = JSON.parse(readFileSync(join(keyDir, file()!), 'utf8')) as { seq: number; hash: string };
      const verify = harbour(dataDir, ['audit', 'verify'], { HARBOUR_KEY_DIR: keyDir });
      expect(verify.status, verify.stderr).toBe(0);
      // The record made at stop is the trail's head: nothing was appended after it.
      expect(verify.stdout).toContain(`Head: seq ${recorded.seq}, hash ${recorded.hash}`);
    } finally {
      if (server.child.exitCode === null) server.child.kill('SIGKILL');
    }
  }, 180_000);
});

describe('a database that lost its key-check row', () => {
  it('refuses to start rather than create a new master key while encrypted data exists', async () => {
    const dataDir = join(scratch, 'no-check');
    const keyDir = join(scratch, 'no-check-keys');
    const env = { HARBOUR_KEY_DIR: keyDir };
    expect(harbour(dataDir, ['setup'], env).status).toBe(0);
    expect(harbour(dataDir, ['demo', 'seed'], env).status).toBe(0);
    const keyBefore = readFileSync(join(keyDir, 'harbour-master-key.json'), 'utf8');
    await startEmbeddedPostgres(dataDir);
    const client = new pg.Client({ ...embeddedConnection(dataDir), database: 'harbour' });
    await client.connect();
    await client.query('delete from key_check');
    await client.end();
    await stopEmbeddedPostgres(dataDir);
    rmSync(join(keyDir, 'harbour-master-key.json'));

    const run = harbour(dataDir, ['retention'], env);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/key check .* missing/i);
    expect(existsSync(join(keyDir, 'harbour-master-key.json'))).toBe(false);

    // With the key file back, still refused: the check row is gone, and a new one is never made over existing data.
    writeFileSync(join(keyDir, 'harbour-master-key.json'), keyBefore, { mode: 0o600 });
    const again = harbour(dataDir, ['retention'], env);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/key check .* missing/i);
    // And the server itself does not start.
    await expect(runHarbour(dataDir, env)).rejects.toThrow(/The key check is missing from the database/);
    expect(readFileSync(join(keyDir, 'harbour-master-key.json'), 'utf8')).toBe(keyBefore);
  }, 240_000);
});
