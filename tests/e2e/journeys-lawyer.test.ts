import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDay } from '../../src/core/dates/format';
import { launchBrowser, type E2EBrowser } from '../support/e2e-browser';
import {
  answerAll,
  axeOnce,
  daysFromToday,
  expectCleanLegalScreen,
  fillPerson,
  fillSituation,
  photograph,
  readPerson,
  readSituation,
  settle,
  switchLanguage,
  type PersonAnswers,
  type SituationAnswers,
} from '../support/e2e-journeys';
import { ensureWebBuild } from '../support/e2e-server';
import { apiCall, signInAs, startDemoHarbour, type DemoHarbour } from '../support/e2e-legal';

// A lawyer's first real case, walked the way a lawyer walks it: the case opened through the form,
// a first sitting recorded on the sittings tab, every screening field typed in, the questions
// answered over two sittings chosen in the sitting picker, the page reloaded, an answer changed,
// then the remedies and the plan read in English and in French and held against `harbour assess`.
// (2,574 green tests once let "any date breaks the screening" and "saving an answer erases the
// goals" reach a lawyer; this file is what would have caught both.)

let harbour: DemoHarbour;
let browser: E2EBrowser;
let page: Page;
let axe: (name: string) => Promise<void>;
let code = '';
const firstSittingOn = daysFromToday(-7);

const person: PersonAnswers = {
  ageBand: 'adult',
  immigrationStatus: 'work-permit-employer-specific',
  permitExpiry: daysFromToday(40),
  removalState: 'order-issued',
  removalDate: daysFromToday(-20),
  inCanadaSince: '2021-05-09',
  priorClaim: 'rejected',
  priorClaimDate: daysFromToday(-400),
  entryDate0: '2021-05-09',
  entryVia0: 'air',
  entryDate1: '2023-08-21',
  entryVia1: 'land-from-us-at-port',
  refugeeHistoryAbroad: 'none',
  prraState: 'refused',
  prraDate: daysFromToday(-200),
  maintainedStatus: 'no',
  witnessInProceedings: 'yes',
  designatedForeignNational: 'no',
  criminalCharges: 'no',
  relationshipBasedStatus: 'no',
  sexIndustryWork: 'yes',
  dependants: 'yes',
};

const situation: SituationAnswers = {
  contexts: ['labour', 'sexual'],
  exploiters: ['employer', 'recruiter-or-agent'],
  sector: 'Agriculture — serres de tomates, Leamington (Ontario)',
  goals: ['safety', 'stay-in-canada', 'recover-wages', 'keep-working'],
  events: {
    employmentEnded: daysFromToday(-66),
    lastDiscriminationIncident: daysFromToday(-70),
    lastCrimeAgainstPerson: daysFromToday(-68),
    hcRefused: daysFromToday(-6),
    prraRefused: daysFromToday(-200),
  },
};

const api = <T = unknown>(method: 'GET' | 'POST' | 'PUT', path: string, body?: unknown) => apiCall<T>(page, harbour.baseUrl, method, path, body);
const goto = async (path: string) => {
  await page.goto(`${harbour.baseUrl}${path}`);
  await settle(page);
};
interface Facts {
  person: Record<string, unknown>;
  goals: string[];
  contexts: string[];
  exploiters: string[];
  sector?: string;
  events: Record<string, string>;
  answers: { id: string; phase?: string; answer: string; sittingId?: string }[];
}
const facts = async () => (await api<{ facts: Facts }>('GET', `/api/cases/${code}/facts`)).facts;
const sittings = async () => (await api<{ sittings: { id: string; heldOn: string }[] }>('GET', `/api/cases/${code}/sittings`)).sittings;

beforeAll(async () => {
  ensureWebBuild();
  [harbour, browser] = await Promise.all([startDemoHarbour(), launchBrowser()]);
  page = browser.page;
  page.setDefaultTimeout(15_000);
  axe = axeOnce(page);
  await signInAs(
    page,
    harbour.baseUrl,
    harbour.people.find((p) => p.email.startsWith('dana.'))!,
  );
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await harbour?.stop();
});

