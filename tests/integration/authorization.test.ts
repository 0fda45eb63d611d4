import { join } from 'node:path';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routePolicyProblem } from '../../src/platform/http/route-policy';
import { buildApp, type RouteModule } from '../../src/platform/http/app';
import { ROUTES } from '../../src/server/routes';
import { ONTARIO_CLINIC } from '../../src/core/referrals/fixtures.test-support';
import { createTestApp, type TestApp } from '../support/test-app';
import { upload } from './evidence-support';
import { addMember, addPerson, client, createOrganisation, newCase, setUpFirstAdmin, type Client, type Person } from './cases-support';

// Need-to-know, checked from the outside. 1) Every route of the running server names a policy.
// 2) Every case route, for every kind of person: team roles get what the access policy gives
// them; everyone off the team gets exactly the 404 of a case that does not exist.

let t: TestApp;
const people: Record<string, Person> = {};
const c: Record<string, Client> = {};
let code: string;
const ids: Record<string, string> = {};
const MISSING = 'HB-2222-22';

const TEAM = ['RL', 'L', 'LWs', 'LWu', 'SW'] as const;
const OUTSIDERS = ['sameOrgLawyer', 'sameOrgLegalWorker', 'sameOrgSupport', 'educator', 'researcher', 'otherLawyer', 'otherSupport', 'otherAdmin'] as const;
type Who = (typeof TEAM)[number] | 'ADM';

beforeAll(async () => {
  t = await createTestApp();
  const admin = await setUpFirstAdmin(t);
  const other = await createOrganisation(t, 'Other Clinic');
  const add = async (key: string, org: string, role: Person['role'], email: string) => {
    people[key] = await addPerson(t, org, role as never, email);
    c[key] = client(t, people[key]!);
  };
  people.ADM = admin;
  c.ADM = client(t, admin);
  await add('RL', admin.orgId, 'lawyer', 'rl@a.example');
  await add('L', admin.orgId, 'lawyer', 'l@a.example');
  await add('LWs', admin.orgId, 'legal-worker', 'lws@a.example');
  await add('LWu', admin.orgId, 'legal-worker', 'lwu@a.example');
  await add('SW', admin.orgId, 'support-worker', 'sw@a.example');
  await add('extra', admin.orgId, 'lawyer', 'extra@a.example');
  await add('sameOrgLawyer', admin.orgId, 'lawyer', 'l2@a.example');
  await add('sameOrgLegalWorker', admin.orgId, 'legal-worker', 'lw2@a.example');
  await add('sameOrgSupport', admin.orgId, 'support-worker', 'sw2@a.example');
  await add('educator', admin.orgId, 'educator', 'edu@a.example');
  await add('researcher', admin.orgId, 'researcher', 'res@a.example');
  await add('otherLawyer', other, 'lawyer', 'l@b.example');
  await add('otherSupport', other, 'support-worker', 'sw@b.example');
  await add('otherAdmin', other, 'admin', 'admin@b.example');

  code = await newCase(c.RL!, {
    province: 'ON',
    languages: ['es'],
    interpreterNeeded: true,
    identity: { names: ['Zeta Client'], aliases: [], contact: {}, documentsHeld: [] },
  });
  await addMember(c.RL!, code, people.L!.id, 'lawyer');
  await addMember(c.RL!, code, people.LWs!.id, 'legal-worker', people.RL!.id);
  await addMember(c.RL!, code, people.LWu!.id, 'legal-worker');
  await addMember(c.RL!, code, people.SW!.id, 'support-worker');
  const sitting = await c.RL!.post(`/api/cases/${code}/sittings`, {
    heldOn: '2024-01-01',
    durationMinutes: 30,
    mode: 'phone',
    couldSpeakFreely: 'yes',
    note: 'privileged sitting note',
  });
  ids.sitting = sitting.json().sitting.id;
  for (const compartment of ['privileged', 'team', 'shareable']) {
    const f = await c.RL!.post(`/api/cases/${code}/fragments`, { text: `${compartment} fragment`, source: 'client', compartment });
    ids[compartment] = f.json().fragment.id;
  }
  await c.RL!.post(`/api/cases/${code}/consents`, { kind: 'explanation', purposes: ['contact-police'], language: 'es' });
  const consent = await c.RL!.post(`/api/cases/${code}/consents`, {
    kind: 'consent',
    purpose: 'contact-police',
    scope: [],
    givenHow: 'verbal',
    language: 'es',
  });
  ids.consent = consent.json().entry.id;
  // Evidence (issue 16): a team item and a privileged item, each with a file.
  for (const compartment of ['team', 'privileged'] as const) {
    const item = await c.RL!.post(`/api/cases/${code}/evidence`, { kind: 'other', compartment, description: `${compartment} evidence` });
    ids[`evidence-${compartment}`] = item.json().item.id;
    expect((await upload(t, people.RL!, code, item.json().item.id, Buffer.from(`${compartment} evidence file`))).statusCode).toBe(201);
  }
});
afterAll(async () => t.close());

