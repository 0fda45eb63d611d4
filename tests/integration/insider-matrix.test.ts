import { join } from 'node:path';
import type { LightMyRequestResponse } from 'fastify';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CASE_ROUTE_CATEGORIES } from '../../src/cases/data-categories';
import { buildApp, type RouteModule } from '../../src/platform/http/app';
import { ROUTES } from '../../src/server/routes';
import { createTestApp, DEFAULT_PASSWORD, enrol, type TestApp } from '../support/test-app';
import { addMember, addPerson, client, createOrganisation, newCase, setUpFirstAdmin, type Client, type Person } from './cases-support';
import { upload } from './evidence-support';

// Insiders against privileged material (issue 11). For each kind of insider — the holding
// organisation's admin (directly, through invitations, team changes, reassignment and
// break-glass), a lawyer not on the case, legal workers, a support worker, members of other
// organisations with and without the client's consent — every way to privileged text is tried
// through HTTP: fragments and the timeline, sitting notes, counsel-only flags, exports, PDF and
// DOCX documents, team changes, invitations and consents. Each must be refused.

let t: TestApp;
const MARK = 'PRIVILEGED-7731';
const COUNSEL_ONLY = 'sex-industry-immigration-risk';
const REASON = 'The responsible lawyer left the clinic and the client has a hearing next week.';
const p: Record<string, Person> = {};
const c: Record<string, Client> = {};
let code: string;
/** The privileged fragment of each case, by case code. */
const privilegedOf: Record<string, string> = {};
/** The privileged evidence item (with a file) of each case, by case code. */
const evidenceOf: Record<string, string> = {};
let orgB: string;
let orgC: string;

const disable = (who: Person) => t.ctx.db.updateTable('users').set({ status: 'disabled' }).where('id', '=', who.id).execute();

/** An admin invites an account through the API; the invitee accepts and enrols. */
async function invited(email: string, role = 'lawyer'): Promise<Person> {
  const res = await c.ADM!.post('/api/organisation/invitations', { email, role });
  expect(res.statusCode).toBe(201);
  const token = new URL(res.json<{ inviteUrl: string }>().inviteUrl).hash.replace('#token=', '');
  expect(
    (await t.app.inject({ method: 'POST', url: '/api/invitations/accept', payload: { token, displayName: email.split('@')[0], password: DEFAULT_PASSWORD } }))
      .statusCode,
  ).toBe(201);
  const signed = await enrol(t, email, DEFAULT_PASSWORD);
  const row = await t.ctx.db.selectFrom('users').select(['id', 'organisation_id']).where('email', '=', email).executeTakeFirstOrThrow();
  return { ...signed, id: row.id, orgId: row.organisation_id, role: role as Person['role'], email };
}

/** A case with privileged words in a fragment and a sitting note, and a counsel-only flag. */
async function privilegedCase(lawyer: Client, person: Person): Promise<{ code: string; fragment: string }> {
  const created = await newCase(lawyer, {
    province: 'ON',
    languages: ['es'],
    interpreterNeeded: true,
    identity: { names: ['Zeta Client'], aliases: [], contact: {}, documentsHeld: [] },
  });
  const fragment = await lawyer.post(`/api/cases/${created}/fragments`, {
    text: `${MARK} what the client told counsel`,
    source: 'client',
    compartment: 'privileged',
  });
  expect(fragment.statusCode).toBe(201);
  await lawyer.post(`/api/cases/${created}/fragments`, { text: 'team words', source: 'client', compartment: 'team' });
  const sitting = await lawyer.post(`/api/cases/${created}/sittings`, {
    heldOn: '2024-01-01',
    durationMinutes: 30,
    mode: 'phone',
    couldSpeakFreely: 'yes',
    note: `${MARK} sitting note`,
    noteCompartment: 'privileged',
  });
  expect(sitting.statusCode).toBe(201);
  expect(
    (await lawyer.put(`/api/cases/${created}/facts`, { person: { ageBand: 'adult', immigrationStatus: 'visitor', sexIndustryWork: 'yes' } })).statusCode,
  ).toBe(200);
  // Consent to documents, so the access policy, not a missing consent, is what refuses them.
  await lawyer.post(`/api/cases/${created}/consents`, { kind: 'explanation', purposes: ['share-with-organisation', 'generate-document'], language: 'es' });
  await lawyer.post(`/api/cases/${created}/consents`, {
    kind: 'consent',
    purpose: 'generate-document',
    scope: ['narrative', 'immigration', 'employment', 'documents'],
    givenHow: 'written',
    language: 'es',
  });
  privilegedOf[created] = fragment.json<{ fragment: { id: string } }>().fragment.id;
  // Privileged evidence: a witness statement and its file (issue 16).
  const evidence = await lawyer.post(`/api/cases/${created}/evidence`, {
    kind: 'witness-statement',
    compartment: 'privileged',
    description: `${MARK} statement`,
  });
  expect(evidence.statusCode).toBe(201);
  evidenceOf[created] = evidence.json<{ item: { id: string } }>().item.id;
  expect((await upload(t, person, created, evidenceOf[created], Buffer.from(`${MARK} in the file`))).statusCode).toBe(201);
  return { code: created, fragment: privilegedOf[created] };
}

