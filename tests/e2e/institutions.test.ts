import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actAs, setUpCasePeople, startOntarioCaseInBrowser, type CaseTeamPeople } from '../support/e2e-cases';
import { launchBrowser, screenshotFolder, seriousViolations, type E2EBrowser } from '../support/e2e-browser';
import { ensureWebBuild, startHarbour, type HarbourServer } from '../support/e2e-server';
import { switchLanguage } from '../support/e2e-journeys';

// The institution log and reminders in the browser (issue 17), in English and then in French: a
// lawyer logs an access-to-information request to IRCC on a case, finds its statutory answer
// date in the calendar, records the answer, and sees the date leave the calendar; the reference
// number typed never reaches an address or the calendar. The notifications list, the reminder
// choices on the account page and the response-times page pass axe in both languages.

let server: HarbourServer;
let browser: E2EBrowser;
let page: Page;
let people: CaseTeamPeople;
let shots: ReturnType<typeof screenshotFolder>;
let shotNumber = 0;
let caseCode = '';
const checked = new Set<string>();
const REFERENCE = 'A-2026-REF-77';

function dayFromToday(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

async function capture(name: string): Promise<void> {
  await page.locator('main h1').first().waitFor();
  await page.locator('main .loading').first().waitFor({ state: 'detached' });
  const lang = await page.locator('html').getAttribute('lang');
  shotNumber += 1;
  await page.screenshot({ path: join(shots.dir, `institutions-${String(shotNumber).padStart(2, '0')}-${name}-${lang}.png`), fullPage: true });
  if (checked.has(`${name}-${lang}`)) return;
  checked.add(`${name}-${lang}`);
  expect(await seriousViolations(page), `${name} (${lang})`).toEqual([]);
}

const main = () => page.locator('main');
const announced = (text: string) => page.locator('.case-announcer .notice').filter({ hasText: text }).waitFor();

interface Words {
  tab: string;
  log: string;
  institution: string;
  kind: string;
  sentOn: string;
  reference: string;
  save: string;
  added: string;
  waiting: string;
  recordAnswer: string;
  answeredOn: string;
  outcome: string;
  saveAnswer: string;
  answerSaved: string;
  recordExtension: string;
  extensionDays: string;
  saveExtension: string;
  extensionSaved: string;
  extensionShown: string;
  recordsReceived: string;
  atiDue: string;
  calendar: string;
  notifications: string;
  account: string;
  reminders: string;
  responseTimes: string;
}

const EN: Words = {
  tab: 'Institutions',
  log: 'Log a request',
  institution: 'Institution',
  kind: 'Kind of request',
  sentOn: 'Sent on',
  reference: 'Reference number',
  save: 'Save the request',
  added: 'Request logged.',
  waiting: 'No answer yet',
  recordAnswer: 'Record the answer',
  answeredOn: 'Answer received on',
  outcome: 'Outcome',
  saveAnswer: 'Save the answer',
  answerSaved: 'Answer recorded.',
  recordExtension: 'Record an extension',
  extensionDays: 'Extension given (days)',
  saveExtension: 'Save the extension',
  extensionSaved: 'Extension recorded; the answer date has moved.',
  extensionShown: '15 days',
  recordsReceived: 'Records received',
  atiDue: 'Access-to-information answer due',
  calendar: 'Calendar',
  notifications: 'Notifications',
  account: 'My account',
  reminders: 'Reminders',
  responseTimes: 'Response times',
};
const FR: Words = {
  tab: 'Institutions',
  log: 'Consigner une demande',
  institution: 'Institution',
  kind: 'Type de demande',
  sentOn: 'Envoyée le',
  reference: 'Numéro de référence',
  save: 'Enregistrer la demande',
  added: 'Demande consignée.',
  waiting: 'Pas encore de réponse',
  recordAnswer: 'Consigner la réponse',
  answeredOn: 'Réponse reçue le',
  outcome: 'Résultat',
  saveAnswer: 'Enregistrer la réponse',
  answerSaved: 'Réponse consignée.',
  recordExtension: 'Consigner une prorogation',
  extensionDays: 'Prorogation accordée (jours)',
  saveExtension: 'Enregistrer la prorogation',
  extensionSaved: 'Prorogation consignée ; la date de réponse a été reportée.',
  extensionShown: '15 jours',
  recordsReceived: 'Documents reçus',
  atiDue: 'Réponse à la demande d’accès à l’information attendue',
  calendar: 'Calendrier',
  notifications: 'Notifications',
  account: 'Mon compte',
  reminders: 'Rappels',
  responseTimes: 'Délais de réponse',
};

/**
 * Logs an access-to-information request to IRCC sent 20 days ago, records the institution's
 * 15-day extension (s. 9), finds the answer date (30 + 15 days after sending) in the calendar's
 * next 30 days, records the answer.
 */
async function logAndAnswer(w: Words): Promise<void> {
  const sent = dayFromToday(-20);
  const due = dayFromToday(25);
  await page.goto(`${server.baseUrl}/cases/${caseCode}`);
  await page
    .getByRole('navigation', { name: /Parts of this case|Parties du dossier/ })
    .getByRole('link', { name: w.tab, exact: true })
    .click();
  await main().getByRole('heading', { level: 2, name: w.tab, exact: true }).waitFor();
  await main().getByRole('button', { name: w.log, exact: true }).click();
  const form = main().locator('form', { has: page.locator('#log-form-heading') });
  await form.getByLabel(w.institution).selectOption('ircc');
  await form.getByLabel(w.kind).selectOption('access-to-information');
  await form.getByLabel(w.sentOn).fill(sent);
  await form.getByLabel(w.reference).fill(REFERENCE);
  await form.getByRole('button', { name: w.save }).click();
  await announced(w.added);
  const entry = main().locator('.institution-entry').filter({ hasText: w.waiting }).first();
  await entry.waitFor();
  expect(await entry.textContent()).toContain(REFERENCE);
  expect(page.url()).not.toContain(REFERENCE);
  await capture('log');

  await entry.getByRole('button', { name: w.recordExtension }).click();
  await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('name') ?? '')).toMatch(/^extensionDays-/);
  await entry.getByLabel(w.extensionDays).fill('15');
  await entry.getByRole('button', { name: w.saveExtension }).click();
  await announced(w.extensionSaved);
  await expect.poll(() => entry.textContent()).toContain(w.extensionShown);

  await page.goto(`${server.baseUrl}/calendar`);
  const listed = main().locator('.calendar-day', { has: page.locator(`time[datetime="${due}"]`) });
  await listed.waitFor();
  await expect.poll(() => listed.textContent(), { timeout: 10_000 }).toContain(w.atiDue);
  expect(await main().textContent()).not.toContain(REFERENCE);

  await page.goto(`${server.baseUrl}/cases/${caseCode}/institutions`);
  const waiting = main().locator('.institution-entry').filter({ hasText: w.waiting }).first();
  await waiting.getByRole('button', { name: w.recordAnswer }).click();
  await waiting.getByLabel(w.answeredOn).fill(dayFromToday(0));
  await waiting.getByLabel(w.outcome).selectOption('records-received');
  await waiting.getByRole('button', { name: w.saveAnswer }).click();
  await announced(w.answerSaved);
  await expect.poll(() => main().locator('.institution-entry').filter({ hasText: w.waiting }).count()).toBe(0);
  expect(await main().textContent()).toContain(w.recordsReceived);
  await capture('answered');

  await page.goto(`${server.baseUrl}/calendar`);
  await main().locator('.loading').first().waitFor({ state: 'detached' });
  await expect.poll(async () => (await main().textContent()) ?? '').not.toContain(w.atiDue);
}

