import type { Cookie, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALBERTA_SHELTER } from '../../src/core/referrals/fixtures.test-support';
import { actAs, setUpCasePeople, type CaseTeamPeople } from '../support/e2e-cases';
import { launchBrowser, seriousViolations, type E2EBrowser } from '../support/e2e-browser';
import { switchLanguage } from '../support/e2e-journeys';
import { apiCall, signInAs, startDemoHarbour, type DemoHarbour } from '../support/e2e-legal';
import { ensureWebBuild } from '../support/e2e-server';

// Issue 15 in Chromium, in English and in French: a lawyer of one organisation finds a shelter
// for a Spanish-speaking client in Alberta, refers her with her consent to share her story only;
// the shelter, another organisation on the same Harbour, accepts and sees the story and nothing
// else (not her name). Every screen is checked with axe.

let harbour: DemoHarbour;
let browser: E2EBrowser;
let page: Page;
let people: CaseTeamPeople;
let shelterCookies: Cookie[] = [];
let shelterOrgId = '';
const checked = new Set<string>();

const STORY = 'She was told to sleep in the restaurant storeroom';
const NAME = 'Marisol Quintero Test';

async function axe(name: string): Promise<void> {
  const lang = await page.locator('html').getAttribute('lang');
  if (checked.has(`${name}-${lang}`)) return;
  checked.add(`${name}-${lang}`);
  expect(await seriousViolations(page), `${name} (${lang})`).toEqual([]);
}

const main = () => page.locator('main');

interface Words {
  tab: string;
  refer: string;
  story: string;
  purpose: string;
  preview: string;
  send: string;
  sent: string;
  incoming: string;
  show: string;
  accept: string;
  accepted: string;
}
const EN: Words = {
  tab: 'Referrals',
  refer: 'Refer to this service',
  story: 'Story (shareable account)',
  purpose: 'Why you are referring',
  preview: 'Show exactly what will be shared',
  send: 'Send the referral',
  sent: 'Sent',
  incoming: 'Referrals received',
  show: 'Show',
  accept: 'Accept and open a case',
  accepted: 'Accepted',
};
const FR: Words = {
  tab: 'Orientations',
  refer: 'Orienter vers ce service',
  story: 'Récit (partie partageable)',
  purpose: 'Motif de l’orientation',
  preview: 'Voir exactement ce qui sera transmis',
  send: 'Envoyer l’orientation',
  sent: 'Envoyée',
  incoming: 'Orientations reçues',
  show: 'Afficher',
  accept: 'Accepter et ouvrir un dossier',
  accepted: 'Acceptée',
};

/** The lawyer's case: a Spanish-speaking client in Alberta who needs safety, her name and her story, and her consent to share the story with the shelter. */
async function clientCase(): Promise<string> {
  await actAs(browser.context, harbour.baseUrl, people.lawyer);
  await page.goto(`${harbour.baseUrl}/`);
  const created = await apiCall<{ case: { code: string } }>(page, harbour.baseUrl, 'POST', '/api/cases', {
    province: 'AB',
    languages: ['es'],
    interpreterNeeded: true,
    identity: { names: [NAME], aliases: [], contact: {}, documentsHeld: [] },
  });
  const code = created.case.code;
  await apiCall(page, harbour.baseUrl, 'PUT', `/api/cases/${code}/facts`, { goals: ['safety'] });
  await apiCall(page, harbour.baseUrl, 'POST', `/api/cases/${code}/fragments`, { text: STORY, source: 'client', compartment: 'shareable' });
  await apiCall(page, harbour.baseUrl, 'POST', `/api/cases/${code}/consents`, { kind: 'explanation', purposes: ['refer'], language: 'es' });
  await apiCall(page, harbour.baseUrl, 'POST', `/api/cases/${code}/consents`, {
    kind: 'consent',
    purpose: 'refer',
    recipient: shelterOrgId,
    scope: ['narrative'],
    givenHow: 'verbal',
    language: 'es',
  });
  return code;
}

async function refer(w: Words, lang: 'en' | 'fr'): Promise<void> {
  const code = await clientCase();
  await page.goto(`${harbour.baseUrl}/cases/${code}/referrals`);
  await switchLanguage(page, lang);
  const card = main().locator('li.referral-entry', { hasText: ALBERTA_SHELTER.name.en });
  await card.waitFor();
  await axe('case-referrals');
  await card.getByRole('button', { name: w.refer }).click();
  const form = main().locator('form', { has: page.locator('#referral-form-heading') });
  await form.getByLabel(w.story).check();
  await form.getByLabel(w.purpose).fill('Needs a safe bed tonight');
  await form.getByRole('button', { name: w.preview }).click();
  const preview = form.locator('.referral-packet');
  await preview.waitFor();
  expect(await preview.textContent()).toContain(STORY);
  expect(await preview.textContent()).not.toContain(NAME);
  await axe('referral-preview');
  await form.getByRole('button', { name: w.send }).click();
  const listed = main().locator('section[aria-labelledby="case-referrals-heading"] li');
  await expect.poll(() => listed.first().textContent(), { timeout: 10_000 }).toContain(w.sent);
  expect(page.url()).not.toContain('bed');
}

