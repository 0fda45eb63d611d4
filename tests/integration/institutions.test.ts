import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dayOf } from '../../src/cases/dates';
import { addDays, type IsoDate } from '../../src/core/dates/iso-date';
import { createTestApp, type TestApp } from '../support/test-app';
import { addPerson, client, newCase, setUpFirstAdmin, type Client, type Person } from './cases-support';

// The institution log (issue 17): requests to institutions and their answers, sealed where they
// can identify the client; the access-to-information answer date in the calendar; response
// times across the organisation, from consenting cases only, withheld under 5 cases.

let t: TestApp;
let lawyer: Person;
let outsider: Person;
let L: Client;
let O: Client;
let today: IsoDate;
const MARKER = 'ZQXINSTLOG3318';

type Figure = { institution: string; kind: string; shown: boolean; cases?: number; medianDays?: number; p90Days?: number };
const figures = async (c: Client) => (await c.get('/api/institutions/response-times')).json<{ minCases: number; figures: Figure[] }>();
const calendar = async (c: Client) =>
  (await c.get(`/api/calendar?to=${addDays(today, 90)}`)).json<{
    items: { caseCode: string; kind: string; date: string; source: string; citation?: string }[];
  }>().items;

async function consentToStatistics(code: string) {
  expect((await L.post(`/api/cases/${code}/consents`, { kind: 'explanation', purposes: ['anonymous-statistics'], language: 'es' })).statusCode).toBe(201);
  const given = await L.post(`/api/cases/${code}/consents`, {
    kind: 'consent',
    purpose: 'anonymous-statistics',
    scope: [],
    givenHow: 'verbal',
    language: 'es',
  });
  expect(given.statusCode, given.body).toBe(201);
}

/** A case whose request to `institution` was answered after `days` days. */
async function answeredCase(days: number, institution = 'cbsa', consent = true) {
  const code = await newCase(L);
  if (consent) await consentToStatistics(code);
  const sentOn = addDays(today, -100);
  const entry = (await L.post(`/api/cases/${code}/institution-log`, { institution, kind: 'information-request', sentOn })).json().entry;
  const answered = await L.patch(`/api/cases/${code}/institution-log/${entry.id}`, { answeredOn: addDays(sentOn, days), outcome: 'records-received' });
  expect(answered.statusCode, answered.body).toBe(200);
  return code;
}

beforeAll(async () => {
  t = await createTestApp();
  const admin = await setUpFirstAdmin(t);
  lawyer = await addPerson(t, admin.orgId, 'lawyer', 'lawyer@clinic.example');
  outsider = await addPerson(t, admin.orgId, 'lawyer', 'other@clinic.example');
  L = client(t, lawyer);
  O = client(t, outsider);
  today = dayOf(t.ctx.now());
});
afterAll(async () => t?.close());

