import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dayOf } from '../../src/cases/dates';
import { addDays, type IsoDate } from '../../src/core/dates/iso-date';
import { createTestApp, DEFAULT_PASSWORD, type TestApp } from '../support/test-app';
import { addMember, addPerson, client, newCase, setUpFirstAdmin, type Client, type Person } from './cases-support';

// The calendar (issue 17): computed deadlines from the current facts, dates entered by hand,
// need-to-know across cases, and the private iCalendar feed, which carries only case codes and
// kinds of dates.

let t: TestApp;
let admin: Person;
let lawyer: Person;
let outsider: Person;
let A: Client;
let L: Client;
let O: Client;
let today: IsoDate;
const MARKER = 'ZQXCALMARK7391';

type Item = { caseCode: string; date: string; kind: string; source: string; remedyId?: string; deadlineId?: string; label: string; id?: string };
const items = async (c: Client, query = '') => (await c.get(`/api/calendar${query}`)).json<{ items: Item[] }>().items;
const ES = (i: Item) => i.deadlineId === 'employment-standards.limitation';
const activity = async (code: string) =>
  (await L.get(`/api/cases/${code}/activity`)).json<{ entries: { action: string; detail: Record<string, unknown> }[] }>().entries;

beforeAll(async () => {
  t = await createTestApp();
  admin = await setUpFirstAdmin(t);
  lawyer = await addPerson(t, admin.orgId, 'lawyer', 'lawyer@clinic.example');
  outsider = await addPerson(t, admin.orgId, 'lawyer', 'other@clinic.example');
  A = client(t, admin);
  L = client(t, lawyer);
  O = client(t, outsider);
  today = dayOf(t.ctx.now());
});
afterAll(async () => t.close());

describe('computed deadlines', () => {
  it('shows the employment-standards limitation computed from the last day of work, and drops it with a history note when that fact goes', async () => {
    const code = await newCase(L);
    const ended = addDays(today, -400);
    expect((await L.put(`/api/cases/${code}/facts`, { contexts: ['labour'], events: { employmentEnded: ended } })).statusCode).toBe(200);
    const [deadline] = (await items(L, `?to=${addDays(today, 400)}`)).filter((i) => i.caseCode === code && ES(i));
    // The same day the case's legal view gives for that deadline.
    const legal = (await L.get(`/api/cases/${code}/legal-view`)).json<{ remedies: { id: string; deadlines: { date: string; kind: string }[] }[] }>();
    const computed = legal.remedies.find((r) => r.id === 'employment-standards')!.deadlines.find((d) => d.kind === 'limitation')!.date;
    expect(computed > today).toBe(true);
    expect(deadline).toMatchObject({ source: 'computed', kind: 'limitation', remedyId: 'employment-standards', date: computed });
    expect(deadline!.label).toMatch(/^Deadline: /);
    expect(deadline).toHaveProperty('citation');
    expect((await items(L, `?to=${addDays(today, 400)}&lang=fr`)).find((i) => i.caseCode === code && ES(i))!.label).toMatch(/^Échéance: /);

    expect((await L.put(`/api/cases/${code}/facts`, { events: {} })).statusCode).toBe(200);
    expect((await items(L, `?to=${addDays(today, 400)}`)).filter((i) => i.caseCode === code && ES(i))).toEqual([]);
    const gone = (await activity(code)).filter((e) => e.action === 'case.deadline-no-longer-applies');
    expect(gone.map((e) => e.detail)).toContainEqual({ remedy: 'employment-standards', deadline: 'employment-standards.limitation' });
  });

  it('shows the permit expiry and the removal date, and validates the range', async () => {
    const code = await newCase(L);
    await L.put(`/api/cases/${code}/facts`, { person: { permitExpiry: addDays(today, 20), removal: { state: 'scheduled', date: addDays(today, 30) } } });
    const mine = (await items(L)).filter((i) => i.caseCode === code);
    expect(mine.map((i) => i.kind)).toEqual(expect.arrayContaining(['permit-expiry', 'removal']));
    const sorted = (await items(L)).map((i) => i.date);
    expect(sorted).toEqual([...sorted].sort());
    const tooLong = await L.get(`/api/calendar?from=${today}&to=${addDays(today, 401)}`);
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json().error.fields[0].path).toBe('to');
    const notADate = await L.get('/api/calendar?from=2026-02-30');
    expect(notADate.statusCode).toBe(400);
    expect(notADate.body).not.toContain('2026-02-30');
  });
});