describe('every route names a policy', () => {
  it('enumerates the running server and finds a known policy on each route', async () => {
    const seen: { method: string; url: string; policy: unknown }[] = [];
    const capture =
      (module: RouteModule): RouteModule =>
      (app, ctx) => {
        app.addHook('onRoute', (route) => {
          for (const method of [route.method].flat()) seen.push({ method, url: route.url, policy: route.config?.policy });
        });
        return module(app, ctx);
      };
    const app = await buildApp(t.ctx, { routes: ROUTES.map(capture), webDist: join(t.ctx.config.dataDir, 'no-web') });
    await app.ready();
    const captured = new Set(seen.map((r) => `${r.method} ${r.url}`));
    // Everything the router knows under /api must have come through a capability's route module;
    // only the generated API documentation is registered by the platform itself.
    const printed = [...app.printRoutes({ commonPrefix: false }).matchAll(/(\/api\/\S*) \(([^)]+)\)/g)].flatMap((m) =>
      m[2]!.split(', ').map((method) => `${method} ${m[1]}`),
    );
    const unaccounted = printed.filter((r) => !captured.has(r) && !/^\w+ \/api\/docs/.test(r));
    expect(unaccounted).toEqual([]);
    // Registration already refuses a malformed policy (tests/integration/route-policies.test.ts); asked again here, route by route.
    const bad = seen.filter((r) => routePolicyProblem(r.policy, r.url) !== undefined);
    expect(bad).toEqual([]);
    const caseRoutes = seen.filter((r) => r.url.startsWith('/api/cases/:code') && r.method !== 'HEAD');
    expect(caseRoutes.filter((r) => (r.policy as { kind?: string } | undefined)?.kind !== 'case')).toEqual([]);
    // Every case route is in the matrix below, so a new one cannot escape these checks.
    const inMatrix = new Set(MATRIX.map((m) => `${m.method} ${m.url}`));
    expect(caseRoutes.map((r) => `${r.method} ${r.url}`).filter((r) => !inMatrix.has(r))).toEqual([]);
    expect(caseRoutes.length).toBeGreaterThanOrEqual(30);
    await app.close();
  });
});

interface Row {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  url: string;
  body?: () => unknown;
  /** Who may do it (team roles and the holding organisation's admin without a grant). */
  allowed: readonly Who[];
  /** Undo a success so the next person starts from the same state. */
  undo?: () => Promise<unknown>;
  /** Put the case in the state the request needs, before each person tries it. */
  setup?: () => Promise<unknown>;
  /** Who is tried at all (default: every team role and the admin). */
  only?: readonly Who[];
  /** Error codes an allowed person may get besides a 2xx (e.g. consent-required on a gated action). */
  alsoOk?: readonly string[];
}

const everyone = TEAM;
const legal = ['RL', 'L', 'LWs', 'LWu'] as const;
const supervisedLegal = ['RL', 'L', 'LWs'] as const;
/** A directory entry of the organisation and one referral of the case to it, made once with the client's consent. */
async function aReferral(): Promise<void> {
  if (ids.referral) return;
  const { id: _id, lastReviewed: _reviewed, ...entry } = ONTARIO_CLINIC;
  ids.entry = String((await c.RL!.post('/api/directory', { entry })).json().entry.entry.id);
  await c.RL!.post(`/api/cases/${code}/consents`, { kind: 'explanation', purposes: ['refer'], language: 'es' });
  await c.RL!.post(`/api/cases/${code}/consents`, {
    kind: 'consent',
    purpose: 'refer',
    recipient: ids.entry,
    scope: ['documents'],
    givenHow: 'verbal',
    language: 'es',
  });
  ids.referral = String((await c.RL!.post(`/api/cases/${code}/referrals`, { entryId: ids.entry, categories: ['documents'], purpose: 'p' })).json().referral.id);
}
const removeExtra = () => c.RL!.del(`/api/cases/${code}/team/${people.extra!.id}`);

