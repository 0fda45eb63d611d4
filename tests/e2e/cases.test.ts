import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { showRemedy } from '../../src/core/remedies';
import { actAs, setUpCasePeople, type CaseTeamPeople } from '../support/e2e-cases';
import { launchBrowser, screenshotFolder, seriousViolations, type E2EBrowser } from '../support/e2e-browser';
import { ensureWebBuild, startHarbour, type HarbourServer } from '../support/e2e-server';
import { switchLanguage } from '../support/e2e-journeys';

// One case, told in pieces: a lawyer opens it, records two sittings, adds the story out of
// order, records and withdraws a consent, and brings a support worker onto the team, who then
// sees the team's story but not the privileged part. Every screen is checked with axe.

let server: HarbourServer;
let browser: E2EBrowser;
let page: Page;
let people: CaseTeamPeople;
let shots: ReturnType<typeof screenshotFolder>;
let shotNumber = 0;
let caseCode = '';
const checked = new Set<string>();

async function capture(name: string): Promise<void> {
  await page.locator('main h1').first().waitFor();
  await page.locator('main .loading').first().waitFor({ state: 'detached' });
  const lang = await page.locator('html').getAttribute('lang');
  // The header is sticky: from the top, a full-page picture shows it once, where it belongs.
  await page.evaluate(() => window.scrollTo(0, 0));
  shotNumber += 1;
  await page.screenshot({ path: join(shots.dir, `cases-${String(shotNumber).padStart(2, '0')}-${name}-${lang}.png`), fullPage: true });
  if (checked.has(name)) return;
  checked.add(name);
  expect(await seriousViolations(page), `${name} (${lang})`).toEqual([]);
}

const main = () => page.locator('main');
const group = (name: string) =>
  main()
    .getByRole('group', { name, exact: true })
    .or(main().getByRole('radiogroup', { name, exact: true }));
const tab = (name: string) => page.getByRole('navigation', { name: /Parts of this case|Parties du dossier/ }).getByRole('link', { name, exact: true });
const announced = (text: string | RegExp) => page.locator('.case-announcer .notice').filter({ hasText: text }).waitFor();

async function openTab(name: string, heading: string): Promise<void> {
  await tab(name).click();
  await main().getByRole('heading', { level: 2, name: heading, exact: true }).waitFor();
}

async function addSitting(s: { date: string; minutes: string; mode: string; freely: string; covered: string[]; later: string[]; note: string }): Promise<void> {
  await main().getByRole('button', { name: 'Record a sitting' }).click();
  const form = main().locator('form', { has: page.locator('#sitting-form-heading') });
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('sitting-form-heading');
  await form.getByLabel('Date').fill(s.date);
  await form.getByLabel('Length in minutes').fill(s.minutes);
  await group('How you met').getByLabel(s.mode).check();
  await group('Could the client speak freely?').getByLabel(s.freely, { exact: true }).check();
  for (const topic of s.covered) await group('Topics covered').getByLabel(topic).check();
  for (const topic of s.later) await group('Topics left for later').getByLabel(topic).check();
  await form.getByLabel('Note', { exact: true }).fill(s.note);
  await form.getByRole('button', { name: 'Save sitting' }).click();
  await announced('Sitting saved.');
}