interface Way {
  name: string;
  attempt(who: Client, caseCode: string): Promise<LightMyRequestResponse>;
  /** Produces a file (PDF/DOCX) whose text cannot be searched: it must be refused outright. */
  file?: boolean;
  /** Produces a ZIP: each file in it is searched. */
  zip?: boolean;
}

const WAYS: Way[] = [
  { name: 'lists the story fragments', attempt: (w, k) => w.get(`/api/cases/${k}/fragments`) },
  { name: 'reads the timeline', attempt: (w, k) => w.get(`/api/cases/${k}/timeline`) },
  { name: 'lists the sittings and their notes', attempt: (w, k) => w.get(`/api/cases/${k}/sittings`) },
  { name: 'changes a privileged fragment', attempt: (w, k) => w.patch(`/api/cases/${k}/fragments/${privilegedOf[k]}`, { tags: ['work'] }) },
  {
    name: 'moves a privileged fragment to the team compartment',
    attempt: (w, k) => w.patch(`/api/cases/${k}/fragments/${privilegedOf[k]}`, { compartment: 'team' }),
  },
  {
    name: 'links a new fragment to a privileged one',
    attempt: (w, k) => w.post(`/api/cases/${k}/fragments`, { text: 'link', source: 'client', compartment: 'team', relatedFragmentIds: [privilegedOf[k]] }),
  },
  { name: 'reads the screening answers', attempt: (w, k) => w.get(`/api/cases/${k}/facts`) },
  { name: 'reads the assessment with its counsel-only flags', attempt: (w, k) => w.get(`/api/cases/${k}/assessment`) },
  { name: 'reads the legal view with its counsel-only flags', attempt: (w, k) => w.get(`/api/cases/${k}/legal-view?lang=fr`) },
  { name: 'exports the screening answers', attempt: (w, k) => w.get(`/api/cases/${k}/facts/export`) },
  { name: 'makes a case summary (PDF)', attempt: (w, k) => w.post(`/api/cases/${k}/documents`, { kind: 'case-summary' }), file: true },
  { name: 'makes a submission draft (DOCX)', attempt: (w, k) => w.post(`/api/cases/${k}/documents`, { kind: 'vtip-trp-draft' }), file: true },
  { name: 'reads the case activity', attempt: (w, k) => w.get(`/api/cases/${k}/activity`) },
  { name: 'lists the evidence', attempt: (w, k) => w.get(`/api/cases/${k}/evidence`) },
  { name: 'reads the evidence checklist', attempt: (w, k) => w.get(`/api/cases/${k}/evidence/checklist`) },
  { name: 'reads a privileged evidence item’s history', attempt: (w, k) => w.get(`/api/cases/${k}/evidence/${evidenceOf[k]}/history`) },
  { name: 'downloads a privileged evidence file', attempt: (w, k) => w.get(`/api/cases/${k}/evidence/${evidenceOf[k]}/file`) },
  { name: 'previews a privileged evidence file', attempt: (w, k) => w.get(`/api/cases/${k}/evidence/${evidenceOf[k]}/file?disposition=inline`) },
  { name: 'changes a privileged evidence item', attempt: (w, k) => w.patch(`/api/cases/${k}/evidence/${evidenceOf[k]}`, { status: 'requested' }) },
  { name: 'exports the evidence bundle', attempt: (w, k) => w.post(`/api/cases/${k}/evidence/bundle`, { lang: 'en' }), zip: true },
];

