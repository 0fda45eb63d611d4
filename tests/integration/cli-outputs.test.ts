import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runHarbour } from '../support/harbour-process';

// Commands that write files or print links, used the way an operator would: a file that is
// already there, a folder that is not, a server started on another port than the default.

const root = resolve(import.meta.dirname, '../..');
const fixture = join(root, 'tests/fixtures/case-facts-domestic-worker.json');
const dir = mkdtempSync(join(tmpdir(), 'hb-cli-out-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function harbour(args: string[], dataDir = join(dir, 'none')) {
  const { DATABASE_URL: _ignored, HARBOUR_PUBLIC_URL: _public, ...env } = process.env;
  return spawnSync(process.execPath, [join(root, 'bin/harbour.js'), ...args], { cwd: root, encoding: 'utf8', env: { ...env, HARBOUR_DATA_DIR: dataDir } });
}

describe('harbour sheet --out', () => {
  it('keeps a file that is already there unless --force, and says so', () => {
    const out = join(dir, 'kept.pdf');
    writeFileSync(out, 'the letter the lawyer wrote');
    const refused = harbour(['sheet', fixture, '--out', out]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('already exists');
    expect(readFileSync(out, 'utf8')).toBe('the letter the lawyer wrote');
    const forced = harbour(['sheet', fixture, '--out', out, '--force']);
    expect(forced.status).toBe(0);
    expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('names a missing folder in a sentence and exits 2', () => {
    const run = harbour(['sheet', fixture, '--out', join(dir, 'no-such-folder', 'sheet.pdf')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('does not exist');
    expect(run.stderr).not.toContain('ENOENT');
  });
});

describe('harbour backup --out', () => {
  it('names a missing folder in a sentence and exits 2, before looking for an installation', () => {
    const run = harbour(['backup', '--out', join(dir, 'no-such-folder', 'harbour.backup')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('does not exist');
    expect(run.stderr).not.toContain('ENOENT');
  });
});

describe('beside a running server', () => {
  it('links point where the server listens, not at the default port, and a second start is refused before anything is rebuilt', async () => {
    const dataDir = join(dir, 'served');
    const server = await runHarbour(dataDir);
    try {
      const run = harbour(['setup'], dataDir);
      expect(run.status, run.stderr).toBe(0);
      expect(run.stdout).toContain(`${server.url}/setup#token=`);
      expect(server.url).not.toContain(':8080');
      // `npm start` asks this before it rebuilds the web app under a running server.
      const check = harbour(['start', '--check'], dataDir);
      expect(check.status).toBe(1);
      expect(check.stderr).toContain(String(server.child.pid));
    } finally {
      server.child.kill('SIGTERM');
      await server.exited;
    }
    expect(harbour(['start', '--check'], dataDir).status).toBe(0);
  }, 120_000);
});
