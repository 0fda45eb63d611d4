import { join } from 'node:path';
import { generate } from 'otplib';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QUICK_EXIT_URL } from '../../src/web/shell/quick-exit';
import { launchBrowser, screenshotFolder, seriousViolations, type E2EBrowser } from '../support/e2e-browser';
import { assertWebBundleServed, ensureWebBuild, startHarbour, type HarbourServer } from '../support/e2e-server';

// One journey through the first-run experience, in order: each step builds on the one before.
// Every screen is checked with axe (WCAG 2 A/AA) and photographed in the language it is shown in.

const ADMIN = { organisation: 'Clinique Boréale', name: 'Amira Haddad', email: 'amira@example.org', password: 'a calm harbour at dawn' };
const COLLEAGUE = { email: 'sam@example.org', name: 'Sam Tremblay', password: 'lighthouse keeper 1867' };

let server: HarbourServer;
let browser: E2EBrowser;
let page: Page;
let shots: ReturnType<typeof screenshotFolder>;
let shotNumber = 0;
let recoveryCodes: string[] = [];
let inviteUrl = '';
let secret = '';
let enrolWindow = 0;
const checkedScreens = new Set<string>();

async function capture(name: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.locator('main h1').waitFor();
  const lang = await page.locator('html').getAttribute('lang');
  shotNumber += 1;
  await page.screenshot({ path: join(shots.dir, `${String(shotNumber).padStart(2, '0')}-${name}-${lang}.png`), fullPage: true });
  // axe is slow on old machines; the two languages share markup, so each screen is checked once.
  if (checkedScreens.has(name)) return;
  checkedScreens.add(name);
  expect(await seriousViolations(page), `${name} (${lang})`).toEqual([]);
}

/** Waits until the page's main heading contains the text. */
async function heading(text: string): Promise<void> {
  await page.locator('main h1', { hasText: text }).waitFor();
}

/** Before sign-in there is no account language to wait for: the button offering `to` is pressed. */
async function switchLanguage(to: 'en' | 'fr'): Promise<void> {
  if ((await page.locator('html').getAttribute('lang')) === to) return;
  await page.locator(`header button.language-switch[lang="${to}"]`).click();
  await page.waitForFunction((lang) => document.documentElement.lang === lang, to);
}

/** Captures the current screen in English and in French, then returns to English. */
async function captureBothLanguages(name: string): Promise<void> {
  await capture(name);
  await switchLanguage('fr');
  await capture(name);
  await switchLanguage('en');
}

async function signIn(email: string, password: string): Promise<void> {
  await page.locator('input[name=email]').fill(email);
  await page.locator('input[name=password]').fill(password);
  await page.locator('main button[type=submit]').click();
}

/** A TOTP for a 30-second window after the one used at enrolment, which the server will not accept twice. */
async function freshTotp(): Promise<string> {
  const nextWindowStart = (enrolWindow + 1) * 30_000;
  if (Date.now() < nextWindowStart) await new Promise((r) => setTimeout(r, nextWindowStart - Date.now() + 250));
  return generate({ secret });
}

beforeAll(async () => {
  ensureWebBuild();
  shots = screenshotFolder();
  // Start both at once; if either fails, still keep hold of the other so afterAll can close it.
  const [started, launched] = await Promise.allSettled([startHarbour(), launchBrowser()]);
  if (started.status === 'fulfilled') server = started.value;
  if (launched.status === 'fulfilled') browser = launched.value;
  if (started.status === 'rejected') throw started.reason;
  if (launched.status === 'rejected') throw launched.reason;
  page = browser.page;
  page.setDefaultTimeout(10_000);
  await assertWebBundleServed(server.baseUrl);
  // There is no internet here: answer for the neutral site the quick exit goes to.
  await browser.context.route(`${new URL(QUICK_EXIT_URL).origin}/**`, (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: '<!doctype html><title>Weather</title><h1>Weather</h1>' }),
  );
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  shots?.cleanup();
});

