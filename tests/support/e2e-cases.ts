// People for the case-file browser tests, made through the real server's HTTP API (setup,
// invitations, two-step enrolment with otplib), so the browser can start signed in as each of them.
import { generate } from 'otplib';
import type { BrowserContext, Page } from 'playwright-core';

export interface ApiPerson {
  email: string;
  displayName: string;
  /** "name=value" of the session cookie, after two-step verification. */
  cookie: string;
  csrf: string;
}

const PASSWORD = 'quiet harbour lanterns 2024';

function sessionCookie(response: Response): string | null {
  for (const line of response.headers.getSetCookie()) {
    const [pair] = line.split(';');
    if (pair && /harbour_session=/.test(pair) && !/=$/.test(pair)) return pair.trim();
  }
  return null;
}

async function call(baseUrl: string, method: string, path: string, body?: unknown, auth?: { cookie: string; csrf?: string }): Promise<Response> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (auth) headers.cookie = auth.cookie;
  if (auth?.csrf) headers['x-csrf-token'] = auth.csrf;
  return fetch(`${baseUrl}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
}

async function expectOk(response: Response, what: string): Promise<Response> {
  if (!response.ok) throw new Error(`${what}: ${response.status} ${await response.text()}`);
  return response;
}

/** Calls the API as this person (their session cookie and CSRF token); a refusal throws with its status and body. */
export async function callAs(baseUrl: string, person: ApiPerson, method: string, path: string, body?: unknown): Promise<Response> {
  return expectOk(await call(baseUrl, method, path, body, person), `${method} ${path}`);
}

/** Signs in with a password and turns on two-step verification with a TOTP computed here. */
async function enrol(baseUrl: string, email: string, displayName: string): Promise<ApiPerson> {
  const signIn = await expectOk(await call(baseUrl, 'POST', '/api/auth/sign-in', { email, password: PASSWORD }), `sign-in ${email}`);
  let cookie = sessionCookie(signIn)!;
  const pending = (await (await call(baseUrl, 'GET', '/api/session', undefined, { cookie })).json()) as { csrfToken: string };
  const auth = { cookie, csrf: pending.csrfToken };
  const { secret } = (await (await expectOk(await call(baseUrl, 'POST', '/api/auth/mfa/enrolment', {}, auth), 'enrolment')).json()) as { secret: string };
  const confirm = await expectOk(
    await call(baseUrl, 'POST', '/api/auth/mfa/enrolment/confirm', { code: await generate({ secret }) }, auth),
    'enrolment confirm',
  );
  cookie = sessionCookie(confirm) ?? cookie;
  const active = (await (await call(baseUrl, 'GET', '/api/session', undefined, { cookie })).json()) as { csrfToken: string };
  return { email, displayName, cookie, csrf: active.csrfToken };
}

export interface CaseTeamPeople {
  admin: ApiPerson;
  lawyer: ApiPerson;
  supportWorker: ApiPerson;
}

/** First-run setup with an administrator, who invites a lawyer and a support worker; all three enrolled. */
export async function setUpCasePeople(baseUrl: string, setupUrl: string): Promise<CaseTeamPeople> {
  const token = new URL(setupUrl).hash.replace('#token=', '');
  await expectOk(
    await call(baseUrl, 'POST', '/api/setup', {
      token,
      organisationName: 'Clinique du Havre',
      displayName: 'Ada Admin',
      email: 'ada@havre.example',
      password: PASSWORD,
    }),
    'setup',
  );
  const admin = await enrol(baseUrl, 'ada@havre.example', 'Ada Admin');
  const invitees = [
    { email: 'lena@havre.example', displayName: 'Léna Lawyer', role: 'lawyer' },
    { email: 'sam@havre.example', displayName: 'Sam Support', role: 'support-worker' },
  ];
  const enrolled: ApiPerson[] = [];
  for (const person of invitees) {
    const invite = (await (
      await expectOk(await call(baseUrl, 'POST', '/api/organisation/invitations', { email: person.email, role: person.role }, admin), 'invite')
    ).json()) as { inviteUrl: string };
    const inviteToken = invite.inviteUrl.split('#token=')[1];
    await expectOk(
      await call(baseUrl, 'POST', '/api/invitations/accept', { token: inviteToken, displayName: person.displayName, password: PASSWORD }),
      'accept',
    );
    enrolled.push(await enrol(baseUrl, person.email, person.displayName));
  }
  return { admin, lawyer: enrolled[0]!, supportWorker: enrolled[1]! };
}

/** Makes the browser act as this person from the next page load. */
export async function actAs(context: BrowserContext, baseUrl: string, person: ApiPerson): Promise<void> {
  const [name, value] = person.cookie.split(/=(.*)/s) as [string, string];
  await context.clearCookies();
  await context.addCookies([{ name, value, url: baseUrl }]);
}

/**
 * Starts a case in the browser as the signed-in person, the way a lawyer does (Ontario, Spanish,
 * no interpreter), and returns its code.
 */
export async function startOntarioCaseInBrowser(page: Page, baseUrl: string): Promise<string> {
  const main = page.locator('main');
  await page.goto(`${baseUrl}/cases/new`);
  await main.getByLabel('Province or territory').selectOption('ON');
  await main.getByRole('group', { name: 'Languages', exact: true }).getByLabel('Spanish').check();
  await main.getByRole('radiogroup', { name: 'Is an interpreter needed?', exact: true }).getByLabel('No', { exact: true }).check();
  await main.getByRole('button', { name: 'Start the case' }).click();
  await page.waitForURL(/\/cases\/HB-/);
  return (await main.locator('h1 .case-code').textContent()) ?? '';
}
