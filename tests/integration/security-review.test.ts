import { join } from 'node:path';
import { sql } from 'kysely';
import { generate } from 'otplib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type RouteModule } from '../../src/platform/http/app';
import { PUBLIC } from '../../src/platform/http/route-policy';
import { ROUTES } from '../../src/server/routes';
import { createInvitation } from '../../src/accounts';
import { createTestApp, DEFAULT_PASSWORD, type TestApp } from '../support/test-app';
import { cookieFrom } from '../support/test-app';
import { addMember, addPerson, client, newCase, setUpFirstAdmin, type Person } from './cases-support';

// Findings of a security review, each pinned by the behaviour it protects.

let t: TestApp;
let admin: Person;
beforeAll(async () => {
  t = await createTestApp();
  admin = await setUpFirstAdmin(t);
});
afterAll(async () => t.close());

const post = (url: string, payload: object, headers: Record<string, string> = {}) => t.app.inject({ method: 'POST', url, headers, payload });
const epoch = () => Math.floor(t.ctx.now().getTime() / 1000);

async function passwordStep(email: string): Promise<Record<string, string>> {
  const res = await post('/api/auth/sign-in', { email, password: DEFAULT_PASSWORD });
  expect(res.statusCode).toBe(200);
  const cookie = cookieFrom(res);
  const csrf = (await t.app.inject({ method: 'GET', url: '/api/session', headers: { cookie } })).json().csrfToken as string;
  return { cookie, 'x-csrf-token': csrf };
}

describe('one-time codes are one-time', () => {
  it('refuses the code used at enrolment when it is replayed to finish a sign-in', async () => {
    const person = await addPerson(t, admin.orgId, 'lawyer', 'replay-enrol@clinic.example');
    const replayed = await generate({ secret: person.totpSecret, epoch: epoch() });
    const pending = await passwordStep(person.email);
    const res = await post('/api/auth/mfa/verify', { code: replayed }, pending);
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('invalid-code');
    // The next window's code is accepted.
    t.advance(30_000);
    const ok = await post('/api/auth/mfa/verify', { code: await generate({ secret: person.totpSecret, epoch: epoch() }) }, pending);
    expect(ok.statusCode).toBe(200);
  });

  it('refuses a code that already completed a sign-in, even inside its own window', async () => {
    const person = await addPerson(t, admin.orgId, 'lawyer', 'replay-sign-in@clinic.example');
    t.advance(30_000);
    const code = await generate({ secret: person.totpSecret, epoch: epoch() });
    expect((await post('/api/auth/mfa/verify', { code }, await passwordStep(person.email))).statusCode).toBe(200);
    const again = await post('/api/auth/mfa/verify', { code }, await passwordStep(person.email));
    expect(again.statusCode).toBe(401);
    // Nor is an older code within the drift window accepted after a newer one.
    const older = await generate({ secret: person.totpSecret, epoch: epoch() - 30 });
    expect((await post('/api/auth/mfa/verify', { code: older }, await passwordStep(person.email))).statusCode).toBe(401);
  });

  it('lets only one of two simultaneous sign-ins with the same code through', async () => {
    const person = await addPerson(t, admin.orgId, 'lawyer', 'replay-race@clinic.example');
    t.advance(30_000);
    const code = await generate({ secret: person.totpSecret, epoch: epoch() });
    const [a, b] = await Promise.all([passwordStep(person.email), passwordStep(person.email)]);
    const results = await Promise.all([post('/api/auth/mfa/verify', { code }, a), post('/api/auth/mfa/verify', { code }, b)]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 401]);
  });
});