async function receive(w: Words, lang: 'en' | 'fr'): Promise<void> {
  await browser.context.clearCookies();
  await browser.context.addCookies(shelterCookies);
  await page.goto(`${harbour.baseUrl}/referrals/incoming`);
  await switchLanguage(page, lang);
  await main()
    .getByRole('heading', { level: 1, name: w.incoming })
    .waitFor()
    .catch(async (error: unknown) => {
      await page.screenshot({ path: `/tmp/referrals-e2e-${lang}.png`, fullPage: true });
      throw error;
    });
  // The newest referral comes first: the one just sent.
  const row = main().locator('li.card').first();
  await expect.poll(() => row.textContent(), { timeout: 10_000 }).toContain(w.sent);
  await row.getByRole('button', { name: w.show }).click();
  const packet = row.locator('.referral-packet');
  await packet.waitFor();
  expect(await packet.textContent()).toContain(STORY);
  expect(await main().textContent()).not.toContain(NAME);
  await axe('incoming');
  await row.getByRole('button', { name: w.accept }).click();
  await expect.poll(() => row.textContent(), { timeout: 10_000 }).toContain(w.accepted);
  const caseLink = row.getByRole('link', { name: /HB-/ });
  await caseLink.click();
  await page.waitForURL(/\/cases\/HB-.*\/referrals/);
  const received = main().locator('section[aria-labelledby="received-heading"] .referral-packet');
  await received.waitFor();
  expect(await received.textContent()).toContain(STORY);
  expect(await main().textContent()).not.toContain(NAME);
  await axe('linked-case');
}

beforeAll(async () => {
  ensureWebBuild();
  [harbour, browser] = await Promise.all([startDemoHarbour(), launchBrowser()]);
  page = browser.page;
  page.setDefaultTimeout(15_000);
  // The demo organisation plays the shelter; the first real organisation is the lawyer's clinic.
  const setup = harbour.cli(['setup']);
  const setupUrl = /(https?:\/\/\S+#token=\S+)/.exec(setup.stdout)?.[1];
  if (!setupUrl) throw new Error(`harbour setup gave no link:\n${setup.stdout}\n${setup.stderr}`);
  people = await setUpCasePeople(harbour.baseUrl, setupUrl.replace(/^https?:\/\/[^/]+/, harbour.baseUrl));
  const shelterAdmin = harbour.people.find((p) => p.role === 'admin')!;
  await signInAs(page, harbour.baseUrl, shelterAdmin);
  const { id: _id, lastReviewed: _r, ...entry } = ALBERTA_SHELTER;
  await apiCall(page, harbour.baseUrl, 'POST', '/api/directory', { entry, visibility: 'instance', receivesReferralsHere: true });
  const support = harbour.people.find((p) => p.role === 'support-worker')!;
  await signInAs(page, harbour.baseUrl, support);
  shelterCookies = await browser.context.cookies();
  await actAs(browser.context, harbour.baseUrl, people.lawyer);
  const orgs = await apiCall<{ organisations: { id: string; name: string }[] }>(page, harbour.baseUrl, 'GET', '/api/directory/organisations');
  shelterOrgId = orgs.organisations.find((o) => /demo/i.test(o.name))!.id;
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await harbour?.stop();
});

describe('referrals in the browser', () => {
  it('finds a shelter for a Spanish-speaking client in Alberta, refers her with consent, and the shelter accepts and sees only the story (English)', async () => {
    await refer(EN, 'en');
    await receive(EN, 'en');
  }, 120_000);

  it('does the same in French', async () => {
    await refer(FR, 'fr');
    await receive(FR, 'fr');
  }, 120_000);

  it('shows the directory with filters that work on a phone', async () => {
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto(`${harbour.baseUrl}/directory`);
    await main()
      .getByLabel(/Province or territory|Province ou territoire/)
      .selectOption('AB');
    await main().locator('li.referral-entry', { hasText: ALBERTA_SHELTER.name.en }).waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await axe('directory-phone');
  });
});