describe('a lawyer’s first real case, in the browser', () => {
  it('opens a case for a Tagalog- and Spanish-speaking client through the new-case form and records the first sitting on the sittings tab', async () => {
    await goto('/cases/new');
    await axe('new-case');
    await page.locator('select[name=province]').selectOption('ON');
    await page.locator('input[name=languages][value=tl]').check();
    await page.locator('input[name=languages][value=es]').check();
    await page.locator('select[name=otherLanguage]').selectOption('ceb');
    await page.getByRole('button', { name: 'Add this language' }).click();
    await page.locator('input[name=interpreterNeeded][value=yes]').check();
    await page.getByRole('button', { name: 'Start the case' }).click();
    await page.waitForURL(/\/cases\/[A-Z0-9-]+$/);
    code = new URL(page.url()).pathname.split('/').pop()!;
    expect(code).toMatch(/^[A-Z0-9-]{4,}$/);

    await goto(`/cases/${code}/sittings`);
    await page.locator('#add-sitting').click();
    await page.locator('input[name=heldOn]').fill(firstSittingOn);
    await page.locator('input[name=durationMinutes]').fill('90');
    await page.locator('input[name=mode][value=in-person]').check();
    await page.locator('textarea[name=present]').fill('María José Dela Cruz\nJoaquín Núñez (travailleur de soutien)');
    await page.locator('input[name=interpreterUsed]').setChecked(true);
    await page.locator('select[name=interpreterLanguage]').selectOption('tl');
    await page.locator('input[name=interpreterName]').fill('Mariñel Santos-Ibáñez');
    await page.locator('input[name=couldSpeakFreely][value=yes]').check();
    await page
      .locator('textarea[name=note]')
      .fill('Première rencontre : elle a apporté son permis de travail et ses talons de paie. Ne pas appeler après 18 h.');
    await axe('sitting-form');
    await page.getByRole('button', { name: 'Save sitting' }).click();
    await page.locator('.case-announcer .notice').filter({ hasText: 'Sitting saved.' }).waitFor();
    expect((await sittings()).map((s) => s.heldOn)).toEqual([firstSittingOn]);
  }, 120_000);

  it('records every field of the person and situation steps, the counsel-only answer included', async () => {
    await goto(`/cases/${code}/screening?view=person`);
    await fillPerson(page, person, { counsel: true });
    await axe('screening-person');
    await page.getByRole('button', { name: 'Save the person’s details' }).click();
    await page
      .locator('form', { has: page.locator('select[name=ageBand]') })
      .getByText('Saved.')
      .waitFor();
    await fillSituation(page, situation);
    await page.getByRole('button', { name: 'Save situation and goals' }).click();
    await page
      .locator('form', { has: page.locator('input[name=contexts]') })
      .getByText('Saved.')
      .waitFor();

    const stored = await facts();
    expect(stored.person).toMatchObject({
      ageBand: 'adult',
      immigrationStatus: person.immigrationStatus,
      permitExpiry: person.permitExpiry,
      removal: { state: 'order-issued', date: person.removalDate },
      inCanadaSince: person.inCanadaSince,
      priorRefugeeClaim: { outcome: 'rejected', date: person.priorClaimDate },
      entries: [
        { date: person.entryDate0, via: person.entryVia0 },
        { date: person.entryDate1, via: person.entryVia1 },
      ],
      refugeeHistoryAbroad: 'none',
      prra: { state: 'refused', date: person.prraDate },
      maintainedStatus: 'no',
      witnessInProceedings: 'yes',
      designatedForeignNational: 'no',
      criminalCharges: 'no',
      relationshipBasedStatus: 'no',
      sexIndustryWork: 'yes',
      dependants: true,
    });
    expect(stored).toMatchObject({
      contexts: situation.contexts,
      exploiters: situation.exploiters,
      sector: situation.sector,
      goals: situation.goals,
      events: situation.events,
    });
  }, 90_000);

  it('adds a goal on the situation step with the keyboard alone, and focus stays on the save button with “Saved.” announced', async () => {
    await goto(`/cases/${code}/screening?view=person`);
    const form = page.locator('form', { has: page.locator('input[name=contexts]') });
    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLInputElement | null;
        return { tag: el?.tagName ?? '', name: el?.getAttribute('name') ?? '', value: el?.value ?? '', text: el?.textContent?.trim() ?? '' };
      });
    // From the sector field on, only the keyboard.
    await form.locator('input[name=sector]').focus();
    for (let i = 0; i < 12 && (await focused()).value !== 'accountability'; i += 1) await page.keyboard.press('Tab');
    expect(await focused()).toMatchObject({ name: 'goals', value: 'accountability' });
    await page.keyboard.press('Space');
    for (let i = 0; i < 40 && (await focused()).text !== 'Save situation and goals'; i += 1) await page.keyboard.press('Tab');
    expect(await focused()).toMatchObject({ tag: 'BUTTON', text: 'Save situation and goals' });
    await page.keyboard.press('Enter');
    await form.getByText('Saved.').waitFor();
    expect(await form.locator('[role=status]').last().innerText()).toBe('Saved.');
    expect((await focused()).text).toBe('Save situation and goals');
    situation.goals = [...situation.goals, 'accountability'];
    expect((await facts()).goals).toEqual(situation.goals);
  }, 60_000);

  it('answers a preliminary question with the keyboard alone, and focus moves on to the next question', async () => {
    await goto(`/cases/${code}/screening?view=preliminary`);
    const [first] = await sittings();
    const picker = page.locator('select[name=sitting]');
    await picker.selectOption(first!.id);
    await axe('screening-preliminary');
    const card = page.locator('li.question').first();
    const ref = (await card.getAttribute('data-ref'))!;
    // From the sitting picker on, only the keyboard: Tab to the first answer, Space, Tab to save, Enter.
    await picker.focus();
    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLInputElement | null;
        return {
          tag: el?.tagName ?? '',
          type: el?.getAttribute('type') ?? '',
          text: el?.textContent?.trim() ?? '',
          card: el?.closest('li.question')?.getAttribute('data-ref') ?? null,
        };
      });
    for (let i = 0; i < 6 && (await focused()).type !== 'radio'; i += 1) await page.keyboard.press('Tab');
    expect(await focused()).toMatchObject({ type: 'radio', card: ref });
    await page.keyboard.press('Space');
    expect(await card.locator('input[type=radio][value=yes]').isChecked()).toBe(true);
    for (let i = 0; i < 4 && (await focused()).text !== 'Save answer'; i += 1) await page.keyboard.press('Tab');
    expect(await focused()).toMatchObject({ tag: 'BUTTON', text: 'Save answer', card: ref });
    await page.keyboard.press('Enter');
    await page.locator(`li.question[data-ref="${ref}"]`).waitFor({ state: 'detached' });
    await settle(page);
    // Not lost to the page's top: the next question is where the lawyer carries on.
    const next = await page.locator('li.question').first().getAttribute('data-ref');
    await expect.poll(async () => (await focused()).card, { timeout: 5_000 }).toBe(next);
    const after = await focused();
    expect(after.card, `focus after saving was on <${after.tag}> "${after.text.slice(0, 60)}"`).toBe(next);
    expect(after.type).toBe('radio');
    // And a screen reader hears that the answer was kept.
    expect(await page.locator('.question-list [role=status]').innerText()).toBe('Answer saved: Yes.');
    const saved = (await facts()).answers;
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({ answer: 'yes', sittingId: first!.id });
  }, 90_000);

  it('answers the rest of the preliminary questions at the first sitting', async () => {
    const [first] = await sittings();
    await page.locator('select[name=sitting]').selectOption(first!.id);
    const answered = await answerAll(page, ['yes', 'yes', 'no', 'yes', 'unknown', 'yes', 'declined']);
    expect(answered.length).toBeGreaterThan(3);
    await page.locator('.question-list .notice').waitFor();
    const stored = await facts();
    expect(stored.answers.every((a) => a.sittingId === first!.id)).toBe(true);
    expect(stored.answers.length).toBe(answered.length + 1);
  }, 240_000);

  it('answers the fuller questions at a second sitting recorded and picked in the sitting picker', async () => {
    await goto(`/cases/${code}/screening?view=full`);
    const before = (await facts()).answers.length;
    await page.getByRole('button', { name: 'Record today’s sitting' }).click();
    await page.locator('select[name=mode]').selectOption('phone');
    await page.locator('select[name=couldSpeakFreely]').selectOption('yes');
    await page.getByRole('button', { name: 'Record the sitting' }).click();
    await expect.poll(async () => (await sittings()).length).toBe(2);
    const second = (await sittings()).find((s) => s.heldOn !== firstSittingOn)!;
    await page.locator('select[name=sitting]').selectOption(second.id);
    await axe('screening-full');
    const answered = await answerAll(page, ['yes', 'yes', 'unknown', 'yes', 'no', 'yes'], { max: 80 });
    expect(answered.length).toBeGreaterThan(0);
    const stored = await facts();
    expect(stored.answers.length).toBe(before + answered.length);
    expect(stored.answers.filter((a) => a.sittingId === second.id)).toHaveLength(answered.length);
    // The situation and the goals typed earlier are untouched by dozens of answers.
    expect(stored).toMatchObject({ goals: situation.goals, contexts: situation.contexts, sector: situation.sector, events: situation.events });
  }, 400_000);

  it('keeps every screening field a lawyer typed across two sittings and a reload', async () => {
    await goto(`/cases/${code}/screening?view=person`);
    await page.reload();
    await settle(page);
    expect(await readPerson(page)).toEqual(person);
    expect(await readSituation(page)).toEqual(situation);
    await goto(`/cases/${code}/screening?view=full`);
    await page.reload();
    await settle(page);
    const stored = await facts();
    await expect.poll(() => page.locator('.answers-table tbody tr').count()).toBe(stored.answers.length);
    const dates = await page.locator('.answers-table tbody td[data-label="Sitting"]').allInnerTexts();
    expect(new Set(dates)).toEqual(new Set((await sittings()).map((s) => s.heldOn)));
  }, 90_000);

  it('keeps the client’s goals when an answer is changed after them', async () => {
    await goto(`/cases/${code}/screening?view=full`);
    const before = await facts();
    const index = before.answers.findIndex((a) => a.answer === 'yes');
    const changed = before.answers[index]!;
    // In the table of recorded answers, the lawyer corrects "yes" to "no" (a cleared fact the results
    // no longer need is never asked again, so clearing it would not do).
    const control = page.locator('.answers-table tbody tr').nth(index).locator('select[name=recordedAnswer]');
    expect(await control.inputValue()).toBe('yes');
    await control.selectOption('no');
    await expect.poll(async () => (await facts()).answers.find((a) => a.id === changed.id && a.phase === changed.phase)?.answer).toBe('no');
    await expect.poll(async () => (await facts()).answers.length).toBe(before.answers.length);
    const after = await facts();
    expect(after.answers.find((a) => a.id === changed.id && a.phase === changed.phase)).toMatchObject({ answer: 'no', sittingId: changed.sittingId });
    expect(after.goals).toEqual(situation.goals);
    expect(after).toMatchObject({ contexts: situation.contexts, exploiters: situation.exploiters, sector: situation.sector, events: situation.events });
    expect(after.person).toEqual(before.person);
    await goto(`/cases/${code}/screening?view=person`);
    expect((await readSituation(page)).goals).toEqual(situation.goals);
    expect(await readPerson(page)).toEqual(person);
  }, 90_000);

  it('shows the screening result, the remedies and the plan without an error or a raw key, in English and in French', async () => {
    for (const lang of ['en', 'fr'] as const) {
      for (const [path, name, ready] of [
        ['screening?view=result', 'screening-result', '[data-dimension]'],
        ['remedies', 'remedies', 'article.remedy'],
        ['plan', 'plan', '#plan-heading'],
      ] as const) {
        await goto(`/cases/${code}/${path}`);
        await switchLanguage(page, lang);
        await page.locator(ready).first().waitFor();
        await settle(page);
        await expectCleanLegalScreen(page, `${name} (${lang})`);
        await axe(name);
        await photograph(page, name);
        const text = await page.locator('main').innerText();
        if (lang === 'fr') {
          // French screens read in French: a few English headings that would betray a missing translation.
          for (const english of ['Risks for this client', 'Eligibility, and why', 'Recommended', 'Deadlines', 'Evidence needed', 'Screening'])
            expect(text, `${name}: "${english}" in French`).not.toContain(english);
        }
      }
    }
    await switchLanguage(page, 'en');
    // The refused H&C typed on the situation step opens a judicial-review deadline on the remedies tab.
    await goto(`/cases/${code}/remedies`);
    await page.locator('article.remedy').first().waitFor();
    expect(await page.locator('main').innerText()).toContain(formatDay(daysFromToday(9), 'en'));
  }, 180_000);

  it('shows the same legal result as `harbour assess` on the exported facts', async () => {
    await api('POST', `/api/cases/${code}/consents`, {
      kind: 'explanation',
      purposes: ['generate-document'],
      language: 'es',
      interpreter: 'Mariñel Santos-Ibáñez',
    });
    await api('POST', `/api/cases/${code}/consents`, {
      kind: 'consent',
      purpose: 'generate-document',
      scope: ['immigration', 'employment'],
      givenHow: 'verbal',
      language: 'es',
    });
    const exported = await api<{ person: Record<string, unknown>; events: Record<string, string>; sector?: string }>('GET', `/api/cases/${code}/facts/export`);
    expect(exported.person).toMatchObject({ sexIndustryWork: 'yes', inCanadaSince: person.inCanadaSince });
    expect(exported).toMatchObject({ sector: situation.sector, events: situation.events });
    const run = harbour.cli(['assess', '-'], JSON.stringify(exported));
    expect(run.status, run.stderr).toBe(0);
    const cli = JSON.parse(run.stdout) as {
      continuum: string;
      dimensions: { id: string; status: string }[];
      legalTests: { id: string; status: string }[];
      remedies: { id: string; eligibility: string }[];
      plan: { steps: { order: number; remedy: string }[]; awaitingDecision: { remedy: string }[]; excluded: { remedy: string }[] };
      flags: { id: string }[];
    };

    await goto(`/cases/${code}/screening?view=result`);
    await page.locator('[data-dimension]').first().waitFor();
    expect(await page.locator('.continuum [aria-current=step]').getAttribute('data-continuum')).toBe(cli.continuum);
    const pairs = (selector: string, id: string, status: string) =>
      page.locator(selector).evaluateAll((els, [i, s]) => els.map((e) => `${e.getAttribute(i!)}:${e.getAttribute(s!)}`), [id, status]);
    expect(await pairs('[data-dimension]', 'data-dimension', 'data-status')).toEqual(cli.dimensions.map((d) => `${d.id}:${d.status}`));
    expect(await pairs('[data-test]', 'data-test', 'data-status')).toEqual(cli.legalTests.map((t) => `${t.id}:${t.status}`));

    await goto(`/cases/${code}/remedies`);
    await page.locator('article.remedy').first().waitFor();
    expect((await pairs('[data-remedy]', 'data-remedy', 'data-eligibility')).sort()).toEqual(cli.remedies.map((r) => `${r.id}:${r.eligibility}`).sort());

    await goto(`/cases/${code}/plan`);
    await page.locator('#plan-heading').waitFor();
    await settle(page);
    const remediesIn = (selector: string) => page.locator(selector).evaluateAll((links) => links.map((a) => a.getAttribute('href')!.split('/').pop()));
    expect(await remediesIn('.plan-table tbody th a')).toEqual(cli.plan.steps.map((s) => s.remedy));
    expect(await remediesIn('section[aria-labelledby=awaiting-heading] h4 a')).toEqual(cli.plan.awaitingDecision.map((a) => a.remedy));
    expect(await remediesIn('section[aria-labelledby=excluded-heading] li a')).toEqual(cli.plan.excluded.map((e) => e.remedy));
    expect(cli.plan.steps.length + cli.plan.awaitingDecision.length, 'the plan proposes something for this client').toBeGreaterThan(0);
  }, 120_000);

  it('forgets the removal date when the lawyer corrects the removal to “no removal order”', async () => {
    await goto(`/cases/${code}/screening?view=person`);
    await page.locator('select[name=removalState]').selectOption('none');
    expect(await page.locator('input[name=removalDate]').count()).toBe(0);
    await page.getByRole('button', { name: 'Save the person’s details' }).click();
    await page
      .locator('form', { has: page.locator('select[name=ageBand]') })
      .getByText('Saved.')
      .waitFor();
    // A date no longer shown must not stay behind, unseen, in the facts the remedies are built on.
    expect((await facts()).person.removal).toEqual({ state: 'none' });
    await page.reload();
    await settle(page);
    expect(await page.locator('select[name=removalState]').inputValue()).toBe('none');
  }, 60_000);

  it('raised no script errors and no content-security-policy violations', () => {
    expect(browser.problems).toEqual([]);
  });
});
