import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from 'otplib';
import { issueSetupLink } from '../../src/accounts';
import { SESSION_CACHE_MS } from '../../src/accounts/sessions';
import { createTestApp, cookieFrom, enrol, setUpAdmin, DEFAULT_PASSWORD, type TestApp } from '../support/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const post = (url: string, payload: unknown, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url, payload: payload as object, headers });

describe('first-run setup', () => {
  it('reports that setup is needed while no organisation exists', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/setup/status' });
    expect(res.json()).toEqual({ needed: true });
  });

  it('refuses a weak password and names the field', async () => {
    const { url } = await issueSetupLink(t.ctx);
    const token = url.split('#token=')[1]!;
    const res = await post('/api/setup', { token, organisationName: 'X', displayName: 'Y', email: 'y@x.example', password: 'password1234' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual([expect.objectContaining({ path: 'password' })]);
  });

  it('rejects unknown fields, without quoting their names (a key is a value given too)', async () => {
    const res = await post('/api/setup', {
      token: 'a'.repeat(43),
      organisationName: 'X',
      displayName: 'Y',
      email: 'y@x.example',
      password: DEFAULT_PASSWORD,
      isAdmin: true,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual([expect.objectContaining({ path: '(body)', message: expect.stringMatching(/not accepted/) })]);
    expect(res.body).not.toContain('isAdmin');
  });

  it('refuses a link that does not exist', async () => {
    const res = await post('/api/setup', { token: 'b'.repeat(43), organisationName: 'X', displayName: 'Y', email: 'y@x.example', password: DEFAULT_PASSWORD });
    expect(res.statusCode).toBe(410);
  });

  it('creates the organisation and administrator once, then refuses a second setup', async () => {
    const admin = await setUpAdmin(t);
    expect(admin.recoveryCodes).toHaveLength(10);
    expect((await t.app.inject({ method: 'GET', url: '/api/setup/status' })).json()).toEqual({ needed: false });
    const { url } = await issueSetupLink(t.ctx);
    const res = await post('/api/setup', {
      token: url.split('#token=')[1],
      organisationName: 'Other',
      displayName: 'Z',
      email: 'z@x.example',
      password: DEFAULT_PASSWORD,
    });
    expect(res.statusCode).toBe(409);
  });
});

describe('signing in', () => {
  it('gives the same answer for an unknown email and a wrong password', async () => {
    const unknown = await post('/api/auth/sign-in', { email: 'nobody@clinic.example', password: DEFAULT_PASSWORD });
    const wrong = await post('/api/auth/sign-in', { email: 'admin@clinic.example', password: 'Not-The-Password-123' });
    expect(unknown.statusCode).toBe(401);
    expect(wrong.statusCode).toBe(401);
    expect(unknown.json()).toEqual(wrong.json());
  });

  it('asks for the authenticator code after the password, and only then opens the session', async () => {
    const res = await post('/api/auth/sign-in', { email: 'admin@clinic.example', password: DEFAULT_PASSWORD });
    expect(res.json()).toEqual({ next: 'mfa-verify' });
    const cookie = cookieFrom(res);
    const members = await t.app.inject({ method: 'GET', url: '/api/organisation/members', headers: { cookie } });
    expect(members.statusCode).toBe(403);
    expect(members.json().error.code).toBe('mfa-required');
  });

  it('locks an email after five failures, whether or not it has an account', async () => {
    for (const email of ['locked@clinic.example', 'admin2@clinic.example']) {
      for (let i = 0; i < 5; i++) await post('/api/auth/sign-in', { email, password: 'Wrong-Password-000' });
      const res = await post('/api/auth/sign-in', { email, password: 'Wrong-Password-000' });
      expect(res.statusCode).toBe(429);
      expect(res.json().error.message).toMatch(/paused for 1[45] minutes/);
    }
  });

  it('accepts a one-time recovery code once', async () => {
    const admin = await enrolFreshUser('recovery@clinic.example');
    const first = await signInToVerify('recovery@clinic.example');
    const ok = await post('/api/auth/mfa/verify', { recoveryCode: admin.recoveryCodes[0] }, first);
    expect(ok.statusCode).toBe(200);
    const second = await signInToVerify('recovery@clinic.example');
    const reused = await post('/api/auth/mfa/verify', { recoveryCode: admin.recoveryCodes[0] }, second);
    expect(reused.statusCode).toBe(401);
  });

  it('issues a new session token after the authenticator code (rotation)', async () => {
    const pending = await signInToVerify('recovery@clinic.example');
    const row = await t.ctx.db.selectFrom('users').select('totp_secret').where('email', '=', 'recovery@clinic.example').executeTakeFirstOrThrow();
    expect(row.totp_secret?.toString('latin1')).not.toMatch(/^[A-Z2-7]{16,}$/);
    const secret = secrets.get('recovery@clinic.example')!;
    const res = await post('/api/auth/mfa/verify', { code: await nextTotp(secret) }, pending);
    expect(res.statusCode).toBe(200);
    expect(cookieFrom(res)).not.toBe(pending.cookie);
    const old = await t.app.inject({ method: 'GET', url: '/api/session', headers: { cookie: pending.cookie } });
    expect(old.statusCode).toBe(401);
  });
});

describe('sessions', () => {
  it('refuses a state-changing request without the CSRF token', async () => {
    const admin = await enrolFreshUser('csrf@clinic.example');
    const res = await t.app.inject({ method: 'PATCH', url: '/api/account/preferences', headers: { cookie: admin.cookie }, payload: { language: 'fr' } });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('csrf-failed');
    const ok = await t.app.inject({ method: 'PATCH', url: '/api/account/preferences', headers: admin.headers, payload: { language: 'fr' } });
    expect(ok.json().user.language).toBe('fr');
  });

  const sessionOf = (cookie: string) => t.app.inject({ method: 'GET', url: '/api/session', headers: { cookie } });

  it('refuses a signed-out session at once, even one used a moment before', async () => {
    const person = await enrolFreshUser('signout@clinic.example');
    expect((await sessionOf(person.cookie)).statusCode).toBe(200);
    expect((await post('/api/auth/sign-out', {}, person.headers)).statusCode).toBe(204);
    expect((await sessionOf(person.cookie)).statusCode).toBe(401);
  });

  it('ends every other session of a person at once when their password changes', async () => {
    const first = await enrolFreshUser('twice@clinic.example');
    const pending = await signInToVerify('twice@clinic.example');
    const secondCookie = cookieFrom(await post('/api/auth/mfa/verify', { code: await nextTotp(secrets.get('twice@clinic.example')!) }, pending));
    expect((await sessionOf(first.cookie)).statusCode).toBe(200);
    expect((await sessionOf(secondCookie)).statusCode).toBe(200);
    const change = await post('/api/account/password', { currentPassword: DEFAULT_PASSWORD, newPassword: 'Another-Harbour-Phrase-77' }, first.headers);
    expect(change.statusCode).toBe(204);
    expect((await sessionOf(secondCookie)).statusCode).toBe(401);
    expect((await sessionOf(first.cookie)).statusCode).toBe(200);
  });

  it('shows a changed preference on the very next request', async () => {
    const person = await enrolFreshUser('prefs@clinic.example');
    expect((await sessionOf(person.cookie)).json().user.discreetMode).toBe(false);
    await t.app.inject({ method: 'PATCH', url: '/api/account/preferences', headers: person.headers, payload: { discreetMode: true } });
    expect((await sessionOf(person.cookie)).json().user.discreetMode).toBe(true);
  });

  it('sees a session ended by another Harbour process once the session cache time has passed', async () => {
    const person = await enrolFreshUser('elsewhere@clinic.example');
    expect((await sessionOf(person.cookie)).statusCode).toBe(200);
    const user = await t.ctx.db.selectFrom('users').select('id').where('email', '=', 'elsewhere@clinic.example').executeTakeFirstOrThrow();
    await t.ctx.db.deleteFrom('sessions').where('user_id', '=', user.id).execute();
    t.advance(SESSION_CACHE_MS);
    expect((await sessionOf(person.cookie)).statusCode).toBe(401);
  });

  it('ends a session after the idle time-out', async () => {
    const person = await enrolFreshUser('idle@clinic.example');
    t.advance(16 * 60_000);
    const res = await t.app.inject({ method: 'GET', url: '/api/session', headers: { cookie: person.cookie } });
    expect(res.statusCode).toBe(401);
  });
});

describe('invitations', () => {
  it('lets an administrator invite a lawyer, who can accept once', async () => {
    const admin = await signInAdmin();
    const invite = await post('/api/organisation/invitations', { email: 'lawyer@clinic.example', role: 'lawyer' }, admin);
    expect(invite.statusCode).toBe(201);
    const token = invite.json().inviteUrl.split('#token=')[1];
    expect((await post('/api/invitations/inspect', { token })).json()).toMatchObject({ role: 'lawyer', email: 'lawyer@clinic.example' });
    expect((await post('/api/invitations/accept', { token, displayName: 'Lee Lawyer', password: DEFAULT_PASSWORD })).statusCode).toBe(201);
    expect((await post('/api/invitations/accept', { token, displayName: 'Again', password: DEFAULT_PASSWORD })).statusCode).toBe(410);
    const lawyer = await enrol(t, 'lawyer@clinic.example', DEFAULT_PASSWORD);
    const forbidden = await post('/api/organisation/invitations', { email: 'x@clinic.example', role: 'admin' }, lawyer.headers);
    expect(forbidden.statusCode).toBe(403);
  });
});

// --- helpers -------------------------------------------------------------
/** A code from the next 30-second window on the app's clock: the server accepts each window's code once. */
async function nextTotp(secret: string): Promise<string> {
  t.advance(30_000);
  return generate({ secret, epoch: Math.floor(t.ctx.now().getTime() / 1000) });
}

const secrets = new Map<string, string>();

async function enrolFreshUser(email: string) {
  const admin = await signInAdmin();
  const invite = await post('/api/organisation/invitations', { email, role: 'lawyer' }, admin);
  const token = invite.json().inviteUrl.split('#token=')[1];
  await post('/api/invitations/accept', { token, displayName: 'Test Person', password: DEFAULT_PASSWORD });
  const person = await enrol(t, email, DEFAULT_PASSWORD);
  secrets.set(email, person.totpSecret);
  return person;
}

async function signInToVerify(email: string) {
  const res = await post('/api/auth/sign-in', { email, password: DEFAULT_PASSWORD });
  const cookie = cookieFrom(res);
  const csrf = (await t.app.inject({ method: 'GET', url: '/api/session', headers: { cookie } })).json().csrfToken as string;
  return { cookie, 'x-csrf-token': csrf };
}

async function signInAdmin(): Promise<Record<string, string>> {
  const pending = await signInToVerify('admin@clinic.example');
  const user = await t.ctx.db.selectFrom('users').select(['id', 'totp_secret']).where('email', '=', 'admin@clinic.example').executeTakeFirstOrThrow();
  const secret = t.ctx.secrets.open(user.totp_secret!, { table: 'users', column: 'totp_secret', rowId: user.id });
  const res = await post('/api/auth/mfa/verify', { code: await nextTotp(secret) }, pending);
  const cookie = cookieFrom(res);
  const csrf = (await t.app.inject({ method: 'GET', url: '/api/session', headers: { cookie } })).json().csrfToken as string;
  return { cookie, 'x-csrf-token': csrf };
}
