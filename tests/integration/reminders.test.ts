import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dayOf } from '../../src/cases/dates';
import { addDays, type IsoDate } from '../../src/core/dates/iso-date';
import { smtpMailer, type Mailer } from '../../src/platform/mail/mailer';
import { runOncePerPeriod } from '../../src/platform/jobs/scheduled-runs';
import { giveReminders } from '../../src/reminders';
import { startSmtpCapture, type SmtpCapture } from '../support/smtp-capture';
import { createTestApp, type TestApp } from '../support/test-app';
import { addPerson, client, newCase, setUpFirstAdmin, type Client, type Person } from './cases-support';

// Reminders (issue 17): a deadline the legal core computes reminds each person at the offsets
// they chose, once per offset however many job runs race for it, in the app and by e-mail through
// the organisation's SMTP server (a local one here); neither carries any client data.

let t: TestApp;
let smtp: SmtpCapture;
let mailer: Mailer;
let lawyer: Person;
let other: Person;
let L: Client;
let O: Client;
let today: IsoDate;
let code: string;
let deadline: IsoDate;
const MARKER = 'ZQXREMIND5520';

type Notice = { id: string; caseCode: string; kind: string; label: string; date: string; daysBefore: number; read: boolean };
const notices = async (c: Client, lang = 'en') => (await c.get(`/api/notifications?lang=${lang}`)).json<{ notifications: Notice[]; unread: number }>();
const limitationNotices = async () => (await notices(L)).notifications.filter((n) => n.caseCode === code && n.kind === 'limitation');
/** Two job runs at once, as two Harbour processes would start them on the same day. */
const runTwiceAtOnce = (day: IsoDate) => Promise.all([giveReminders(t.ctx, { today: day, mailer }), giveReminders(t.ctx, { today: day, mailer })]);

beforeAll(async () => {
  smtp = await startSmtpCapture();
  t = await createTestApp({ HARBOUR_SMTP_URL: smtp.url, HARBOUR_MAIL_FROM: 'Harbour <reminders@clinic.example>' });
  mailer = smtpMailer(smtp.url, t.ctx.config.mailFrom);
  const admin = await setUpFirstAdmin(t);
  lawyer = await addPerson(t, admin.orgId, 'lawyer', 'lawyer@clinic.example');
  other = await addPerson(t, admin.orgId, 'lawyer', 'other@clinic.example');
  L = client(t, lawyer);
  O = client(t, other);
  today = dayOf(t.ctx.now());

  // A marker in every sensitive field of the case.
  code = await newCase(L, {
    province: 'ON',
    languages: ['es'],
    interpreterNeeded: true,
    identity: { names: [`Ana ${MARKER}`], aliases: [MARKER], contact: {}, documentsHeld: [] },
  });
  const facts = await L.put(`/api/cases/${code}/facts`, {
    contexts: ['labour'],
    sector: `farm ${MARKER}`,
    events: { employmentEnded: addDays(today, -400) },
    answers: [{ id: 'excessive-hours', answer: 'yes', note: `hours ${MARKER}` }],
  });
  expect(facts.statusCode).toBe(200);
  await L.post(`/api/cases/${code}/fragments`, { text: `story ${MARKER}`, source: 'client', compartment: 'team' });
  await L.post(`/api/cases/${code}/sittings`, { heldOn: today, durationMinutes: 30, mode: 'in-person', couldSpeakFreely: 'yes', note: `note ${MARKER}` });
  await L.post(`/api/cases/${code}/dates`, { kind: 'hearing', date: addDays(today, 12), note: `hearing ${MARKER}` });
  await L.post(`/api/cases/${code}/institution-log`, {
    institution: 'ircc',
    kind: 'access-to-information',
    sentOn: today,
    whatSent: `GCMS notes ${MARKER}`,
    reference: `A-2026-${MARKER}`,
    followUpDays: 20,
  });

  const items = (await L.get(`/api/calendar?to=${addDays(today, 400)}`)).json<{ items: { caseCode: string; deadlineId?: string; date: IsoDate }[] }>().items;
  deadline = items.find((i) => i.caseCode === code && i.deadlineId === 'employment-standards.limitation')!.date;
  expect(deadline > addDays(today, 30)).toBe(true);
});
afterAll(async () => {
  mailer?.close();
  await t?.close();
  await smtp?.close();
});

describe('reminder preferences', () => {
  it('starts at 7 and 1 days before each kind, in the app only, and says whether e-mail is available', async () => {
    const prefs = (await O.get('/api/reminders/preferences')).json();
    expect(prefs).toMatchObject({ byEmail: false, emailAvailable: true });
    expect(prefs.kinds.limitation).toEqual([7, 1]);
    expect(prefs.kinds['access-to-information']).toEqual([7, 1]);
  });

  it('keeps what a person chooses per kind of date, sorted, and refuses bad offsets naming the field', async () => {
    const res = await L.put('/api/reminders/preferences', { byEmail: true, kinds: { limitation: [1, 30, 7, 7], hearing: [], 'permit-expiry': [] } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ byEmail: true, kinds: { limitation: [30, 7, 1], hearing: [], renewal: [7, 1] } });
    for (const body of [
      { kinds: { limitation: [-1] } },
      { kinds: { limitation: [366] } },
      { kinds: { party: [1] } },
      { kinds: { limitation: [1, 2, 3, 4, 5, 6, 7] } },
    ]) {
      const bad = await L.put('/api/reminders/preferences', body);
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.fields[0].path).toMatch(/^kinds/);
    }
    expect((await L.get('/api/reminders/preferences')).json().kinds.limitation).toEqual([30, 7, 1]);
  });
});

