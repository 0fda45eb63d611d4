import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { generate } from 'otplib';
import { loadConfig, type Config } from '../../src/platform/config/config';
import { buildApp } from '../../src/platform/http/app';
import type { AppContext } from '../../src/platform/http/context';
import { createLogger } from '../../src/platform/logging/logger';
import { issueSetupLink } from '../../src/accounts';
import { buildContext } from '../../src/server/start-server';
import { ROUTES } from '../../src/server/routes';
import { createTestDatabase, type TestDatabase } from './test-database';

export interface TestApp {
  app: FastifyInstance;
  ctx: AppContext;
  database: TestDatabase;
  logs: string[];
  /** Moves the app's clock forward (sessions, links, lockouts). */
  advance(ms: number): void;
  close(): Promise<void>;
}

export async function createTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const dataDir = mkdtempSync(join(tmpdir(), 'hb-app-'));
  const config: Config = loadConfig({ HARBOUR_DATA_DIR: dataDir, HARBOUR_LOG_LEVEL: 'info', ...env });
  const logs: string[] = [];
  const sink = new Writable({
    write(chunk, _enc, done) {
      logs.push(String(chunk));
      done();
    },
  });
  const logger = createLogger('debug', sink);
  let offset = 0;
  const base = await buildContext(config, { db: database.db, kind: database.kind, close: async () => undefined }, logger, () => undefined);
  const ctx: AppContext = { ...base, now: () => new Date(Date.now() + offset) };
  const app = await buildApp(ctx, { routes: ROUTES, webDist: join(dataDir, 'no-web') });
  await app.ready();
  // Each test request comes from its own address, so per-IP rate limits do not couple tests.
  let n = 0;
  const inject = app.inject.bind(app) as (opts: object) => Promise<LightMyRequestResponse>;
  (app as { inject: unknown }).inject = (opts: object) =>
    inject('remoteAddress' in opts ? opts : { ...opts, remoteAddress: `10.0.${(++n >> 8) & 255}.${n & 255}` });
  return {
    app,
    ctx,
    database,
    logs,
    advance: (ms) => {
      offset += ms;
    },
    close: async () => {
      await app.close();
      await database.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export function cookieFrom(res: LightMyRequestResponse): string {
  const set = res.cookies.find((c) => c.name.endsWith('harbour_session'));
  if (!set) throw new Error('no session cookie in response');
  return `${set.name}=${set.value}`;
}

export interface SignedIn {
  cookie: string;
  csrf: string;
  headers: Record<string, string>;
}

const DEFAULT_PASSWORD = 'Tidal-Lantern-Orchard-42';

/** Runs first-run setup and a full sign-in with TOTP enrolment; returns an active session. */
export async function setUpAdmin(t: TestApp, email = 'admin@clinic.example'): Promise<SignedIn & { totpSecret: string; recoveryCodes: string[] }> {
  const link = await issueSetupLink(t.ctx);
  const token = new URL(link.url).hash.replace('#token=', '');
  const setup = await t.app.inject({
    method: 'POST',
    url: '/api/setup',
    payload: { token, organisationName: 'Test Clinic', displayName: 'Ada Admin', email, password: DEFAULT_PASSWORD },
  });
  if (setup.statusCode !== 201) throw new Error(`setup failed: ${setup.body}`);
  return enrol(t, email, DEFAULT_PASSWORD);
}

export async function enrol(t: TestApp, email: string, password: string): Promise<SignedIn & { totpSecret: string; recoveryCodes: string[] }> {
  const signIn = await t.app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email, password } });
  if (signIn.statusCode !== 200) throw new Error(`sign-in failed: ${signIn.body}`);
  let cookie = cookieFrom(signIn);
  const session = (await t.app.inject({ method: 'GET', url: '/api/session', headers: { cookie } })).json<{ csrfToken: string }>();
  const headers = { cookie, 'x-csrf-token': session.csrfToken };
  const start = (await t.app.inject({ method: 'POST', url: '/api/auth/mfa/enrolment', headers, payload: {} })).json<{ secret: string }>();
  const code = await generate({ secret: start.secret, epoch: Math.floor(t.ctx.now().getTime() / 1000) });
  const confirm = await t.app.inject({ method: 'POST', url: '/api/auth/mfa/enrolment/confirm', headers, payload: { code } });
  if (confirm.statusCode !== 200) throw new Error(`enrolment failed: ${confirm.body}`);
  cookie = cookieFrom(confirm);
  const active = (await t.app.inject({ method: 'GET', url: '/api/session', headers: { cookie } })).json<{ csrfToken: string }>();
  return {
    cookie,
    csrf: active.csrfToken,
    headers: { cookie, 'x-csrf-token': active.csrfToken },
    totpSecret: start.secret,
    recoveryCodes: confirm.json<{ recoveryCodes: string[] }>().recoveryCodes,
  };
}

export { DEFAULT_PASSWORD };