const MATRIX: Row[] = [
  { method: 'GET', url: '/api/cases/:code', allowed: everyone },
  { method: 'PATCH', url: '/api/cases/:code', body: () => ({ interpreterNeeded: true }), allowed: legal },
  { method: 'POST', url: '/api/cases/:code/identity/reveal', body: () => ({}), allowed: everyone },
  { method: 'PUT', url: '/api/cases/:code/identity', body: () => ({ names: ['Zeta Client'], aliases: [], contact: {}, documentsHeld: [] }), allowed: legal },
  {
    method: 'PUT',
    url: '/api/cases/:code/safe-contact',
    body: () => ({ call: 'safe', text: 'safe', email: 'unknown', leaveMessages: 'unsafe' }),
    allowed: legal,
  },
  { method: 'GET', url: '/api/cases/:code/sittings', allowed: everyone },
  // The default note compartment is privileged for legal staff, team for support workers.
  {
    method: 'POST',
    url: '/api/cases/:code/sittings',
    body: () => ({ heldOn: '2024-02-01', durationMinutes: 20, mode: 'video', couldSpeakFreely: 'unsure', note: 'n' }),
    allowed: [...supervisedLegal, 'SW'],
  },
  { method: 'PATCH', url: '/api/cases/:code/sittings/:id', body: () => ({ durationMinutes: 45 }), allowed: supervisedLegal },
  { method: 'GET', url: '/api/cases/:code/intake-guide', allowed: everyone },
  { method: 'GET', url: '/api/cases/:code/fragments', allowed: everyone },
  { method: 'POST', url: '/api/cases/:code/fragments', body: () => ({ text: 't', source: 'client', compartment: 'team' }), allowed: everyone },
  { method: 'PATCH', url: '/api/cases/:code/fragments/:id', body: () => ({ tags: ['work'] }), allowed: everyone },
  { method: 'GET', url: '/api/cases/:code/timeline', allowed: everyone },
  { method: 'GET', url: '/api/cases/:code/consents', allowed: everyone },
  { method: 'POST', url: '/api/cases/:code/consents', body: () => ({ kind: 'explanation', purposes: ['refer'], language: 'es' }), allowed: supervisedLegal },
  // The first allowed person withdraws the consent; the others find it already withdrawn.
  { method: 'POST', url: '/api/cases/:code/consents/:id/withdraw', body: () => ({}), allowed: supervisedLegal, alsoOk: ['conflict'] },
  { method: 'POST', url: '/api/cases/:code/consents/check', body: () => ({ action: { kind: 'contact-police' } }), allowed: everyone },
  {
    method: 'POST',
    url: '/api/cases/:code/overrides',
    body: () => ({ action: { kind: 'contact-police' }, reason: 'Imminent risk to life, documented by phone.' }),
    allowed: ['RL', 'L'],
  },
  { method: 'GET', url: '/api/cases/:code/team', allowed: everyone },
  // Team changes belong to the responsible lawyer; an admin may only reassign a case whose lawyer is gone (here: not).
  { method: 'GET', url: '/api/cases/:code/team/candidates', allowed: ['RL'] },
  { method: 'POST', url: '/api/cases/:code/team', body: () => ({ userId: people.extra!.id, teamRole: 'lawyer' }), allowed: ['RL'], undo: removeExtra },
  { method: 'DELETE', url: '/api/cases/:code/team/:userId', allowed: ['RL'], setup: () => addMember(c.RL!, code, people.extra!.id, 'lawyer') },
  { method: 'GET', url: '/api/cases/:code/reassign', allowed: ['ADM'] },
  {
    method: 'POST',
    url: '/api/cases/:code/reassign',
    body: () => ({ userId: people.extra!.id, reason: 'The responsible lawyer left the clinic last month.' }),
    allowed: ['ADM'],
    alsoOk: ['conflict'],
  },
  { method: 'GET', url: '/api/cases/:code/activity', allowed: ['RL', 'ADM'] },
  { method: 'GET', url: '/api/cases/:code/facts', allowed: everyone },
  { method: 'PUT', url: '/api/cases/:code/facts', body: () => ({ contexts: ['labour'] }), allowed: everyone },
  // Back to the recommended plan: what writing the facts needs, no more.
  { method: 'PUT', url: '/api/cases/:code/plan/adopted', body: () => ({ plan: null }), allowed: everyone },
  // Gated on the client's consent to a document, which this case has not given.
  { method: 'GET', url: '/api/cases/:code/facts/export', allowed: everyone, alsoOk: ['consent-required'] },
  { method: 'GET', url: '/api/cases/:code/assessment', allowed: everyone },
  { method: 'GET', url: '/api/cases/:code/legal-view', allowed: everyone },
  { method: 'GET', url: '/api/cases/:code/questions', allowed: everyone },
  // Dates entered by hand (src/calendar): read and written like the screening answers.
  { method: 'GET', url: '/api/cases/:code/dates', allowed: everyone },
  { method: 'POST', url: '/api/cases/:code/dates', body: () => ({ kind: 'hearing', date: '2027-03-01' }), allowed: everyone },
  {
    method: 'DELETE',
    url: '/api/cases/:code/dates/:id',
    setup: async () => (ids.date = String((await c.RL!.post(`/api/cases/${code}/dates`, { kind: 'follow-up', date: '2027-03-02' })).json().date.id)),
    allowed: everyone,
  },
  // The institution log (src/institutions): read and written like the dates entered by hand.
  { method: 'GET', url: '/api/cases/:code/institution-log', allowed: everyone },
  {
    method: 'POST',
    url: '/api/cases/:code/institution-log',
    body: () => ({ institution: 'ircc', kind: 'access-to-information', sentOn: '2027-03-01' }),
    allowed: everyone,
  },
  {
    method: 'PATCH',
    url: '/api/cases/:code/institution-log/:id',
    setup: async () =>
      (ids.logEntry = String(
        (await c.RL!.post(`/api/cases/${code}/institution-log`, { institution: 'cbsa', kind: 'complaint', sentOn: '2027-03-02' })).json().entry.id,
      )),
    body: () => ({ answeredOn: '2027-03-10', outcome: 'acknowledged' }),
    allowed: everyone,
  },
  {
    method: 'DELETE',
    url: '/api/cases/:code/institution-log/:id',
    setup: async () =>
      (ids.logEntry = String(
        (await c.RL!.post(`/api/cases/${code}/institution-log`, { institution: 'irb', kind: 'submission', sentOn: '2027-03-02' })).json().entry.id,
      )),
    allowed: everyone,
  },
  // Referrals (src/referrals): finding services reads the screening; a referral rests on the client's consent to refer.
  { method: 'GET', url: '/api/cases/:code/referrals/suggestions', allowed: everyone },
  {
    method: 'POST',
    url: '/api/cases/:code/referrals/preview',
    setup: aReferral,
    body: () => ({ entryId: ids.entry, categories: [], purpose: 'p' }),
    allowed: everyone,
  },
  {
    method: 'POST',
    url: '/api/cases/:code/referrals',
    setup: aReferral,
    body: () => ({ entryId: ids.entry, categories: ['narrative'], purpose: 'p' }),
    allowed: everyone,
    alsoOk: ['consent-required'],
  },
  { method: 'GET', url: '/api/cases/:code/referrals', allowed: everyone },
  { method: 'GET', url: '/api/cases/:code/referrals/received', allowed: everyone },
  { method: 'PATCH', url: '/api/cases/:code/referrals/:id', setup: aReferral, body: () => ({ followUpOn: '2027-04-01' }), allowed: everyone },
  { method: 'GET', url: '/api/cases/:code/referrals/:id/packet', setup: aReferral, allowed: everyone },
  // Evidence (src/evidence): read and written like fragments; each item's compartment is then checked.
  { method: 'GET', url: '/api/cases/:code/evidence', allowed: everyone },
  { method: 'POST', url: '/api/cases/:code/evidence', body: () => ({ kind: 'other', compartment: 'team', description: 'd' }), allowed: everyone },
  { method: 'PATCH', url: '/api/cases/:code/evidence/:id', body: () => ({ translation: 'requested' }), allowed: everyone },
  { method: 'GET', url: '/api/cases/:code/evidence/:id/history', allowed: everyone },
  { method: 'GET', url: '/api/cases/:code/evidence/:id/file', allowed: everyone },
  // The client sends JSON here, so an allowed person is told to send the file itself.
  { method: 'PUT', url: '/api/cases/:code/evidence/:id/file', body: () => ({ file: 'x' }), allowed: everyone, alsoOk: ['unsupported-media-type'] },
  { method: 'GET', url: '/api/cases/:code/evidence/checklist', allowed: everyone },
  // Gated on the client's consent to a document, which this case has not given.
  { method: 'POST', url: '/api/cases/:code/evidence/bundle', body: () => ({ lang: 'en' }), allowed: everyone, alsoOk: ['consent-required'] },
  // Documents made from a case (src/documents): the sheet reads the team compartment and is for those
  // who go through it with the client, whose confirmation records an explanation in the consent
  // ledger (so both need case:manage-consents); drafts quote privileged material.
  { method: 'POST', url: '/api/cases/:code/options-sheet', body: () => ({ lang: 'en', format: 'docx' }), allowed: supervisedLegal },
  {
    method: 'POST',
    url: '/api/cases/:code/options-sheet/explained',
    setup: async () =>
      (ids.sheet = String((await c.RL!.post(`/api/cases/${code}/options-sheet`, { lang: 'en', format: 'docx' })).headers['x-harbour-options-sheet'])),
    body: () => ({ lang: 'en', sheet: ids.sheet, language: 'en', interpreter: false }),
    allowed: supervisedLegal,
  },
  { method: 'POST', url: '/api/cases/:code/documents', body: () => ({ kind: 'case-summary' }), allowed: supervisedLegal, alsoOk: ['consent-required'] },
  // Closing and deleting end the case: tried here by those who are refused; the responsible
  // lawyer's own use is tested below. Break-glass comes last: the admin's grant changes their access.
  { method: 'POST', url: '/api/cases/:code/close', body: () => ({ outcome: 'other' }), allowed: [], only: ['L', 'LWs', 'LWu', 'SW', 'ADM'] },
  { method: 'DELETE', url: '/api/cases/:code', body: () => ({ confirmCode: code }), allowed: [], only: ['L', 'LWs', 'LWu', 'SW', 'ADM'] },
  { method: 'POST', url: '/api/cases/:code/break-glass', body: () => ({ reason: 'Client unreachable and at risk, RL away.', hours: 1 }), allowed: ['ADM'] },
];

