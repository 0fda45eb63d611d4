import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatLongDay, formatTime } from '../../src/core/dates/format';
import { QUICK_EXIT_URL } from '../../src/web/shell/quick-exit';
import { actAs, callAs, setUpCasePeople, startOntarioCaseInBrowser, type ApiPerson, type CaseTeamPeople } from '../support/e2e-cases';
import { launchBrowser, seriousViolations, type E2EBrowser } from '../support/e2e-browser';
import { ensureWebBuild, startHarbour, type HarbourServer } from '../support/e2e-server';
import { switchLanguage } from '../support/e2e-journeys';

// Issue 18, items 6, 8 and 10, in English and French: one date format on the screens; a
// confirmation beside the button that caused it, gone on the next tab; a deleted case confirmed
// gone; only the buttons a role can use; discreet mode's neutral header; and, after a quick exit,
// no Harbour page title in the history and no way back into Harbour with the back button.

let server: HarbourServer;
let browser: E2EBrowser;
let page: Page;
let people: CaseTeamPeople;
let caseCode = '';
const LANGS = ['en', 'fr'] as const;
type Lang = (typeof LANGS)[number];

const main = () => page.locator('main');
const caseTabs = () => page.getByRole('navigation', { name: /Parts of this case|Parties du dossier/ });

const call = (person: ApiPerson, method: string, path: string, body?: unknown) => callAs(server.baseUrl, person, method, path, body);

const useLanguage = (lang: Lang) => switchLanguage(page, lang);

async function axe(what: string): Promise<void> {
  await page.locator('main .loading').first().waitFor({ state: 'detached' });
  expect(await seriousViolations(page), what).toEqual([]);
}

