import type { Page, Response as PageResponse } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actAs, callAs, setUpCasePeople, startOntarioCaseInBrowser, type ApiPerson, type CaseTeamPeople } from '../support/e2e-cases';
import { launchBrowser, seriousViolations, type E2EBrowser } from '../support/e2e-browser';
import { ensureWebBuild, startHarbour, type HarbourServer } from '../support/e2e-server';
import { switchLanguage } from '../support/e2e-journeys';

// Issue 18, item 6, in English and French: a person is offered only the buttons their role can
// use. A support worker on the case team visits every tab of the case: nothing there asks for what
// the server refuses a support worker (src/core/access/policy.ts: changing the case's details or
// safe contact, recording consents or overrides, staffing the team, the activity log, closing or
// deleting, and the options sheet, which needs what recording consents needs), and no page asks
// the server for something it refuses. What a support worker may do is still offered (adopting a
// plan, saving the facts). An administrator outside the team is offered no work on the case, nor
// the reassignment the server refuses while the case's responsible lawyer is working.

let server: HarbourServer;
let browser: E2EBrowser;
let page: Page;
let people: CaseTeamPeople;
let caseCode = '';
const LANGS = ['en', 'fr'] as const;
type Lang = (typeof LANGS)[number];

const main = () => page.locator('main');
const caseTabs = () => page.getByRole('navigation', { name: /Parts of this case|Parties du dossier/ });

async function call<T>(person: ApiPerson, method: string, path: string, body?: unknown): Promise<T> {
  return (await (await callAs(server.baseUrl, person, method, path, body)).json()) as T;
}

const useLanguage = (lang: Lang) => switchLanguage(page, lang);

async function settled(): Promise<void> {
  await page.locator('main .loading').first().waitFor({ state: 'detached' });
}

/** The names of the buttons and links the main part of the page offers, outside the tab bar. */
async function offered(): Promise<string[]> {
  return main()
    .locator('button, a[href], input[type=submit]')
    .evaluateAll((els) =>
      els
        .filter((el) => !el.closest('nav') && (el as HTMLElement).offsetParent !== null)
        .map((el) => (el.getAttribute('aria-label') ?? el.textContent ?? (el as HTMLInputElement).value ?? '').replace(/\s+/g, ' ').trim()),
    );
}

/** What the server refuses a support worker, in the words of the buttons that would ask for it. */
const REFUSED: Record<Lang, RegExp[]> = {
  en: [
    /^Change province, languages or interpreter/,
    /^(Change|Record) safe contact/,
    /^Record an explanation, consent or refusal/,
    /^Record the explanation now/,
    /^Record a decision to act without consent/,
    /^Add to the team/,
    /^Remove$/,
    /^Produce the options sheet/,
    /^Close the case/,
    /^Delete for good/,
  ],
  fr: [
    /^Modifier la province, les langues ou l’interprète/,
    /^(Modifier|Consigner) le contact sécuritaire/,
    /^Consigner une explication, un consentement ou un refus/,
    /^Consigner l’explication maintenant/,
    /^Consigner une décision d’agir sans consentement/,
    /^Ajouter à l’équipe/,
    /^Retirer$/,
    /^Produire la fiche des options/,
    /^Fermer le dossier/,
    /^Supprimer définitivement/,
  ],
};

// Both languages' words, so a screen caught between languages cannot slip through.
const ANY_REFUSED = [...REFUSED.en, ...REFUSED.fr];

// What the server refuses an administrator outside the team on a case whose responsible lawyer is
// working (src/core/access/reassign.ts): handing the case on, in either language.
const REFUSED_TO_ADMIN = [...ANY_REFUSED, /^Reassign the case/, /^Réattribuer le dossier/];