/** The notifications list, the reminder choices and the response times, each checked with axe. */
async function otherScreens(w: Words): Promise<void> {
  await page
    .locator('header')
    .getByRole('link', { name: new RegExp(`^${w.notifications}`) })
    .click();
  await main().getByRole('heading', { level: 1, name: w.notifications }).waitFor();
  await capture('notifications');
  await page.goto(`${server.baseUrl}/account`);
  await main().getByRole('heading', { level: 2, name: w.reminders, exact: true }).waitFor();
  await main().locator('section[aria-labelledby="reminders-heading"] form').waitFor();
  await capture('account');
  await page.locator('nav.site-nav').getByRole('link', { name: w.responseTimes, exact: true }).click();
  await main().getByRole('heading', { level: 1, name: w.responseTimes }).waitFor();
  await capture('response-times');
}

beforeAll(async () => {
  ensureWebBuild();
  shots = screenshotFolder();
  [server, browser] = await Promise.all([startHarbour(), launchBrowser()]);
  page = browser.page;
  page.setDefaultTimeout(10_000);
  people = await setUpCasePeople(server.baseUrl, server.setupUrl);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  shots?.cleanup();
});

describe('the institution log in the browser', () => {
  it('starts a case for the lawyer', async () => {
    await actAs(browser.context, server.baseUrl, people.lawyer);
    caseCode = await startOntarioCaseInBrowser(page, server.baseUrl);
    expect(caseCode).toMatch(/^HB-/);
  });

  it('logs a request to IRCC and its answer in English, with its answer date in the calendar until then', async () => {
    await logAndAnswer(EN);
    await otherScreens(EN);
  });

  it('does the same in French', async () => {
    await switchLanguage(page, 'fr');
    await logAndAnswer(FR);
    await otherScreens(FR);
    await switchLanguage(page, 'en');
    expect(browser.problems).toEqual([]);
  });
});