describe('dates entered by hand', () => {
  it('adds a hearing, lists it with its note on the case and without it in the calendar, and deletes it', async () => {
    const code = await newCase(L);
    const hearing = addDays(today, 10);
    const added = await L.post(`/api/cases/${code}/dates`, { kind: 'hearing', date: hearing, time: '09:30', note: 'Room 4, bring the interpreter' });
    expect(added.statusCode).toBe(201);
    const date = added.json().date;
    expect(date).toMatchObject({ kind: 'hearing', date: hearing, time: '09:30', note: 'Room 4, bring the interpreter' });
    expect((await L.get(`/api/cases/${code}/dates`)).json().dates).toEqual([date]);
    const listed = (await items(L)).filter((i) => i.caseCode === code);
    expect(listed).toEqual([expect.objectContaining({ source: 'manual', kind: 'hearing', date: hearing, id: date.id, label: 'Hearing' })]);
    expect(JSON.stringify(listed)).not.toContain('Room 4');
    const stored = await t.ctx.db.selectFrom('case_dates').select('note').where('id', '=', date.id).executeTakeFirstOrThrow();
    expect(stored.note!.toString('latin1')).not.toContain('Room 4');
    expect((await L.del(`/api/cases/${code}/dates/${date.id}`)).statusCode).toBe(204);
    expect((await L.get(`/api/cases/${code}/dates`)).json().dates).toEqual([]);
    expect((await L.del(`/api/cases/${code}/dates/${date.id}`)).statusCode).toBe(404);
    const actions = (await activity(code)).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['case.date-added', 'case.dates-read', 'case.date-removed']));
  });

  it('refuses a bad date, time or kind naming the field, without echoing it', async () => {
    const code = await newCase(L);
    for (const [body, field] of [
      [{ kind: 'party', date: today }, 'kind'],
      [{ kind: 'hearing', date: '2026-13-01' }, 'date'],
      [{ kind: 'hearing', date: today, time: '25:61' }, 'time'],
    ] as const) {
      const res = await L.post(`/api/cases/${code}/dates`, body);
      expect(res.statusCode).toBe(400);
      expect(res.json().error.fields.map((f: { path: string }) => f.path)).toContain(field);
      expect(res.body).not.toMatch(/party|2026-13-01|25:61/);
    }
  });
});

describe('need-to-know', () => {
  it('shows nothing of a case to someone off its team, an organisation admin included', async () => {
    const code = await newCase(L);
    await L.post(`/api/cases/${code}/dates`, { kind: 'hearing', date: addDays(today, 5) });
    await L.put(`/api/cases/${code}/facts`, { person: { permitExpiry: addDays(today, 6) } });
    expect((await items(O)).filter((i) => i.caseCode === code)).toEqual([]);
    expect((await items(A)).filter((i) => i.caseCode === code)).toEqual([]);
    expect((await O.get(`/api/cases/${code}/dates`)).statusCode).toBe(404);
    expect((await O.post(`/api/cases/${code}/dates`, { kind: 'hearing', date: today })).statusCode).toBe(404);
    await addMember(L, code, outsider.id, 'lawyer');
    expect((await items(O)).filter((i) => i.caseCode === code).length).toBe(2);
  });
});

