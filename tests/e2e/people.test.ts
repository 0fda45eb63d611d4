import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actAs, setUpCasePeople, type CaseTeamPeople } from '../support/e2e-cases';
import { launchBrowser, screenshotFolder, seriousViolations, type E2EBrowser } from '../support/e2e-browser';
import { ensureWebBuild, startHarbour, type HarbourServer } from '../support/e2e-server';

// An admin manages people on Organisation > Members (issue 11, finding 9): changes a role,
// deactivates and reactivates a colleague, resets an authenticator and hands over the set-up
// link, and revokes an invitation; the colleague then uses the link. Each screen is checked with axe.

let server: HarbourServer;
let browser: E2EBrowser;
let page: Page;
let people: CaseTeamPeople;
let shots: ReturnType<typeof screenshotFolder>;
let shotNumber = 0;
let setupLink = '';
const checked = new Set<string>();

async function capture(name: string): Promise<void> {
  await page.locator('main h1').first().waitFor();
  await page.locator('main .loading').first().waitFor({ state: 'detached' });
  const lang = await page.locator('html').getAttribute('lang');
  shotNumber += 1;
  await page.screenshot({ path: join(shots.dir, `people-${String(shotNumber).padStart(2, '0')}-${name}-${lang}.png`), fullPage: true });
  if (checked.has(name)) return;
  checked.add(name);
  expect(await seriousViolations(page), `${name} (${lang})`).toEqual([]);
}

const main = () => page.locator('main');
const row = (email: string): Locator => main().locator('tbody tr', { hasText: email });

async function confirm(action: string): Promise<void> {
  await main().getByRole('group', { name: action, exact: true }).getByRole('button', { name: action, exact: true }).click();
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

describe('managing people in the browser', () => {
  it('changes a role and gives the admin duty beside it', async () => {
    await actAs(browser.context, server.baseUrl, people.admin);
    await page.goto(`${server.baseUrl}/organisation/members`);
    await row('sam@havre.example').waitFor();
    await capture('members');
    await main().getByRole('button', { name: 'Change the role of Sam Support' }).click();
    const form = main().getByRole('form', { name: 'Change the role of Sam Support' });
    await form.getByLabel('Role', { exact: true }).selectOption('legal-worker');
    await capture('members-change-role');
    await form.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => row('sam@havre.example').textContent()).toContain('Legal worker');
    await main().getByRole('button', { name: 'Change the role of Léna Lawyer' }).click();
    const lena = main().getByRole('form', { name: 'Change the role of Léna Lawyer' });
    await lena.getByLabel('Also administers the organisation', { exact: false }).check();
    await lena.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => row('lena@havre.example').textContent()).toContain('+ admin duty');
  });

  it('deactivates a colleague after confirmation, and reactivates them', async () => {
    await main().getByRole('button', { name: 'Deactivate Sam Support' }).click();
    await main().getByText('signed out everywhere at once', { exact: false }).waitFor();
    await capture('members-confirm');
    await confirm('Deactivate');
    await expect.poll(() => row('sam@havre.example').textContent()).toContain('Disabled');
    await main().getByRole('button', { name: 'Reactivate Sam Support' }).click();
    await expect.poll(() => row('sam@havre.example').textContent()).toContain('Active');
  });

  it('lets an admin step down while another holds the duty, and refuses the last one in words', async () => {
    await main().getByRole('button', { name: 'Change the role of Ada Admin' }).click();
    const form = main().getByRole('form', { name: 'Change the role of Ada Admin' });
    await form.getByLabel('Role', { exact: true }).selectOption('lawyer');
    await form.getByLabel('Also administers the organisation', { exact: false }).uncheck();
    await form.getByRole('button', { name: 'Save' }).click();
    // Ada no longer administers: the page says so.
    await main().getByRole('heading', { name: 'This page is for administrators' }).waitFor();
    await actAs(browser.context, server.baseUrl, people.lawyer);
    await page.goto(`${server.baseUrl}/organisation/members`);
    await main().getByRole('button', { name: 'Change the role of Léna Lawyer' }).click();
    const own = main().getByRole('form', { name: 'Change the role of Léna Lawyer' });
    await own.getByLabel('Also administers the organisation', { exact: false }).uncheck();
    await own.getByRole('button', { name: 'Save' }).click();
    await row('lena@havre.example').getByText('must keep at least one active administrator', { exact: false }).waitFor();
    await capture('members-last-admin');
    await own.getByRole('button', { name: 'Cancel' }).click();
  });

  it('resets an authenticator and shows the one-time set-up link to hand over', async () => {
    await main().getByRole('button', { name: 'Reset the authenticator of Sam Support' }).click();
    await confirm('Reset authenticator');
    const link = main().getByLabel('Set-up link');
    await link.waitFor();
    setupLink = await link.inputValue();
    expect(setupLink).toMatch(/\/mfa-reset#token=/);
    await capture('members-reset-link');
  });

  it('revokes a pending invitation', async () => {
    await main().getByLabel('Their email').fill('nora@havre.example');
    await main().getByRole('button', { name: 'Create invitation' }).click();
    await row('nora@havre.example').waitFor();
    await main().getByRole('button', { name: 'Revoke the invitation for nora@havre.example' }).click();
    await confirm('Revoke invitation');
    await row('nora@havre.example').waitFor({ state: 'detached' });
  });

  it('lets the colleague use the set-up link, with their password, to enrol a new authenticator', async () => {
    await browser.context.clearCookies();
    await page.goto(setupLink);
    await main().getByRole('heading', { name: 'Set up a new authenticator' }).waitFor();
    expect(await main().getByLabel('Email').inputValue()).toBe('sam@havre.example');
    await capture('mfa-reset');
    await main().getByLabel('Password').fill('quiet harbour lanterns 2024');
    await main().getByRole('button', { name: 'Continue' }).click();
    await page.waitForURL(/\/mfa\/enrol/);
    expect(browser.problems).toEqual([]);
  });
});