// Rows for routes this build registers (a capability may not be wired in yet) are tried.
const registered = (row: Row) => t.app.hasRoute({ method: row.method, url: row.url });

function urlOf(row: Row, caseCode: string): string {
  return row.url
    .replace(':code', caseCode)
    .replace('sittings/:id', `sittings/${ids.sitting}`)
    .replace('fragments/:id', `fragments/${ids.team}`)
    .replace('consents/:id', `consents/${ids.consent}`)
    .replace('referrals/:id', `referrals/${ids.referral ?? '00000000-0000-4000-8000-000000000000'}`)
    .replace('dates/:id', `dates/${ids.date ?? '00000000-0000-4000-8000-000000000000'}`)
    .replace('institution-log/:id', `institution-log/${ids.logEntry ?? '00000000-0000-4000-8000-000000000000'}`)
    .replace('evidence/:id', `evidence/${ids['evidence-team']}`)
    .replace(':userId', people.extra?.id ?? '')
    .concat(row.url.endsWith('/questions') ? '?stage=full' : '');
}

async function call(who: string, row: Row, caseCode: string): Promise<LightMyRequestResponse> {
  const method = row.method === 'DELETE' ? 'del' : (row.method.toLowerCase() as 'get');
  return c[who]![method](urlOf(row, caseCode), row.body?.());
}

