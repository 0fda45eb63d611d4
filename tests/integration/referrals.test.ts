import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATA_CATEGORIES, type DataCategory } from '../../src/core/consent';
import { ALBERTA_SHELTER, ONTARIO_CLINIC } from '../../src/core/referrals/fixtures.test-support';
import { createTestApp, type TestApp } from '../support/test-app';
import { addPerson, client, createOrganisation, newCase, setUpFirstAdmin, type Client, type Person } from './cases-support';

// Referrals and the directory of services (issue 15) through HTTP: the packet holds the chosen
// categories only, a referral needs the client's consent to refer, and inside one Harbour the
// receiving organisation sees what was shared only while that consent stands.

let t: TestApp;
let lawyer: Person;
let outsider: Person;
let shelterWorker: Person;
let shelterAdmin: Person;
let L: Client;
let O: Client;
let S: Client;
let SA: Client;
let shelterOrg: string;
let shelterEntry: string;
let clinicEntry: string;

const { id: _s, lastReviewed: _r, ...shelterFields } = ALBERTA_SHELTER;
const { id: _c, lastReviewed: _r2, ...clinicFields } = ONTARIO_CLINIC;

// One marker per data category, each placed where the case keeps that kind of data.
const M: Record<DataCategory, string> = {
  identity: 'ZQIDENT4471',
  contact: 'ZQCONTACT4472',
  narrative: 'ZQSTORY4473',
  immigration: 'ZQIMMIG4474',
  employment: 'ZQWORK4475',
  health: 'ZQHEALTH4476',
  documents: 'ZQDOCS4477',
};
const TEAM_ONLY = 'ZQTEAMONLY4478';
const PRIVILEGED = 'ZQPRIV4479';

async function markedCase(): Promise<string> {
  const code = await newCase(L, { province: 'AB', languages: ['es'], interpreterNeeded: true });
  const put = async (url: string, body: object) => {
    const res = await L.put(url, body);
    expect(res.statusCode, res.body).toBe(200);
  };
  await put(`/api/cases/${code}/identity`, { names: [M.identity], contact: { address: M.contact }, documentsHeld: [M.documents] });
  await put(`/api/cases/${code}/safe-contact`, { call: 'safe', text: 'unsafe', email: 'unknown', leaveMessages: 'unsafe', notes: M.contact });
  await put(`/api/cases/${code}/facts`, {
    goals: ['safety'],
    sector: M.employment,
    answers: [
      { id: 'entered-on-false-documents', answer: 'yes', note: M.immigration },
      { id: 'poor-health-or-neglect', answer: 'yes', note: M.health },
    ],
  });
  for (const [text, compartment] of [
    [M.narrative, 'shareable'],
    [TEAM_ONLY, 'team'],
    [PRIVILEGED, 'privileged'],
  ] as const) {
    const res = await L.post(`/api/cases/${code}/fragments`, { text, source: 'client', compartment });
    expect(res.statusCode, res.body).toBe(201);
  }
  return code;
}

async function consentToRefer(code: string, recipient: string, scope: DataCategory[]): Promise<string> {
  expect((await L.post(`/api/cases/${code}/consents`, { kind: 'explanation', purposes: ['refer'], language: 'es' })).statusCode).toBe(201);
  const res = await L.post(`/api/cases/${code}/consents`, { kind: 'consent', purpose: 'refer', recipient, scope, givenHow: 'verbal', language: 'es' });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ entry: { id: string } }>().entry.id;
}

