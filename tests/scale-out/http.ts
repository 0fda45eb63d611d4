// HTTP calls for the scale-out test and benchmark: JSON in and out, the session cookie and CSRF
// token, the client address in X-Forwarded-For, and which process answered (nginx's X-Harbour-Upstream).
import { generate } from 'otplib';

export interface Auth {
  cookie: string;
  csrf: string;
}

export interface Answer {
  status: number;
  body: unknown;
  upstream: string;
  cookie: string | null;
}

/** One HTTP call; `ip` is the client address nginx passes on in X-Forwarded-For (rate limits key on it). */
export async function call(
  base: string,
  method: string,
  path: string,
  options: { body?: unknown; auth?: Auth | undefined; ip?: string } = {},
): Promise<Answer> {
  const headers: Record<string, string> = { accept: 'application/json', 'x-forwarded-for': options.ip ?? '203.0.113.1' };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (options.auth) {
    headers.cookie = options.auth.cookie;
    headers['x-csrf-token'] = options.auth.csrf;
  }
  const res = await fetch(`${base}${path}`, { method, headers, body: options.body === undefined ? undefined : JSON.stringify(options.body) });
  const text = await res.text();
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    // not JSON (an nginx error page)
  }
  const cookie =
    res.headers
      .getSetCookie()
      .map((line) => line.split(';')[0]!.trim())
      .find((pair) => /harbour_session=./.test(pair)) ?? null;
  return { status: res.status, body, upstream: res.headers.get('x-harbour-upstream') ?? '', cookie };
}

export function ok(answer: Answer, what: string): Answer {
  if (answer.status < 200 || answer.status > 299) throw new Error(`${what}: ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer;
}

export async function csrfOf(base: string, cookie: string): Promise<string> {
  return (ok(await call(base, 'GET', '/api/session', { auth: { cookie, csrf: '' } }), 'session').body as { csrfToken: string }).csrfToken;
}

/** First-run setup with the token a process printed, then sign-in and TOTP enrolment: an administrator who is also a lawyer. */
export async function setUpFirstPerson(
  base: string,
  token: string,
  person: { email: string; password: string },
): Promise<{ auth: Auth; recoveryCodes: string[] }> {
  ok(
    await call(base, 'POST', '/api/setup', {
      body: { token, organisationName: 'Clinique du Havre', displayName: 'Ada Admin', email: person.email, password: person.password, alsoLawyer: true },
    }),
    'setup',
  );
  const first = ok(await call(base, 'POST', '/api/auth/sign-in', { body: { email: person.email, password: person.password } }), 'sign-in');
  const pending = { cookie: first.cookie!, csrf: await csrfOf(base, first.cookie!) };
  const { secret } = ok(await call(base, 'POST', '/api/auth/mfa/enrolment', { body: {}, auth: pending }), 'enrolment').body as { secret: string };
  const confirmed = ok(await call(base, 'POST', '/api/auth/mfa/enrolment/confirm', { body: { code: await generate({ secret }) }, auth: pending }), 'confirm');
  const cookie = confirmed.cookie ?? pending.cookie;
  return { auth: { cookie, csrf: await csrfOf(base, cookie) }, recoveryCodes: (confirmed.body as { recoveryCodes: string[] }).recoveryCodes };
}
