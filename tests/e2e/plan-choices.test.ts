import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actAs, callAs, setUpCasePeople, startOntarioCaseInBrowser, type ApiPerson, type CaseTeamPeople } from '../support/e2e-cases';
import { launchBrowser, screenshotFolder, seriousViolations, type E2EBrowser } from '../support/e2e-browser';
import { ensureWebBuild, startHarbour, type HarbourServer } from '../support/e2e-server';
import { switchLanguage } from '../support/e2e-journeys';

// Issue 18, item 7: on the plan tab a lawyer sets the client's tolerance for risk and adopts an
// alternative plan, in English and then in French. Saving the tolerance keeps the goals; the
// adopted plan survives the re-ranking the tolerance causes. When a change of the facts (a removal
// scheduled within ten days) makes the adopted plan disappear, the plan tab says so and the
// recommended plan applies. axe finds nothing serious.

let server: HarbourServer;
let browser: E2EBrowser;
let page: Page;
let people: CaseTeamPeople;
let shots: ReturnType<typeof screenshotFolder>;
let caseCode = '';
const GOALS = ['stay-in-canada', 'recover-wages'];

async function api(person: ApiPerson, method: string, path: string, body?: unknown): Promise<unknown> {
  return (await callAs(server.baseUrl, person, method, path, body)).json();
}

async function check(name: string): Promise<void> {
  await page.locator('main .loading').first().waitFor({ state: 'detached' });
  const lang = await page.locator('html').getAttribute('lang');
  await page.screenshot({ path: join(shots.dir, `plan-choices-${name}-${lang}.png`), fullPage: true });
  expect(await seriousViolations(page), `${name} (${lang})`).toEqual([]);
}

const main = () => page.locator('main');
const card = (title: string) => main().locator('section.alternative', { has: page.getByRole('heading', { level: 4, name: title, exact: true }) });
const storedFacts = async () =>
  ((await api(people.lawyer, 'GET', `/api/cases/${caseCode}/facts`)) as { facts: { goals: string[]; riskTolerance?: string } }).facts;

interface Words {
  legend: string;
  save: string;
  noneAdopted: string;
  alternative1: string;
  recommended: string;
  adopted: string;
}
const EN: Words = {
  legend: 'How much risk is the client ready to accept?',
  save: 'Save the tolerance for risk',
  noneAdopted: 'No plan has been adopted yet',
  alternative1: 'Alternative 1',
  recommended: 'Recommended',
  adopted: 'Adopted',
};
const FR: Words = {
  legend: 'Quel niveau de risque la personne est-elle prête à accepter ?',
  save: 'Enregistrer la tolérance au risque',
  noneAdopted: 'Aucun plan n’a encore été adopté',
  alternative1: 'Autre option 1',
  recommended: 'Recommandé',
  adopted: 'Adopté',
};

/** Sets the tolerance on the plan tab and waits for the confirmation beside the button. */
async function setTolerance(w: Words, option: RegExp, saved: RegExp): Promise<void> {
  await main().getByRole('radiogroup', { name: w.legend }).getByLabel(option).check();
  await main().getByRole('button', { name: w.save }).click();
  await main().locator('.plan-choice .notice--success').filter({ hasText: saved }).waitFor();
}

/** Adopts the plan shown as Alternative 1 and waits until its card says it is adopted. */
async function adoptAlternative(w: Words): Promise<string> {
  const alt = card(w.alternative1);
  const steps = (await alt.locator('ol.plan-steps').textContent()) ?? '';
  await alt.getByRole('button', { name: new RegExp(w.alternative1) }).click();
  await main().locator('section.alternative .tag--adopted').first().waitFor();
  return steps;
}

/** Starts a case in the browser (English labels) and gives it facts whose plans differ. */
async function caseWithPlans(): Promise<string> {
  const code = await startOntarioCaseInBrowser(page, server.baseUrl);
  await api(people.lawyer, 'PUT', `/api/cases/${code}/facts`, {
    person: { ageBand: 'adult', immigrationStatus: 'no-status' },
    exploiters: ['employer'],
    contexts: ['labour'],
    answers: [
      { id: 'documents-confiscated', phase: 'destination', answer: 'yes' },
      { id: 'excessive-hours', answer: 'yes' },
      { id: 'low-or-no-pay', answer: 'yes' },
    ],
    events: { employmentEnded: '2026-09-30' },
    goals: GOALS,
  });
  for (const purpose of ['contact-police', 'contact-immigration-authorities', 'name-employer-in-complaint']) {
    await api(people.lawyer, 'POST', `/api/cases/${code}/consents`, { kind: 'explanation', purposes: [purpose], language: 'es' });
    await api(people.lawyer, 'POST', `/api/cases/${code}/consents`, {
      kind: 'consent',
      purpose,
      scope: ['employment'],
      givenHow: 'written',
      language: 'es',
    });
  }
  return code;
}