beforeAll(async () => {
  ensureWebBuild();
  [server, browser] = await Promise.all([startHarbour(), launchBrowser()]);
  page = browser.page;
  page.setDefaultTimeout(15_000);
  people = await setUpCasePeople(server.baseUrl, server.setupUrl);
  await actAs(browser.context, server.baseUrl, people.lawyer);
  caseCode = await startOntarioCaseInBrowser(page, server.baseUrl);
  // Facts whose plans differ (as tests/e2e/plan-choices.test.ts), so the plan tab has choices.
  await call(people.lawyer, 'PUT', `/api/cases/${caseCode}/facts`, {
    person: { ageBand: 'adult', immigrationStatus: 'no-status' },
    exploiters: ['employer'],
    contexts: ['labour'],
    answers: [
      { id: 'documents-confiscated', phase: 'destination', answer: 'yes' },
      { id: 'excessive-hours', answer: 'yes' },
      { id: 'low-or-no-pay', answer: 'yes' },
    ],
    events: { employmentEnded: '2026-09-30' },
    goals: ['stay-in-canada', 'recover-wages'],
  });
  for (const purpose of ['contact-police', 'contact-immigration-authorities', 'name-employer-in-complaint']) {
    await call(people.lawyer, 'POST', `/api/cases/${caseCode}/consents`, { kind: 'explanation', purposes: [purpose], language: 'es' });
    await call(people.lawyer, 'POST', `/api/cases/${caseCode}/consents`, {
      kind: 'consent',
      purpose,
      scope: ['employment'],
      givenHow: 'written',
      language: 'es',
    });
  }
  const { people: candidates } = await call<{ people: { id: string; displayName: string }[] }>(people.lawyer, 'GET', `/api/cases/${caseCode}/team/candidates`);
  const sam = candidates.find((p) => p.displayName === people.supportWorker.displayName)!;
  await call(people.lawyer, 'POST', `/api/cases/${caseCode}/team`, { userId: sam.id, teamRole: 'support-worker' });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('only the buttons a role can use (item 6)', () => {
  it.each(LANGS)(
    'offers a support worker on the team nothing the server would refuse, on any tab of the case (%s)',
    async (lang) => {
      await actAs(browser.context, server.baseUrl, people.supportWorker);
      const refusedByServer: string[] = [];
      const onResponse = (response: PageResponse) => {
        if (response.url().includes('/api/') && response.status() === 403)
          refusedByServer.push(`${response.request().method()} ${new URL(response.url()).pathname}`);
      };
      page.on('response', onResponse);
      await page.goto(`${server.baseUrl}/cases/${caseCode}`);
      await useLanguage(lang);
      await caseTabs().waitFor();
      const tabs = await caseTabs()
        .getByRole('link')
        .evaluateAll((links) => links.map((a) => ({ name: (a.textContent ?? '').trim(), href: a.getAttribute('href') ?? '' })));
      const hrefs = tabs.map((tab) => tab.href.replace(`/cases/${caseCode}`, '') || '/');
      // The keeping of the file a support worker has no part in is not even a tab.
      expect(hrefs).not.toContain('/activity');
      expect(hrefs).not.toContain('/closing');
      expect(hrefs).toEqual(expect.arrayContaining(['/', '/sittings', '/story', '/dates', '/consents', '/team', '/plan', '/screening']));

      const seen: Record<string, string[]> = {};
      for (const tab of tabs) {
        // A fresh load of each tab, so what is read is that tab's own content, fully loaded.
        await page.goto(`${server.baseUrl}${tab.href}`, { waitUntil: 'networkidle' });
        await main().locator('h2').first().waitFor();
        await settled();
        const names = await offered();
        seen[tab.href] = names;
        for (const name of names) for (const refused of ANY_REFUSED) expect(name, `${tab.name}: "${name}"`).not.toMatch(refused);
        expect(await seriousViolations(page), `${tab.name} for a support worker (${lang})`).toEqual([]);
      }
      // What a support worker may do is still offered: adopting a plan, saving the facts.
      const plan = seen[`/cases/${caseCode}/plan`]!;
      expect(
        plan.some((name) => (lang === 'en' ? /^Adopt/ : /^Adopter/).test(name)),
        plan.join(' | '),
      ).toBe(true);
      expect(plan.some((name) => (lang === 'en' ? /^Save the tolerance for risk/ : /^Enregistrer la tolérance au risque/).test(name))).toBe(true);
      // The options sheet needs what recording consents needs: the plan tab says who produces it.
      await page.goto(`${server.baseUrl}/cases/${caseCode}/plan`, { waitUntil: 'networkidle' });
      await main()
        .getByText(
          lang === 'en'
            ? /The options sheet is produced by whoever records the client’s consents/
            : /La fiche des options est produite par qui consigne les consentements/,
        )
        .waitFor();
      page.off('response', onResponse);
      expect(refusedByServer).toEqual([]);
      expect(browser.problems).toEqual([]);
    },
    240_000,
  );

  it.each(LANGS)(
    'offers an administrator outside the team no work on the case (%s)',
    async (lang) => {
      await actAs(browser.context, server.baseUrl, people.admin);
      for (const path of ['', '/sittings', '/plan', '/consents', '/closing']) {
        // The page asks the server whether the case can be handed on before it offers the form.
        const asked = page.waitForResponse((r) => r.request().method() === 'GET' && new URL(r.url()).pathname === `/api/cases/${caseCode}/reassign`);
        await page.goto(`${server.baseUrl}/cases/${caseCode}${path}`);
        if (!path) {
          await useLanguage(lang);
          await main()
            .getByRole('heading', { level: 1, name: lang === 'en' ? `Case ${caseCode} is closed to you` : `Le dossier ${caseCode} ne vous est pas ouvert` })
            .waitFor();
        }
        await main().locator('h1').waitFor();
        await settled();
        // Its responsible lawyer is working: the server says no, and once that answer is drawn, no form.
        expect(await (await asked).json(), path).toEqual({ reassignable: false });
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve))));
        expect(await caseTabs().count(), path).toBe(0);
        expect(await main().locator('select[name=userId], #reassign-heading').count(), path).toBe(0);
        const names = await offered();
        for (const name of names) for (const refused of REFUSED_TO_ADMIN) expect(name, `${path}: "${name}"`).not.toMatch(refused);
        // What an administrator outside the team may still ask for: emergency access.
        expect(names, path).toContain(lang === 'en' ? 'Open emergency access' : 'Ouvrir l’accès d’urgence');
      }
      expect(await seriousViolations(page), `case closed to an administrator (${lang})`).toEqual([]);
      expect(browser.problems).toEqual([]);
    },
    60_000,
  );
});
