import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screeningText } from '../../src/core/screening/text';
import { launchBrowser, screenshotFolder, seriousViolations, type E2EBrowser } from '../support/e2e-browser';
import { ensureWebBuild } from '../support/e2e-server';
import { apiCall, signInAs, startDemoHarbour, type DemoHarbour } from '../support/e2e-legal';
import { switchLanguage as switchPageLanguage } from '../support/e2e-journeys';

// The legal tools in a real browser against a Harbour seeded with the demo organisation: a
// screening over two sittings that matches `harbour assess` on the exported facts, the remedies
// navigator with risks before eligibility in both languages, the options sheet in French with its
// ledger entry, and the knowledge browser. Every screen is checked with axe and photographed.

let harbour: DemoHarbour;
let browser: E2EBrowser;
let page: Page;
let shots: ReturnType<typeof screenshotFolder>;
let shotNumber = 0;
let code = '';
const checked = new Set<string>();

const api = <T = unknown>(method: 'GET' | 'POST' | 'PUT', path: string, body?: unknown) => apiCall<T>(page, harbour.baseUrl, method, path, body);

async function settle(): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page
    .locator('.loading')
    .first()
    .waitFor({ state: 'detached', timeout: 15_000 })
    .catch(() => undefined);
}

async function capture(name: string): Promise<void> {
  await settle();
  const lang = await page.locator('html').getAttribute('lang');
  shotNumber += 1;
  await page.screenshot({ path: join(shots.dir, `legal-${String(shotNumber).padStart(2, '0')}-${name}-${lang}.png`), fullPage: true });
  if (checked.has(name)) return;
  checked.add(name);
  expect(await seriousViolations(page), `${name} (${lang})`).toEqual([]);
}

const switchLanguage = (to: 'en' | 'fr') => switchPageLanguage(page, to);

/** Answers the questions on screen in order, with the given answers; returns the refs answered. */
async function answerQuestions(answers: ('yes' | 'no' | 'unknown' | 'declined' | 'skip')[]): Promise<string[]> {
  const done: string[] = [];
  for (const answer of answers) {
    const card = page.locator('li.question').first();
    await card.waitFor();
    const ref = (await card.getAttribute('data-ref'))!;
    if (answer === 'skip') {
      await card.getByRole('button', { name: 'Skip for now' }).click();
    } else {
      await card.locator(`input[type=radio][value=${answer}]`).check();
      await card.getByRole('button', { name: 'Save answer' }).click();
      done.push(ref);
    }
    await page.locator(`li.question[data-ref="${ref}"]`).waitFor({ state: 'detached' });
  }
  return done;
}

beforeAll(async () => {
  ensureWebBuild();
  shots = screenshotFolder();
  [harbour, browser] = await Promise.all([startDemoHarbour(), launchBrowser()]);
  page = browser.page;
  page.setDefaultTimeout(15_000);
  const dana = harbour.people.find((p) => p.email.startsWith('dana.'))!;
  await signInAs(page, harbour.baseUrl, dana);
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await harbour?.stop();
  shots?.cleanup();
});

