import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { caseFactsSchema, type CaseFacts } from '../../src/core/contract';
import { evaluateRemedies } from '../../src/core/remedies';
import { screen } from '../../src/core/screening';
import enScreening from '../../src/web/locales/en/screening.json';
import frScreening from '../../src/web/locales/fr/screening.json';
import { seriousViolations } from './e2e-browser';

// Helpers for the journeys: a lawyer's (and the team's) way through a case, in the browser, the
// way people do it: typing into the screening forms, picking the sitting, reading the result.

/** What a lawyer records about the person on the screening's first step. */
export interface PersonAnswers {
  ageBand: 'adult' | 'minor' | 'unknown';
  immigrationStatus: string;
  permitExpiry: string;
  removalState: 'order-issued' | 'scheduled';
  removalDate: string;
  inCanadaSince: string;
  priorClaim: 'pending' | 'rejected' | 'accepted' | 'withdrawn';
  priorClaimDate: string;
  /** Two entries into Canada, typed newest first as people often remember them; saved oldest first. */
  entryDate0: string;
  entryVia0: string;
  entryDate1: string;
  entryVia1: string;
  refugeeHistoryAbroad: 'none' | 'claim-in-information-sharing-country' | 'recognized-as-refugee-elsewhere' | 'unknown';
  prraState: 'none' | 'pending' | 'refused' | 'allowed' | 'unknown';
  prraDate: string;
  maintainedStatus: 'yes' | 'no' | 'unknown';
  witnessInProceedings: 'yes' | 'no' | 'unknown';
  designatedForeignNational: 'yes' | 'no' | 'unknown';
  criminalCharges: 'yes' | 'no' | 'unknown';
  relationshipBasedStatus: 'yes' | 'no' | 'unknown';
  sexIndustryWork: 'yes' | 'no' | 'unknown';
  dependants: 'yes' | 'no' | 'unknown';
}

export interface SituationAnswers {
  contexts: string[];
  exploiters: string[];
  sector: string;
  goals: string[];
  events: Record<'employmentEnded' | 'lastDiscriminationIncident' | 'lastCrimeAgainstPerson' | 'hcRefused' | 'prraRefused', string>;
}

const PERSON_SELECTS = [
  'ageBand',
  'immigrationStatus',
  'removalState',
  'priorClaim',
  'entryVia0',
  'entryVia1',
  'refugeeHistoryAbroad',
  'prraState',
  'maintainedStatus',
  'witnessInProceedings',
  'designatedForeignNational',
  'criminalCharges',
  'relationshipBasedStatus',
  'sexIndustryWork',
  'dependants',
] as const;
const PERSON_DATES = ['permitExpiry', 'removalDate', 'inCanadaSince', 'priorClaimDate', 'entryDate0', 'entryDate1', 'prraDate'] as const;

/** Waits for the network to be quiet and every "Loading…" to be gone. */
export async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page
    .locator('.loading')
    .first()
    .waitFor({ state: 'detached', timeout: 15_000 })
    .catch(() => undefined);
}

/** Serious or critical axe violations of the screen, once per screen name and language. */
export function axeOnce(page: Page): (name: string) => Promise<void> {
  const seen = new Set<string>();
  return async (name: string) => {
    await settle(page);
    const lang = (await page.locator('html').getAttribute('lang')) ?? '?';
    if (seen.has(`${name}/${lang}`)) return;
    seen.add(`${name}/${lang}`);
    expect(await seriousViolations(page), `${name} (${lang})`).toEqual([]);
  };
}

/**
 * Puts a signed-in page in this language with the header's switch. A page opens in the language
 * last used on this device (perhaps by the person the test acted as before) until the session
 * arrives and the account's language is applied; read before that, the language is stale, and a
 * click on the switch, a toggle, would turn away from the language asked for and save that to the
 * account. So: first the signed-in header (the layout applies the account's language in the same
 * step), then a click only on a switch that offers this language.
 */
export async function switchLanguage(page: Page, to: 'en' | 'fr'): Promise<void> {
  await page
    .locator('header')
    .getByRole('button', { name: /^(Sign out|Se déconnecter)$/ })
    .waitFor();
  if ((await page.locator('html').getAttribute('lang')) === to) return;
  await page.locator(`header button.language-switch[lang="${to}"]`).click();
  await page.waitForFunction((lang) => document.documentElement.lang === lang, to);
}