beforeAll(async () => {
  t = await createTestApp();
  const admin = await setUpFirstAdmin(t);
  lawyer = await addPerson(t, admin.orgId, 'lawyer', 'lawyer@clinic.example');
  outsider = await addPerson(t, admin.orgId, 'lawyer', 'other@clinic.example');
  shelterOrg = await createOrganisation(t, 'Prairie Shelter');
  shelterWorker = await addPerson(t, shelterOrg, 'support-worker', 'worker@shelter.example');
  shelterAdmin = await addPerson(t, shelterOrg, 'admin', 'admin@shelter.example');
  L = client(t, lawyer);
  O = client(t, outsider);
  S = client(t, shelterWorker);
  SA = client(t, shelterAdmin);
  const shared = await SA.post('/api/directory', { entry: shelterFields, visibility: 'instance', receivesReferralsHere: true });
  expect(shared.statusCode, shared.body).toBe(201);
  shelterEntry = shared.json().entry.entry.id;
  const external = await L.post('/api/directory', { entry: clinicFields });
  expect(external.statusCode, external.body).toBe(201);
  clinicEntry = external.json().entry.entry.id;
});
afterAll(async () => t.close());

describe('the directory', () => {
  it('finds a Spanish-speaking shelter in Alberta for the clinic, shared instance-wide by the shelter’s admin', async () => {
    const res = await L.get('/api/directory?province=AB&service=shelter&language=es');
    expect(res.statusCode).toBe(200);
    const ids = res.json<{ results: { entry: { id: string }; inHarbour: boolean }[] }>().results.map((r) => [r.entry.id, r.inHarbour]);
    expect(ids).toContainEqual([shelterEntry, true]);
    expect(ids.map(([id]) => id)).not.toContain(clinicEntry);
  });

  it('keeps an organisation’s own entry to itself, and lets only an admin share one with the instance', async () => {
    expect((await S.get(`/api/directory/${clinicEntry}`)).statusCode).toBe(404);
    const refused = await S.post('/api/directory', { entry: shelterFields, visibility: 'instance' });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.fields[0].path).toBe('visibility');
  });

  it('dates and attributes every change, and refuses a bad field naming it', async () => {
    const edited = await L.patch(`/api/directory/${clinicEntry}`, { entry: { ...clinicFields, regions: ['Toronto', 'Hamilton'] } });
    expect(edited.statusCode, edited.body).toBe(200);
    const changes = (await L.get(`/api/directory/${clinicEntry}/changes`)).json().changes;
    expect(changes.map((c: { changed: string[] }) => c.changed)).toEqual([['created'], ['regions']]);
    const bad = await L.patch(`/api/directory/${clinicEntry}`, { entry: { ...clinicFields, services: ['massage'] } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields[0].path).toBe('entry.services[0]');
    expect((await S.patch(`/api/directory/${clinicEntry}`, { entry: clinicFields })).statusCode).toBe(404);
  });

  it('exports as CSV and JSON, and an admin imports them back, all or nothing', async () => {
    const csv = await L.get('/api/directory/export?format=csv');
    expect(csv.statusCode).toBe(200);
    expect(csv.body.split('\n')[0]).toMatch(/^id,name_en,name_fr,kinds,services/);
    const json = await SA.get('/api/directory/export?format=json');
    const entries = json.json<{ id: string }[]>();
    expect(entries.map((e) => e.id)).toEqual([shelterEntry]);
    const renamed = entries.map((e) => ({ ...e, id: 'local-network-shelter' }));
    const imported = await SA.post('/api/directory/import', { format: 'json', content: JSON.stringify(renamed) });
    expect(imported.json()).toEqual({ created: 1, updated: 0 });
    const again = await SA.post('/api/directory/import', { format: 'csv', content: (await SA.get('/api/directory/export?format=csv')).body });
    expect(again.json()).toEqual({ created: 0, updated: 2 });
    const bad = await SA.post('/api/directory/import', {
      format: 'json',
      content: JSON.stringify([
        { ...renamed[0], id: 'local-two' },
        { ...renamed[0], services: ['x'] },
      ]),
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields[0].path).toBe('[1].services[0]');
    expect((await SA.get('/api/directory/local-two')).statusCode).toBe(404);
    expect((await S.post('/api/directory/import', { format: 'json', content: '[]' })).statusCode).toBe(403);
  });
});

describe('a referral', () => {
  it('is refused without the client’s consent, naming the missing consent', async () => {
    const code = await markedCase();
    const res = await L.post(`/api/cases/${code}/referrals`, { entryId: shelterEntry, categories: ['narrative'], purpose: 'Needs a bed tonight' });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('consent-required');
    expect(res.json().error.fields).toEqual(
      expect.arrayContaining([
        { path: 'consent.purpose', message: 'refer' },
        { path: 'consent.recipient', message: shelterOrg },
        { path: 'consent.categories', message: 'narrative' },
        { path: 'consent.reason', message: 'no-consent' },
      ]),
    );
    expect((await L.get(`/api/cases/${code}/referrals`)).json().referrals).toEqual([]);
  });

  it('is refused for a category the consent does not name', async () => {
    const code = await markedCase();
    await consentToRefer(code, shelterOrg, ['narrative']);
    const res = await L.post(`/api/cases/${code}/referrals`, { entryId: shelterEntry, categories: ['narrative', 'identity'], purpose: 'p' });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.fields).toContainEqual({ path: 'consent.reason', message: 'categories-not-covered' });
  });

  it.each(DATA_CATEGORIES)(
    'carries %s when chosen, and no marker of any category not chosen, in the packet, its PDF and DOCX and the recipient’s view',
    async (chosen) => {
      const code = await markedCase();
      await consentToRefer(code, shelterOrg, [...DATA_CATEGORIES]);
      const preview = await L.post(`/api/cases/${code}/referrals/preview`, { entryId: shelterEntry, categories: [chosen], purpose: 'Needs a bed tonight' });
      expect(preview.statusCode, preview.body).toBe(200);
      const sent = await L.post(`/api/cases/${code}/referrals`, {
        entryId: shelterEntry,
        categories: [chosen],
        purpose: 'Needs a bed tonight',
        language: 'fr',
      });
      expect(sent.statusCode, sent.body).toBe(201);
      const referral = sent.json().referral;
      const packet = (await L.get(`/api/cases/${code}/referrals/${referral.id}/packet`)).body;
      expect(preview.json().packet).toEqual(JSON.parse(packet).packet);
      const incoming = (await S.get(`/api/referrals/incoming/${referral.id}`)).body;
      const accepted = (await S.post(`/api/referrals/incoming/${referral.id}/accept`)).json().referral;
      const linked = (await S.get(`/api/cases/${accepted.linkedCaseCode}/referrals/received`)).body;
      for (const view of [preview.body, packet, incoming, linked]) {
        expect(view).toContain(M[chosen]);
        for (const other of DATA_CATEGORIES.filter((c) => c !== chosen)) expect(view).not.toContain(M[other]);
        expect(view).not.toContain(TEAM_ONLY);
        expect(view).not.toContain(PRIVILEGED);
      }
      for (const format of ['pdf', 'docx']) {
        const file = await L.get(`/api/cases/${code}/referrals/${referral.id}/packet?format=${format}`);
        expect(file.statusCode).toBe(200);
        expect(file.headers['content-disposition']).toBe(`attachment; filename="referral.${format}"`);
      }
      const stored = await t.ctx.db.selectFrom('referrals').select(['packet', 'received_packet']).where('id', '=', referral.id).executeTakeFirstOrThrow();
      expect(stored.packet.toString('latin1')).not.toContain(M[chosen]);
      expect(stored.received_packet!.toString('latin1')).not.toContain(M[chosen]);
    },
  );

  it('is tracked from sent to outcome with follow-up dates, and every step is audited', async () => {
    const code = await markedCase();
    await consentToRefer(code, clinicEntry, ['employment']);
    const sent = await L.post(`/api/cases/${code}/referrals`, {
      entryId: clinicEntry,
      categories: ['employment'],
      purpose: 'Unpaid wages',
      followUpOn: '2027-01-10',
    });
    expect(sent.statusCode, sent.body).toBe(201);
    const id = sent.json().referral.id;
    expect(sent.json().referral).toMatchObject({ status: 'sent', inHarbour: false, followUpOn: '2027-01-10', consent: 'in-effect' });
    for (const status of ['acknowledged', 'accepted', 'outcome']) {
      const res = await L.patch(`/api/cases/${code}/referrals/${id}`, { status, ...(status === 'outcome' ? { outcome: 'service-provided' } : {}) });
      expect(res.statusCode, res.body).toBe(200);
    }
    const back = await L.patch(`/api/cases/${code}/referrals/${id}`, { status: 'sent' });
    expect(back.statusCode).toBe(409);
    const [listed] = (await L.get(`/api/cases/${code}/referrals`)).json().referrals;
    expect(listed.history.map((h: { status: string }) => h.status)).toEqual(['sent', 'acknowledged', 'accepted', 'outcome']);
    const actions = (await L.get(`/api/cases/${code}/activity`)).json().entries.map((e: { action: string }) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['referral.sent', 'referral.updated', 'referral.list-read']));
  });

  it('shows nothing of a case’s referrals to someone off its team', async () => {
    const code = await markedCase();
    expect((await O.get(`/api/cases/${code}/referrals`)).statusCode).toBe(404);
    expect((await O.post(`/api/cases/${code}/referrals`, { entryId: shelterEntry, categories: [], purpose: 'p' })).statusCode).toBe(404);
  });
});

