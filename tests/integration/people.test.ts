import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from 'otplib';
import { issueSetupLink } from '../../src/accounts';
import { createTestApp, cookieFrom, DEFAULT_PASSWORD, enrol, type SignedIn, type TestApp } from '../support/test-app';
import { addPerson, client, createOrganisation, newCase, setUpFirstAdmin, signInWithTotp, type Client, type Person } from './cases-support';

// Findings 9, 10 and 13 (part) of issue 11: admins manage people (each change audited, the
// cached session forgotten at once, never the last active admin); the first account can hold
// the admin duty beside the lawyer role; a password may not repeat the email.

let t: TestApp;
let admin: Person;
let lawyer: Person;
let worker: Person;
let otherAdmin: Person;
let A: Client;

beforeAll(async () => {
  t = await createTestApp();
  admin = await setUpFirstAdmin(t);
  lawyer = await addPerson(t, admin.orgId, 'lawyer', 'lee.lawyer@clinic.example');
  worker = await addPerson(t, admin.orgId, 'support-worker', 'sam.support@clinic.example');
  const orgB = await createOrganisation(t, 'Partner Clinic');
  otherAdmin = await addPerson(t, orgB, 'admin', 'bea.admin@partner.example');
  A = client(t, admin);
});
afterAll(async () => t.close());

// A TOTP code is accepted once per 30-second step, so each new sign-in happens a step later.
const signInAgain = (who: Person) => {
  t.advance(31_000);
  return signInWithTotp(t, who.email, DEFAULT_PASSWORD, who.totpSecret);
};
const session = (who: SignedIn) => t.app.inject({ method: 'GET', url: '/api/session', headers: { cookie: who.cookie } });
const signIn = (email: string, password = DEFAULT_PASSWORD) => t.app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email, password } });
const auditActions = async () =>
  (await t.ctx.db.selectFrom('audit_log').select(['action', 'actor_id', 'detail']).orderBy('seq').execute()).map((r) => ({
    action: r.action,
    actor: r.actor_id,
    detail: r.detail,
  }));
const members = async (c: Client = A) =>
  (await c.get('/api/organisation/members')).json<{ members: { id: string; email: string; role: string; isAdmin: boolean; status: string }[] }>().members;