describe('the options sheet is for those who record explanations; only the confirmation writes to the ledger', () => {
  const sheet = { lang: 'en', format: 'docx' };
  const explanations = async (code: string) =>
    (
      await t.ctx.db
        .selectFrom('case_consents as k')
        .innerJoin('cases as c', 'c.id', 'k.case_id')
        .select('k.id')
        .where('c.code', '=', code)
        .where('k.kind', '=', 'explanation')
        .execute()
    ).length;

  it('refuses it to a support worker, an admin under break-glass, and anyone once the case is closed; the ledger is unchanged', async () => {
    const rl = await addPerson(t, admin.orgId, 'lawyer', 'sheet-rl@clinic.example');
    const sw = await addPerson(t, admin.orgId, 'support-worker', 'sheet-sw@clinic.example');
    const [asRl, asSw, asAdmin] = [client(t, rl), client(t, sw), client(t, admin)];
    const code = await newCase(asRl);
    await addMember(asRl, code, sw.id, 'support-worker');
    expect((await asAdmin.post(`/api/cases/${code}/break-glass`, { reason: 'Client unreachable and at risk, RL away.', hours: 1 })).statusCode).toBe(201);

    for (const who of [asSw, asAdmin]) {
      const res = await who.post(`/api/cases/${code}/options-sheet`, sheet);
      expect(res.statusCode, res.body).toBe(403);
      expect(res.json().error.code).toBe('forbidden');
    }
    expect(await explanations(code)).toBe(0);

    const ok = await asRl.post(`/api/cases/${code}/options-sheet`, sheet);
    expect(ok.statusCode).toBe(200);
    expect(await explanations(code)).toBe(0);
    const confirmation = { lang: 'en', sheet: String(ok.headers['x-harbour-options-sheet']), language: 'en', interpreter: false };
    for (const who of [asSw, asAdmin]) expect((await who.post(`/api/cases/${code}/options-sheet/explained`, confirmation)).statusCode).toBe(403);
    expect(await explanations(code)).toBe(0);
    const confirmed = await asRl.post(`/api/cases/${code}/options-sheet/explained`, confirmation);
    expect(confirmed.statusCode, confirmed.body).toBe(201);
    expect(await explanations(code)).toBe(1);

    expect((await asRl.post(`/api/cases/${code}/close`, { outcome: 'other' })).statusCode).toBe(200);
    expect((await asRl.post(`/api/cases/${code}/options-sheet`, sheet)).statusCode).toBe(403);
    expect((await asRl.post(`/api/cases/${code}/options-sheet/explained`, confirmation)).statusCode).toBe(403);
    expect(await explanations(code)).toBe(1);
  });
});

describe('database refusals are answered as user mistakes, without the values', () => {
  it('answers a name PostgreSQL cannot store (a NUL character) with 400, not 500', async () => {
    const invitation = await createInvitation(t.ctx, { organisationId: admin.orgId, invitedBy: null, email: 'nul@clinic.example', role: 'lawyer' });
    const token = new URL(invitation.inviteUrl).hash.replace('#token=', '');
    const res = await post('/api/invitations/accept', { token, displayName: 'Nul\u0000Name', password: DEFAULT_PASSWORD });
    expect(res.statusCode, res.body).toBeLessThan(500);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('invalid-input');
    // Nothing was lost: the invitation can still be accepted with a valid name.
    expect((await post('/api/invitations/accept', { token, displayName: 'Valid Name', password: DEFAULT_PASSWORD })).statusCode).toBe(201);
  });

  it("maps a unique violation to 409 and an invalid value to 400, keeping PostgreSQL's DETAIL out of the response and the log", async () => {
    const marker = 'dup-7c1e9b@clinic.example';
    const probe: RouteModule = (app, ctx) => {
      app.post('/api/test/duplicate', { config: { policy: PUBLIC } }, async () => {
        const org = await ctx.db.insertInto('organisations').values({ name: 'Probe' }).returning('id').executeTakeFirstOrThrow();
        const user = {
          organisation_id: org.id,
          email: marker,
          display_name: 'x',
          role: 'lawyer' as const,
          password_hash: 'x',
          totp_secret: null,
          mfa_enrolled_at: null,
        };
        await ctx.db.insertInto('users').values(user).execute();
        await ctx.db.insertInto('users').values(user).execute();
        return { ok: true };
      });
      app.post('/api/test/bad-uuid', { config: { policy: PUBLIC } }, async () => {
        await sql`select ${marker}::uuid`.execute(ctx.db);
        return { ok: true };
      });
    };
    const app = await buildApp(t.ctx, { routes: [...ROUTES, probe], webDist: join(t.ctx.config.dataDir, 'no-web') });
    try {
      t.logs.length = 0;
      const dup = await app.inject({ method: 'POST', url: '/api/test/duplicate', payload: {} });
      expect(dup.statusCode).toBe(409);
      expect(dup.json().error.code).toBe('conflict');
      const bad = await app.inject({ method: 'POST', url: '/api/test/bad-uuid', payload: {} });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.code).toBe('invalid-input');
      for (const body of [dup.body, bad.body, t.logs.join('')]) expect(body).not.toContain(marker);
    } finally {
      await app.close();
    }
  });
});

