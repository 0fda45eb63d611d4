// A signed-in person talking to a real Harbour over HTTP (sockets, not inject): first-run setup,
// sign-in with TOTP enrolment (codes from otplib), invitations. Used by the resilience tests and
// the benchmarks, which both run the real server process.
import { generate } from 'otplib';

const PASSWORD = 'Tidal-Lantern-Orchard-42';

export interface HttpSession {
  cookie: string;
  csrf: string;
  totpSecret: string;
  headers: Record<string, string>;
}

function sessionCookie(res: Response): string | undefined {
  const set = res.headers.getSetCookie().find((c) => /^(__Host-)?harbour_session=/.test(c) && !/harbour_session=;/.test(c));
  return set?.split(';')[0];
}

// Responses are whatever the server sent; tests read the fields they expect.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

export async function call(
  base: string,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; json: Json; res: Response }> {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  let json: Json;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = text;
  }
  return { status: res.status, json, res };
}

function expectStatus(what: string, got: { status: number; json: unknown }, want: number): void {
  if (got.status !== want) throw new Error(`${what}: expected ${want}, got ${got.status} ${JSON.stringify(got.json)}`);
}

/** Signs in with a password and enrols a new authenticator (first sign-in of an account). */
async function signInAndEnrol(base: string, email: string, password = PASSWORD): Promise<HttpSession> {
  const signIn = await call(base, 'POST', '/api/auth/sign-in', { email, password });
  expectStatus('sign-in', signIn, 200);
  let cookie = sessionCookie(signIn.res)!;
  const pending = await call(base, 'GET', '/api/session', undefined, { cookie });
  const headers = { cookie, 'x-csrf-token': pending.json.csrfToken as string };
  const start = await call(base, 'POST', '/api/auth/mfa/enrolment', {}, headers);
  expectStatus('mfa enrolment', start, 200);
  const totpSecret = start.json.secret as string;
  const confirm = await call(base, 'POST', '/api/auth/mfa/enrolment/confirm', { code: await generate({ secret: totpSecret }) }, headers);
  expectStatus('mfa confirm', confirm, 200);
  cookie = sessionCookie(confirm.res)!;
  const active = await call(base, 'GET', '/api/session', undefined, { cookie });
  const csrf = active.json.csrfToken as string;
  return { cookie, csrf, totpSecret, headers: { cookie, 'x-csrf-token': csrf } };
}

/** Completes first-run setup from the link the server printed, and signs the administrator in. */
export async function setUpAdminOverHttp(base: string, setupUrl: string, email = 'admin@clinic.example'): Promise<HttpSession> {
  const token = setupUrl.split('#token=')[1];
  const setup = await call(base, 'POST', '/api/setup', { token, organisationName: 'Resilience Clinic', displayName: 'Ada Admin', email, password: PASSWORD });
  expectStatus('setup', setup, 201);
  return signInAndEnrol(base, email);
}

/** Invites someone with `role`, accepts the invitation and signs them in. */
export async function addMember(base: string, admin: HttpSession, email: string, role: string): Promise<HttpSession> {
  const invite = await call(base, 'POST', '/api/organisation/invitations', { email, role }, admin.headers);
  expectStatus('invite', invite, 201);
  const token = (invite.json.inviteUrl as string).split('#token=')[1];
  const accept = await call(base, 'POST', '/api/invitations/accept', { token, displayName: 'Lee Lawyer', password: PASSWORD });
  expectStatus('accept', accept, 201);
  return signInAndEnrol(base, email);
}

/** Waits for the one-time setup link a first start prints (just after its "listening" line). */
export async function setupLinkFrom(output: () => string, timeoutMs = 30_000): Promise<string> {
  for (const started = Date.now(); Date.now() - started < timeoutMs; await new Promise((r) => setTimeout(r, 50))) {
    const link = /(http:\/\/\S+\/setup#token=\S+)/.exec(output())?.[1];
    if (link) return link;
  }
  throw new Error(`no setup link in the server output:\n${output()}`);
}
