import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseFacts } from '../../src/core/contract';
import { launchBrowser, type E2EBrowser } from '../support/e2e-browser';
import { axeOnce, counselOnlyStrings, daysFromToday, expectCleanLegalScreen, readPerson, readSituation, settle, switchLanguage } from '../support/e2e-journeys';
import { ensureWebBuild } from '../support/e2e-server';
import { apiCall, signInAs, startDemoHarbour, type DemoHarbour, type DemoPerson } from '../support/e2e-legal';

// The same case seen from inside the clinic by people who are not its lawyer: a support worker
// and a legal worker on the team, who work on the screening but must never meet the counsel-only
// sex-industry answer (not in a form, not in the remedies or the plan, not anywhere in the page),
// and the organisation's administrator, who must not see the narrative at all and is offered
// emergency access instead, calmly.

let harbour: DemoHarbour;
let browser: E2EBrowser;
let page: Page;
let axe: (name: string) => Promise<void>;
let code = '';
let secrets: string[] = [];
let exported: CaseFacts;
const who = (prefix: string): DemoPerson => harbour.people.find((p) => p.email.startsWith(prefix))!;
const api = <T = unknown>(method: 'GET' | 'POST' | 'PUT', path: string, body?: unknown) => apiCall<T>(page, harbour.baseUrl, method, path, body);
const goto = async (path: string) => {
  await page.goto(`${harbour.baseUrl}${path}`);
  await settle(page);
};

const story = 'À l’aéroport Pearson, M. Robles lui a pris son passeport « pour le garder en sécurité ».';
const sittingNote = 'Elle parle tagalog avec sa sœur Ligaya ; ne jamais appeler le dimanche.';
const sector = 'Soins à domicile — aide familiale résidente, Brampton';

/** The screens a team member reaches for this case, each with what shows it is drawn. */
const SCREENS = [
  ['', 'overview', 'main h1'],
  ['story', 'story', 'main h2'],
  ['screening?view=person', 'screening-person', 'select[name=ageBand]'],
  ['screening?view=preliminary', 'screening-preliminary', 'select[name=sitting]'],
  ['screening?view=result', 'screening-result', '[data-dimension]'],
  ['remedies', 'remedies', 'article.remedy'],
  ['plan', 'plan', '#plan-heading'],
] as const;

/** Every screen, in both languages: no counsel-only sentence in what is shown nor in the HTML. */
async function expectNoCounselOnlyAnywhere(role: string): Promise<void> {
  for (const lang of ['en', 'fr'] as const) {
    for (const [path, name, ready] of SCREENS) {
      await goto(`/cases/${code}${path ? `/${path}` : ''}`);
      await switchLanguage(page, lang);
      await page.locator(ready).first().waitFor();
      await settle(page);
      const html = await page.content();
      const leaked = secrets.filter((s) => html.includes(s));
      expect(leaked, `${role} on ${name} (${lang})`).toEqual([]);
      expect(await page.locator('select[name=sexIndustryWork]').count()).toBe(0);
      await expectCleanLegalScreen(page, `${role} ${name} (${lang})`);
      await axe(name); // once per screen and language: the second role sees the same screens
    }
  }
  await switchLanguage(page, 'en');
}