/** What got through: a file, or privileged words or a counsel-only flag in a body. */
function leaked(way: Way, res: LightMyRequestResponse): string | null {
  if (way.file) return res.statusCode < 300 ? `${way.name}: ${res.statusCode}` : null;
  if (way.zip && res.statusCode === 200) {
    const inside = Object.values(unzipSync(res.rawPayload)).some((bytes) => Buffer.from(bytes).includes(MARK));
    return inside ? `${way.name}: privileged words in the ZIP` : null;
  }
  if (res.body.includes(MARK)) return `${way.name}: privileged words`;
  if (res.body.includes(COUNSEL_ONLY)) return `${way.name}: counsel-only flag`;
  return null;
}

async function leaks(who: Client, caseCode: string): Promise<string[]> {
  const found: string[] = [];
  for (const way of WAYS) {
    const res = await way.attempt(who, caseCode);
    expect(res.statusCode, `${way.name}: ${res.body.slice(0, 200)}`).toBeLessThan(500);
    const leak = leaked(way, res);
    if (leak) found.push(leak);
  }
  return found;
}

beforeAll(async () => {
  t = await createTestApp();
  const admin = await setUpFirstAdmin(t);
  orgB = await createOrganisation(t, 'Partner Shelter');
  orgC = await createOrganisation(t, 'Partner Clinic');
  const orgD = await createOrganisation(t, 'Never Consented');
  p.ADM = admin;
  const add = async (key: string, org: string, role: Person['role'], email: string) => {
    p[key] = await addPerson(t, org, role as never, email);
  };
  await add('RL', admin.orgId, 'lawyer', 'rl@a.example');
  await add('L', admin.orgId, 'lawyer', 'l@a.example');
  await add('otherLawyer', admin.orgId, 'lawyer', 'other@a.example');
  await add('LWteam', admin.orgId, 'legal-worker', 'lw@a.example');
  await add('LWoff', admin.orgId, 'legal-worker', 'lw-off@a.example');
  await add('SW', admin.orgId, 'support-worker', 'sw@a.example');
  await add('partnerSW', orgB, 'support-worker', 'sw@b.example');
  await add('partnerLawyer', orgC, 'lawyer', 'lawyer@c.example');
  await add('strangerLawyer', orgD, 'lawyer', 'lawyer@d.example');
  for (const [key, person] of Object.entries(p)) c[key] = client(t, person);

  ({ code } = await privilegedCase(c.RL!, p.RL!));
  await addMember(c.RL!, code, p.L!.id, 'lawyer');
  await addMember(c.RL!, code, p.LWteam!.id, 'legal-worker');
  await addMember(c.RL!, code, p.SW!.id, 'support-worker');
  await c.RL!.post(`/api/cases/${code}/consents`, {
    kind: 'consent',
    purpose: 'share-with-organisation',
    recipient: orgB,
    scope: ['narrative'],
    givenHow: 'verbal',
    language: 'es',
  });
  await addMember(c.RL!, code, p.partnerSW!.id, 'support-worker');
  const toC = await c.RL!.post(`/api/cases/${code}/consents`, {
    kind: 'consent',
    purpose: 'share-with-organisation',
    recipient: orgC,
    scope: ['narrative', 'identity', 'immigration', 'employment', 'documents'],
    givenHow: 'verbal',
    language: 'es',
  });
  await addMember(c.RL!, code, p.partnerLawyer!.id, 'lawyer');
  // The partner clinic's lawyer read privileged material while the consent stood…
  expect(JSON.stringify((await c.partnerLawyer!.get(`/api/cases/${code}/fragments`)).json())).toContain(MARK);
  // …and the client withdrew it.
  expect((await c.RL!.post(`/api/cases/${code}/consents/${toC.json<{ entry: { id: string } }>().entry.id}/withdraw`, {})).statusCode).toBe(200);
});
afterAll(async () => t.close());

