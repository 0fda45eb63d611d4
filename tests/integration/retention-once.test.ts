import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// `harbour retention --apply --once-per-day`, run from cron on several machines: the first run of
// the day (UTC) claims it, every later one says it has run and does nothing (issue 14).

const root = resolve(import.meta.dirname, '../..');
const scratch = mkdtempSync(join(tmpdir(), 'hb-ret-'));
chmodSync(scratch, 0o711); // when run as root, the database user must pass through to the data folder
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function harbour(dataDir: string, args: string[]) {
  const { DATABASE_URL: _ignored, HARBOUR_MASTER_KEY: _key, HARBOUR_KEY_DIR: _dir, ...env } = process.env;
  return spawnSync(process.execPath, [join(root, 'bin/harbour.js'), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...env, HARBOUR_DATA_DIR: dataDir, HARBOUR_LOG_LEVEL: 'warn' },
    timeout: 120_000,
  });
}

describe('harbour retention --apply --once-per-day', () => {
  it('runs the first time in a day, and not again that day', () => {
    const dataDir = join(scratch, 'install');
    const setup = harbour(dataDir, ['setup']);
    expect(setup.status, setup.stderr).toBe(0);
    const first = harbour(dataDir, ['retention', '--apply', '--once-per-day']);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/^Retention ran for \d{4}-\d{2}-\d{2}: deleted 0\.$/m);
    const second = harbour(dataDir, ['retention', '--apply', '--once-per-day']);
    expect(second.status, second.stderr).toBe(0);
    expect(second.stdout).toMatch(/already run today/);
  }, 240_000);
});