describe('the private calendar feed', () => {
  let code: string;
  let url: string;
  const feedPath = () => new URL(url).pathname;

  beforeAll(async () => {
    code = await newCase(L, {
      province: 'ON',
      languages: ['es'],
      interpreterNeeded: true,
      identity: { names: [`Ana ${MARKER}`], aliases: [MARKER], contact: {}, documentsHeld: [] },
    });
    await L.put(`/api/cases/${code}/facts`, {
      contexts: ['labour'],
      sector: `farm ${MARKER}`,
      events: { employmentEnded: addDays(today, -400) },
      person: { permitExpiry: addDays(today, 40) },
      answers: [{ id: 'excessive-hours', answer: 'yes', note: `hours ${MARKER}` }],
    });
    await L.post(`/api/cases/${code}/fragments`, { text: `story ${MARKER}`, source: 'client', compartment: 'team' });
    await L.post(`/api/cases/${code}/sittings`, { heldOn: today, durationMinutes: 30, mode: 'in-person', couldSpeakFreely: 'yes', note: `note ${MARKER}` });
    await L.post(`/api/cases/${code}/dates`, { kind: 'hearing', date: addDays(today, 12), note: `hearing ${MARKER}` });
    expect((await L.get('/api/calendar/feed')).json()).toEqual({ active: false });
    const created = await L.post('/api/calendar/feed');
    expect(created.statusCode).toBe(201);
    url = created.json().url;
    expect(url).toMatch(/\/calendar\/[\w-]{40,}\.ics$/);
  });

  it('parses back as iCalendar with one all-day event per calendar item of the coming year, carrying no client data', async () => {
    const res = await t.app.inject({ method: 'GET', url: feedPath() });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/calendar/);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.body.split(MARKER).length - 1).toBe(0);
    const events = new ICAL.Component(ICAL.parse(res.body)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    const expected = await items(L, `?to=${addDays(today, 365)}`);
    expect(expected.filter((i) => i.caseCode === code).map((i) => i.kind)).toEqual(expect.arrayContaining(['limitation', 'permit-expiry', 'hearing']));
    expect(events.length).toBe(expected.length);
    const seen = events.map((e) => `${e.startDate.toString()} ${e.summary}`).sort();
    expect(seen).toEqual(expected.map((i) => `${i.date} ${i.caseCode} · ${i.label}`).sort());
    expect(events.every((e) => e.startDate.isDate)).toBe(true);
    expect(seen).toContain(`${addDays(today, 12)} ${code} · Hearing`);
    for (const e of events) expect(e.description).toBe(e.summary);
    // The marker really went in: the case's own endpoints show it.
    expect((await L.get(`/api/cases/${code}/dates`)).body).toContain(MARKER);
    expect((await L.get(`/api/cases/${code}/facts`)).body).toContain(MARKER);
  });

  it('stops answering once revoked, and a new URL replaces the old', async () => {
    const old = feedPath();
    url = (await L.post('/api/calendar/feed')).json().url;
    expect((await t.app.inject({ method: 'GET', url: old })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: feedPath() })).statusCode).toBe(200);
    expect((await L.get('/api/calendar/feed')).json()).toMatchObject({ active: true, createdAt: expect.any(String) });
    expect((await L.del('/api/calendar/feed')).statusCode).toBe(204);
    expect((await t.app.inject({ method: 'GET', url: feedPath() })).statusCode).toBe(404);
    expect((await L.get('/api/calendar/feed')).json()).toEqual({ active: false });
    expect((await t.app.inject({ method: 'GET', url: '/calendar/not-a-token.ics' })).statusCode).toBe(404);
  });

  it('stops answering after a password change', async () => {
    url = (await L.post('/api/calendar/feed')).json().url;
    expect((await t.app.inject({ method: 'GET', url: feedPath() })).statusCode).toBe(200);
    const changed = await L.post('/api/account/password', { currentPassword: DEFAULT_PASSWORD, newPassword: 'Another-Harbour-Phrase-77' });
    expect(changed.statusCode).toBe(204);
    expect((await t.app.inject({ method: 'GET', url: feedPath() })).statusCode).toBe(404);
    expect((await L.get('/api/calendar/feed')).json()).toEqual({ active: false });
  });

  it('keeps only the token hash, and never logs the token', async () => {
    url = (await L.post('/api/calendar/feed')).json().url;
    const token = feedPath().replace(/^\/calendar\/|\.ics$/g, '');
    const rows = await t.ctx.db.selectFrom('calendar_feeds').selectAll().execute();
    expect(JSON.stringify(rows)).not.toContain(token);
    expect((await t.app.inject({ method: 'GET', url: feedPath() })).statusCode).toBe(200);
    await t.app.inject({ method: 'GET', url: '/calendar/unknown-token-in-the-path.ics' });
    const logs = t.logs.join('');
    expect(logs).toContain('/calendar/:token.ics');
    expect(logs).not.toContain(token);
    expect(logs).not.toContain('unknown-token-in-the-path');
    expect(logs).not.toContain(MARKER);
  });
});
