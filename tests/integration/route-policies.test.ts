import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CASE_NOT_FOUND_MESSAGE } from '../../src/cases';
import { buildApp, type RouteModule } from '../../src/platform/http/app';
import { RoutePolicyError } from '../../src/platform/http/enforce-route-policy';
import { caseScopeOf, onCase, onCases, PUBLIC, signedIn, signedInPerson, type RoutePolicy } from '../../src/platform/http/route-policy';
import { ROUTES } from '../../src/server/routes';
import { createTestApp, type TestApp } from '../support/test-app';
import { addMember, addPerson, client, newCase, setUpFirstAdmin, type Client, type Person } from './cases-support';

// Route policies are enforced, not labels (docs/decisions/0011-route-policies.md): a route
// without one does not start, every route of the real router carries its enforcement, a handler
// never runs when the policy says no, and what the policy resolved is what the handler reads.

let t: TestApp;
let probeApp: FastifyInstance;
const people: Record<string, Person> = {};
const c: Record<string, Client> = {};
let code: string;
let caseId: string;
/** What the probe handlers saw, by request: only set when a handler actually ran. */
const ran: { route: string; personId: string | null; caseId: string | null; caseCode: string | null; teamRole: string | null }[] = [];

const noWeb = () => join(t.ctx.config.dataDir, 'no-web');
const moduleWith =
  (url: string, policy: unknown): RouteModule =>
  (app) => {
    app.get(url, { config: { policy: policy as RoutePolicy } }, async () => ({ ok: true }));
  };

const probe: RouteModule = (app) => {
  const record = (route: string) => (request: FastifyRequest) => {
    ran.push({
      route,
      personId: request.person?.user.id ?? null,
      caseId: request.caseScope?.row.id ?? null,
      caseCode: request.caseScope?.row.code ?? null,
      teamRole: request.caseScope?.teamRole ?? null,
    });
    return { ok: true };
  };
  app.get('/api/test/cases/:code/read', { config: { policy: onCase('case:read-overview') } }, async (request) => {
    // The accessors hand back exactly what the policy put on the request.
    expect(caseScopeOf(request)).toBe(request.caseScope);
    expect(signedInPerson(request)).toBe(request.person);
    return record('read')(request);
  });
  app.post('/api/test/cases/:code/update', { config: { policy: onCase('case:update') } }, async (request) => record('update')(request));
  app.get('/api/test/cases/:code/privileged', { config: { policy: onCase('case:read-narrative', { compartment: 'privileged' }) } }, async (request) =>
    record('privileged')(request),
  );
  app.get('/api/test/signed-in', { config: { policy: signedIn() } }, async (request) => record('signed-in')(request));
  app.get('/api/test/admins', { config: { policy: onCases('case:list-visible', { roles: ['admin'] }) } }, async (request) => record('admins')(request));
  app.get('/api/test/public', { config: { policy: PUBLIC } }, async (request) => record('public')(request));
};