describe('faults are logged without what the error message said', () => {
  it('keeps a multi-line error message (which may quote client text) out of the log, and keeps the stack frames', async () => {
    const marker = 'CLIENTSAID-5d02f1';
    const probe: RouteModule = (app) => {
      app.get('/api/test/fault', { config: { policy: PUBLIC } }, async () => {
        throw new Error(`could not parse the answer\n  near "${marker}"\n  in the story text`);
      });
    };
    const app = await buildApp(t.ctx, { routes: [...ROUTES, probe], webDist: join(t.ctx.config.dataDir, 'no-web') });
    try {
      t.logs.length = 0;
      const res = await app.inject({ method: 'GET', url: '/api/test/fault' });
      expect(res.statusCode).toBe(500);
      expect(res.body).not.toContain(marker);
      const output = t.logs.join('');
      expect(output).toContain('unhandled error');
      expect(output).toMatch(/at .*security-review\.test\.ts/);
      expect(output).not.toContain(marker);
    } finally {
      await app.close();
    }
  });
});

describe('a case always keeps its responsible lawyer', () => {
  it('refuses to change the responsible lawyer into another team role without naming a new one', async () => {
    const rl = await addPerson(t, admin.orgId, 'lawyer', 'keep-rl@clinic.example');
    const asRl = client(t, rl);
    const code = await newCase(asRl);
    const res = await asRl.post(`/api/cases/${code}/team`, { userId: rl.id, teamRole: 'lawyer' });
    expect(res.statusCode, res.body).toBe(409);
    // An admin may not change a team at all (issue 11, finding 4): only reassign a case whose lawyer is gone.
    expect((await client(t, admin).post(`/api/cases/${code}/team`, { userId: rl.id, teamRole: 'lawyer' })).statusCode).toBe(403);
    const team = (await asRl.get(`/api/cases/${code}/team`)).json().team;
    expect(team).toEqual([expect.objectContaining({ userId: rl.id, teamRole: 'responsible-lawyer' })]);
    // Naming another responsible lawyer still works, and the previous one stays on as a lawyer.
    const next = await addPerson(t, admin.orgId, 'lawyer', 'next-rl@clinic.example');
    expect((await asRl.post(`/api/cases/${code}/team`, { userId: next.id, teamRole: 'responsible-lawyer' })).statusCode).toBe(201);
    const roles = Object.fromEntries(
      (await asRl.get(`/api/cases/${code}/team`)).json().team.map((m: { userId: string; teamRole: string }) => [m.userId, m.teamRole]),
    );
    expect(roles).toEqual({ [rl.id]: 'lawyer', [next.id]: 'responsible-lawyer' });
  });
});

describe('someone who can write to the database but holds no key', () => {
  it('cannot mint a session: a row for a token of their own, hashed the way a plain digest would, opens nothing', async () => {
    const { createHash } = await import('node:crypto');
    const token = 'forged-token-forged-token-forged-token-00';
    await t.ctx.db
      .insertInto('sessions')
      .values({
        token_hash: createHash('sha256').update(token).digest('hex'),
        user_id: admin.id,
        stage: 'active',
        csrf_token: 'x',
        last_seen_at: t.ctx.now(),
        expires_at: new Date(t.ctx.now().getTime() + 3_600_000),
      })
      .execute();
    const res = await t.app.inject({ method: 'GET', url: '/api/session', headers: { cookie: `harbour_session=${token}` } });
    expect(res.json()).not.toMatchObject({ user: expect.anything() });
    const cases = await t.app.inject({ method: 'GET', url: '/api/cases', headers: { cookie: `harbour_session=${token}` } });
    expect(cases.statusCode).toBe(401);
  });
});