describe('the case is set up so that privileged material can be reached at all', () => {
  it('shows privileged words and the counsel-only flag to the lawyers on the case', async () => {
    for (const lawyer of [c.RL!, c.L!]) {
      expect((await lawyer.get(`/api/cases/${code}/fragments`)).body).toContain(MARK);
      expect((await lawyer.get(`/api/cases/${code}/sittings`)).body).toContain(MARK);
      expect((await lawyer.get(`/api/cases/${code}/assessment`)).body).toContain(COUNSEL_ONLY);
      expect((await lawyer.get(`/api/cases/${code}/legal-view`)).body).toContain(COUNSEL_ONLY);
      expect((await lawyer.post(`/api/cases/${code}/documents`, { kind: 'case-summary' })).statusCode).toBe(200);
      expect((await lawyer.get(`/api/cases/${code}/evidence`)).body).toContain(MARK);
      expect((await lawyer.get(`/api/cases/${code}/evidence/${evidenceOf[code]}/file`)).body).toContain(MARK);
    }
  });
});

describe('every way to privileged text, for each insider', () => {
  const INSIDERS: [string, string][] = [
    ['an admin of the holding organisation', 'ADM'],
    ['a lawyer of the organisation who is not on the case', 'otherLawyer'],
    ['a legal worker on the case with no supervising lawyer', 'LWteam'],
    ['a legal worker who is not on the case', 'LWoff'],
    ['a support worker on the case', 'SW'],
    ['a support worker of another organisation the client consented to share the narrative with', 'partnerSW'],
    ['a lawyer of another organisation whose consent the client withdrew', 'partnerLawyer'],
    ['a lawyer of an organisation the client never consented to share with', 'strangerLawyer'],
  ];
  it.each(INSIDERS)('refuses %s', async (_name, key) => {
    expect(await leaks(c[key]!, code)).toEqual([]);
  });

  it('answers a member whose consent was withdrawn as for a case that does not exist', async () => {
    const real = await c.partnerLawyer!.get(`/api/cases/${code}`);
    expect(real.statusCode).toBe(404);
    expect(real.body).toBe((await c.partnerLawyer!.get('/api/cases/HB-2222-22')).body);
  });

  it('keeps a consented partner within the categories the consent names', async () => {
    const partner = c.partnerSW!;
    const texts = (await partner.get(`/api/cases/${code}/fragments`)).json<{ fragments: { text: string }[] }>().fragments.map((f) => f.text);
    expect(texts).toContain('team words');
    expect(texts.join()).not.toContain(MARK);
    expect((await partner.post(`/api/cases/${code}/identity/reveal`, {})).statusCode).toBe(403);
    expect((await partner.get(`/api/cases/${code}/facts`)).statusCode).toBe(403);
    expect((await partner.get(`/api/cases/${code}/facts/export`)).statusCode).toBe(403);
    // A name search would confirm who the client is: that is identity, which the consent does not name.
    expect((await partner.post('/api/cases/search', { name: 'zeta client' })).json<{ cases: unknown[] }>().cases).toEqual([]);
    expect((await c.RL!.post('/api/cases/search', { name: 'zeta client' })).json<{ cases: unknown[] }>().cases.length).toBeGreaterThan(0);
  });
});

describe('consents', () => {
  it('refuses an insider who records a consent to share the case with their own organisation', async () => {
    const consent = (org: string) => ({
      kind: 'consent',
      purpose: 'share-with-organisation',
      recipient: org,
      scope: ['narrative', 'identity'],
      givenHow: 'verbal',
      language: 'es',
    });
    expect((await c.ADM!.post(`/api/cases/${code}/consents`, consent(p.ADM!.orgId))).statusCode).toBe(403);
    expect((await c.SW!.post(`/api/cases/${code}/consents`, consent(orgB))).statusCode).toBe(403);
    expect((await c.LWteam!.post(`/api/cases/${code}/consents`, consent(orgB))).statusCode).toBe(403);
    expect((await c.partnerSW!.post(`/api/cases/${code}/consents`, consent(orgB))).statusCode).toBe(403);
    expect((await c.partnerLawyer!.post(`/api/cases/${code}/consents`, consent(orgC))).statusCode).toBe(404);
    expect((await c.strangerLawyer!.post(`/api/cases/${code}/consents`, consent(p.strangerLawyer!.orgId))).statusCode).toBe(404);
  });

  it('refuses an admin who overrides the client’s consent to open the case', async () => {
    const res = await c.ADM!.post(`/api/cases/${code}/overrides`, {
      action: { kind: 'share-with-organisation', recipient: orgC, categories: ['narrative'] },
      reason: 'The partner clinic needs to read the file now.',
    });
    expect(res.statusCode).toBe(403);
  });
});