describe('inside one Harbour', () => {
  it('arrives in the recipient’s queue; accepting opens a linked case; withdrawing the consent ends their access, and both sides see it', async () => {
    const code = await markedCase();
    const consentId = await consentToRefer(code, shelterOrg, ['narrative', 'contact']);
    const sent = await L.post(`/api/cases/${code}/referrals`, { entryId: shelterEntry, categories: ['narrative'], purpose: 'Needs a bed tonight' });
    const id = sent.json().referral.id;
    const queue = (await S.get('/api/referrals/incoming')).json().referrals;
    expect(queue.find((r: { id: string }) => r.id === id)).toMatchObject({ status: 'sent', access: 'open', categories: ['narrative'] });
    // Another organisation's people do not see it.
    expect((await O.get(`/api/referrals/incoming/${id}`)).statusCode).toBe(404);
    expect((await SA.get('/api/referrals/incoming')).statusCode).toBe(403);
    expect((await S.post(`/api/referrals/incoming/${id}/status`, { status: 'acknowledged' })).statusCode).toBe(200);
    const accepted = (await S.post(`/api/referrals/incoming/${id}/accept`)).json().referral;
    expect(accepted.status).toBe('accepted');
    const linked = (await S.get(`/api/cases/${accepted.linkedCaseCode}/referrals/received`)).json().received;
    expect(linked).toEqual([expect.objectContaining({ access: 'open' })]);
    expect(JSON.stringify(linked)).toContain(M.narrative);
    // The linked case holds the header only: no identity was shared.
    expect((await S.get(`/api/cases/${accepted.linkedCaseCode}`)).json().case).toMatchObject({ province: 'AB', identityRecorded: false });

    expect((await L.post(`/api/cases/${code}/consents/${consentId}/withdraw`, {})).statusCode).toBe(200);
    const ended = (await S.get(`/api/referrals/incoming/${id}`)).json().referral;
    expect(ended).toMatchObject({ access: 'ended', packet: null, categories: [] });
    const linkedAfter = (await S.get(`/api/cases/${accepted.linkedCaseCode}/referrals/received`)).body;
    expect(linkedAfter).not.toContain(M.narrative);
    expect(JSON.parse(linkedAfter).received).toEqual([expect.objectContaining({ access: 'ended', packet: null })]);
    const stored = await t.ctx.db.selectFrom('referrals').select(['received_packet', 'access_ended_on']).where('id', '=', id).executeTakeFirstOrThrow();
    expect(stored.received_packet).toBeNull();
    expect(stored.access_ended_on).not.toBeNull();
    const [mine] = (await L.get(`/api/cases/${code}/referrals`)).json().referrals;
    expect(mine).toMatchObject({ consent: 'ended', linkedCaseOpened: true });
    const actions = (await L.get(`/api/cases/${code}/activity`)).json().entries.map((e: { action: string }) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining(['referral.sent', 'referral.acknowledged', 'referral.accepted', 'referral.received-read', 'referral.access-ended']),
    );
    expect((await S.post(`/api/referrals/incoming/${id}/status`, { status: 'declined' })).statusCode).toBe(403);
  });

  it('suggests services for the case from its province, languages and needs, the shelter first', async () => {
    const code = await markedCase();
    const res = await L.get(`/api/cases/${code}/referrals/suggestions`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.needs.map((n: { service: string }) => n.service)).toContain('shelter');
    expect(body.results[0].entry.id).toBe(shelterEntry);
    expect(body.results[0]).toMatchObject({ meets: expect.arrayContaining(['shelter']), speaks: ['es'], reach: 'province' });
  });
});

