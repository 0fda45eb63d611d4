import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ALBERTA_SHELTER, HOTLINE } from '../../src/core/referrals/fixtures.test-support';
import { loadSeedEntries } from '../../src/referrals/directory/seed-files';

// `harbour directory` as an operator uses it: search, report, export and the check of an import
// file, with exit 2 and a sentence for bad input. Search and report read the seeded directory.

const root = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'hb-directory-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const seeded = loadSeedEntries();

function harbour(args: string[]) {
  const { DATABASE_URL: _ignored, ...env } = process.env;
  return spawnSync(process.execPath, [join(root, 'bin/harbour.js'), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...env, HARBOUR_DATA_DIR: join(dir, 'none') },
  });
}

describe('harbour directory', () => {
  it('searches by province, service and language, as text or JSON, and refuses an unknown province', () => {
    const json = harbour(['directory', 'search', '--province', 'ON', '--service', 'shelter', '--language', 'es', '--json']);
    expect(json.status, json.stderr).toBe(0);
    const found = JSON.parse(json.stdout) as { id: string; jurisdictions: string[]; services: string[] }[];
    for (const e of found) {
      expect(e.jurisdictions.some((j) => j === 'ON' || j === 'CA')).toBe(true);
      expect(e.services).toContain('shelter');
    }
    const bad = harbour(['directory', 'search', '--province', 'XX']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('province "XX" is not one of');
  }, 90_000);

  it('reports counts by jurisdiction and by service, and the stale entries', () => {
    const run = harbour(['directory', 'report', '--as-of', '2026-12-05']);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain(`Directory of services: ${seeded.length} seeded entries (as of 5 Dec 2026).`);
    expect(run.stdout).toMatch(/By jurisdiction:\n {2}CA/);
    expect(run.stdout).toContain('By service:');
    expect(run.stdout).toContain('Stale (last reviewed more than a year before 5 Dec 2026):');
  }, 90_000);

  it('exports the seed, keeps an existing file unless --force, and checks an import file naming each bad row', () => {
    const out = join(dir, 'directory.json');
    expect(harbour(['directory', 'export', out]).status).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toHaveLength(seeded.length);
    expect(harbour(['directory', 'export', out]).status).toBe(2);
    expect(harbour(['directory', 'export', out, '--force']).status).toBe(0);

    const good = join(dir, 'network.json');
    writeFileSync(good, JSON.stringify([ALBERTA_SHELTER, HOTLINE]));
    const checked = harbour(['directory', 'import', good]);
    expect(checked.status, checked.stderr).toBe(0);
    expect(checked.stdout).toContain('2 entries, all valid');
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify([HOTLINE, { ...HOTLINE, lastReviewed: 'yesterday' }]));
    const refused = harbour(['directory', 'import', bad]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('[1].lastReviewed');
    expect(harbour(['directory', 'import', join(dir, 'list.txt')]).status).toBe(2);
  }, 180_000);
});