/** A calendar day `days` from today, in this computer's time zone (the browser's too). */
function dayFromToday(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

beforeAll(async () => {
  ensureWebBuild();
  [server, browser] = await Promise.all([startHarbour(), launchBrowser()]);
  page = browser.page;
  page.setDefaultTimeout(10_000);
  people = await setUpCasePeople(server.baseUrl, server.setupUrl);
  // There is no internet here: answer for the neutral site the quick exit goes to.
  await browser.context.route(`${new URL(QUICK_EXIT_URL).origin}/**`, (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: '<!doctype html><title>Weather</title><h1>Weather</h1>' }),
  );
  await actAs(browser.context, server.baseUrl, people.lawyer);
  caseCode = await startOntarioCaseInBrowser(page, server.baseUrl);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('one date format per language (item 8)', () => {
  it.each(LANGS)('writes a hearing as "5 Dec 2026, 09:30" / "5 déc. 2026, 9 h 30" and never as ISO on the case screen (%s)', async (lang) => {
    const day = dayFromToday(lang === 'en' ? 12 : 13);
    await call(people.lawyer, 'POST', `/api/cases/${caseCode}/dates`, { kind: 'hearing', date: day, time: '09:30' });
    await page.goto(`${server.baseUrl}/cases/${caseCode}/dates`);
    await useLanguage(lang);
    const card = main().locator('.case-date', { has: page.locator(`time[datetime="${day}"]`) });
    await card.waitFor();
    const text = (await card.textContent()) ?? '';
    expect(text).toContain(formatLongDay(day, lang));
    expect(text).toContain(formatTime('09:30', lang));
    expect(await main().textContent()).not.toContain(day);
    await axe(`case dates (${lang})`);
  });
});

describe('feedback that fits (item 6)', () => {
  it.each(LANGS)('shows a confirmation beside the button that caused it, and drops it on the next tab (%s)', async (lang) => {
    const w =
      lang === 'en'
        ? { add: 'Add a date', kind: 'What kind of date', date: 'Date', save: 'Save date', added: 'Date added.', team: 'Team' }
        : { add: 'Ajouter une date', kind: 'Type de date', date: 'Date', save: 'Enregistrer la date', added: 'Date ajoutée.', team: 'Équipe' };
    await page.goto(`${server.baseUrl}/cases/${caseCode}/dates`);
    await useLanguage(lang);
    await main().getByRole('button', { name: w.add, exact: true }).click();
    const form = main().locator('form', { has: page.locator('#date-form-heading') });
    await form.getByLabel(w.kind).selectOption('appointment');
    await form.getByLabel(w.date, { exact: true }).fill(dayFromToday(lang === 'en' ? 20 : 21));
    await form.getByRole('button', { name: w.save }).click();
    const note = main().locator('.case-announcer--beside .notice').filter({ hasText: w.added });
    await note.waitFor();
    // Beside the cause: inside the tab, in the flow of the page (not a box pinned to a corner),
    // and close to the "Add a date" button that opened the form.
    expect(await note.evaluate((el) => getComputedStyle(el).position)).toBe('static');
    const [noteBox, buttonBox] = await Promise.all([note.boundingBox(), main().getByRole('button', { name: w.add, exact: true }).boundingBox()]);
    expect(Math.abs(noteBox!.y - buttonBox!.y)).toBeLessThan(250);
    await axe(`confirmation beside its button (${lang})`);
    await caseTabs().getByRole('link', { name: w.team, exact: true }).click();
    await main().getByRole('heading', { level: 2, name: w.team }).waitFor();
    expect(await page.locator('.case-announcer .notice').count()).toBe(0);
  });

  it.each(LANGS)('asks for the code before deleting a case, then says it is gone (%s)', async (lang) => {
    await useLanguage('en'); // the case is started with the English labels
    const code = await startOntarioCaseInBrowser(page, server.baseUrl);
    await page.goto(`${server.baseUrl}/cases/${code}/closing`);
    await useLanguage(lang);
    const w =
      lang === 'en'
        ? { confirm: /To confirm, type the case code/, delete: 'Delete for good', mismatch: /code/i, gone: `Case ${code} is deleted.` }
        : {
            confirm: /Pour confirmer, tapez le code du dossier/,
            delete: 'Supprimer définitivement',
            mismatch: /code/i,
            gone: `Le dossier ${code} est supprimé.`,
          };
    // Pressing the button without the code deletes nothing: the form asks for it.
    await main().getByRole('button', { name: w.delete }).click();
    await main().locator('.field__error').filter({ hasText: w.mismatch }).first().waitFor();
    expect(page.url()).toContain(`/cases/${code}/closing`);
    await main().getByLabel(w.confirm).fill(code);
    await main().getByRole('button', { name: w.delete }).click();
    await page.waitForURL(`${server.baseUrl}/cases`);
    const gone = main().getByRole('status').filter({ hasText: w.gone });
    await gone.waitFor();
    await axe(`case deleted (${lang})`);
    expect((await call(people.lawyer, 'GET', '/api/cases').then((r) => r.text())).includes(code)).toBe(false);
  });

  it.each(LANGS)('offers starting a case only to a role that may start one (%s)', async (lang) => {
    await page.goto(`${server.baseUrl}/cases`);
    await useLanguage(lang);
    await main().locator('h1').waitFor();
    expect(await main().locator('a[href="/cases/new"]').count()).toBe(1);
    await actAs(browser.context, server.baseUrl, people.admin);
    await page.goto(`${server.baseUrl}/cases`);
    await main().locator('h1').waitFor();
    await page.locator('main .loading').first().waitFor({ state: 'detached' });
    expect(await main().locator('a[href="/cases/new"]').count()).toBe(0);
    await axe(`case list for an administrator (${lang})`);
    await actAs(browser.context, server.baseUrl, people.lawyer);
  });
});

describe('discretion (item 10)', () => {
  it.each(LANGS)('neutralises the header and footer in discreet mode (%s)', async (lang) => {
    await call(people.lawyer, 'PATCH', '/api/account/preferences', { discreetMode: true });
    await page.goto(`${server.baseUrl}/cases`);
    await useLanguage(lang);
    await main().locator('h1').waitFor();
    await expect.poll(() => page.title()).toBe('Notes');
    const brand = page.locator('header .brand');
    await expect.poll(() => brand.textContent()).toBe('Notes');
    expect(await brand.locator('img').getAttribute('src')).toBe('/favicon-discreet.svg');
    expect(await page.locator('header').textContent()).not.toContain('Harbour');
    expect(await page.locator('footer').textContent()).not.toContain('Harbour');
    await axe(`discreet header (${lang})`);
    await call(people.lawyer, 'PATCH', '/api/account/preferences', { discreetMode: false });
    await page.reload();
    await expect.poll(() => brand.textContent()).toBe('Harbour');
  });

  it('keeps the neutral title on the page being left while the next page is on its way, even if the language changes then', async () => {
    await actAs(browser.context, server.baseUrl, people.lawyer);
    await page.goto(`${server.baseUrl}/cases`);
    await useLanguage('en');
    await expect.poll(() => page.title()).toBe('My cases · Harbour');
    // Leaving starts with beforeunload; the old page runs on until the next one commits, and the
    // browser keeps whatever title it has then. Here the leave is only announced, so the page stays.
    await page.evaluate(() => window.dispatchEvent(new Event('beforeunload')));
    expect(await page.title()).toBe('Notes');
    // Something re-renders the old page meanwhile: here, a change of language.
    await page.getByRole('button', { name: 'Français' }).click();
    await page.locator('html[lang=fr]').waitFor();
    await main().getByRole('heading', { level: 1, name: 'Mes dossiers' }).waitFor();
    expect(await page.title()).toBe('Notes');
    // The same page, shown again (the leave did not happen), takes its own title back on the next move.
    await page.evaluate(() => window.dispatchEvent(new Event('pageshow')));
    await page.evaluate(() => document.querySelector<HTMLAnchorElement>('nav.site-nav a[href="/calendar"]')?.click());
    await expect.poll(() => page.title()).toContain('· Harbour');
    await call(people.lawyer, 'PATCH', '/api/account/preferences', { language: 'en' });
  });

  it.each(LANGS)('leaves no Harbour page title in the history after a quick exit, and the back button leaves again (%s)', async (lang) => {
    // The quick exit ends the session: each language has its own.
    const person = lang === 'en' ? people.lawyer : people.supportWorker;
    await actAs(browser.context, server.baseUrl, person);
    await page.goto(`${server.baseUrl}/`);
    await useLanguage(lang);
    await main().locator('h1').waitFor();
    // Move through a few pages inside Harbour, each with its own title.
    for (const to of ['/cases', '/calendar', '/cases']) {
      await page.evaluate((path) => {
        const link = document.querySelector<HTMLAnchorElement>(`nav.site-nav a[href="${path}"]`);
        link?.click();
      }, to);
      await page.waitForURL(`${server.baseUrl}${to}`);
      await expect.poll(() => page.title()).toContain('Harbour');
    }
    await Promise.all([
      page.waitForURL(`${new URL(QUICK_EXIT_URL).origin}/**`),
      page.getByRole('button', { name: lang === 'en' ? 'Quick exit' : 'Sortie rapide' }).click(),
    ]);
    const cdp = await browser.context.newCDPSession(page);
    const { entries } = (await cdp.send('Page.getNavigationHistory')) as { entries: { url: string; title: string }[] };
    const harbourEntries = entries.filter((e) => e.url.startsWith(server.baseUrl));
    expect(harbourEntries.length).toBeGreaterThan(0);
    for (const entry of entries) expect(entry.title, entry.url).not.toMatch(/Harbour/);
    // Back lands on a Harbour address, which leaves again for the neutral site at once.
    await page.goBack().catch(() => undefined);
    await page.waitForURL(`${new URL(QUICK_EXIT_URL).origin}/**`);
    await expect.poll(() => page.title()).toBe('Weather');
    const after = (await cdp.send('Page.getNavigationHistory')) as { entries: { url: string; title: string }[] };
    for (const entry of after.entries) expect(entry.title, entry.url).not.toMatch(/Harbour/);
    await cdp.detach();
    // Opening Harbour again on purpose works: it is not trapped behind the quick exit.
    await page.goto(`${server.baseUrl}/sign-in`);
    await page.locator('input[name=email]').waitFor();
    expect(browser.problems).toEqual([]);
  });
});