describe('team changes and invitations', () => {
  it('refuses an admin who adds themselves as responsible lawyer', async () => {
    expect((await c.ADM!.post(`/api/cases/${code}/team`, { userId: p.ADM!.id, teamRole: 'responsible-lawyer' })).statusCode).toBe(403);
    expect(await leaks(c.ADM!, code)).toEqual([]);
  });

  it('refuses an admin who invites a lawyer and adds them to the case', async () => {
    const sock = await invited('sock@a.example');
    for (const teamRole of ['responsible-lawyer', 'lawyer']) {
      expect((await c.ADM!.post(`/api/cases/${code}/team`, { userId: sock.id, teamRole })).statusCode).toBe(403);
    }
    expect(await leaks(client(t, sock), code)).toEqual([]);
    expect((await client(t, sock).get(`/api/cases/${code}`)).statusCode).toBe(404);
  });

  it('refuses an admin who removes the responsible lawyer, or anyone else, from a working case', async () => {
    expect((await c.ADM!.del(`/api/cases/${code}/team/${p.RL!.id}`)).statusCode).toBe(403);
    expect((await c.ADM!.del(`/api/cases/${code}/team/${p.L!.id}`)).statusCode).toBe(403);
    const team = (await c.RL!.get(`/api/cases/${code}/team`)).json<{ team: { userId: string; teamRole: string }[] }>().team;
    expect(team).toContainEqual(expect.objectContaining({ userId: p.RL!.id, teamRole: 'responsible-lawyer' }));
  });

  it('refuses an admin who reassigns a case whose responsible lawyer is working', async () => {
    expect((await c.ADM!.post(`/api/cases/${code}/reassign`, { userId: p.otherLawyer!.id, reason: REASON })).statusCode).toBe(409);
    expect(await leaks(c.otherLawyer!, code)).toEqual([]);
  });

  it('refuses team changes by anyone but the responsible lawyer', async () => {
    for (const key of ['L', 'LWteam', 'SW', 'partnerSW']) {
      expect({ key, status: (await c[key]!.post(`/api/cases/${code}/team`, { userId: p.otherLawyer!.id, teamRole: 'lawyer' })).statusCode }).toEqual({
        key,
        status: 403,
      });
    }
  });

  it('does not show an admin or a lawyer off the case the team picker of the case', async () => {
    expect((await c.ADM!.get(`/api/cases/${code}/team/candidates`)).statusCode).toBe(403);
    expect((await c.otherLawyer!.get(`/api/cases/${code}/team/candidates`)).statusCode).toBe(404);
  });
});