/** Fills every field of the person step, as a lawyer would, one control at a time. */
export async function fillPerson(page: Page, p: PersonAnswers, { counsel }: { counsel: boolean }): Promise<void> {
  const form = page.locator('form', { has: page.locator('select[name=ageBand]') });
  await form.locator('select[name=ageBand]').selectOption(p.ageBand);
  await form.locator('select[name=immigrationStatus]').selectOption(p.immigrationStatus);
  await form.locator('input[name=permitExpiry]').fill(p.permitExpiry);
  await form.locator('select[name=removalState]').selectOption(p.removalState);
  await form.locator('input[name=removalDate]').fill(p.removalDate);
  await form.locator('input[name=inCanadaSince]').fill(p.inCanadaSince);
  await form.locator('select[name=priorClaim]').selectOption(p.priorClaim);
  await form.locator('input[name=priorClaimDate]').fill(p.priorClaimDate);
  // Typed newest first; the form saves them oldest first, so index 0 is read back as the older one.
  await form.getByRole('button', { name: /^(Add an entry|Ajouter une entrée)$/ }).click();
  await form.locator('input[name=entryDate0]').fill(p.entryDate1);
  await form.locator('select[name=entryVia0]').selectOption(p.entryVia1);
  await form.getByRole('button', { name: /^(Add an entry|Ajouter une entrée)$/ }).click();
  await form.locator('input[name=entryDate1]').fill(p.entryDate0);
  await form.locator('select[name=entryVia1]').selectOption(p.entryVia0);
  await form.locator('select[name=refugeeHistoryAbroad]').selectOption(p.refugeeHistoryAbroad);
  await form.locator('select[name=prraState]').selectOption(p.prraState);
  await form.locator('input[name=prraDate]').fill(p.prraDate);
  for (const name of ['maintainedStatus', 'witnessInProceedings', 'designatedForeignNational'] as const)
    await form.locator(`select[name=${name}]`).selectOption(p[name]);
  await form.locator('select[name=criminalCharges]').selectOption(p.criminalCharges);
  await form.locator('select[name=relationshipBasedStatus]').selectOption(p.relationshipBasedStatus);
  if (counsel) await form.locator('select[name=sexIndustryWork]').selectOption(p.sexIndustryWork);
  await form.locator('select[name=dependants]').selectOption(p.dependants);
}

/** What the person step shows now, field by field (absent fields are left out). */
export async function readPerson(page: Page): Promise<Partial<Record<keyof PersonAnswers, string>>> {
  const form = page.locator('form', { has: page.locator('select[name=ageBand]') });
  const shown: Partial<Record<keyof PersonAnswers, string>> = {};
  for (const name of PERSON_SELECTS) {
    const control = form.locator(`select[name=${name}]`);
    if (await control.count()) shown[name] = await control.inputValue();
  }
  for (const name of PERSON_DATES) {
    const control = form.locator(`input[name=${name}]`);
    if (await control.count()) shown[name] = await control.inputValue();
  }
  return shown;
}

export async function fillSituation(page: Page, s: SituationAnswers): Promise<void> {
  const form = page.locator('form', { has: page.locator('input[name=contexts]') });
  for (const group of ['contexts', 'exploiters', 'goals'] as const) {
    for (const box of await form.locator(`input[name=${group}]`).all()) {
      const wanted = s[group].includes((await box.getAttribute('value'))!);
      if ((await box.isChecked()) !== wanted) await box.setChecked(wanted);
    }
  }
  await form.locator('input[name=sector]').fill(s.sector);
  for (const [event, date] of Object.entries(s.events)) await form.locator(`input[name=${event}]`).fill(date);
}

export async function readSituation(page: Page): Promise<SituationAnswers> {
  const form = page.locator('form', { has: page.locator('input[name=contexts]') });
  const checked = (group: string) => form.locator(`input[name=${group}]:checked`).evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).value));
  const events = {} as SituationAnswers['events'];
  for (const event of ['employmentEnded', 'lastDiscriminationIncident', 'lastCrimeAgainstPerson', 'hcRefused', 'prraRefused'] as const)
    events[event] = await form.locator(`input[name=${event}]`).inputValue();
  return {
    contexts: await checked('contexts'),
    exploiters: await checked('exploiters'),
    sector: await form.locator('input[name=sector]').inputValue(),
    goals: await checked('goals'),
    events,
  };
}