describe('case routes for the team and the holding organisation’s admin', () => {
  beforeAll(async () => {
    await addMember(c.RL!, code, people.extra!.id, 'lawyer');
  });

  it.each(MATRIX.map((row) => [`${row.method} ${row.url}`, row] as const))('%s follows the access policy for each team role', async (_name, row) => {
    if (!registered(row)) return;
    for (const who of row.only ?? ([...TEAM, 'ADM'] as const)) {
      await row.setup?.();
      const res = await call(who, row, code);
      const refused = res.statusCode === 403 && res.json().error.code === 'forbidden';
      expect({ who, status: res.statusCode, refused }).toMatchObject({ who, refused: !row.allowed.includes(who) });
      expect(res.statusCode, `${who}: ${res.body}`).not.toBe(404);
      // Allowed means the request did its work: a 2xx, or an error the row names (never a 400 or a 500).
      if (row.allowed.includes(who) && res.statusCode >= 300)
        expect(row.alsoOk ?? [], `${who}: ${res.statusCode} ${res.body}`).toContain(res.json().error?.code);
      if (!refused && row.undo) await row.undo();
    }
  });
});

describe('case routes for everyone off the team', () => {
  it.each(MATRIX.map((row) => [`${row.method} ${row.url}`, row] as const))('%s answers exactly as for a case that does not exist', async (_name, row) => {
    if (!registered(row)) return;
    for (const who of OUTSIDERS) {
      const real = await call(who, row, code);
      const missing = await call(who, row, MISSING);
      expect({ who, status: real.statusCode }).toEqual({ who, status: 404 });
      expect(real.body).toBe(missing.body);
    }
  });
});