describe('the institution log of a case', () => {
  it('logs a request to IRCC for GCMS notes, puts its statutory answer date in the calendar with its citation, and records the answer', async () => {
    const code = await newCase(L);
    const added = await L.post(`/api/cases/${code}/institution-log`, {
      institution: 'ircc',
      kind: 'access-to-information',
      sentOn: today,
      whatSent: `GCMS notes request ${MARKER}`,
      reference: `A-${MARKER}`,
      followUpDays: 45,
    });
    expect(added.statusCode, added.body).toBe(201);
    const entry = added.json().entry;
    expect(entry).toMatchObject({ institution: 'ircc', kind: 'access-to-information', sentOn: today, reference: `A-${MARKER}`, followUpDays: 45 });

    const mine = (await calendar(L)).filter((i) => i.caseCode === code);
    expect(mine).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          kind: 'access-to-information',
          source: 'institution',
          date: addDays(today, 30),
          citation: expect.stringContaining('s. 7, s. 9(1)'),
        }),
        expect.objectContaining({ kind: 'institution-follow-up', source: 'institution', date: addDays(today, 45) }),
      ]),
    );
    expect(JSON.stringify(mine)).not.toContain(MARKER);

    // An extension under s. 9 moves the date; the answer takes both dates out of the calendar.
    await L.patch(`/api/cases/${code}/institution-log/${entry.id}`, { extensionDays: 30 });
    expect((await calendar(L)).find((i) => i.caseCode === code && i.kind === 'access-to-information')!.date).toBe(addDays(today, 60));
    const answered = await L.patch(`/api/cases/${code}/institution-log/${entry.id}`, {
      answeredOn: addDays(today, 20),
      outcome: 'records-received',
      outcomeNote: `notes ${MARKER}`,
    });
    expect(answered.statusCode).toBe(200);
    expect(answered.json().entry).toMatchObject({
      answeredOn: addDays(today, 20),
      outcome: 'records-received',
      outcomeNote: `notes ${MARKER}`,
      extensionDays: 30,
    });
    expect((await calendar(L)).filter((i) => i.caseCode === code)).toEqual([]);

    expect((await L.get(`/api/cases/${code}/institution-log`)).json().entries).toEqual([answered.json().entry]);
    const stored = await t.ctx.db.selectFrom('institution_log').selectAll().where('id', '=', entry.id).executeTakeFirstOrThrow();
    expect(JSON.stringify({ ...stored, what_sent: stored.what_sent?.toString('latin1'), reference: stored.reference?.toString('latin1') })).not.toContain(
      MARKER,
    );
    const actions = (await L.get(`/api/cases/${code}/activity`)).json<{ entries: { action: string }[] }>().entries.map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['case.institution-request-added', 'case.institution-request-updated', 'case.institution-log-read']));
    expect(t.logs.join('')).not.toContain(MARKER);
  });

  it('refuses bad input naming the field, an answer before the request, and an unknown entry', async () => {
    const code = await newCase(L);
    for (const [body, field] of [
      [{ institution: 'fbi', kind: 'complaint', sentOn: today }, 'institution'],
      [{ institution: 'ircc', kind: 'letter', sentOn: today }, 'kind'],
      [{ institution: 'ircc', kind: 'complaint', sentOn: '2026-02-30' }, 'sentOn'],
      [{ institution: 'ircc', kind: 'complaint', sentOn: today, followUpDays: 0 }, 'followUpDays'],
    ] as const) {
      const res = await L.post(`/api/cases/${code}/institution-log`, body);
      expect(res.statusCode).toBe(400);
      expect(res.json().error.fields.map((f: { path: string }) => f.path)).toContain(field);
    }
    const entry = (await L.post(`/api/cases/${code}/institution-log`, { institution: 'police', kind: 'complaint', sentOn: today })).json().entry;
    const early = await L.patch(`/api/cases/${code}/institution-log/${entry.id}`, { answeredOn: addDays(today, -1) });
    expect(early.statusCode).toBe(400);
    expect(early.json().error.fields[0].path).toBe('answeredOn');
    expect((await L.patch(`/api/cases/${code}/institution-log/00000000-0000-4000-8000-000000000000`, { outcome: 'refused' })).statusCode).toBe(404);
    expect((await L.del(`/api/cases/${code}/institution-log/${entry.id}`)).statusCode).toBe(204);
    expect((await L.del(`/api/cases/${code}/institution-log/${entry.id}`)).statusCode).toBe(404);
  });

  it('shows nothing to someone off the team', async () => {
    const code = await newCase(L);
    await L.post(`/api/cases/${code}/institution-log`, { institution: 'irb', kind: 'submission', sentOn: today, followUpDays: 10 });
    expect((await O.get(`/api/cases/${code}/institution-log`)).statusCode).toBe(404);
    expect((await O.post(`/api/cases/${code}/institution-log`, { institution: 'irb', kind: 'submission', sentOn: today })).statusCode).toBe(404);
    expect((await calendar(O)).filter((i) => i.caseCode === code)).toEqual([]);
  });
});

describe('response times for advocacy', () => {
  it('shows no figure for 4 consenting cases, and one for 5; a case without consent never counts', async () => {
    for (const days of [10, 20, 30, 40]) await answeredCase(days);
    await answeredCase(1, 'cbsa', false);
    await answeredCase(2, 'cbsa', false);
    const four = (await figures(O)).figures.find((f) => f.institution === 'cbsa');
    expect(four).toEqual({ institution: 'cbsa', kind: 'information-request', shown: false });
    await answeredCase(50);
    const five = await figures(O);
    expect(five.minCases).toBe(5);
    // Nearest rank over 10, 20, 30, 40, 50: the median is the 3rd, the 90th percentile the 5th.
    expect(five.figures.find((f) => f.institution === 'cbsa')).toEqual({
      institution: 'cbsa',
      kind: 'information-request',
      shown: true,
      cases: 5,
      answers: 5,
      medianDays: 30,
      p90Days: 50,
    });
  });
});

describe('the signed-in routes of reminders and response times', () => {
  it('answer 401 without a session, and refuse a change without the CSRF token', async () => {
    for (const [method, url] of [
      ['GET', '/api/notifications'],
      ['POST', '/api/notifications/read'],
      ['POST', '/api/notifications/00000000-0000-4000-8000-000000000000/read'],
      ['GET', '/api/reminders/preferences'],
      ['PUT', '/api/reminders/preferences'],
      ['GET', '/api/institutions/response-times'],
    ] as const) {
      const res = await t.app.inject({ method, url, ...(method === 'GET' ? {} : { payload: {} }) });
      expect(res.statusCode, `${method} ${url}`).toBe(401);
    }
    const noCsrf = await t.app.inject({ method: 'PUT', url: '/api/reminders/preferences', headers: { cookie: lawyer.cookie }, payload: { byEmail: true } });
    expect(noCsrf.statusCode).toBe(403);
    expect((await L.get('/api/reminders/preferences')).json().byEmail).toBe(false);
  });
});