export type Reply = 'yes' | 'no' | 'unknown' | 'declined';

/**
 * Answers every question the screen asks at this stage, in order, with `replies` used in turn;
 * returns the refs answered. Stops when the server has no question left (or after `max`).
 */
export async function answerAll(
  page: Page,
  replies: Reply[],
  { max = 60, saveLabel = /Save answer|Enregistrer la réponse/ } = {},
): Promise<{ ref: string; reply: Reply }[]> {
  const done: { ref: string; reply: Reply }[] = [];
  for (let i = 0; i < max; i += 1) {
    await settle(page);
    const card = page.locator('li.question').first();
    if ((await card.count()) === 0) break;
    const ref = (await card.getAttribute('data-ref'))!;
    const reply = replies[i % replies.length]!;
    await card.locator(`input[type=radio][value=${reply}]`).check();
    await card.getByRole('button', { name: saveLabel }).click();
    await page.locator(`li.question[data-ref="${ref}"]`).waitFor({ state: 'detached' });
    done.push({ ref, reply });
  }
  return done;
}

/** Fails on an error banner, an i18n key shown raw, or (in French) an English-only notice. */
export async function expectCleanLegalScreen(page: Page, what: string): Promise<void> {
  const main = page.locator('main');
  expect(await main.locator('[role=alert].notice--problem').count(), `${what}: error banner`).toBe(0);
  const text = await main.innerText();
  const raw = text.match(/\b(?:screening|remedies|planning|knowledge|cases|common)[.:][a-z][\w-]*(?:\.[\w-]+)*\b/g) ?? [];
  expect(raw, `${what}: raw i18n keys`).toEqual([]);
  expect(await main.locator('.notice--verify', { hasText: /English wording|libellé anglais/ }).count(), `${what}: fell back to English`).toBe(0);
}

/** Every string an assessment yields, deep. */
function stringsIn(value: unknown, into = new Set<string>()): Set<string> {
  if (typeof value === 'string') into.add(value);
  else if (Array.isArray(value)) value.forEach((v) => stringsIn(v, into));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => stringsIn(v, into));
  return into;
}

/**
 * Sentences that exist only because of the counsel-only sex-industry answer, in English and
 * French: what the core says about these facts with that answer, less what it says without it,
 * plus the form's own label and hint. None may reach a non-lawyer's page.
 */
export function counselOnlyStrings(facts: CaseFacts): string[] {
  const withAnswer = caseFactsSchema.parse({ ...facts, person: { ...facts.person, sexIndustryWork: 'yes' } });
  const { sexIndustryWork: _hidden, ...person } = withAnswer.person;
  const without = caseFactsSchema.parse({ ...withAnswer, person });
  const said = (f: CaseFacts) => {
    const report = screen(f);
    const all = stringsIn(report);
    for (const locale of ['en', 'fr'] as const) stringsIn(evaluateRemedies(f, report, { locale }), all);
    return all;
  };
  const before = said(without);
  const only = [...said(withAnswer)].filter((s) => !before.has(s) && s.length > 25);
  return [
    ...only,
    enScreening.person.sexIndustryWork,
    enScreening.person.sexIndustryWorkHint,
    frScreening.person.sexIndustryWork,
    frScreening.person.sexIndustryWorkHint,
    'sexIndustryWork',
    'sex-industry',
  ];
}

/** A screenshot, kept only when HARBOUR_E2E_SCREENSHOTS is set. */
export async function photograph(page: Page, name: string): Promise<void> {
  const dir = process.env.HARBOUR_E2E_SCREENSHOTS;
  if (!dir) return;
  const lang = await page.locator('html').getAttribute('lang');
  await page.screenshot({ path: join(dir, `journey-${name}-${lang}.png`), fullPage: true });
}

/** A date `days` from today (negative: in the past), as the date fields take it. */
export function daysFromToday(days: number, now = new Date()): string {
  const d = new Date(now.getFullYear(), now.getMonth(), now.getDate() + days);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}