describe('managing people (finding 9)', () => {
  it('lists each member with their role, admin duty and status', async () => {
    const list = await members();
    expect(list.find((m) => m.email === admin.email)).toMatchObject({ role: 'admin', isAdmin: true, status: 'active' });
    expect(list.find((m) => m.email === lawyer.email)).toMatchObject({ role: 'lawyer', isAdmin: false, status: 'active' });
    expect(list.map((m) => m.email)).not.toContain(otherAdmin.email);
  });

  it('deactivating an account ends every session at once, even one cached a moment ago', async () => {
    const again = await signInAgain(lawyer);
    expect((await session(lawyer)).statusCode).toBe(200); // now in the 2-second session cache
    expect((await session(again)).statusCode).toBe(200);
    const res = await A.post(`/api/organisation/members/${lawyer.id}/disable`, {});
    expect(res.statusCode).toBe(200);
    expect(res.json().member).toMatchObject({ id: lawyer.id, status: 'disabled' });
    expect((await session(lawyer)).statusCode).toBe(401);
    expect((await session(again)).statusCode).toBe(401);
    expect(await t.ctx.db.selectFrom('sessions').select('token_hash').where('user_id', '=', lawyer.id).execute()).toEqual([]);
    expect((await signIn(lawyer.email)).statusCode).toBe(401);
    expect(await auditActions()).toContainEqual({ action: 'organisation.member-disabled', actor: admin.id, detail: { userId: lawyer.id } });
  });

  it('reactivating lets the person sign in again', async () => {
    const res = await A.post(`/api/organisation/members/${lawyer.id}/enable`, {});
    expect(res.statusCode).toBe(200);
    expect(res.json().member).toMatchObject({ status: 'active' });
    const back = await signInAgain(lawyer);
    Object.assign(lawyer, back);
    expect((await session(lawyer)).json().user.role).toBe('lawyer');
    expect(await auditActions()).toContainEqual({ action: 'organisation.member-enabled', actor: admin.id, detail: { userId: lawyer.id } });
  });

  it('changes a role, which applies to the next request of a session already open', async () => {
    expect((await session(worker)).json().user.role).toBe('support-worker');
    const res = await A.patch(`/api/organisation/members/${worker.id}`, { role: 'legal-worker' });
    expect(res.statusCode).toBe(200);
    expect(res.json().member).toMatchObject({ role: 'legal-worker', isAdmin: false });
    expect((await session(worker)).json().user.role).toBe('legal-worker');
    expect(await auditActions()).toContainEqual({
      action: 'organisation.role-changed',
      actor: admin.id,
      detail: { userId: worker.id, fromRole: 'support-worker', toRole: 'legal-worker', fromAdmin: false, toAdmin: false },
    });
  });

  it('refuses a role that is not one, and an unknown field', async () => {
    expect((await A.patch(`/api/organisation/members/${worker.id}`, { role: 'boss' })).statusCode).toBe(400);
    expect((await A.patch(`/api/organisation/members/${worker.id}`, { status: 'active' })).statusCode).toBe(400);
    expect((await A.post('/api/organisation/members/not-a-uuid/disable', {})).statusCode).toBe(400);
  });

  it('revokes a pending invitation, whose link then no longer works', async () => {
    const invite = await A.post('/api/organisation/invitations', { email: 'nora.new@clinic.example', role: 'legal-worker' });
    const token = invite.json().inviteUrl.split('#token=')[1] as string;
    const pending = (await members()).find((m) => m.email === 'nora.new@clinic.example')!;
    expect(pending.status).toBe('invited');
    expect((await client(t, otherAdmin).del(`/api/organisation/invitations/${pending.id}`)).statusCode).toBe(404);
    expect((await A.del(`/api/organisation/invitations/${pending.id}`)).statusCode).toBe(204);
    expect((await members()).map((m) => m.email)).not.toContain('nora.new@clinic.example');
    expect((await A.del(`/api/organisation/invitations/${pending.id}`)).statusCode).toBe(404);
    const accept = await t.app.inject({ method: 'POST', url: '/api/invitations/accept', payload: { token, displayName: 'Nora', password: DEFAULT_PASSWORD } });
    expect(accept.statusCode).toBe(410);
    expect((await auditActions()).map((a) => a.action)).toContain('organisation.invitation-revoked');
  });

  it("resets a colleague's authenticator: their sessions end, and only the new set-up link lets them enrol again", async () => {
    const res = await A.post(`/api/organisation/members/${lawyer.id}/mfa-reset`, {});
    expect(res.statusCode).toBe(201);
    const { setupUrl } = res.json<{ setupUrl: string; expiresAt: string }>();
    expect(setupUrl).toMatch(/\/mfa-reset#token=[A-Za-z0-9_-]{40,}$/);
    const token = setupUrl.split('#token=')[1]!;
    expect((await session(lawyer)).statusCode).toBe(401);
    expect((await members()).find((m) => m.id === lawyer.id)).toMatchObject({ mfaEnrolled: false, status: 'active' });
    // The password alone no longer opens a way to enrol a new authenticator.
    const alone = await signIn(lawyer.email);
    expect(alone.statusCode).toBe(403);
    expect(alone.json().error.message).toMatch(/set-up link/);
    expect(alone.cookies.find((c) => c.name.endsWith('harbour_session'))).toBeUndefined();
    // The link, with the password, starts an enrolment.
    const inspect = await t.app.inject({ method: 'POST', url: '/api/mfa-reset/inspect', payload: { token } });
    expect(inspect.json()).toEqual({ email: lawyer.email, organisationName: 'Test Clinic' });
    const wrong = await t.app.inject({ method: 'POST', url: '/api/mfa-reset/accept', payload: { token, password: 'Not-The-Password-123' } });
    expect(wrong.statusCode).toBe(401);
    const accepted = await t.app.inject({ method: 'POST', url: '/api/mfa-reset/accept', payload: { token, password: DEFAULT_PASSWORD } });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json()).toEqual({ next: 'mfa-enrol' });
    const cookie = cookieFrom(accepted);
    const pending = (await t.app.inject({ method: 'GET', url: '/api/session', headers: { cookie } })).json<{ stage: string; csrfToken: string }>();
    expect(pending.stage).toBe('mfa-enrol');
    const headers = { cookie, 'x-csrf-token': pending.csrfToken };
    const start = (await t.app.inject({ method: 'POST', url: '/api/auth/mfa/enrolment', headers, payload: {} })).json<{ secret: string }>();
    const code = await generate({ secret: start.secret, epoch: Math.floor(t.ctx.now().getTime() / 1000) });
    const confirm = await t.app.inject({ method: 'POST', url: '/api/auth/mfa/enrolment/confirm', headers, payload: { code } });
    expect(confirm.statusCode).toBe(200);
    lawyer.totpSecret = start.secret;
    Object.assign(lawyer, await signInAgain(lawyer));
    // The link works once.
    expect((await t.app.inject({ method: 'POST', url: '/api/mfa-reset/accept', payload: { token, password: DEFAULT_PASSWORD } })).statusCode).toBe(410);
    expect(await auditActions()).toContainEqual({ action: 'organisation.mfa-reset', actor: admin.id, detail: { userId: lawyer.id } });
  });

  it('does not let anyone manage people of another organisation, nor a non-admin manage anyone', async () => {
    const B = client(t, otherAdmin);
    for (const [method, url, body] of [
      ['post', `/api/organisation/members/${lawyer.id}/disable`, {}],
      ['post', `/api/organisation/members/${lawyer.id}/enable`, {}],
      ['patch', `/api/organisation/members/${lawyer.id}`, { role: 'educator' }],
      ['post', `/api/organisation/members/${lawyer.id}/mfa-reset`, {}],
    ] as const) {
      expect((await B[method](url, body)).statusCode, url).toBe(404);
      expect((await client(t, lawyer)[method](url.replace(lawyer.id, worker.id), body)).statusCode, url).toBe(403);
    }
    expect((await session(lawyer)).json().user.role).toBe('lawyer');
  });

  it('always keeps one active admin in the organisation', async () => {
    const self = await A.post(`/api/organisation/members/${admin.id}/disable`, {});
    expect(self.statusCode).toBe(409);
    expect(self.json().error.message).toMatch(/at least one active administrator/);
    const demote = await A.patch(`/api/organisation/members/${admin.id}`, { role: 'lawyer', isAdmin: false });
    expect(demote.statusCode).toBe(409);
    expect(demote.json().error.message).toMatch(/at least one active administrator/);
    // Once a lawyer holds the admin duty too, the first admin may step down.
    const promote = await A.patch(`/api/organisation/members/${lawyer.id}`, { isAdmin: true });
    expect(promote.statusCode).toBe(200);
    expect(promote.json().member).toMatchObject({ role: 'lawyer', isAdmin: true });
    expect((await members(client(t, lawyer))).length).toBeGreaterThan(2);
    expect((await session(lawyer)).json().user).toMatchObject({ role: 'lawyer', isAdmin: true });
    expect((await A.post(`/api/organisation/members/${admin.id}/disable`, {})).statusCode).toBe(200);
    expect((await session(admin)).statusCode).toBe(401);
    // Now the lawyer is the last one: they may not give up the duty.
    const L = client(t, lawyer);
    expect((await L.patch(`/api/organisation/members/${lawyer.id}`, { isAdmin: false })).statusCode).toBe(409);
    expect((await L.post(`/api/organisation/members/${admin.id}/enable`, {})).statusCode).toBe(200);
    Object.assign(admin, await signInAgain(admin));
  });

  it('keeps the admin role and the admin duty together: a pure admin is always an admin', async () => {
    const res = await A.patch(`/api/organisation/members/${worker.id}`, { role: 'admin', isAdmin: false });
    expect(res.statusCode).toBe(400);
  });
});