beforeAll(async () => {
  t = await createTestApp();
  const admin = await setUpFirstAdmin(t);
  people.ADM = admin;
  c.ADM = client(t, admin);
  for (const [key, role, email] of [
    ['RL', 'lawyer', 'rl@p.example'],
    ['SW', 'support-worker', 'sw@p.example'],
    ['outsider', 'lawyer', 'out@p.example'],
  ] as const) {
    people[key] = await addPerson(t, admin.orgId, role, email);
    c[key] = client(t, people[key]!);
  }
  code = await newCase(c.RL!);
  await addMember(c.RL!, code, people.SW!.id, 'support-worker');
  caseId = (await t.ctx.db.selectFrom('cases').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id;
  probeApp = await buildApp(t.ctx, { routes: [...ROUTES, probe], webDist: noWeb() });
  await probeApp.ready();
});
afterAll(async () => {
  await probeApp?.close();
  await t.close();
});

const call = (who: Person | null, method: 'GET' | 'POST', url: string, headers: Record<string, string> = who?.headers ?? {}) =>
  probeApp.inject({ method, url, headers, ...(method === 'POST' ? { payload: {} } : {}) });

describe('a route without a usable policy is a start-up error', () => {
  it.each([
    ['no config at all', undefined, '/api/test/x', /declares no policy/],
    ['a plain string, as policies used to be', 'public', '/api/test/x', /not a RoutePolicy/],
    ['an unknown kind', { kind: 'everyone' }, '/api/test/x', /unknown kind/],
    ['an unknown case action', { kind: 'case', action: 'case:peek' }, '/api/test/:code', /unknown case action/],
    ['a narrative action without a compartment', { kind: 'case', action: 'case:read-narrative' }, '/api/test/:code', /without a compartment/],
    ['a case policy on a route without a case code', onCase('case:read-overview'), '/api/test/x', /no :code/],
    ['a case code under a policy that does not open the case', signedIn(), '/api/test/:code', /does not open the case/],
    ['an unknown role', { kind: 'signed-in', stages: ['active'], roles: ['superuser'] }, '/api/test/x', /unknown role/],
  ])('refuses %s', async (_name, policy, url, message) => {
    const module: RouteModule =
      policy === undefined
        ? (app) => {
            app.get(url, async () => ({ ok: true }));
          }
        : moduleWith(url, policy);
    const built = buildApp(t.ctx, { routes: [...ROUTES, module], webDist: noWeb() });
    await expect(built).rejects.toThrow(RoutePolicyError);
    await expect(built).rejects.toThrow(message);
  });

  it('names the route and the problem, never the declared value', async () => {
    const error = await buildApp(t.ctx, { routes: [moduleWith('/api/test/x', 'secret-looking-value')], webDist: noWeb() }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RoutePolicyError);
    expect(String((error as Error).message)).toContain('GET /api/test/x');
    expect(String((error as Error).message)).not.toContain('secret-looking-value');
  });
});

describe('every route of the real router carries its policy', () => {
  it('puts the policy enforcement first among the preHandlers of every route, the API documentation and the web app included', async () => {
    // A web build, so the static routes are there too.
    const dist = join(t.ctx.config.dataDir, 'web-for-policies');
    mkdirSync(join(dist, 'assets'), { recursive: true });
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>x</title>');
    writeFileSync(join(dist, 'assets', 'app-1234.js'), 'console.log(1)');
    const app = await buildApp(t.ctx, { routes: ROUTES, webDist: dist });
    try {
      await app.ready();
      const routes: { method: string; url: string; preHandlers: string[] }[] = [];
      for (const method of ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE']) {
        const tree = app.printRoutes({ method: method as 'GET', commonPrefix: false, includeHooks: true });
        // The tree nests routes under their common path; each level indents four characters.
        const paths: string[] = [];
        let current: { method: string; url: string; preHandlers: string[] } | undefined;
        for (const line of tree.split('\n')) {
          const node = /^([│ ]*)[├└]── (\S+)(?: \(([^)]*)\))?/.exec(line);
          if (node) {
            const depth = node[1]!.length / 4;
            paths.length = depth;
            paths[depth] = (paths[depth - 1] ?? '') + node[2]!;
            current = node[3] ? { method, url: paths[depth]!, preHandlers: [] } : undefined;
            if (current) routes.push(current);
            continue;
          }
          const hooks = /• \(preHandler\) (\[.*\])/.exec(line);
          if (hooks && current) current.preHandlers = (JSON.parse(hooks[1]!) as string[]).map((h) => h.replace(/\(\)$/, ''));
        }
      }
      const urls = routes.map((r) => `${r.method} ${r.url}`);
      // The walk really covers the router: capabilities, the documentation and the web app.
      expect(urls).toEqual(expect.arrayContaining(['GET /api/cases/:code', 'POST /api/auth/sign-in', 'GET /api/docs', 'GET /index.html']));
      expect(urls.some((u) => u.startsWith('GET /assets/'))).toBe(true);
      expect(routes.length).toBeGreaterThan(80);
      const unguarded = routes.filter((r) => !/^routePolicy\(/.test(r.preHandlers[0] ?? '')).map((r) => `${r.method} ${r.url}`);
      expect(unguarded).toEqual([]);
      const twice = routes.filter((r) => r.preHandlers.filter((h) => h.startsWith('routePolicy(')).length !== 1);
      expect(twice).toEqual([]);
      // Platform routes are public by decision; every route that takes a case code opens the case.
      const policyOf = (method: string, url: string) => routes.find((r) => r.method === method && r.url === url)?.preHandlers[0];
      expect(policyOf('GET', '/api/docs')).toBe('routePolicy(public)');
      expect(policyOf('GET', '/index.html')).toBe('routePolicy(public)');
      expect(policyOf('GET', '/api/cases/:code/fragments')).toBe('routePolicy(case:read-narrative/team)');
      expect(policyOf('POST', '/api/cases/:code/fragments')).toBe('routePolicy(case:write-narrative/from-body)');
      expect(policyOf('GET', '/api/admin/retention')).toBe('routePolicy(cases case:list-visible)');
      expect(policyOf('GET', '/api/organisation/members')).toBe('routePolicy(org:manage-members)');
      const codeRoutes = routes.filter((r) => r.url.includes(':code'));
      expect(codeRoutes.length).toBeGreaterThanOrEqual(30);
      expect(codeRoutes.filter((r) => !/^routePolicy\(case:/.test(r.preHandlers[0] ?? ''))).toEqual([]);
    } finally {
      await app.close();
    }
  });
});

describe('a handler does not run when the policy says no', () => {
  it('answers 401 without a session, on case, signed-in and admin routes alike', async () => {
    ran.length = 0;
    for (const url of [`/api/test/cases/${code}/read`, '/api/test/signed-in', '/api/test/admins']) {
      const res = await call(null, 'GET', url);
      expect(res.statusCode, url).toBe(401);
      expect(res.json().error.code).toBe('not-signed-in');
    }
    // The real routes too.
    for (const url of [`/api/cases/${code}`, '/api/knowledge/remedies', '/api/organisation/members', '/api/admin/retention', '/api/cases']) {
      expect((await t.app.inject({ method: 'GET', url })).statusCode, url).toBe(401);
    }
    expect(ran).toEqual([]);
  });

  it('answers someone off the team exactly as for a case that does not exist', async () => {
    ran.length = 0;
    const off = await call(people.outsider!, 'GET', `/api/test/cases/${code}/read`);
    const missing = await call(people.outsider!, 'GET', '/api/test/cases/HB-2222-22/read');
    const garbage = await call(people.outsider!, 'GET', '/api/test/cases/not-a-code/read');
    for (const res of [off, missing, garbage]) {
      expect(res.statusCode).toBe(404);
      expect(res.json()).toEqual({ error: { code: 'not-found', message: CASE_NOT_FOUND_MESSAGE } });
    }
    // The organisation's admin, without a grant, may know the case exists but not read it.
    expect((await call(people.ADM!, 'GET', `/api/test/cases/${code}/read`)).statusCode).toBe(403);
    expect(ran).toEqual([]);
  });

  it('answers 403 to a team member whose place does not allow the action', async () => {
    ran.length = 0;
    const update = await call(people.SW!, 'POST', `/api/test/cases/${code}/update`);
    expect(update.statusCode).toBe(403);
    expect(update.json().error.code).toBe('forbidden');
    // Privileged material is for the legal team only.
    expect((await call(people.SW!, 'GET', `/api/test/cases/${code}/privileged`)).statusCode).toBe(403);
    expect(ran).toEqual([]);
  });

  it('answers 403 to a lawyer on an administrators-only route', async () => {
    ran.length = 0;
    const res = await call(people.RL!, 'GET', '/api/test/admins');
    expect(res.statusCode).toBe(403);
    expect(res.json().error).toEqual({ code: 'forbidden', message: 'Your role does not allow this.' });
    expect((await c.RL!.get('/api/admin/retention')).statusCode).toBe(403);
    expect((await c.RL!.get('/api/organisation/members')).json().error.code).toBe('forbidden');
    expect(ran).toEqual([]);
  });

  it('refuses a state-changing request without the CSRF token before the case is opened', async () => {
    ran.length = 0;
    const res = await call(people.RL!, 'POST', `/api/test/cases/${code}/update`, { cookie: people.RL!.cookie });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('csrf-failed');
    expect(ran).toEqual([]);
  });

  it('does not let a session part-way through signing in reach a route for the fully signed in', async () => {
    const first = await t.app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email: people.RL!.email, password: 'Tidal-Lantern-Orchard-42' } });
    expect(first.statusCode).toBe(200);
    const set = first.cookies.find((k) => k.name.endsWith('harbour_session'))!;
    ran.length = 0;
    const res = await call(null, 'GET', `/api/test/cases/${code}/read`, { cookie: `${set.name}=${set.value}` });
    expect(res.json().error.code).toBe('mfa-required');
    expect(ran).toEqual([]);
  });
});

