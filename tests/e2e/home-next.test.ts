import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actAs, setUpCasePeople, startOntarioCaseInBrowser, type CaseTeamPeople } from '../support/e2e-cases';
import { launchBrowser, seriousViolations, type E2EBrowser } from '../support/e2e-browser';
import { ensureWebBuild, startHarbour, type HarbourServer } from '../support/e2e-server';
import { switchLanguage } from '../support/e2e-journeys';

// What next (issue 18, finding 2), in English and French: a case just started points to its
// first sitting and its screening; the screening opens on step 1 while step 1 is empty; the home
// page shows the cases waiting for me (a legal date within 14 days, no sitting yet) by code only.

let server: HarbourServer;
let browser: E2EBrowser;
let page: Page;
let people: CaseTeamPeople;

const main = () => page.locator('main');

const switchTo = (lang: 'en' | 'fr') => switchLanguage(page, lang);

async function asLawyer<T>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${server.baseUrl}${path}`, {
    method,
    headers: { accept: 'application/json', 'content-type': 'application/json', cookie: people.lawyer.cookie, 'x-csrf-token': people.lawyer.csrf },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/** The calendar day `days` from today in this computer's time zone, as the home page counts. */
function daysFromToday(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

const WORDS = {
  en: {
    next: 'Next step',
    sitting: 'Record the first sitting',
    screening: 'Start the screening',
    step1: 'About the person',
    step2: 'Preliminary screen',
    waiting: 'Waiting for me',
    noSitting: 'no sitting yet',
    permit: 'Permit expires',
  },
  fr: {
    next: 'Prochaine étape',
    sitting: 'Consigner la première séance',
    screening: 'Commencer le dépistage',
    step1: 'La personne',
    step2: 'Dépistage préliminaire',
    waiting: 'Ce qui m’attend',
    noSitting: 'aucune séance pour l’instant',
    permit: 'Expiration du permis',
  },
} as const;

beforeAll(async () => {
  ensureWebBuild();
  [server, browser] = await Promise.all([startHarbour(), launchBrowser()]);
  page = browser.page;
  page.setDefaultTimeout(10_000);
  people = await setUpCasePeople(server.baseUrl, server.setupUrl);
  await actAs(browser.context, server.baseUrl, people.lawyer);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const stepCurrent = () => main().locator('nav.view-switch a[aria-current="page"]').textContent();

describe('what next (issue 18, finding 2)', () => {
  for (const lang of ['en', 'fr'] as const) {
    it(`points a new case to its first sitting and screening, opens screening on step 1 while it is empty, and lists it on the home page (${lang})`, async () => {
      const w = WORDS[lang];
      await page.goto(`${server.baseUrl}/cases/new`);
      await main().locator('h1').waitFor();
      await switchTo('en');
      const code = await startOntarioCaseInBrowser(page, server.baseUrl);
      await switchTo(lang);
      const card = main().locator('section.next-step');
      await card.waitFor();
      expect(await card.locator('h2').textContent()).toBe(w.next);
      expect(await card.getByRole('link', { name: w.sitting }).getAttribute('href')).toBe(`/cases/${code}/sittings`);
      expect(await seriousViolations(page), `overview with next step (${lang})`).toEqual([]);

      // Screening opens on step 1 while nothing is recorded there.
      await card.getByRole('link', { name: w.screening }).click();
      await main().locator('select[name=ageBand]').waitFor();
      expect(((await stepCurrent()) ?? '').trim()).toContain(w.step1);
      expect(page.url()).not.toContain('view=');

      // The home page: the new case waits for its first sitting; then a legal date within 14 days.
      await page.goto(`${server.baseUrl}/`);
      const waiting = main().locator('section.waiting');
      await waiting.locator('h2').waitFor();
      expect(await waiting.locator('h2').textContent()).toBe(w.waiting);
      const entry = waiting.locator(`li[data-case="${code}"]`);
      await entry.waitFor();
      expect(await entry.textContent()).toContain(w.noSitting);
      expect(await entry.getByRole('link', { name: code }).getAttribute('href')).toBe(`/cases/${code}/sittings`);

      await asLawyer('PUT', `/api/cases/${code}/facts`, { person: { ageBand: 'adult', permitExpiry: daysFromToday(9) } });
      await page.reload();
      await entry.filter({ hasText: w.permit }).waitFor();
      expect(await entry.getByRole('link', { name: code }).getAttribute('href')).toBe(`/cases/${code}/dates`);
      expect(await entry.locator('time').getAttribute('datetime')).toBe(daysFromToday(9));
      // Nothing identifying: the case code, a kind of date and the date.
      expect(await entry.textContent()).not.toMatch(/Spanish|espagnol|Ontario/);
      expect(await seriousViolations(page), `home with cases waiting (${lang})`).toEqual([]);

      // Step 1 holds something now: screening opens on the preliminary questions.
      await page.goto(`${server.baseUrl}/cases/${code}/screening`);
      await main().locator('select[name=sitting]').waitFor();
      expect(((await stepCurrent()) ?? '').trim()).toContain(w.step2);

      // The first sitting recorded (and a screening begun), the overview has no next step left to show.
      await asLawyer('POST', `/api/cases/${code}/sittings`, { heldOn: daysFromToday(0), durationMinutes: 30, mode: 'phone', couldSpeakFreely: 'yes' });
      await page.goto(`${server.baseUrl}/cases/${code}`);
      await main().locator('section[aria-labelledby="identity-heading"]').waitFor();
      await main()
        .locator('.loading')
        .first()
        .waitFor({ state: 'detached' })
        .catch(() => undefined);
      expect(await card.count()).toBe(0);
      await page.goto(`${server.baseUrl}/`);
      await waiting.locator('h2').waitFor();
      await entry.filter({ hasText: w.permit }).waitFor();
      expect(await entry.textContent()).not.toContain(w.noSitting);
      expect(browser.problems).toEqual([]);
    });
  }
});