describe('screening over two sittings', () => {
  it('records the situation, a preliminary screen at one sitting and more answers at another', async () => {
    const created = await api<{ case: { code: string } }>('POST', '/api/cases', { province: 'ON', languages: ['en'], interpreterNeeded: false });
    code = created.case.code;
    await page.goto(`${harbour.baseUrl}/cases/${code}/screening?view=person`);
    await page.locator('input[name=contexts][value=labour]').check();
    await page.locator('input[name=exploiters][value=employer]').check();
    await page.locator('input[name=goals][value=safety]').check();
    await page.getByRole('button', { name: 'Save situation and goals' }).click();
    await page.getByText('Saved.').waitFor();
    await capture('screening-person');

    await page.goto(`${harbour.baseUrl}/cases/${code}/screening?view=preliminary`);
    await expect.poll(() => page.locator('.notice--safety').count()).toBe(1);
    await page.getByRole('button', { name: 'Record today’s sitting' }).click();
    await page.getByRole('button', { name: 'Record the sitting' }).click();
    await page.locator('select[name=sitting] option').nth(1).waitFor({ state: 'attached' });
    await capture('screening-preliminary');
    const first = await answerQuestions(['yes', 'yes', 'no', 'yes', 'yes', 'skip', 'declined', 'yes']);

    const second = await api<{ sitting: { id: string } }>('POST', `/api/cases/${code}/sittings`, {
      heldOn: new Date().toISOString().slice(0, 10),
      durationMinutes: 45,
      mode: 'phone',
      couldSpeakFreely: 'yes',
      topicsCovered: [],
    });
    await page.goto(`${harbour.baseUrl}/cases/${code}/screening?view=full`);
    await page.locator('select[name=sitting]').selectOption(second.sitting.id);
    await capture('screening-full');
    const later = await answerQuestions(['yes', 'unknown', 'yes', 'no', 'yes']);

    const { facts } = await api<{ facts: { answers: { id: string; phase: string; sittingId?: string }[] } }>('GET', `/api/cases/${code}/facts`);
    const sittingOf = (ref: string) => facts.answers.find((a) => `${a.id}@${a.phase}` === ref || a.id === ref)?.sittingId;
    expect(first.length + later.length).toBe(facts.answers.length);
    expect(new Set(first.map(sittingOf)).size).toBe(1);
    expect(later.map(sittingOf).every((s) => s === second.sitting.id)).toBe(true);
    expect(sittingOf(first[0]!)).not.toBe(second.sitting.id);
    expect(facts.answers.some((a) => (a as { answer?: string }).answer === 'declined')).toBe(true);
  }, 120_000);

  it('shows the same result as `harbour assess` on the exported case facts', async () => {
    await api('POST', `/api/cases/${code}/consents`, { kind: 'explanation', purposes: ['generate-document'], language: 'en' });
    await api('POST', `/api/cases/${code}/consents`, {
      kind: 'consent',
      purpose: 'generate-document',
      scope: ['immigration', 'employment'],
      givenHow: 'verbal',
      language: 'en',
    });
    const exported = await api<Record<string, unknown>>('GET', `/api/cases/${code}/facts/export`);
    const run = harbour.cli(['assess', '-'], JSON.stringify(exported));
    expect(run.status, run.stderr).toBe(0);
    const cli = JSON.parse(run.stdout) as { continuum: string; dimensions: { id: string; status: string }[]; legalTests: { id: string; status: string }[] };

    await page.goto(`${harbour.baseUrl}/cases/${code}/screening?view=result`);
    await page.locator('[data-dimension]').first().waitFor();
    await capture('screening-result');
    expect(await page.locator('.continuum [aria-current=step]').getAttribute('data-continuum')).toBe(cli.continuum);
    expect(await page.locator('.continuum [aria-current=step]').innerText()).toContain(screeningText.en.continuum[cli.continuum as 'exploitation']);
    const dims = await page
      .locator('[data-dimension]')
      .evaluateAll((els) => els.map((e) => ({ id: e.getAttribute('data-dimension'), status: e.getAttribute('data-status') })));
    expect(dims).toEqual(cli.dimensions.map((d) => ({ id: d.id, status: d.status })));
    const tests = await page
      .locator('[data-test]')
      .evaluateAll((els) => els.map((e) => ({ id: e.getAttribute('data-test'), status: e.getAttribute('data-status') })));
    expect(tests).toEqual(cli.legalTests.map((t) => ({ id: t.id, status: t.status })));
    // Wording never labels the person: no "is a victim" / "is not a victim".
    const shown = (await page.locator('main').innerText()).replaceAll(screeningText.en.caveats['aid-to-judgement'], '');
    expect(shown).not.toMatch(/\b(is|are) (not )?a victim\b/i);
    await switchLanguage('fr');
    await capture('screening-result');
    await switchLanguage('en');
  }, 90_000);
});

describe('remedies navigator on a demo case', () => {
  it('shows every remedy with its risks before its eligibility, in English and in French', async () => {
    const demo = harbour.caseCodes[0]!;
    await page.goto(`${harbour.baseUrl}/cases/${demo}/remedies`);
    await page.locator('article.remedy').first().waitFor();
    for (const [lang, risks, eligibility] of [
      ['en', 'Risks for this client', 'Eligibility, and why'],
      ['fr', 'Risques pour cette personne', 'Admissibilité, et pourquoi'],
    ] as const) {
      await switchLanguage(lang);
      // The details fold (issue 18): the headings are there, closed, in the page's language.
      await page.locator('article.remedy h4', { hasText: risks }).first().waitFor({ state: 'attached' });
      const order = await page.locator('article.remedy').evaluateAll((cards) => cards.map((c) => [...c.querySelectorAll('h4')].map((h) => h.textContent)));
      expect(order.length).toBeGreaterThan(0);
      for (const headings of order) expect(headings.indexOf(risks)).toBeLessThan(headings.indexOf(eligibility));
      expect(headings(order)[0]).toBe(risks);
      expect(await page.locator('.why-not').count()).toBe(1);
      await capture('remedies');
    }
    await switchLanguage('en');
  }, 90_000);
});

const headings = (order: (string | null)[][]) => order.map((h) => h[0]);