beforeAll(async () => {
  ensureWebBuild();
  [harbour, browser] = await Promise.all([startDemoHarbour(), launchBrowser()]);
  page = browser.page;
  page.setDefaultTimeout(15_000);
  axe = axeOnce(page);

  // The lawyer's side is walked through the UI in journeys-lawyer; here it is set up through the API.
  await signInAs(page, harbour.baseUrl, who('dana.'));
  code = (await api<{ case: { code: string } }>('POST', '/api/cases', { province: 'ON', languages: ['tl', 'es'], interpreterNeeded: true })).case.code;
  const { sitting } = await api<{ sitting: { id: string } }>('POST', `/api/cases/${code}/sittings`, {
    heldOn: daysFromToday(-3),
    durationMinutes: 75,
    mode: 'in-person',
    couldSpeakFreely: 'yes',
    topicsCovered: [],
    interpreter: { language: 'tl', name: 'Mariñel Santos-Ibáñez' },
    note: sittingNote,
    noteCompartment: 'team',
  });
  await api('POST', `/api/cases/${code}/fragments`, {
    text: story,
    source: 'client',
    compartment: 'team',
    tags: [],
    sittingId: sitting.id,
    time: { label: 'mars 2023' },
  });
  await api('PUT', `/api/cases/${code}/facts`, {
    person: {
      ageBand: 'adult',
      immigrationStatus: 'work-permit-employer-specific',
      permitExpiry: daysFromToday(50),
      inCanadaSince: '2023-03-14',
      criminalCharges: 'no',
      relationshipBasedStatus: 'no',
      dependants: true,
      sexIndustryWork: 'yes',
    },
    contexts: ['labour', 'domestic-servitude'],
    exploiters: ['employer', 'recruiter-or-agent'],
    sector,
    goals: ['safety', 'stay-in-canada', 'recover-wages'],
    events: { employmentEnded: daysFromToday(-40), lastCrimeAgainstPerson: daysFromToday(-45) },
  });
  for (const stage of ['preliminary', 'full'] as const) {
    for (let round = 0; round < 12; round += 1) {
      const { questions } = await api<{ questions: { fact: string; phase: string }[] }>('GET', `/api/cases/${code}/questions?stage=${stage}`);
      if (questions.length === 0) break;
      await api('PUT', `/api/cases/${code}/facts`, {
        answers: questions.map((q, i) => ({ id: q.fact, phase: q.phase, answer: i % 4 === 2 ? 'no' : 'yes', sittingId: sitting.id })),
      });
    }
  }
  await api('POST', `/api/cases/${code}/consents`, {
    kind: 'explanation',
    purposes: ['generate-document'],
    language: 'tl',
    interpreter: 'Mariñel Santos-Ibáñez',
  });
  await api('POST', `/api/cases/${code}/consents`, {
    kind: 'consent',
    purpose: 'generate-document',
    scope: ['immigration', 'employment'],
    givenHow: 'verbal',
    language: 'tl',
  });
  exported = await api<CaseFacts>('GET', `/api/cases/${code}/facts/export`);
  secrets = counselOnlyStrings(exported);
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await harbour?.stop();
});

