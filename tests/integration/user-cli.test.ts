import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, DEFAULT_PASSWORD, type TestApp } from '../support/test-app';
import { addPerson, setUpFirstAdmin, signInWithTotp, type Person } from './cases-support';

// `harbour user list|disable|enable|role|reset-mfa` (issue 11, finding 9), run as a process on
// the same database and key folder as a test server, the way an operator runs it beside one.

const root = resolve(import.meta.dirname, '../..');
let t: TestApp;
let admin: Person;
let lawyer: Person;
const commandDir = mkdtempSync(join(tmpdir(), 'hb-user-cli-'));

beforeAll(async () => {
  t = await createTestApp();
  admin = await setUpFirstAdmin(t);
  lawyer = await addPerson(t, admin.orgId, 'lawyer', 'lee.lawyer@clinic.example');
});
afterAll(async () => {
  await t.close();
  rmSync(commandDir, { recursive: true, force: true });
});

function databaseUrl(): string {
  const c = t.database.connection;
  if (c.connectionString) return c.connectionString;
  return `postgresql://${c.user}@localhost:${c.port}/${c.database}?host=${encodeURIComponent(String(c.host))}`;
}

function harbour(...args: string[]) {
  // The test server's keys, read from outside the command's own (empty) data folder.
  const env = { ...process.env, HARBOUR_DATA_DIR: commandDir, HARBOUR_KEY_DIR: t.ctx.config.keyDir, DATABASE_URL: databaseUrl(), HARBOUR_LOG_LEVEL: 'warn' };
  return spawnSync(process.execPath, [join(root, 'bin/harbour.js'), 'user', ...args], { cwd: root, encoding: 'utf8', env });
}

const session = (cookie: string) => t.app.inject({ method: 'GET', url: '/api/session', headers: { cookie } });
const actions = async () =>
  (await t.ctx.db.selectFrom('audit_log').select(['action', 'actor_id', 'detail']).orderBy('seq').execute()).map((r) => ({
    action: r.action,
    actor: r.actor_id,
    detail: r.detail,
  }));

describe('harbour user', () => {
  it('lists everyone with their role, admin duty and status', () => {
    const run = harbour('list', '--json');
    expect(run.status, run.stderr).toBe(0);
    const { people } = JSON.parse(run.stdout) as { people: { email: string; role: string; isAdmin: boolean; status: string; mfaEnrolled: boolean }[] };
    expect(people).toContainEqual(expect.objectContaining({ email: admin.email, role: 'admin', isAdmin: true, status: 'active', mfaEnrolled: true }));
    expect(people).toContainEqual(expect.objectContaining({ email: lawyer.email, role: 'lawyer', isAdmin: false }));
  });

  it('disables and enables an account, audited as the command line', async () => {
    const disabled = harbour('disable', lawyer.email);
    expect(disabled.status, disabled.stderr).toBe(0);
    expect(disabled.stdout).toContain('disabled');
    expect((await session(lawyer.cookie)).statusCode).toBe(401);
    expect(await actions()).toContainEqual({ action: 'organisation.member-disabled', actor: 'anonymous', detail: { userId: lawyer.id, via: 'command-line' } });
    expect(harbour('enable', lawyer.email).status).toBe(0);
    t.advance(31_000);
    Object.assign(lawyer, await signInWithTotp(t, lawyer.email, DEFAULT_PASSWORD, lawyer.totpSecret));
  });

  it('gives a lawyer the admin duty, and refuses to leave no active admin', async () => {
    const refused = harbour('role', admin.email, 'lawyer', '--no-admin');
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/at least one active administrator/);
    const run = harbour('role', lawyer.email, '--admin');
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('lawyer + admin duty');
    expect((await session(lawyer.cookie)).json().user).toMatchObject({ role: 'lawyer', isAdmin: true });
  });

  it('resets an authenticator and prints the one-time set-up link', () => {
    const run = harbour('reset-mfa', lawyer.email);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/\/mfa-reset#token=[A-Za-z0-9_-]{40,}/);
  });

  it('exits 2 for an unknown person or a role that is not one', () => {
    const unknown = harbour('disable', 'nobody@clinic.example');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/No one has an account with the email/);
    expect(harbour('role', lawyer.email, 'boss').status).toBe(2);
  });
});