describe('an admin who reassigns a case whose lawyer is gone', () => {
  let orphan: string;
  let sock: Person;
  beforeAll(async () => {
    const gone = await addPerson(t, p.ADM!.orgId, 'lawyer', 'gone@a.example');
    ({ code: orphan } = await privilegedCase(client(t, gone), gone));
    await disable(gone);
    sock = await invited('sock2@a.example');
  });

  it('refuses a reason that is not in words', async () => {
    for (const reason of ['', 'urgent', 'aaaaaaaaaaaaaaaaaaaaaaaa', 'zxcv hjkl bnmq wrtp sdfg']) {
      expect({ reason, status: (await c.ADM!.post(`/api/cases/${orphan}/reassign`, { userId: sock.id, reason })).statusCode }).toEqual({ reason, status: 400 });
    }
  });

  it('refuses privileged material to the lawyer the admin placed, and to anyone that lawyer adds', async () => {
    expect((await c.ADM!.post(`/api/cases/${orphan}/reassign`, { userId: sock.id, reason: REASON })).statusCode).toBe(200);
    const placed = client(t, sock);
    expect((await placed.get(`/api/cases/${orphan}`)).statusCode).toBe(200);
    expect(await leaks(placed, orphan)).toEqual([]);
    const puppet = await invited('puppet@a.example');
    expect((await placed.post(`/api/cases/${orphan}/team`, { userId: puppet.id, teamRole: 'lawyer' })).statusCode).toBe(201);
    expect(await leaks(client(t, puppet), orphan)).toEqual([]);
    const worker = await invited('worker@a.example', 'legal-worker');
    expect((await placed.post(`/api/cases/${orphan}/team`, { userId: worker.id, teamRole: 'legal-worker', supervisedBy: sock.id })).statusCode).toBe(201);
    expect(await leaks(client(t, worker), orphan)).toEqual([]);
  });

  it('shows the reassignment, its reason and who made it to the team, and audits it', async () => {
    const view = (await client(t, sock).get(`/api/cases/${orphan}/team`)).json<{
      team: { userId: string; vouched: boolean; addedBy: string | null }[];
      reassignments: { byUserId: string; reason: string }[];
    }>();
    expect(view.reassignments).toEqual([expect.objectContaining({ byUserId: p.ADM!.id, reason: REASON })]);
    expect(view.team).toContainEqual(expect.objectContaining({ userId: sock.id, vouched: false, addedBy: p.ADM!.id }));
    const audited = await t.ctx.db.selectFrom('audit_log').select(['action', 'actor_id']).where('action', '=', 'case.reassigned').execute();
    expect(audited).toContainEqual({ action: 'case.reassigned', actor_id: p.ADM!.id });
  });

  it('refuses a second reassignment now that the case has a working responsible lawyer', async () => {
    expect((await c.ADM!.post(`/api/cases/${orphan}/reassign`, { userId: p.otherLawyer!.id, reason: REASON })).statusCode).toBe(409);
  });
});

describe('break-glass', () => {
  it('refuses privileged material to an admin under an emergency grant, and audits the use', async () => {
    const grant = await c.ADM!.post(`/api/cases/${code}/break-glass`, { reason: 'Client unreachable and at risk, lawyer away.', hours: 1 });
    expect(grant.statusCode).toBe(201);
    expect(await leaks(c.ADM!, code)).toEqual([]);
    expect((await c.ADM!.post(`/api/cases/${code}/team`, { userId: p.otherLawyer!.id, teamRole: 'lawyer' })).statusCode).toBe(403);
    const used = await t.ctx.db
      .selectFrom('audit_log')
      .select('action')
      .where('actor_id', '=', p.ADM!.id)
      .where('action', '=', 'case.break-glass-used')
      .execute();
    expect(used.length).toBeGreaterThan(0);
  });
});

describe('the audit trail', () => {
  it('records no read of privileged material by any insider who was refused it', async () => {
    const refused = ['ADM', 'otherLawyer', 'LWteam', 'LWoff', 'SW', 'partnerSW', 'strangerLawyer'].map((k) => p[k]!.id);
    const reads = await t.ctx.db.selectFrom('audit_log').select(['actor_id', 'action', 'detail']).where('actor_id', 'in', refused).execute();
    const privileged = reads.filter((r) => Number((r.detail as { privileged?: unknown } | null)?.privileged ?? 0) > 0);
    expect(privileged).toEqual([]);
  });
});

describe('every case route says which data categories it reaches', () => {
  it('lists each route of the running server in CASE_ROUTE_CATEGORIES, and nothing else', async () => {
    const seen: string[] = [];
    const capture =
      (module: RouteModule): RouteModule =>
      (app, ctx) => {
        app.addHook('onRoute', (route) => {
          for (const method of [route.method].flat()) if (method !== 'HEAD' && route.url.startsWith('/api/cases/:code')) seen.push(`${method} ${route.url}`);
        });
        return module(app, ctx);
      };
    const app = await buildApp(t.ctx, { routes: ROUTES.map(capture), webDist: join(t.ctx.config.dataDir, 'no-web') });
    await app.ready();
    expect(seen.filter((r) => !(r in CASE_ROUTE_CATEGORIES))).toEqual([]);
    expect(Object.keys(CASE_ROUTE_CATEGORIES).filter((r) => !seen.includes(r))).toEqual([]);
    await app.close();
  });
});