describe('the case seen by the people on its team', () => {
  it('lets the responsible lawyer add a support worker and a supervised legal worker on the team tab', async () => {
    await goto(`/cases/${code}/team`);
    for (const [name, role] of [
      ['Sam Demo', 'support-worker'],
      ['Lou Demo', 'legal-worker'],
    ] as const) {
      await settle(page);
      const option = page.locator('select[name=userId] option', { hasText: name });
      await page.locator('select[name=userId]').selectOption((await option.getAttribute('value'))!);
      await page.locator('select[name=teamRole]').selectOption(role);
      if (role === 'legal-worker') {
        await page.locator('select[name=supervisedBy] option', { hasText: 'Dana Demo' }).waitFor({ state: 'attached' });
        await page.locator('select[name=supervisedBy]').selectOption({ label: 'Dana Demo (lawyer)' });
      }
      await axe('team');
      await page.getByRole('button', { name: 'Add to the team' }).click();
      await expect
        .poll(async () => (await api<{ team: { displayName: string }[] }>('GET', `/api/cases/${code}/team`)).team.some((m) => m.displayName.startsWith(name)))
        .toBe(true);
      // The form is ready for the next person once the one just added has left the list.
      await option.waitFor({ state: 'detached' });
      await expect.poll(() => page.locator('select[name=userId]').inputValue()).toBe('');
      await settle(page);
    }
  }, 90_000);

  it('shows the lawyer the counsel-only answer and what follows from it, so its absence below means something', async () => {
    expect(exported.person.sexIndustryWork).toBe('yes');
    expect(secrets.length).toBeGreaterThan(6);
    await goto(`/cases/${code}/screening?view=person`);
    expect(await page.locator('select[name=sexIndustryWork]').inputValue()).toBe('yes');
    await goto(`/cases/${code}/remedies`);
    await page.locator('article.remedy').first().waitFor();
    await settle(page);
    const html = await page.content();
    expect(secrets.filter((s) => html.includes(s)).length, 'counsel-only sentences on the lawyer’s remedies page').toBeGreaterThan(0);
  }, 60_000);

  it('never shows a support worker the sex-industry answer: not in the form, the remedies, the plan, nor the page HTML, in English or French', async () => {
    await signInAs(page, harbour.baseUrl, who('sam.'));
    const { facts } = await api<{ facts: { person: Record<string, unknown>; sector?: string } }>('GET', `/api/cases/${code}/facts`);
    expect(facts.person).not.toHaveProperty('sexIndustryWork');
    await expectNoCounselOnlyAnywhere('support-worker');
    // The rest of the screening is there for the support worker to work with.
    await goto(`/cases/${code}/screening?view=person`);
    expect(await readPerson(page)).toMatchObject({ immigrationStatus: 'work-permit-employer-specific', inCanadaSince: '2023-03-14', dependants: 'yes' });
    expect((await readSituation(page)).sector).toBe(sector);
    expect(await page.locator('main').innerText()).toContain('Safety');
  }, 240_000);

  it('keeps the lawyer’s counsel-only answer when a support worker saves the person’s details', async () => {
    await goto(`/cases/${code}/screening?view=person`);
    await page.locator('select[name=criminalCharges]').selectOption('unknown');
    await page.getByRole('button', { name: 'Save the person’s details' }).click();
    await page
      .locator('form', { has: page.locator('select[name=ageBand]') })
      .getByText('Saved.')
      .waitFor();
    await signInAs(page, harbour.baseUrl, who('dana.'));
    const { facts } = await api<{ facts: { person: Record<string, unknown>; goals: string[] } }>('GET', `/api/cases/${code}/facts`);
    expect(facts.person).toMatchObject({ sexIndustryWork: 'yes', criminalCharges: 'unknown', dependants: true });
    expect(facts.goals).toEqual(['safety', 'stay-in-canada', 'recover-wages']);
  }, 90_000);

  it('lets a legal worker correct and record screening answers but never shows them the sex-industry answer either', async () => {
    await signInAs(page, harbour.baseUrl, who('lou.'));
    await expectNoCounselOnlyAnywhere('legal-worker');
    // The legal worker corrects a recorded answer in the table: it is kept, and so is the situation.
    await goto(`/cases/${code}/screening?view=full`);
    const before = (await api<{ facts: { answers: { id: string; answer: string; sittingId?: string }[]; goals: string[] } }>('GET', `/api/cases/${code}/facts`))
      .facts;
    await page.locator('.answers-table tbody tr').first().locator('select[name=recordedAnswer]').selectOption('unknown');
    await expect
      .poll(async () => (await api<{ facts: { answers: { answer: string }[] } }>('GET', `/api/cases/${code}/facts`)).facts.answers[0]?.answer)
      .toBe('unknown');
    // A question still open is answered on its card too.
    const card = page.locator('li.question').first();
    if (await card.count()) {
      await card.locator('input[type=radio][value=declined]').check();
      await card.getByRole('button', { name: 'Save answer' }).click();
      await expect
        .poll(async () => (await api<{ facts: { answers: unknown[] } }>('GET', `/api/cases/${code}/facts`)).facts.answers.length)
        .toBe(before.answers.length + 1);
    }
    const after = (await api<{ facts: { goals: string[]; sector?: string } }>('GET', `/api/cases/${code}/facts`)).facts;
    expect(after).toMatchObject({ goals: before.goals, sector });
  }, 240_000);

  const BREAK_GLASS_REASON = 'form:has(input[name=hours]) textarea[name=reason]';

  it('shows an organisation administrator off the team the calm “closed to you” page with emergency access, and nothing of the narrative', async () => {
    await signInAs(page, harbour.baseUrl, who('admin@'));
    for (const path of ['', '/story', '/screening?view=person', '/remedies', '/plan', '/sittings']) {
      await goto(`/cases/${code}${path}`);
      await page.getByRole('heading', { name: `Case ${code} is closed to you` }).waitFor();
      await axe('closed-to-you');
      const html = await page.content();
      for (const secret of [story, sittingNote, sector, 'Mariñel', ...secrets]) expect(html, `admin on ${path || 'overview'}`).not.toContain(secret);
      expect(await page.locator('main .notice--problem').count(), 'no alarm for a refusal that is the rule').toBe(0);
      await page.getByRole('button', { name: 'Open emergency access' }).waitFor();
      // The emergency-access form; the reassignment form is shown only when the server would hand the case on (not while its lawyer is active).
      expect(await page.locator(BREAK_GLASS_REASON).count()).toBe(1);
    }
    await switchLanguage(page, 'fr');
    await page.getByRole('heading', { name: `Le dossier ${code} ne vous est pas ouvert` }).waitFor();
    await axe('closed-to-you');
    expect(await page.locator('main').innerText()).not.toMatch(/\bbreakGlass\.|\bcases\./);
    await switchLanguage(page, 'en');
    const refused = await page.request.get(`${harbour.baseUrl}/api/cases/${code}/facts`);
    expect(refused.status()).toBe(403);
  }, 120_000);

  it('after emergency access, shows the administrator the case under a visible notice, still without the counsel-only answer', async () => {
    await goto(`/cases/${code}`);
    await page.locator(BREAK_GLASS_REASON).fill('La cliente a appelé en détresse ; l’avocate Dana est injoignable ce soir.');
    await page.locator('input[name=hours]').fill('2');
    await page.getByRole('button', { name: 'Open emergency access' }).click();
    await page.locator('.break-glass-notice').waitFor();
    await axe('case-under-break-glass');
    await goto(`/cases/${code}/screening?view=person`);
    await page.locator('select[name=ageBand]').waitFor();
    const html = await page.content();
    expect(secrets.filter((s) => html.includes(s))).toEqual([]);
  }, 90_000);

  it('raised no script errors and no content-security-policy violations', () => {
    expect(browser.problems).toEqual([]);
  });
});