describe('what the policy resolved is what the handler reads', () => {
  it('puts the signed-in person and the case behind :code on the request', async () => {
    ran.length = 0;
    expect((await call(people.RL!, 'GET', `/api/test/cases/${code}/read`)).statusCode).toBe(200);
    expect((await call(people.SW!, 'GET', `/api/test/cases/${code}/read`)).statusCode).toBe(200);
    expect(ran).toEqual([
      { route: 'read', personId: people.RL!.id, caseId, caseCode: code, teamRole: 'responsible-lawyer' },
      { route: 'read', personId: people.SW!.id, caseId, caseCode: code, teamRole: 'support-worker' },
    ]);
  });

  it('puts only the person on a signed-in route, and nothing on a public one', async () => {
    ran.length = 0;
    expect((await call(people.outsider!, 'GET', '/api/test/signed-in')).statusCode).toBe(200);
    expect((await call(people.ADM!, 'GET', '/api/test/admins')).statusCode).toBe(200);
    expect((await call(people.RL!, 'GET', '/api/test/public')).statusCode).toBe(200);
    expect(ran).toEqual([
      { route: 'signed-in', personId: people.outsider!.id, caseId: null, caseCode: null, teamRole: null },
      { route: 'admins', personId: people.ADM!.id, caseId: null, caseCode: null, teamRole: null },
      { route: 'public', personId: null, caseId: null, caseCode: null, teamRole: null },
    ]);
  });

  it('audits a case read once, and a break-glass use once, as before', async () => {
    const count = async (action: string) =>
      Number(
        (
          await t.ctx.db
            .selectFrom('audit_log')
            .select((eb) => eb.fn.countAll().as('n'))
            .where('action', '=', action)
            .where('case_id', '=', caseId)
            .executeTakeFirstOrThrow()
        ).n,
      );
    const viewed = await count('case.viewed');
    expect((await c.RL!.get(`/api/cases/${code}`)).statusCode).toBe(200);
    expect(await count('case.viewed')).toBe(viewed + 1);
    const grant = await c.ADM!.post(`/api/cases/${code}/break-glass`, { reason: 'Client unreachable and at risk, lawyer away.', hours: 1 });
    expect(grant.statusCode).toBe(201);
    const used = await count('case.break-glass-used');
    expect((await c.ADM!.get(`/api/cases/${code}`)).json().case.access).toBe('break-glass');
    expect(await count('case.break-glass-used')).toBe(used + 1);
    expect(await count('case.viewed')).toBe(viewed + 2);
  });
});
