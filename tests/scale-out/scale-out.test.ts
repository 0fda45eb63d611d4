// Issue 14, "More than one machine": three Harbour processes behind nginx (round robin) and
// PgBouncer in transaction mode, on one external PostgreSQL. Run by `npm run test:scale-out`
// (with DATABASE_URL, nginx and pgbouncer; .ci/run provides all three), not by `npm test`.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SESSION_CACHE_MS } from '../../src/accounts/sessions';
import { harbourCommand, missingPrerequisite, startCluster, type Cluster } from './cluster';
import { call, csrfOf, ok, setUpFirstPerson, type Answer, type Auth } from './http';

const skip = missingPrerequisite();
if (skip) process.stderr.write(`\n${skip}\n\n`);

// CI installs the prerequisites and sets HARBOUR_SCALE_OUT_REQUIRED=1: there, a missing one fails.
describe.runIf(Boolean(skip) && process.env.HARBOUR_SCALE_OUT_REQUIRED === '1')('scale-out prerequisites', () => {
  it('are installed', () => {
    throw new Error(skip);
  });
});

const PASSWORD = 'quiet harbour lanterns 2024';
const NEW_PASSWORD = 'Tidal-Lantern-Orchard-42';
const EMAIL = 'ada@havre.example';
const NEW_CASE = { province: 'ON', languages: ['es'], interpreterNeeded: true };

/** Signs in with the password and a recovery code (a TOTP step may be used only once). */
async function signIn(base: string, password: string, recoveryCode: string): Promise<Auth> {
  const first = ok(await call(base, 'POST', '/api/auth/sign-in', { body: { email: EMAIL, password } }), 'sign-in');
  const pending = { cookie: first.cookie!, csrf: await csrfOf(base, first.cookie!) };
  const verified = ok(await call(base, 'POST', '/api/auth/mfa/verify', { body: { recoveryCode }, auth: pending }), 'mfa verify');
  const cookie = verified.cookie ?? pending.cookie;
  return { cookie, csrf: await csrfOf(base, cookie) };
}