beforeAll(async () => {
  ensureWebBuild();
  shots = screenshotFolder();
  [server, browser] = await Promise.all([startHarbour(), launchBrowser()]);
  page = browser.page;
  page.setDefaultTimeout(15_000);
  people = await setUpCasePeople(server.baseUrl, server.setupUrl);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  shots?.cleanup();
});

describe('the plan choices in the browser', () => {
  it('starts a case whose plans differ', async () => {
    await actAs(browser.context, server.baseUrl, people.lawyer);
    caseCode = await caseWithPlans();
    expect(caseCode).toMatch(/^HB-/);
  });

  it('sets a high tolerance for risk and adopts an alternative, in English, keeping the goals', async () => {
    await page.goto(`${server.baseUrl}/cases/${caseCode}/plan`);
    await main().getByText(EN.noneAdopted).waitFor();
    await check('plan-tab');
    // Saving without a choice says what is missing, under the question.
    await main().getByRole('button', { name: EN.save }).click();
    await main().getByRole('radiogroup', { name: EN.legend }).getByText('Choose how much risk the client is ready to accept.').waitFor();
    await setTolerance(EN, /^High/, /Saved: High/);
    const facts = await storedFacts();
    expect(facts.riskTolerance).toBe('high');
    expect(facts.goals).toEqual(GOALS);
    const adoptedSteps = await adoptAlternative(EN);
    await main()
      .getByText(/Alternative 1 was adopted on/)
      .waitFor();
    expect(await card(EN.alternative1).locator('.tag--adopted').textContent()).toBe(EN.adopted);
    expect(await card(EN.alternative1).locator('ol.plan-steps').textContent()).toBe(adoptedSteps);
    await check('plan-adopted');
  });

  it('in French, a low tolerance ranks the adopted plan first, it stays adopted, and another can be adopted', async () => {
    await switchLanguage(page, 'fr');
    await page.goto(`${server.baseUrl}/cases/${caseCode}/plan`);
    await setTolerance(FR, /^Faible/, /Enregistré : Faible/);
    expect((await storedFacts()).goals).toEqual(GOALS);
    // The plan adopted in English is now the recommended one: still adopted, and said so.
    await main()
      .getByText(/Le plan recommandé a été adopté le/)
      .waitFor();
    expect(await card(FR.recommended).locator('.tag--adopted').textContent()).toBe(FR.adopted);
    await check('plan-reranked');
    await adoptAlternative(FR);
    await main()
      .getByText(/L’option 1 a été adoptée le/)
      .waitFor();
    await main().getByRole('button', { name: 'Revenir au plan recommandé' }).click();
    await main()
      .getByText(/Le plan recommandé s’applique de nouveau/)
      .waitFor();
    await main().getByText(FR.noneAdopted).waitFor();
    await check('plan-back-to-recommended');
    await switchLanguage(page, 'en');
    expect(browser.problems).toEqual([]);
  });

  // Item 7: the facts change so the adopted plan is no longer among the plans. The plan tab says
  // so, and the recommended plan applies until one is adopted again.
  it.each(['en', 'fr'] as const)('says the adopted plan no longer exists once the facts change it, and the recommended plan applies (%s)', async (lang) => {
    const w = lang === 'en' ? EN : FR;
    const words =
      lang === 'en'
        ? { gone: 'The adopted plan no longer exists', applies: /Until you adopt a plan again, the recommended plan applies/ }
        : { gone: 'Le plan adopté n’existe plus', applies: /Tant qu’aucun plan n’est adopté de nouveau, le plan recommandé s’applique/ };
    const code = await caseWithPlans();
    await page.goto(`${server.baseUrl}/cases/${code}/plan`);
    if (lang === 'fr') {
      await switchLanguage(page, 'fr');
    }
    await main().getByText(w.noneAdopted).waitFor();
    await adoptAlternative(w);
    // A removal is now scheduled within ten days: every plan answers it first, so the adopted order is gone.
    const inTenDays = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
    await api(people.lawyer, 'PUT', `/api/cases/${code}/facts`, { person: { removal: { state: 'scheduled', date: inTenDays } } });
    await page.reload();
    const notice = main().locator('.notice', { hasText: words.gone });
    await notice.waitFor();
    expect(await notice.textContent()).toMatch(words.applies);
    // No card is marked adopted: the recommended plan applies, and each plan may be adopted again.
    expect(await main().locator('section.alternative .tag--adopted').count()).toBe(0);
    await card(w.recommended).getByRole('button').first().waitFor();
    await check('plan-gone');
    if (lang === 'fr') {
      await switchLanguage(page, 'en');
    }
    expect(browser.problems).toEqual([]);
  });
});
