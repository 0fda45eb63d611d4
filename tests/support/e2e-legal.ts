import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generate } from 'otplib';
import type { Page } from 'playwright-core';
import { runHarbour } from './harbour-process';
import { repoRoot } from './e2e-server';

// Helpers for the legal tools' end-to-end tests: a Harbour seeded with the demo organisation
// (`harbour demo seed`, whose people have two-step verification already on), signing a demo
// person in through the API, and calling the API from the signed-in page.

export interface DemoPerson {
  role: string;
  email: string;
  password: string;
  totpSecret: string;
}

export interface DemoHarbour {
  baseUrl: string;
  dataDir: string;
  people: DemoPerson[];
  caseCodes: string[];
  /** Runs the command line against the same data folder. */
  cli(args: string[], input?: string): { status: number | null; stdout: string; stderr: string };
  stop(): Promise<void>;
}

export async function startDemoHarbour(): Promise<DemoHarbour> {
  const dataDir = mkdtempSync(join(tmpdir(), 'harbour-e2e-legal-'));
  const { DATABASE_URL: _external, ...inherited } = process.env;
  const env = { ...inherited, HARBOUR_DATA_DIR: dataDir, HARBOUR_LOG_LEVEL: 'warn' };
  const cli = (args: string[], input?: string) => {
    const r = spawnSync(process.execPath, [join(repoRoot, 'bin/harbour.js'), ...args], { cwd: repoRoot, env, input, encoding: 'utf8', timeout: 120_000 });
    return { status: r.status, stdout: r.stdout, stderr: r.stderr };
  };
  const seed = cli(['demo', 'seed']);
  if (seed.status !== 0) throw new Error(`harbour demo seed failed:\n${seed.stdout}\n${seed.stderr}`);
  const caseCodes = /fictional cases: ([^.]+)\./.exec(seed.stdout)?.[1]?.split(', ') ?? [];
  const people = [...seed.stdout.matchAll(/^\s+(\S+)\s+(\S+@\S+)\s+password (\S+)\s+TOTP secret (\S+)$/gm)].map((m) => ({
    role: m[1]!,
    email: m[2]!,
    password: m[3]!,
    totpSecret: m[4]!,
  }));
  const harbour = await runHarbour(dataDir);
  return {
    baseUrl: harbour.url.replace(/\/$/, ''),
    dataDir,
    people,
    caseCodes,
    cli,
    stop: async () => {
      harbour.child.kill('SIGTERM');
      await Promise.race([harbour.exited, new Promise((r) => setTimeout(r, 15_000))]);
      rmSync(dataDir, { recursive: true, force: true, maxRetries: 3 });
    },
  };
}

const lastWindow = new Map<string, number>();

/** A TOTP the server has not yet seen for this secret (it refuses a code's window twice). */
async function freshCode(secret: string): Promise<string> {
  const used = lastWindow.get(secret);
  const now = Math.floor(Date.now() / 30_000);
  if (used !== undefined && now <= used) await new Promise((r) => setTimeout(r, (used + 1) * 30_000 - Date.now() + 300));
  lastWindow.set(secret, Math.floor(Date.now() / 30_000));
  return generate({ secret });
}

/** Calls the API from the page's session, with its CSRF token on state-changing requests. */
export async function apiCall<T = unknown>(page: Page, baseUrl: string, method: 'GET' | 'POST' | 'PUT' | 'PATCH', path: string, body?: unknown): Promise<T> {
  const session = await page.request.get(`${baseUrl}/api/session`);
  const csrf = session.ok() ? ((await session.json()) as { csrfToken?: string }).csrfToken : undefined;
  const response = await page.request.fetch(`${baseUrl}${path}`, {
    method,
    headers: { Accept: 'application/json', ...(csrf && method !== 'GET' ? { 'X-CSRF-Token': csrf } : {}) },
    ...(body === undefined ? {} : { data: body }),
  });
  if (!response.ok()) throw new Error(`${method} ${path} → ${response.status()} ${await response.text()}`);
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

/** Signs a demo person in (password, then an authenticator code) in the page's browser context. */
export async function signInAs(page: Page, baseUrl: string, person: DemoPerson): Promise<void> {
  await page.request.post(`${baseUrl}/api/auth/sign-out`).catch(() => undefined);
  const signIn = await page.request.post(`${baseUrl}/api/auth/sign-in`, { data: { email: person.email, password: person.password } });
  if (!signIn.ok()) throw new Error(`sign-in failed: ${signIn.status()} ${await signIn.text()}`);
  await apiCall(page, baseUrl, 'POST', '/api/auth/mfa/verify', { code: await freshCode(person.totpSecret) });
}