describe('the daily reminder job', () => {
  it('reminds of a computed deadline at 30, 7 and 1 days before, each once though two runs race every day, in the app and by e-mail', async () => {
    await L.put('/api/reminders/preferences', { byEmail: true, kinds: { limitation: [30, 7, 1] } });
    const sentBefore = smtp.mails.length;
    await runTwiceAtOnce(addDays(deadline, -31));
    expect(await limitationNotices()).toEqual([]);

    const [a, b] = await runTwiceAtOnce(addDays(deadline, -30));
    expect(a.given + b.given).toBeGreaterThanOrEqual(1);
    expect((await limitationNotices()).map((n) => n.daysBefore)).toEqual([30]);
    for (const day of [-29, -8, -7, -7, -3, -1, -1, 0]) await runTwiceAtOnce(addDays(deadline, day));
    expect((await limitationNotices()).map((n) => n.daysBefore).sort((x, y) => x - y)).toEqual([1, 7, 30]);

    const limitationMails = smtp.mails.slice(sentBefore).filter((m) => m.subject.includes(code) && m.subject.includes('Deadline'));
    expect(limitationMails.length).toBe(3);
    expect(limitationMails.every((m) => m.to.join() === 'lawyer@clinic.example')).toBe(true);
    const [first] = limitationMails;
    expect(first!.subject).toBe(`Harbour reminder: ${code} · Deadline in 30 days`);
    expect(first!.text).toContain(`Open the case in Harbour: ${t.ctx.config.publicUrl}/cases/${code}`);
    expect(limitationMails.map((m) => m.subject.replace(`Harbour reminder: ${code} · Deadline `, ''))).toEqual(['in 30 days', 'in 7 days', 'tomorrow']);
    // Nobody else on no team of this case hears of it.
    expect((await notices(O)).notifications.filter((n) => n.caseCode === code)).toEqual([]);
  });

  it('runs once a day across processes through the scheduled-run claim', async () => {
    const work = () => giveReminders(t.ctx, { today: addDays(deadline, -1), mailer }).then((r) => `given ${r.given}`);
    const runs = await Promise.all([
      runOncePerPeriod(t.ctx.db, 'reminders-test', 'day', work, { claimedBy: 'p1' }),
      runOncePerPeriod(t.ctx.db, 'reminders-test', 'day', work, { claimedBy: 'p2' }),
    ]);
    expect(runs.filter(Boolean).length).toBe(1);
  });

  it('reminds of a hearing entered by hand and an access-to-information answer date, in French for a French reader', async () => {
    expect((await L.patch('/api/account/preferences', { language: 'fr' })).statusCode).toBe(200);
    await L.put('/api/reminders/preferences', { kinds: { hearing: [7], 'access-to-information': [3] } });
    const sentBefore = smtp.mails.length;
    await giveReminders(t.ctx, { today: addDays(today, 5), mailer });
    await giveReminders(t.ctx, { today: addDays(today, 27), mailer });
    const french = smtp.mails.slice(sentBefore);
    expect(french.map((m) => m.subject)).toContain(`Harbour — rappel : ${code} · Audience dans 7 jours`);
    expect(french.every((m) => m.text.includes('Ouvrir le dossier dans Harbour'))).toBe(true);
    const mine = (await notices(L, 'fr')).notifications.filter((n) => n.caseCode === code);
    expect(mine).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'hearing', daysBefore: 7, date: addDays(today, 12), label: 'Audience' }),
        expect.objectContaining({ kind: 'access-to-information', daysBefore: 3, date: addDays(today, 30) }),
      ]),
    );
  });

  it('gives nothing more for a deadline once the fact behind it is gone', async () => {
    const count = (await limitationNotices()).length;
    expect((await L.put(`/api/cases/${code}/facts`, { events: {} })).statusCode).toBe(200);
    await L.put('/api/reminders/preferences', { kinds: { limitation: [365, 30, 7, 1, 0] } });
    await runTwiceAtOnce(deadline);
    expect((await limitationNotices()).length).toBe(count);
  });

  it('carries no client data: the marker is in the case, and 0 times in every e-mail and notification', async () => {
    expect(smtp.mails.length).toBeGreaterThan(3);
    expect(
      smtp.mails
        .map((m) => `${m.raw}\n${m.subject}\n${m.text}`)
        .join('\n')
        .split(MARKER).length - 1,
    ).toBe(0);
    expect(JSON.stringify(await notices(L)).split(MARKER).length - 1).toBe(0);
    expect(JSON.stringify(await t.ctx.db.selectFrom('notifications').selectAll().execute()).split(MARKER).length - 1).toBe(0);
    expect(t.logs.join('').split(MARKER).length - 1).toBe(0);
    expect((await L.get(`/api/cases/${code}/institution-log`)).body).toContain(MARKER);
    expect((await L.get(`/api/cases/${code}/dates`)).body).toContain(MARKER);
  });
});

describe('notifications', () => {
  it('lists mine with an unread count, marks one and then all read, and refuses another person’s', async () => {
    const before = await notices(L);
    expect(before.unread).toBeGreaterThan(1);
    const first = before.notifications[0]!;
    expect((await O.post(`/api/notifications/${first.id}/read`)).statusCode).toBe(404);
    expect((await L.post(`/api/notifications/${first.id}/read`)).statusCode).toBe(204);
    expect((await notices(L)).unread).toBe(before.unread - 1);
    expect((await L.post('/api/notifications/read')).statusCode).toBe(204);
    const after = await notices(L);
    expect(after.unread).toBe(0);
    expect(after.notifications.every((n) => n.read)).toBe(true);
    expect((await L.post('/api/notifications/not-an-id/read')).statusCode).toBe(400);
  });
});