describe('a consent naming a directory entry', () => {
  it('lists each entry with the recipient a consent names: the receiving organisation here, else the entry itself', async () => {
    const results = (await L.get('/api/directory')).json<{ results: { entry: { id: string }; consentRecipient: string }[] }>().results;
    const of = (id: string) => results.find((r) => r.entry.id === id)?.consentRecipient;
    expect(of(shelterEntry)).toBe(shelterOrg);
    expect(of(clinicEntry)).toBe(clinicEntry);
    const seeded = results.find((r) => !r.entry.id.startsWith('local-'))!;
    expect(seeded.consentRecipient).toBe(seeded.entry.id);
  });

  it('allows the referral once a consent to share with that outside organisation names it and the categories', async () => {
    const code = await newCase(L, { province: 'ON', languages: ['es'], interpreterNeeded: false });
    const body = { entryId: clinicEntry, categories: ['employment'], purpose: 'Unpaid wages' };
    expect((await L.post(`/api/cases/${code}/referrals`, body)).json().error.code).toBe('consent-required');
    expect((await L.post(`/api/cases/${code}/consents`, { kind: 'explanation', purposes: ['share-with-organisation'], language: 'es' })).statusCode).toBe(201);
    const consent = await L.post(`/api/cases/${code}/consents`, {
      kind: 'consent',
      purpose: 'share-with-organisation',
      recipient: clinicEntry,
      scope: ['employment'],
      givenHow: 'verbal',
      language: 'es',
    });
    expect(consent.statusCode, consent.body).toBe(201);
    const sent = await L.post(`/api/cases/${code}/referrals`, body);
    expect(sent.statusCode, sent.body).toBe(201);
    expect(sent.json().referral).toMatchObject({ entryId: clinicEntry, consent: 'in-effect', inHarbour: false });
  });

  it('still offers the case team (the directory entry is not an organisation of this Harbour)', async () => {
    const code = await newCase(L, { province: 'ON', languages: ['es'], interpreterNeeded: false });
    await L.post(`/api/cases/${code}/consents`, { kind: 'explanation', purposes: ['share-with-organisation'], language: 'es' });
    const consent = await L.post(`/api/cases/${code}/consents`, {
      kind: 'consent',
      purpose: 'share-with-organisation',
      recipient: clinicEntry,
      scope: ['narrative'],
      givenHow: 'verbal',
      language: 'es',
    });
    expect(consent.statusCode, consent.body).toBe(201);
    const candidates = await L.get(`/api/cases/${code}/team/candidates`);
    expect(candidates.statusCode, candidates.body).toBe(200);
  });
});

describe('a local entry with mistakes', () => {
  it('is refused naming each field, under the path the form shows it, and nothing is stored', async () => {
    const before = (await L.get('/api/directory?text=Mistaken')).json().results.length;
    const res = await L.post('/api/directory', {
      entry: { ...clinicFields, name: { en: '', fr: 'Erreur' }, sources: [{ url: 'ftp://x', title: 'Mistaken', covers: [] }] },
    });
    expect(res.statusCode).toBe(400);
    const fields = res.json<{ error: { fields: { path: string; problem: { code: string } }[] } }>().error.fields;
    expect(fields.map((f) => f.path)).toEqual(expect.arrayContaining(['entry.name.en', 'entry.sources[0].url']));
    expect((await L.get('/api/directory?text=Mistaken')).json().results.length).toBe(before);
  });
});