describe('admin duty gives no case access', () => {
  it('a lawyer holding the admin duty sees only the cases whose team they are on, and cannot break the glass', async () => {
    const colleague = await addPerson(t, admin.orgId, 'lawyer', 'cora.colleague@clinic.example');
    const C = client(t, colleague);
    const code = await newCase(C);
    const L = client(t, lawyer);
    expect((await session(lawyer)).json().user.isAdmin).toBe(true);
    expect((await L.get(`/api/cases/${code}`)).statusCode).toBe(404);
    expect((await L.post(`/api/cases/${code}/break-glass`, { reason: 'Responsible lawyer unreachable; client in danger', hours: 1 })).statusCode).toBe(404);
    expect((await L.post(`/api/cases/${code}/team`, { userId: lawyer.id, teamRole: 'lawyer' })).statusCode).toBe(404);
    const list = (await L.get('/api/cases')).json<{ cases: { code: string }[] }>().cases;
    expect(list.map((c) => c.code)).not.toContain(code);
    // …and an admin without a practice role reads no case either.
    expect((await A.get(`/api/cases/${code}`)).statusCode).toBe(403);
    expect((await A.get(`/api/cases/${code}/fragments`)).statusCode).toBe(403);
  });
});

describe('the first account can do the work (finding 10)', () => {
  let solo: TestApp;
  beforeAll(async () => {
    solo = await createTestApp();
  });
  afterAll(async () => solo.close());

  const setup = async (body: Record<string, unknown>) => {
    const { url } = await issueSetupLink(solo.ctx);
    const token = url.split('#token=')[1]!;
    return solo.app.inject({
      method: 'POST',
      url: '/api/setup',
      payload: {
        token,
        organisationName: 'Solo Practice',
        displayName: 'Margaret Holloway',
        email: 'margaret.holloway@solo.example',
        password: DEFAULT_PASSWORD,
        ...body,
      },
    });
  };

  it('refuses a password that repeats the email at setup (finding 13)', async () => {
    for (const password of ['Margaret.Holloway@Solo.Example', 'my-MARGARET.HOLLOWAY-2024']) {
      const res = await setup({ password });
      expect(res.statusCode, password).toBe(400);
      expect(res.json().error.fields).toEqual([expect.objectContaining({ path: 'password', message: expect.stringMatching(/email/) })]);
    }
  });

  it('"I am the lawyer too" makes the first account a lawyer who holds the admin duty', async () => {
    expect((await setup({ alsoLawyer: true })).statusCode).toBe(201);
    const me = await enrol(solo, 'margaret.holloway@solo.example', DEFAULT_PASSWORD);
    const s = (await solo.app.inject({ method: 'GET', url: '/api/session', headers: { cookie: me.cookie } })).json();
    expect(s.user).toMatchObject({ role: 'lawyer', isAdmin: true });
    const M = client(solo, me);
    // Administers the organisation…
    expect((await M.get('/api/organisation/members')).statusCode).toBe(200);
    expect((await M.post('/api/organisation/invitations', { email: 'lou.legal@solo.example', role: 'legal-worker' })).statusCode).toBe(201);
    // …and does the legal work: opens a case and works on it as its responsible lawyer.
    const code = await newCase(M);
    const opened = await M.get(`/api/cases/${code}`);
    expect(opened.statusCode).toBe(200);
    const fragment = await M.post(`/api/cases/${code}/fragments`, { text: 'Recruiter promised a visa.', source: 'client', compartment: 'privileged' });
    expect(fragment.statusCode).toBe(201);
    expect((await M.get(`/api/cases/${code}/fragments`)).json().fragments).toHaveLength(1);
    const team = (await M.get(`/api/cases/${code}/team`)).json();
    expect(JSON.stringify(team)).toContain('responsible-lawyer');
  });
});

describe('passwords that repeat the email (finding 13)', () => {
  it('are refused when accepting an invitation', async () => {
    const invite = await A.post('/api/organisation/invitations', { email: 'riverbank.lawyer@clinic.example', role: 'lawyer' });
    const token = invite.json().inviteUrl.split('#token=')[1] as string;
    const accept = (password: string) => t.app.inject({ method: 'POST', url: '/api/invitations/accept', payload: { token, displayName: 'Riley', password } });
    const bad = await accept('RIVERBANK.LAWYER@clinic.example');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields).toEqual([expect.objectContaining({ path: 'password', message: expect.stringMatching(/email/) })]);
    expect((await accept('Riverbank.Lawyer-Tidal-2024')).statusCode).toBe(400);
    expect((await accept(DEFAULT_PASSWORD)).statusCode).toBe(201);
  });

  it('are refused when changing a password', async () => {
    const W = client(t, worker);
    const res = await W.post('/api/account/password', { currentPassword: DEFAULT_PASSWORD, newPassword: 'Sam.Support-Harbour-77' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual([expect.objectContaining({ path: 'newPassword', message: expect.stringMatching(/email/) })]);
  });
});