async function addFragment(f: { text: string; when: string; compartment: 'Privileged' | 'Team' }): Promise<void> {
  await main().getByRole('button', { name: 'Add a piece of the story' }).click();
  const form = main().locator('form', { has: page.locator('#fragment-form-heading') });
  await form.getByLabel('What was said').fill(f.text);
  await form.getByLabel('When it happened').fill(f.when);
  await group('Who may read it').getByLabel(f.compartment).check();
  await form.getByRole('button', { name: 'Save', exact: true }).click();
  await announced(`Harbour read "${f.when}"`);
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

describe('a case file told in pieces, in the browser', () => {
  it('shows a lawyer an empty list with calm guidance', async () => {
    await actAs(browser.context, server.baseUrl, people.lawyer);
    await page.goto(`${server.baseUrl}/cases`);
    await main().getByRole('heading', { name: 'No open cases yet' }).waitFor();
    await capture('case-list-empty');
  });

  it('starts a case with only province, languages and interpreter, and explains it is pseudonymous', async () => {
    await main().getByRole('link', { name: 'Start a new case' }).click();
    await main().getByText('The case is known by a code, not a name.', { exact: false }).waitFor();
    await main().getByRole('button', { name: 'Start the case' }).click();
    await expect.poll(() => main().locator('[aria-invalid="true"]').count()).toBeGreaterThan(0);
    await capture('new-case-errors');
    await main().getByLabel('Province or territory').selectOption('ON');
    await group('Languages').getByLabel('Spanish').check();
    await group('Is an interpreter needed?').getByLabel('Yes').check();
    await main().getByRole('button', { name: 'Start the case' }).click();
    await page.waitForURL(/\/cases\/HB-/);
    caseCode = (await main().locator('h1 .case-code').textContent()) ?? '';
    expect(caseCode).toMatch(/^HB-[2-9A-HJKMNP-TV-Z-]+$/);
    await main().getByText('No safe way to contact the client has been recorded', { exact: false }).waitFor();
    await capture('case-overview');
  });

  it('records how it is safe to reach the client, shown in the header from then on', async () => {
    await main().getByRole('button', { name: 'Record safe contact' }).click();
    await group('Is it safe to call?').getByLabel('not safe').check();
    await group('Is it safe to send a text message?').getByLabel('safe', { exact: true }).check();
    await main().getByLabel('Code word').fill('bluebird');
    await main().getByRole('button', { name: 'Save safe contact' }).click();
    await announced('Safe contact saved.');
    const summary = page.locator('.safe-contact');
    await expect.poll(() => summary.textContent()).toContain('Text message: safe');
    expect(await summary.textContent()).toContain('Call: not safe');
    expect(await summary.textContent()).toContain('bluebird');
  });

  it('records two sittings, and the intake guide keeps safety first and never asks for everything at once', async () => {
    await openTab('Sittings', 'Sittings');
    await main().getByText('Safety has not been talked about yet', { exact: false }).waitFor();
    await addSitting({
      date: '2024-03-01',
      minutes: '40',
      mode: 'In person',
      freely: 'Not sure',
      covered: ['Safety right now', 'Immediate needs (housing, health, money)'],
      later: ['Recruitment'],
      note: 'Met at the drop-in centre.',
    });
    await main().getByText('may not have been able to speak freely', { exact: false }).waitFor();
    await addSitting({
      date: '2024-03-15',
      minutes: '60',
      mode: 'By video',
      freely: 'Yes',
      covered: ['Consent and confidentiality', 'Recruitment'],
      later: [],
      note: 'Talked about the agency.',
    });
    await main()
      .getByRole('heading', { name: /Sitting 2 ·/ })
      .waitFor();
    const next = await main().locator('.guide-next li').allTextContents();
    expect(next.length).toBeLessThanOrEqual(3);
    expect(next).not.toContain('Safety right now');
    expect(await main().locator('.guide-topic--done').count()).toBe(4);
    await capture('sittings');
  });

  it('adds pieces of the story out of order and shows them in time order, with how each time was read', async () => {
    await openTab('Story', 'Story');
    await addFragment({ text: 'I left the farm at night with two others.', when: '2023-08-14', compartment: 'Team' });
    await addFragment({ text: 'A man from the agency promised work in Canada.', when: '2021', compartment: 'Team' });
    await addFragment({ text: 'They kept my passport; I told my lawyer about the debt.', when: 'spring 2023', compartment: 'Privileged' });
    await main().getByRole('button', { name: 'In time order' }).click();
    await expect.poll(() => main().locator('.timeline__label').allTextContents()).toEqual(['2021', 'spring 2023', '2023-08-14']);
    expect(await main().locator('.timeline__bar').count()).toBe(3);
    expect(await main().locator('.timeline__range').nth(1).textContent()).toMatch(/to/);
    await capture('story-timeline');
    await main().getByRole('button', { name: 'In the order told' }).click();
    await expect.poll(() => main().locator('.fragment__text').first().textContent()).toContain('left the farm');
  });

  it('records an explanation and a consent, then a withdrawal as easily', async () => {
    await openTab('Consents', 'Consents');
    await main().getByRole('button', { name: 'Record an explanation, consent or refusal' }).click();
    await group('What was explained').getByLabel('Work with an interpreter').check();
    await main().getByRole('button', { name: 'Record explanation' }).click();
    await announced('Explanation recorded.');
    await main().getByRole('button', { name: 'Record an explanation, consent or refusal' }).click();
    await group('What to record').getByLabel('Consent', { exact: true }).check();
    await main().getByLabel('For what').selectOption('use-interpreter');
    await group('Information covered').getByLabel('Their story').check();
    await main().getByRole('button', { name: 'Record consent' }).click();
    await announced('Consent recorded.');
    const consent = main().locator('.ledger-entry--consent');
    await expect.poll(() => consent.textContent()).toContain('In effect');
    expect(await consent.textContent()).toContain('Their story');
    await capture('consents');
    await consent.getByRole('button', { name: 'Withdraw this consent…' }).click();
    await consent.getByRole('button', { name: 'Yes, withdraw it' }).click();
    await announced('Withdrawal recorded.');
    await expect.poll(() => main().locator('.ledger-entry--consent').textContent()).toContain('Withdrawn');
  });

  it('names the remedy of a refusal as the knowledge API names it, never by its id', async () => {
    const hc = showRemedy('hc')!.name.en;
    await main().getByRole('button', { name: 'Record an explanation, consent or refusal' }).click();
    await group('What to record').getByLabel('Refusal', { exact: true }).check();
    await main().getByLabel('For what').selectOption('file-remedy');
    await main().getByLabel('Remedy', { exact: true }).selectOption({ label: hc });
    await main().getByRole('button', { name: 'Record refusal' }).click();
    await announced('Refusal recorded.');
    const refusal = main().locator('.ledger-entry--refusal');
    await expect.poll(() => refusal.textContent()).toContain(hc);
    expect(await refusal.locator('dd').allTextContents()).not.toContain('hc');
  });

  it('adds the support worker to the team', async () => {
    await openTab('Team', 'Team');
    await main().getByLabel('Person', { exact: true }).selectOption({ label: 'Sam Support · Support worker · Clinique du Havre' });
    expect(await main().getByLabel('Role on this case').inputValue()).toBe('support-worker');
    await main().getByRole('button', { name: 'Add to the team' }).click();
    await announced('Sam Support is now on the team.');
    await main().getByRole('rowheader', { name: 'Sam Support' }).waitFor();
    await capture('team');
  });

  it('shows the responsible lawyer who has looked at the case, and how to close it', async () => {
    await openTab('Activity', 'Activity');
    await main().locator('tbody tr').first().waitFor();
    expect(await main().locator('tbody').textContent()).toContain('Opened the case');
    await capture('activity');
    await openTab('Closing', 'Closing');
    await capture('closing');
  });

  it('speaks French, with the case vocabulary', async () => {
    await switchLanguage(page, 'fr');
    await openTab('Récit', 'Récit');
    for (const label of ['Aperçu', 'Séances', 'Consentements', 'Équipe', 'Journal d’activité']) expect(await tab(label).count()).toBe(1);
    await main().getByRole('heading', { name: 'Avant de joindre la personne' }).waitFor();
    await capture('story-timeline');
    for (const [name, heading] of [
      ['Aperçu', 'Aperçu'],
      ['Séances', 'Séances'],
      ['Consentements', 'Consentements'],
      ['Équipe', 'Équipe'],
    ] as const) {
      await openTab(name, heading);
      await capture(name === 'Aperçu' ? 'case-overview' : name === 'Séances' ? 'sittings' : name === 'Consentements' ? 'consents' : 'team');
    }
    await page.goto(`${server.baseUrl}/cases`);
    await main().getByRole('heading', { name: 'Mes dossiers' }).waitFor();
    await capture('case-list');
    await switchLanguage(page, 'en');
  });

  it('lets the support worker see the case and its team story, but not the privileged piece', async () => {
    await actAs(browser.context, server.baseUrl, people.supportWorker);
    await page.goto(`${server.baseUrl}/cases`);
    await main().getByRole('link', { name: caseCode }).click();
    await page.locator('.safe-contact').getByText('Text message: safe').waitFor();
    expect(await tab('Activity').count()).toBe(0);
    expect(await tab('Closing').count()).toBe(0);
    await openTab('Story', 'Story');
    await main().getByText('Privileged pieces of the story are not shown to you.').waitFor();
    await expect.poll(() => main().locator('.timeline__label').allTextContents()).toEqual(['2021', '2023-08-14']);
    expect(await main().textContent()).not.toContain('passport');
    await capture('story-support-worker');
    await openTab('Sittings', 'Sittings');
    expect(await main().getByText('There is a note you cannot read').count()).toBe(2);
  });

  it('tells an administrator plainly that the case is closed to them, and shows the team any emergency access they open', async () => {
    await actAs(browser.context, server.baseUrl, people.admin);
    await page.goto(`${server.baseUrl}/cases/${caseCode}`);
    await main()
      .getByRole('heading', { name: `Case ${caseCode} is closed to you` })
      .waitFor();
    await capture('break-glass');
    await main().getByLabel('Why you need to open it').fill('The responsible lawyer is away and the client called in danger.');
    await main().getByRole('button', { name: 'Open emergency access' }).click();
    await main().getByRole('heading', { name: 'Emergency access is open on this case' }).waitFor();
    expect(await page.locator('.break-glass-notice').textContent()).toContain('Ada Admin');
    await capture('case-under-break-glass');
    expect(browser.problems).toEqual([]);
  });
});
