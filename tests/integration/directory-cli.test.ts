import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALBERTA_SHELTER, HOTLINE, ONTARIO_CLINIC } from '../../src/core/referrals/fixtures.test-support';
import { loadSeedEntries } from '../../src/referrals/directory/seed-files';
import { createTestApp, type TestApp } from '../support/test-app';
import { addPerson, client, createOrganisation, setUpFirstAdmin } from './cases-support';

// `harbour directory` as an operator uses it: search, report, export and the check of an import
// file, with exit 2 and a sentence for bad input. Search and report read the seeded directory;
// beside an installation, search also reads its local entries (shared ones, and an organisation's own).

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

describe('harbour directory search beside an installation', () => {
  let t: TestApp;
  let clinicOrg: string;
  const commandDir = mkdtempSync(join(tmpdir(), 'hb-directory-db-'));
  const { id: _a, lastReviewed: _b, ...shelterFields } = ALBERTA_SHELTER;
  const { id: _c, lastReviewed: _d, ...clinicFields } = ONTARIO_CLINIC;
  const shared = { ...shelterFields, name: { en: 'Shared Prairie Test Shelter', fr: null } };
  const own = { ...clinicFields, name: { en: 'Own Clinic Test Entry', fr: null } };

  beforeAll(async () => {
    t = await createTestApp();
    const admin = await setUpFirstAdmin(t);
    clinicOrg = admin.orgId;
    const shelterOrg = await createOrganisation(t, 'Prairie Shelter');
    const shelterAdmin = client(t, await addPerson(t, shelterOrg, 'admin', 'admin@shelter.example'));
    const lawyer = client(t, await addPerson(t, clinicOrg, 'lawyer', 'lawyer@clinic.example'));
    expect((await shelterAdmin.post('/api/directory', { entry: shared, visibility: 'instance' })).statusCode).toBe(201);
    expect((await lawyer.post('/api/directory', { entry: own })).statusCode).toBe(201);
  });
  afterAll(async () => {
    await t.close();
    rmSync(commandDir, { recursive: true, force: true });
  });

  function harbourOnDatabase(args: string[]) {
    const c = t.database.connection;
    const url = c.connectionString ?? `postgresql://${c.user}@localhost:${c.port}/${c.database}?host=${encodeURIComponent(String(c.host))}`;
    const env = { ...process.env, HARBOUR_DATA_DIR: commandDir, HARBOUR_KEY_DIR: t.ctx.config.keyDir, DATABASE_URL: url, HARBOUR_LOG_LEVEL: 'warn' };
    return spawnSync(process.execPath, [join(root, 'bin/harbour.js'), 'directory', 'search', ...args], { cwd: root, encoding: 'utf8', env });
  }
  const names = (stdout: string) => (JSON.parse(stdout) as { name: { en: string } }[]).map((e) => e.name.en);

  it('finds the seeded entries and those shared with the whole instance, but no organisation’s own', () => {
    const run = harbourOnDatabase(['--text', 'test', '--json']);
    expect(run.status, run.stderr).toBe(0);
    expect(names(run.stdout)).toContain('Shared Prairie Test Shelter');
    expect(names(run.stdout)).not.toContain('Own Clinic Test Entry');
    const seededOnly = harbourOnDatabase(['--province', 'ON', '--json']);
    expect(names(seededOnly.stdout).length).toBeGreaterThan(0);
  }, 90_000);

  it('adds an organisation’s own entries with --organisation, and refuses an id that is not one', () => {
    const run = harbourOnDatabase(['--text', 'test', '--organisation', clinicOrg, '--json']);
    expect(run.status, run.stderr).toBe(0);
    expect(names(run.stdout)).toEqual(expect.arrayContaining(['Shared Prairie Test Shelter', 'Own Clinic Test Entry']));
    const bad = harbourOnDatabase(['--organisation', 'clinic']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--organisation expects an organisation id');
  }, 90_000);

  it('says it searched the seeded directory only when there is no installation', () => {
    const run = harbour(['directory', 'search', '--province', 'NU']);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toContain('No Harbour installation here: searching the seeded directory only.');
  }, 90_000);
});