describe('plan and options sheet', () => {
  it('produces the options sheet in French and records that the options were explained', async () => {
    const demo = harbour.caseCodes[0]!;
    type Entry = { kind: string; language?: string; interpreter?: string; material?: { kind: string; lang: string } };
    const sheetExplanations = async () =>
      (await api<{ ledger: Entry[] }>('GET', `/api/cases/${demo}/consents`)).ledger.filter(
        (e) => e.kind === 'explanation' && e.material?.kind === 'options-sheet',
      );
    await page.goto(`${harbour.baseUrl}/cases/${demo}/plan`);
    await page.locator('select[name=lang]').waitFor();
    await capture('plan');
    await page.locator('select[name=lang]').selectOption('fr');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Produce the options sheet' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^options-.*-fr\.pdf$/);
    await page.locator('.options-sheet [role=status]', { hasText: 'Nothing has been recorded in the consent ledger yet' }).waitFor();
    expect(page.url()).toContain(`/cases/${demo}/plan`);
    // Producing and downloading the sheet records nothing: only the confirmation below does.
    expect(await sheetExplanations()).toEqual([]);
    await capture('plan-sheet-produced');

    await page.locator('select[name=explainedLanguage]').selectOption('fr');
    await page.locator('input[name=interpreter][value=yes]').check();
    await page.locator('input[name=interpreterName]').fill('Tagalog');
    await page.getByRole('button', { name: 'I went through this sheet with the client' }).click();
    await page.locator('.options-sheet [role=status]', { hasText: 'explained in French, with an interpreter (Tagalog)' }).waitFor();
    const recorded = await sheetExplanations();
    expect(recorded).toHaveLength(1);
    expect(recorded[0]).toMatchObject({ language: 'fr', interpreter: 'Tagalog', material: { lang: 'fr' } });
    await switchLanguage('fr');
    await capture('plan');
    await switchLanguage('en');
  }, 90_000);
});

describe('knowledge browser', () => {
  it('loads every section and marks unverified facts', async () => {
    for (const [path, name] of [
      ['/knowledge', 'knowledge'],
      ['/knowledge/remedies/vtip-trp', 'knowledge-remedy'],
      ['/knowledge/jurisdictions/MB', 'knowledge-jurisdiction'],
      ['/knowledge/report', 'knowledge-report'],
      ['/knowledge/indicators', 'knowledge-indicators'],
    ] as const) {
      await page.goto(`${harbour.baseUrl}${path}`);
      await page.locator('main h1').waitFor();
      await settle();
      await capture(name);
    }
    // A rule's blanks are named, since there is no case here to fill them.
    await page.goto(`${harbour.baseUrl}/knowledge/remedies/vtip-trp`);
    await page.locator('main .slot', { hasText: '[the day it opens]' }).first().waitFor();
    expect(await page.locator('main').innerText()).not.toMatch(/\{[a-zA-Z0-9]+\}/);
    await page.goto(`${harbour.baseUrl}/knowledge/report`);
    await page.locator('.badge--unverified').first().waitFor();
    await expect.poll(() => page.locator('.tag--reviewed, .tag--not-yet-reviewed').count()).toBeGreaterThan(0);
    // The share of official text a program checked against the Justice Canada XML is shown, not only counted.
    expect(Number(await page.locator('tfoot td[data-label="Machine-checked"]').innerText())).toBeGreaterThan(0);
    // Dates that are not research say so, and are counted as the command line counts them.
    const apiTotals = await page.evaluate(async () => {
      const response = await fetch('/api/knowledge/report', { headers: { accept: 'application/json' } });
      return ((await response.json()) as { totals: { starts: { notResearched: number }; reviewNotRecorded: number } }).totals;
    });
    expect(Number(await page.locator('tfoot td[data-label="Start not researched"]').innerText())).toBe(apiTotals.starts.notResearched);
    expect(Number(await page.locator('tfoot td[data-label="Review date not recorded"]').innerText())).toBe(apiTotals.reviewNotRecorded);
    await page.getByText(/^Dates: \d+ of \d+ values say when they came into force/).waitFor();
    await switchLanguage('fr');
    await page.locator('.badge--unverified', { hasText: 'Non vérifié' }).first().waitFor();
    await page.locator('thead abbr', { hasText: 'Vérifié par programme' }).waitFor();
    await page.locator('thead abbr', { hasText: 'Date de révision non consignée' }).waitFor();
    await capture('knowledge-report');
    // A province's values read as sentences in French too: no field name or code from its data file.
    await page.goto(`${harbour.baseUrl}/knowledge/jurisdictions/QC`);
    await page.getByRole('heading', { level: 2, name: 'Normes du travail : délai' }).waitFor();
    const quebec = (await page.locator('main').innerText()).replace(/\s+/g, ' ');
    expect(quebec).toContain('Délai 12 mois');
    expect(quebec).toContain('Point de départ le jour où le salaire était dû');
    expect(quebec).toContain('Accès selon le statut d’immigration');
    for (const raw of ['months', 'trigger', 'wagesDue', 'byStatus', 'maxDollars', 'policeReportRequired', 'ineligible', 'work-permit'])
      expect(quebec, raw).not.toContain(raw);
    await capture('knowledge-jurisdiction-fr');
    await switchLanguage('en');
  }, 120_000);

  it('raised no script errors and no content-security-policy violations', () => {
    expect(browser.problems).toEqual([]);
  });
});
