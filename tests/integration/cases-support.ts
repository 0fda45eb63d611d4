import type { LightMyRequestResponse } from 'fastify';
import { createInvitation } from '../../src/accounts';
import type { Role } from '../../src/platform/db/schema';
import { cookieFrom, DEFAULT_PASSWORD, enrol, setUpAdmin, type SignedIn, type TestApp } from '../support/test-app';

// People and an HTTP helper for the case-file tests.

export interface Person extends SignedIn {
  id: string;
  orgId: string;
  role: Role | 'admin';
  email: string;
  totpSecret: string;
}

export type Client = {
  get(url: string): Promise<LightMyRequestResponse>;
  post(url: string, payload?: unknown): Promise<LightMyRequestResponse>;
  put(url: string, payload?: unknown): Promise<LightMyRequestResponse>;
  patch(url: string, payload?: unknown): Promise<LightMyRequestResponse>;
  del(url: string, payload?: unknown): Promise<LightMyRequestResponse>;
};

export function client(t: TestApp, who: SignedIn): Client {
  const call = (method: string) => (url: string, payload?: unknown) =>
    t.app.inject({ method: method as 'GET', url, headers: who.headers, ...(payload !== undefined ? { payload: payload as object } : {}) });
  return { get: call('GET'), post: call('POST'), put: call('PUT'), patch: call('PATCH'), del: call('DELETE') };
}

async function idOf(t: TestApp, email: string) {
  return t.ctx.db.selectFrom('users').select(['id', 'organisation_id']).where('email', '=', email).executeTakeFirstOrThrow();
}

export async function setUpFirstAdmin(t: TestApp): Promise<Person> {
  const email = 'admin@clinic.example';
  const signed = await setUpAdmin(t, email);
  const row = await idOf(t, email);
  return { ...signed, id: row.id, orgId: row.organisation_id, role: 'admin', email };
}

export async function createOrganisation(t: TestApp, name: string): Promise<string> {
  const row = await t.ctx.db.insertInto('organisations').values({ name }).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/** Invites, accepts and enrols one person with TOTP; returns an active session. */
export async function addPerson(t: TestApp, orgId: string, role: Role, email: string): Promise<Person> {
  const invitation = await createInvitation(t.ctx, { organisationId: orgId, invitedBy: null, email, role });
  const token = new URL(invitation.inviteUrl).hash.replace('#token=', '');
  const accepted = await t.app.inject({
    method: 'POST',
    url: '/api/invitations/accept',
    payload: { token, displayName: email.split('@')[0], password: DEFAULT_PASSWORD },
  });
  if (accepted.statusCode !== 201) throw new Error(`accept failed: ${accepted.body}`);
  const signed = await enrol(t, email, DEFAULT_PASSWORD);
  const row = await idOf(t, email);
  return { ...signed, id: row.id, orgId: row.organisation_id, role, email };
}

const NEW_CASE = { province: 'ON', languages: ['es'], interpreterNeeded: true };

export async function newCase(c: Client, body: object = NEW_CASE): Promise<string> {
  const res = await c.post('/api/cases', body);
  if (res.statusCode !== 201) throw new Error(`create failed: ${res.body}`);
  return res.json<{ case: { code: string } }>().case.code;
}

export async function addMember(c: Client, code: string, userId: string, teamRole: string, supervisedBy?: string): Promise<void> {
  const res = await c.post(`/api/cases/${code}/team`, { userId, teamRole, ...(supervisedBy ? { supervisedBy } : {}) });
  if (res.statusCode !== 201) throw new Error(`add member failed: ${res.body}`);
}

/** Signs in with a password and a TOTP code (people enrolled outside the API, e.g. the demo seed). */
export async function signInWithTotp(t: TestApp, email: string, password: string, totpSecret: string): Promise<SignedIn> {
  const { generate } = await import('otplib');
  const first = await t.app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email, password } });
  if (first.statusCode !== 200) throw new Error(`sign-in failed: ${first.body}`);
  let cookie = cookieFrom(first);
  const pending = (await t.app.inject({ method: 'GET', url: '/api/session', headers: { cookie } })).json<{ csrfToken: string }>();
  const verified = await t.app.inject({
    method: 'POST',
    url: '/api/auth/mfa/verify',
    headers: { cookie, 'x-csrf-token': pending.csrfToken },
    payload: { code: await generate({ secret: totpSecret, epoch: Math.floor((t.ctx?.now() ?? new Date()).getTime() / 1000) }) },
  });
  if (verified.statusCode !== 200) throw new Error(`mfa failed: ${verified.body}`);
  cookie = cookieFrom(verified);
  const active = (await t.app.inject({ method: 'GET', url: '/api/session', headers: { cookie } })).json<{ csrfToken: string }>();
  return { cookie, csrf: active.csrfToken, headers: { cookie, 'x-csrf-token': active.csrfToken } };
}