async function until<T>(what: string, timeoutMs: number, probe: () => Promise<T | undefined>): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe.skipIf(Boolean(skip))('three Harbour processes behind nginx and PgBouncer (transaction mode)', () => {
  let cluster: Cluster;
  let admin: Auth;
  let recoveryCodes: string[];

  beforeAll(async () => {
    cluster = await startCluster({
      processes: 3,
      env: { HARBOUR_RETENTION_SCHEDULE: 'hourly', HARBOUR_SCHEDULE_CHECK_SECONDS: '1' },
      log: (line) => process.stdout.write(`${line}\n`),
    });
  });
  afterAll(async () => {
    await cluster?.stop();
  });

  it('balances requests round robin over the three processes', async () => {
    const upstreams = new Set<string>();
    for (let i = 0; i < 9; i++) upstreams.add(ok(await call(cluster.url, 'GET', '/api/setup/status'), 'status').upstream);
    expect(upstreams.size).toBe(3);
  });

  it('sets up, signs in and enrols through the balancer; the session then works on every process', async () => {
    expect(cluster.setupToken).not.toBe('');
    // Each step of setup and sign-in lands on the next process: the session is in the database.
    ({ auth: admin, recoveryCodes } = await setUpFirstPerson(cluster.url, cluster.setupToken, { email: EMAIL, password: PASSWORD }));
    for (const node of cluster.nodes) {
      const answer = await call(node.url, 'GET', '/api/session', { auth: admin });
      expect(answer.status, `process ${node.index + 1}`).toBe(200);
    }
    // A write through one process is read through another.
    const created = ok(await call(cluster.nodes[0]!.url, 'POST', '/api/cases', { body: NEW_CASE, auth: admin }), 'create');
    const code = (created.body as { case: { code: string } }).case.code;
    for (const node of cluster.nodes.slice(1)) expect((await call(node.url, 'GET', `/api/cases/${code}`, { auth: admin })).status).toBe(200);
  });

  it(`honours a sign-out through one process on the others within the session cache time (${SESSION_CACHE_MS} ms)`, async () => {
    const other = await signIn(cluster.url, PASSWORD, recoveryCodes[0]!);
    // Every process has the session in its cache.
    for (const node of cluster.nodes) expect((await call(node.url, 'GET', '/api/session', { auth: other })).status).toBe(200);
    const [first, ...rest] = cluster.nodes;
    const signedOutAt = Date.now();
    expect((await call(first!.url, 'POST', '/api/auth/sign-out', { auth: other })).status).toBe(204);
    expect((await call(first!.url, 'GET', '/api/session', { auth: other })).status).toBe(401);
    for (const node of rest) {
      await until(`process ${node.index + 1} to refuse the signed-out session`, SESSION_CACHE_MS + 2_000, async () =>
        (await call(node.url, 'GET', '/api/session', { auth: other })).status === 401 ? true : undefined,
      );
      expect(Date.now() - signedOutAt).toBeLessThan(SESSION_CACHE_MS + 1_000);
    }
  });

  it('ends the other sessions on every process within the delay when the password changes through one', async () => {
    const other = await signIn(cluster.url, PASSWORD, recoveryCodes[1]!);
    for (const node of cluster.nodes) expect((await call(node.url, 'GET', '/api/session', { auth: other })).status).toBe(200);
    const changedAt = Date.now();
    ok(
      await call(cluster.nodes[0]!.url, 'POST', '/api/account/password', { body: { currentPassword: PASSWORD, newPassword: NEW_PASSWORD }, auth: admin }),
      'password',
    );
    for (const node of cluster.nodes) {
      await until(`process ${node.index + 1} to refuse the other session`, SESSION_CACHE_MS + 2_000, async () =>
        (await call(node.url, 'GET', '/api/session', { auth: other })).status === 401 ? true : undefined,
      );
    }
    expect(Date.now() - changedAt).toBeLessThan(SESSION_CACHE_MS + 1_000);
    // The session that changed it goes on, everywhere; the old password is refused everywhere.
    for (const node of cluster.nodes) expect((await call(node.url, 'GET', '/api/session', { auth: admin })).status).toBe(200);
    for (const node of cluster.nodes)
      expect((await call(node.url, 'POST', '/api/auth/sign-in', { body: { email: EMAIL, password: PASSWORD }, ip: '203.0.113.9' })).status).toBe(401);
  });

  it('locks an email out after five failures spread over the three processes', async () => {
    const email = 'nobody@havre.example';
    for (let i = 0; i < 5; i++) {
      const node = cluster.nodes[i % 3]!;
      expect((await call(node.url, 'POST', '/api/auth/sign-in', { body: { email, password: 'wrong-password-123' }, ip: '203.0.113.20' })).status).toBe(401);
    }
    for (const node of cluster.nodes) {
      const answer = await call(node.url, 'POST', '/api/auth/sign-in', { body: { email, password: 'wrong-password-123' }, ip: '203.0.113.21' });
      expect(answer.status).toBe(429);
      expect(JSON.stringify(answer.body)).toContain('too-many-attempts');
    }
  });

  it('counts a rate limit across the processes, not per process', async () => {
    // POST /api/setup allows 10 a minute per client; per process it would have allowed 30.
    const answers: Answer[] = [];
    for (let i = 0; i < 14; i++) answers.push(await call(cluster.url, 'POST', '/api/setup', { body: {}, ip: '198.51.100.40' }));
    expect(new Set(answers.map((a) => a.upstream)).size).toBe(3);
    expect(answers.slice(0, 10).filter((a) => a.status === 429)).toHaveLength(0);
    expect(answers.slice(10).map((a) => a.status)).toEqual([429, 429, 429, 429]);
    // Another client still gets through.
    expect((await call(cluster.url, 'POST', '/api/setup', { body: {}, ip: '198.51.100.41' })).status).not.toBe(429);
  });

  it('keeps one unbroken audit chain under concurrent writes through all three', async () => {
    const upstreams = new Set<string>();
    let next = 0;
    const worker = async () => {
      while (next < 40) {
        next += 1;
        const created = ok(await call(cluster.url, 'POST', '/api/cases', { body: NEW_CASE, auth: admin }), 'create');
        upstreams.add(created.upstream);
        const code = (created.body as { case: { code: string } }).case.code;
        const piece = ok(
          await call(cluster.url, 'POST', `/api/cases/${code}/fragments`, {
            body: { text: `Piece ${next}`, source: 'client', compartment: 'team' },
            auth: admin,
          }),
          'fragment',
        );
        upstreams.add(piece.upstream);
      }
    };
    await Promise.all(Array.from({ length: 9 }, worker));
    expect(upstreams.size).toBe(3);
    const verify = harbourCommand(cluster, ['audit', 'verify']);
    expect(verify.stderr).toBe('');
    expect(verify.status).toBe(0);
    expect(verify.stdout).toMatch(/The audit trail is intact: \d+ entries verified/);
  });

  it('takes a backup through PgBouncer while the processes serve', async () => {
    const out = join(cluster.dir, 'through-pgbouncer.hbk');
    const backup = harbourCommand(cluster, ['backup', '--out', out]);
    expect(backup.status, backup.stderr).toBe(0);
    expect(statSync(out).size).toBeGreaterThan(1_000);
  });

  it('runs scheduled retention once per period, however many processes ask', async () => {
    const { rows: orgs } = await cluster.db.query<{ id: string; retention_days: number }>(`select id, retention_days from organisations where not is_demo`);
    const org = orgs[0]!;
    const claimedBy = new Set<string>();
    for (let round = 0; round < 3; round++) {
      const created = ok(await call(cluster.url, 'POST', '/api/cases', { body: NEW_CASE, auth: admin }), 'create');
      const code = (created.body as { case: { code: string } }).case.code;
      ok(await call(cluster.url, 'POST', `/api/cases/${code}/close`, { body: { outcome: 'client-withdrew' }, auth: admin }), 'close');
      const { rows } = await cluster.db.query<{ id: string }>(
        `update cases set closed_at = now() - make_interval(days => $2::int + 1) where code = $1 returning id`,
        [code, org.retention_days],
      );
      const caseId = rows[0]!.id;
      // A new period begins: forget the runs so far (the processes ask every second).
      await cluster.db.query(`delete from scheduled_runs where job = 'retention'`);
      const run = await until('a retention run', 15_000, async () => {
        const { rows: runs } = await cluster.db.query<{ period: string; claimed_by: string; outcome: string | null }>(
          `select period, claimed_by, outcome from scheduled_runs where job = 'retention' and finished_at is not null`,
        );
        return runs[0];
      });
      expect(run.outcome).toBe('deleted 1');
      claimedBy.add(run.claimed_by);
      // Three processes keep asking every second; the period stays run once.
      await new Promise((r) => setTimeout(r, 3_000));
      const { rows: runs } = await cluster.db.query(`select 1 from scheduled_runs where job = 'retention' and period = $1`, [run.period]);
      expect(runs).toHaveLength(1);
      const { rows: deletions } = await cluster.db.query(`select 1 from audit_log where action = 'case.deleted' and case_id = $1`, [caseId]);
      expect(deletions).toHaveLength(1);
      expect((await call(cluster.url, 'GET', `/api/cases/${code}`, { auth: admin })).status).toBe(404);
    }
    process.stdout.write(`retention runs claimed by: ${[...claimedBy].join(', ')}\n`);
  });

  it('loses no acknowledged write when a process is killed with SIGKILL mid-load, and the others keep serving', async () => {
    const victim = cluster.nodes[1]!;
    const acknowledged: Array<{ code: string; fragment?: string }> = [];
    const failures: number[] = [];
    let killedAt = 0;
    let okAfterKill = 0;
    const stopAt = Date.now() + 8_000;
    const worker = async (n: number) => {
      let i = 0;
      while (Date.now() < stopAt) {
        i += 1;
        const created = await call(cluster.url, 'POST', '/api/cases', { body: NEW_CASE, auth: admin }).catch(() => undefined);
        if (!created || created.status !== 201) {
          failures.push(created?.status ?? 0);
          continue;
        }
        const code = (created.body as { case: { code: string } }).case.code;
        const entry: { code: string; fragment?: string } = { code };
        acknowledged.push(entry);
        if (killedAt) okAfterKill += 1;
        const piece = await call(cluster.url, 'POST', `/api/cases/${code}/fragments`, {
          body: { text: `Worker ${n}, write ${i}`, source: 'client', compartment: 'team' },
          auth: admin,
        }).catch(() => undefined);
        if (piece?.status === 201) {
          entry.fragment = (piece.body as { fragment: { id: string } }).fragment.id;
          if (killedAt) okAfterKill += 1;
        } else failures.push(piece?.status ?? 0);
      }
    };
    const load = Promise.all(Array.from({ length: 8 }, (_, n) => worker(n)));
    await new Promise((r) => setTimeout(r, 2_500));
    victim.child.kill('SIGKILL');
    killedAt = Date.now();
    await load;
    await victim.exited;
    process.stdout.write(
      `SIGKILL mid-load: ${acknowledged.length} cases acknowledged, ${okAfterKill} writes acknowledged after the kill, ${failures.length} refused (${failures.join(',')})\n`,
    );
    expect(okAfterKill).toBeGreaterThan(20);
    // Only requests in flight at the victim can fail (nginx answers 502 rather than repeat a POST).
    expect(failures.length).toBeLessThanOrEqual(16);
    // Every acknowledged write is there, read through the survivors.
    const survivors = cluster.nodes.filter((n) => n !== victim);
    let k = 0;
    for (const entry of acknowledged) {
      const via = survivors[k++ % survivors.length]!;
      expect((await call(via.url, 'GET', `/api/cases/${entry.code}`, { auth: admin })).status, entry.code).toBe(200);
      if (entry.fragment) {
        const list = ok(await call(via.url, 'GET', `/api/cases/${entry.code}/fragments`, { auth: admin }), 'fragments').body as {
          fragments: Array<{ id: string }>;
        };
        expect(list.fragments.map((f) => f.id)).toContain(entry.fragment);
      }
    }
    const verify = harbourCommand(cluster, ['audit', 'verify']);
    expect(verify.status, verify.stderr).toBe(0);
  });
});
