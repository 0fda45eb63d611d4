import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, seriousViolations, type E2EBrowser } from '../support/e2e-browser';
import { ensureWebBuild } from '../support/e2e-server';
import { signInAs, startDemoHarbour, type DemoHarbour } from '../support/e2e-legal';
import { switchLanguage } from '../support/e2e-journeys';

// Long pages you can find your way in (issue 18, finding 1), on a demo case at 1280 × 800, in
// English and French: the remedies navigator and the screening result open with a summary on the
// first screen and links to each part; their long blocks fold, and printing shows everything.
// Before this change the pages measured (scroll height, px): navigator 11,219 EN / 11,463 FR,
// result 6,291 EN / 6,557 FR.

const WIDTH = 1280;
const HEIGHT = 800;
/** The pages' heights before they folded (px), measured the same way on the same demo case. */
const BEFORE = { remedies: { en: 11_219, fr: 11_463 }, result: { en: 6_291, fr: 6_557 } } as const;

let harbour: DemoHarbour;
let browser: E2EBrowser;
let page: Page;
let code = '';

const main = () => page.locator('main');

const switchTo = (lang: 'en' | 'fr') => switchLanguage(page, lang);

const pageHeight = () => page.evaluate(() => document.documentElement.scrollHeight);

/** The page's height with every folded block opened: what a reader had to scroll through before. */
async function unfoldedHeight(): Promise<number> {
  await page.evaluate(() => document.querySelectorAll('main details').forEach((d) => ((d as HTMLDetailsElement).open = true)));
  const height = await pageHeight();
  await page.evaluate(() => document.querySelectorAll('main details').forEach((d) => ((d as HTMLDetailsElement).open = false)));
  return height;
}

/**
 * Where the summary sits: on the page, and from the top of the tab's own heading. The case header
 * above every case tab (code, safe contact, tabs) already fills most of a 1280 × 800 window, so the
 * tab's first screen is counted from its heading: what a reader sees on arriving at the tab.
 */
async function summaryPlace(tabHeading: string): Promise<{ top: number; bottom: number; fromTab: number }> {
  const tab = await main()
    .locator(tabHeading)
    .evaluate((el) => el.getBoundingClientRect().top);
  const r = await main()
    .locator('section.long-summary')
    .evaluate((el) => {
      const b = el.getBoundingClientRect();
      return { top: b.top, bottom: b.bottom };
    });
  return { ...r, fromTab: r.bottom - tab };
}

const jumpLink = (nav: string, name: string | RegExp) =>
  page.getByRole('navigation', { name: nav }).getByRole('link', { name, exact: typeof name === 'string' });

/** Reaches the jump link by keyboard and follows it: the focus lands, visibly, on the part's heading in view. */
async function jumpByKeyboard(link: Locator, heading: string): Promise<void> {
  await link.focus();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Shift+Tab');
  expect(await link.evaluate((el) => el === document.activeElement)).toBe(true);
  await page.keyboard.press('Enter');
  const target = main().locator(heading);
  await expect.poll(() => target.evaluate((el) => el === document.activeElement)).toBe(true);
  const focus = await target.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { top: r.top, outline: getComputedStyle(el).outlineStyle, visible: el.matches(':focus-visible') };
  });
  expect(focus.top).toBeGreaterThanOrEqual(-1);
  expect(focus.top).toBeLessThan(HEIGHT);
  expect(focus.visible).toBe(true);
  expect(focus.outline).not.toBe('none');
  await page.evaluate(() => window.scrollTo(0, 0));
}

/** On paper the folded blocks are shown in full. */
async function printsEverything(folded: string): Promise<void> {
  const inside = main().locator(folded).first();
  expect(await inside.isVisible()).toBe(false);
  await page.emulateMedia({ media: 'print' });
  try {
    expect(await inside.isVisible()).toBe(true);
  } finally {
    await page.emulateMedia({ media: 'screen' });
  }
}

beforeAll(async () => {
  ensureWebBuild();
  [harbour, browser] = await Promise.all([startDemoHarbour(), launchBrowser()]);
  page = browser.page;
  page.setDefaultTimeout(15_000);
  await signInAs(
    page,
    harbour.baseUrl,
    harbour.people.find((p) => p.email.startsWith('dana.'))!,
  );
  await page.setViewportSize({ width: WIDTH, height: HEIGHT });
  code = harbour.caseCodes[0]!;
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await harbour?.stop();
});