describe('compartments', () => {
  it('never gives privileged fragments or notes to a support worker', async () => {
    const fragments = (await c.SW!.get(`/api/cases/${code}/fragments`)).json().fragments;
    expect(fragments.map((f: { compartment: string }) => f.compartment)).not.toContain('privileged');
    const timeline = JSON.stringify((await c.SW!.get(`/api/cases/${code}/timeline`)).json());
    expect(timeline).not.toContain('privileged fragment');
    const sittings = (await c.SW!.get(`/api/cases/${code}/sittings`)).json().sittings;
    expect(sittings.find((s: { id: string }) => s.id === ids.sitting)).toMatchObject({ note: null, noteHidden: true });
    const patch = await c.SW!.patch(`/api/cases/${code}/fragments/${ids.privileged}`, { tags: ['work'] });
    expect(patch.statusCode).toBe(404);
  });

  it('never gives a privileged evidence item or its file to a support worker', async () => {
    const items = (await c.SW!.get(`/api/cases/${code}/evidence`)).json().items;
    expect(items.map((i: { compartment: string }) => i.compartment)).not.toContain('privileged');
    for (const path of ['file', 'file?disposition=inline', 'history']) {
      const res = await c.SW!.get(`/api/cases/${code}/evidence/${ids['evidence-privileged']}/${path}`);
      expect(res.statusCode).toBe(404);
      expect(res.body).not.toContain('privileged evidence');
    }
    expect((await c.RL!.get(`/api/cases/${code}/evidence/${ids['evidence-privileged']}/file`)).body).toBe('privileged evidence file');
  });

  it('gives privileged material to a supervised legal worker but not to an unsupervised one', async () => {
    const compartments = async (who: string) =>
      (await c[who]!.get(`/api/cases/${code}/fragments`)).json().fragments.map((f: { compartment: string }) => f.compartment);
    expect(await compartments('LWs')).toContain('privileged');
    expect(await compartments('LWu')).not.toContain('privileged');
  });
});

describe('lists and name search', () => {
  it('list only my cases; admins see their organisation’s; nobody else sees it', async () => {
    const codes = async (who: string) => (await c[who]!.get('/api/cases')).json().cases.map((x: { code: string }) => x.code);
    for (const who of [...TEAM, 'ADM']) expect(await codes(who)).toContain(code);
    for (const who of OUTSIDERS) expect(await codes(who)).not.toContain(code);
  });

  it('finds a name only for the team, never for outsiders or admins', async () => {
    const found = async (who: string) => (await c[who]!.post('/api/cases/search', { name: 'zeta client' })).json().cases.length;
    expect(await found('RL')).toBe(1);
    expect(await found('SW')).toBe(1);
    for (const who of [...OUTSIDERS, 'ADM']) expect(await found(who)).toBe(0);
  });
});

