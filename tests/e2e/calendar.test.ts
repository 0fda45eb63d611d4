import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actAs, setUpCasePeople, startOntarioCaseInBrowser, type CaseTeamPeople } from '../support/e2e-cases';
import { launchBrowser, screenshotFolder, seriousViolations, type E2EBrowser } from '../support/e2e-browser';
import { ensureWebBuild, startHarbour, type HarbourServer } from '../support/e2e-server';
import { switchLanguage } from '../support/e2e-journeys';

// A lawyer adds a hearing on a case (issue 17), in English and then in French, and finds it in
// the calendar's list of the next 30 days, in its month grid and on the home page. The note
// typed with the hearing never reaches an address or the calendar. Every screen is checked with
// axe in both languages.

let server: HarbourServer;
let browser: E2EBrowser;
let page: Page;
let people: CaseTeamPeople;
let shots: ReturnType<typeof screenshotFolder>;
let shotNumber = 0;
let caseCode = '';
const checked = new Set<string>();
const NOTE = 'Bring the letter from the employer';

/** A calendar day `days` from today, in this computer's time zone (the browser's too). */
function dayFromToday(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

async function capture(name: string): Promise<void> {
  await page.locator('main h1').first().waitFor();
  await page.locator('main .loading').first().waitFor({ state: 'detached' });
  const lang = await page.locator('html').getAttribute('lang');
  await page.evaluate(() => window.scrollTo(0, 0));
  shotNumber += 1;
  await page.screenshot({ path: join(shots.dir, `calendar-${String(shotNumber).padStart(2, '0')}-${name}-${lang}.png`), fullPage: true });
  if (checked.has(`${name}-${lang}`)) return;
  checked.add(`${name}-${lang}`);
  expect(await seriousViolations(page), `${name} (${lang})`).toEqual([]);
}

const main = () => page.locator('main');
const navLink = (name: string) => page.locator('nav.site-nav').getByRole('link', { name, exact: true });
const manualDate = (day: string) =>
  main().locator('section[aria-labelledby="manual-dates-heading"] .case-date', { has: page.locator(`time[datetime="${day}"]`) });
const announced = (text: string) => page.locator('.case-announcer .notice').filter({ hasText: text }).waitFor();

interface Words {
  dates: string;
  add: string;
  kind: string;
  date: string;
  time: string;
  note: string;
  save: string;
  added: string;
  hearing: string;
  calendar: string;
  month: string;
  next: string;
  home: string;
  nextDays: string;
}

const EN: Words = {
  dates: 'Dates',
  add: 'Add a date',
  kind: 'What kind of date',
  date: 'Date',
  time: 'Time (optional)',
  note: 'Note (optional)',
  save: 'Save date',
  added: 'Date added.',
  hearing: 'Hearing',
  calendar: 'Calendar',
  month: 'Month',
  next: 'Next month',
  home: 'Home',
  nextDays: 'Next 30 days',
};
const FR: Words = {
  dates: 'Dates',
  add: 'Ajouter une date',
  kind: 'Type de date',
  date: 'Date',
  time: 'Heure (facultatif)',
  note: 'Note (facultatif)',
  save: 'Enregistrer la date',
  added: 'Date ajoutée.',
  hearing: 'Audience',
  calendar: 'Calendrier',
  month: 'Mois',
  next: 'Mois suivant',
  home: 'Accueil',
  nextDays: '30 prochains jours',
};

/** On the case's Dates tab: adds a hearing on `day`, with a time and a note. */
async function addHearing(w: Words, day: string): Promise<void> {
  await page.goto(`${server.baseUrl}/cases/${caseCode}`);
  await page
    .getByRole('navigation', { name: /Parts of this case|Parties du dossier/ })
    .getByRole('link', { name: w.dates, exact: true })
    .click();
  await main().getByRole('heading', { level: 2, name: w.dates, exact: true }).waitFor();
  await main().getByRole('button', { name: w.add, exact: true }).click();
  const form = main().locator('form', { has: page.locator('#date-form-heading') });
  await form.getByLabel(w.kind).selectOption('hearing');
  await form.getByLabel(w.date, { exact: true }).fill(day);
  await form.getByLabel(w.time).fill('09:30');
  await form.getByLabel(w.note).fill(NOTE);
  await form.getByRole('button', { name: w.save }).click();
  await announced(w.added);
  const card = manualDate(day);
  await card.waitFor();
  await expect.poll(() => card.textContent(), { timeout: 10_000 }).toContain(w.hearing);
  expect(page.url()).not.toContain('Bring');
  await capture('case-dates');
}

/** The calendar's list and month view, then the home page, each show the hearing on `day`. */
async function findHearing(w: Words, day: string): Promise<void> {
  await navLink(w.calendar).click();
  await main().getByRole('heading', { level: 1, name: w.calendar, exact: true }).waitFor();
  const listed = main().locator('.calendar-day', { has: page.locator(`time[datetime="${day}"]`) });
  await listed.waitFor();
  await expect.poll(() => listed.textContent(), { timeout: 10_000 }).toContain(caseCode);
  expect(await listed.textContent()).toContain(w.hearing);
  expect(await main().textContent()).not.toContain(NOTE);
  await capture('calendar-list');

  await main().getByRole('link', { name: w.month, exact: true }).click();
  await main().locator('table.calendar-month').waitFor();
  if (day.slice(0, 7) !== dayFromToday(0).slice(0, 7)) await main().getByRole('button', { name: w.next }).click();
  expect(await main().getByRole('columnheader').count()).toBe(7);
  const cell = main().locator('table.calendar-month td', { has: page.locator(`time[datetime="${day}"]`) });
  await cell.waitFor();
  await expect.poll(() => cell.textContent(), { timeout: 10_000 }).toContain(w.hearing);
  await cell.getByRole('link', { name: caseCode }).first().waitFor();
  await capture('calendar-month');

  await navLink(w.home).click();
  const next = main().getByRole('region', { name: w.nextDays });
  await next.waitFor();
  await expect.poll(() => next.textContent(), { timeout: 10_000 }).toContain(w.hearing);
  expect(await next.textContent()).toContain(caseCode);
  await capture('home');
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

describe('the calendar in the browser', () => {
  it('starts a case for the lawyer', async () => {
    await actAs(browser.context, server.baseUrl, people.lawyer);
    caseCode = await startOntarioCaseInBrowser(page, server.baseUrl);
    expect(caseCode).toMatch(/^HB-/);
  });

  it('adds a hearing in English and finds it in the calendar and on the home page', async () => {
    const day = dayFromToday(5);
    await addHearing(EN, day);
    await findHearing(EN, day);
  });

  it('does the same in French', async () => {
    await switchLanguage(page, 'fr');
    const day = dayFromToday(6);
    await addHearing(FR, day);
    await findHearing(FR, day);
  });

  it('removes a date only after asking', async () => {
    const day = dayFromToday(6);
    await page.goto(`${server.baseUrl}/cases/${caseCode}/dates`);
    const card = manualDate(day);
    await card.getByRole('button', { name: /^Supprimer/ }).click();
    await card.getByRole('button', { name: 'Oui, supprimer' }).click();
    await announced('Date supprimée.');
    await expect.poll(() => card.count()).toBe(0);
    await switchLanguage(page, 'en');
    expect(browser.problems).toEqual([]);
  });
});