describe('first run, sign-in and safety features in the browser', () => {
  it('reports health and that setup is needed', async () => {
    const health = await (await fetch(`${server.baseUrl}/api/health`)).json();
    expect(health).toMatchObject({ status: 'ok' });
    expect(await (await fetch(`${server.baseUrl}/api/setup/status`)).json()).toEqual({ needed: true });
  });

  it('opens the printed setup link and removes the token from the address bar', async () => {
    await page.goto(server.setupUrl);
    await page.locator('input[name=organisationName]').waitFor();
    expect(page.url()).toBe(`${server.baseUrl}/setup`);
    await captureBothLanguages('setup');
  });

  it('shows field errors next to the fields when the setup form is incomplete', async () => {
    await page.locator('input[name=password]').fill('short');
    await page.locator('main button[type=submit]').click();
    const password = page.locator('input[name=password]');
    await expect.poll(() => password.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await password.getAttribute('aria-describedby')) ?? '';
    expect(await page.locator(`[id="${describedBy.split(' ').at(-1)}"]`).textContent()).toContain('12');
    await capture('setup-errors');
  });

  it('creates the organisation and its first administrator', async () => {
    await page.locator('input[name=organisationName]').fill(ADMIN.organisation);
    await page.locator('input[name=displayName]').fill(ADMIN.name);
    await page.locator('input[name=email]').fill(ADMIN.email);
    await page.locator('input[name=password]').fill(ADMIN.password);
    await page.locator('input[name=confirmPassword]').fill(ADMIN.password);
    await page.locator('main button[type=submit]').click();
    await page.waitForURL(`${server.baseUrl}/sign-in`);
    expect(await page.locator('input[name=email]').inputValue()).toBe(ADMIN.email);
    await capture('sign-in-after-setup');
  });

  it('refuses a wrong password with a calm, announced message', async () => {
    await signIn(ADMIN.email, 'not the right password');
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('do not match');
    await capture('sign-in-error');
  });

  it('signs in and asks to turn on two-step verification', async () => {
    await signIn(ADMIN.email, ADMIN.password);
    await page.waitForURL(`${server.baseUrl}/mfa/enrol`);
    secret = ((await page.getByTestId('mfa-secret').textContent()) ?? '').replace(/\s/g, '');
    expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
    await capture('mfa-enrol');
  });

  it('turns on two-step verification with an authenticator code and shows the recovery codes once', async () => {
    enrolWindow = Math.floor(Date.now() / 30_000);
    await page.locator('input[name=code]').fill(await generate({ secret }));
    await page.locator('main button[type=submit]').click();
    const codes = page.locator('.recovery-codes code');
    await codes.first().waitFor();
    recoveryCodes = await codes.allTextContents();
    expect(recoveryCodes.length).toBeGreaterThanOrEqual(5);
    await capture('recovery-codes');
    await page.getByRole('button', { name: 'I have stored them' }).click();
    await heading(ADMIN.name);
    await capture('home');
  });

  it('invites a colleague and shows the link to copy', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Members' }).click();
    await page.locator('tbody tr').first().waitFor();
    expect(await page.locator('tbody tr').count()).toBe(1);
    await capture('members');
    await page.locator('input[name=email]').fill(COLLEAGUE.email);
    await page.locator('select[name=role]').selectOption('support-worker');
    await page.locator('main button[type=submit]').click();
    const link = page.locator('input[name=inviteUrl]');
    await link.waitFor();
    inviteUrl = await link.inputValue();
    expect(inviteUrl).toMatch(/\/invite#token=/);
    await capture('members-invited');
  });

  it('turns discreet mode on and off from the account page', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Your account' }).click();
    await capture('account');
    const discreet = page.getByLabel('Use discreet mode');
    await discreet.check();
    await expect.poll(() => page.title()).toBe('Notes');
    expect(await page.locator('link[rel=icon]').getAttribute('href')).toBe('/favicon-discreet.svg');
    await discreet.uncheck();
    await expect.poll(() => page.title()).toContain('Harbour');
  });

  it('signs out', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(`${server.baseUrl}/sign-in`);
    await page.getByRole('status').filter({ hasText: 'signed out' }).waitFor();
    expect((await page.request.get(`${server.baseUrl}/api/session`)).status()).toBe(401);
  });

  it('lets the colleague accept the invitation, then start two-step verification in French', async () => {
    await page.goto(inviteUrl);
    await page.locator('input[name=displayName]').waitFor();
    expect(page.url()).toBe(`${server.baseUrl}/invite`);
    await captureBothLanguages('invite');
    await page.locator('input[name=displayName]').fill(COLLEAGUE.name);
    await page.locator('input[name=password]').fill(COLLEAGUE.password);
    await page.locator('input[name=confirmPassword]').fill(COLLEAGUE.password);
    await page.locator('main button[type=submit]').click();
    await page.waitForURL(`${server.baseUrl}/sign-in`);
    await switchLanguage('fr');
    await signIn(COLLEAGUE.email, COLLEAGUE.password);
    await page.waitForURL(`${server.baseUrl}/mfa/enrol`);
    await capture('mfa-enrol');
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await page.waitForURL(`${server.baseUrl}/sign-in`);
    await switchLanguage('en');
  });

  it('signs the administrator in again with a recovery code', async () => {
    await signIn(ADMIN.email, ADMIN.password);
    await page.waitForURL(`${server.baseUrl}/mfa/verify`);
    await capture('mfa-verify');
    await page.getByRole('button', { name: 'Use a recovery code instead' }).click();
    await page.locator('input[name=recoveryCode]').fill(recoveryCodes[0]!);
    await capture('mfa-verify-recovery');
    await page.locator('main button[type=submit]').click();
    await heading(ADMIN.name);
  });

  it('switches to French and remembers it on the account', async () => {
    await switchLanguage('fr');
    await capture('home');
    await expect.poll(async () => (await (await page.request.get(`${server.baseUrl}/api/session`)).json()).user?.language).toBe('fr');
    await page.getByRole('navigation').getByRole('link', { name: 'Membres' }).click();
    await page.locator('tbody tr').nth(1).waitFor();
    await capture('members');
    await page.getByRole('navigation').getByRole('link', { name: 'Votre compte' }).click();
    await capture('account');
    await page.reload();
    await heading('Votre compte');
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
  });

  it('stays readable without sideways scrolling at 200% zoom', async () => {
    // 200% zoom on a 1200-pixel-wide window leaves a 600-pixel-wide layout.
    await page.setViewportSize({ width: 600, height: 430 });
    for (const link of ['Accueil', 'Membres']) {
      await page.getByRole('navigation').getByRole('link', { name: link }).click();
      await page.waitForLoadState('networkidle');
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), link).toBe(true);
      await capture(`zoom-${link === 'Accueil' ? 'home' : 'members'}`);
    }
    await page.setViewportSize({ width: 1200, height: 860 });
  });

  it('signs in with a fresh authenticator code, in French', async () => {
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await page.waitForURL(`${server.baseUrl}/sign-in`);
    await capture('sign-in');
    await signIn(ADMIN.email, ADMIN.password);
    await page.waitForURL(`${server.baseUrl}/mfa/verify`);
    await capture('mfa-verify');
    await page.locator('input[name=code]').fill(await freshTotp());
    await page.locator('main button[type=submit]').click();
    await heading('Bienvenue');
  }, 45_000);

  it('leaves for the neutral site and ends the session when Escape is pressed three times', async () => {
    await page.locator('main h1').click(); // focus inside the page, as a person would have
    await Promise.all([
      page.waitForURL(`${new URL(QUICK_EXIT_URL).origin}/**`),
      (async () => {
        for (let i = 0; i < 3; i += 1) await page.keyboard.press('Escape');
      })(),
    ]);
    expect(await page.title()).toBe('Weather');
    await expect.poll(async () => (await page.request.get(`${server.baseUrl}/api/session`)).status(), { timeout: 5_000 }).toBe(401);
  });

  it('offers the quick exit button on the sign-in page too', async () => {
    await page.goto(`${server.baseUrl}/sign-in`);
    await page.locator('input[name=email]').waitFor();
    await Promise.all([page.waitForURL(`${new URL(QUICK_EXIT_URL).origin}/**`), page.getByRole('button', { name: 'Sortie rapide' }).click()]);
    expect(await page.title()).toBe('Weather');
  });

  it('shows a calm page for an unknown address', async () => {
    await page.goto(`${server.baseUrl}/no-such-page`);
    await capture('not-found');
  });

  it('raised no script errors and no content-security-policy violations', () => {
    expect(browser.problems).toEqual([]);
  });
});