describe('break-glass', () => {
  it('lets an admin in for a short, reasoned, audited time, never to privileged material or writes, and shows it to the team', async () => {
    const other = await newCase(c.RL!);
    await c.RL!.post(`/api/cases/${other}/fragments`, { text: 'privileged story', source: 'client', compartment: 'privileged' });
    await c.RL!.post(`/api/cases/${other}/fragments`, { text: 'team story', source: 'client', compartment: 'team' });
    expect((await c.ADM!.get(`/api/cases/${other}`)).statusCode).toBe(403);
    expect((await c.ADM!.post(`/api/cases/${other}/break-glass`, { reason: 'urgent', hours: 1 })).statusCode).toBe(400);
    expect((await c.otherAdmin!.post(`/api/cases/${other}/break-glass`, { reason: 'Client unreachable and at risk, RL away.', hours: 1 })).statusCode).toBe(
      404,
    );
    // 0.001 hours = 3.6 seconds.
    const grant = await c.ADM!.post(`/api/cases/${other}/break-glass`, { reason: 'Client unreachable and at risk, RL away.', hours: 0.001 });
    expect(grant.statusCode).toBe(201);
    expect((await c.ADM!.get(`/api/cases/${other}`)).json().case.access).toBe('break-glass');
    const texts = (await c.ADM!.get(`/api/cases/${other}/fragments`)).json().fragments.map((f: { text: string }) => f.text);
    expect(texts).toEqual(['team story']);
    expect((await c.ADM!.patch(`/api/cases/${other}`, { interpreterNeeded: false })).statusCode).toBe(403);
    const header = (await c.RL!.get(`/api/cases/${other}`)).json().case;
    expect(header.breakGlass).toEqual([
      expect.objectContaining({ byUserId: people.ADM!.id, reason: 'Client unreachable and at risk, RL away.', active: true }),
    ]);
    const actions = (await c.RL!.get(`/api/cases/${other}/activity`)).json().entries.map((e: { action: string }) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['case.break-glass-granted', 'case.break-glass-used']));
    t.advance(4000);
    expect((await c.ADM!.get(`/api/cases/${other}`)).statusCode).toBe(403);
  });
});

describe('closing and deleting', () => {
  it('lets the responsible lawyer close a case; the team can read it but nobody can change it', async () => {
    const closing = await newCase(c.RL!);
    await addMember(c.RL!, closing, people.L!.id, 'lawyer');
    const closed = await c.RL!.post(`/api/cases/${closing}/close`, { outcome: 'resolved-otherwise' });
    expect(closed.json().case).toMatchObject({ status: 'closed', outcome: 'resolved-otherwise' });
    expect((await c.L!.get(`/api/cases/${closing}`)).statusCode).toBe(200);
    expect((await c.L!.patch(`/api/cases/${closing}`, { interpreterNeeded: false })).statusCode).toBe(403);
    expect((await c.RL!.post(`/api/cases/${closing}/fragments`, { text: 't', source: 'client', compartment: 'team' })).statusCode).toBe(403);
    const retention = (await c.ADM!.get('/api/admin/retention')).json().cases;
    expect(retention.map((r: { code: string }) => r.code)).toContain(closing);
    expect((await c.RL!.get('/api/admin/retention')).statusCode).toBe(403);
  });

  it('lets the responsible lawyer delete a case: its key and rows are gone and it answers like any missing case', async () => {
    const doomed = await newCase(c.RL!);
    await c.RL!.post(`/api/cases/${doomed}/fragments`, { text: 'to be shredded', source: 'client', compartment: 'team' });
    expect((await c.RL!.del(`/api/cases/${doomed}`, { confirmCode: 'HB-3333-33' })).statusCode).toBe(400);
    expect((await c.RL!.del(`/api/cases/${doomed}`, { confirmCode: doomed })).json()).toEqual({ deleted: true });
    expect(await t.ctx.db.selectFrom('cases').select('id').where('code', '=', doomed).executeTakeFirst()).toBeUndefined();
    const after = await c.RL!.get(`/api/cases/${doomed}`);
    expect(after.body).toBe((await c.RL!.get(`/api/cases/${MISSING}`)).body);
  });
});