const WORDS = {
  en: { jump: 'On this page', summary: 'At a glance', whyNot: /^Why not/, tests: 'Legal tests, side by side' },
  fr: { jump: 'Sur cette page', summary: 'En bref', whyNot: /^Pourquoi pas/, tests: 'Critères juridiques, côte à côte' },
} as const;

describe('the remedies navigator (issue 18, finding 1)', () => {
  for (const lang of ['en', 'fr'] as const) {
    it(`opens with each remedy's eligibility, highest risk and nearest deadline on the first screen, folds the rest and prints it all (${lang})`, async () => {
      const w = WORDS[lang];
      await page.goto(`${harbour.baseUrl}/cases/${code}/remedies`);
      await switchTo(lang);
      const summary = main().locator('section.long-summary');
      await summary.locator('tbody tr').first().waitFor();
      await page.waitForLoadState('networkidle');
      // One row per remedy that may apply, each with its three facts in brief.
      const cards = await main().locator('article.remedy').count();
      expect(cards).toBeGreaterThan(1);
      expect(await summary.locator('tbody tr').count()).toBe(cards);
      for (const row of await summary.locator('tbody tr').all()) expect(await row.locator('td').count()).toBe(3);
      expect(await summary.locator('h3').textContent()).toBe(w.summary);

      const where = await summaryPlace('#navigator-heading');
      const folded = await pageHeight();
      const unfolded = await unfoldedHeight();
      console.info(
        `remedies navigator at ${WIDTH}×${HEIGHT} (${lang}): ${folded} px folded, ${unfolded} px unfolded; summary ${Math.round(where.top)}–${Math.round(where.bottom)} px on the page, ends ${Math.round(where.fromTab)} px below the tab heading`,
      );
      expect(where.fromTab, 'the summary fits the tab’s first screen').toBeLessThanOrEqual(HEIGHT);
      expect(folded).toBeLessThan(unfolded / 2);
      expect(folded, 'less than half the page before it folded').toBeLessThan(BEFORE.remedies[lang] / 2);

      // Every detail folds, closed; the risks (first inside) are one click away.
      expect(await main().locator('article.remedy details.remedy__details[open]').count()).toBe(0);
      expect(await seriousViolations(page), `remedies navigator (${lang})`).toEqual([]);

      // A remedy's name in the summary leads to its card; the page's own links lead to each part.
      const last = (await main().locator('article.remedy').last().getAttribute('data-remedy'))!;
      await jumpByKeyboard(summary.locator(`tr[data-summary-remedy="${last}"] th a`), `#remedy-${last}`);
      await jumpByKeyboard(jumpLink(w.jump, w.whyNot), '#whynot-heading');

      await printsEverything('article.remedy .remedy__risks');
      await page.emulateMedia({ media: 'screen' });
    });
  }
});

describe('the screening result (issue 18, finding 1)', () => {
  for (const lang of ['en', 'fr'] as const) {
    it(`opens with where the facts sit, each legal test and the flags on the first screen, folds the rest and prints it all (${lang})`, async () => {
      const w = WORDS[lang];
      await page.goto(`${harbour.baseUrl}/cases/${code}/screening?view=result`);
      await switchTo(lang);
      const summary = main().locator('section.long-summary');
      await summary.waitFor();
      await page.waitForLoadState('networkidle');
      const tests = await main().locator('section.legal-test').count();
      expect(tests).toBeGreaterThan(0);
      expect(await summary.locator('[data-summary-test]').count()).toBe(tests);
      expect(((await summary.locator('[data-summary="continuum"]').textContent()) ?? '').length).toBeGreaterThan(0);

      const where = await summaryPlace('#screening-heading');
      const folded = await pageHeight();
      const unfolded = await unfoldedHeight();
      console.info(
        `screening result at ${WIDTH}×${HEIGHT} (${lang}): ${folded} px folded, ${unfolded} px unfolded; summary ${Math.round(where.top)}–${Math.round(where.bottom)} px on the page, ends ${Math.round(where.fromTab)} px below the tab heading`,
      );
      expect(where.fromTab, 'the summary fits the tab’s first screen').toBeLessThanOrEqual(HEIGHT);
      expect(folded).toBeLessThan(unfolded / 2);
      expect(folded, 'less than half the page before it folded').toBeLessThan(BEFORE.result[lang] / 2);
      expect(await seriousViolations(page), `screening result (${lang})`).toEqual([]);

      await jumpByKeyboard(jumpLink(w.jump, w.tests), '#tests-heading');
      await printsEverything('section.legal-test table');
    });
  }
});
