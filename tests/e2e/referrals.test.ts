import type { Cookie, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALBERTA_SHELTER } from '../../src/core/referrals/fixtures.test-support';
import { actAs, setUpCasePeople, type CaseTeamPeople } from '../support/e2e-cases';
import { launchBrowser, seriousViolations, type E2EBrowser } from '../support/e2e-browser';
import { switchLanguage } from '../support/e2e-journeys';
import { apiCall, signInAs, startDemoHarbour, type DemoHarbour } from '../support/e2e-legal';
import { ensureWebBuild } from '../support/e2e-server';

// Issue 15 in Chromium, in English and in French: a lawyer of one organisation finds a shelter
// for a Spanish-speaking client in Alberta, refers her with her consent to share her story only;
// the shelter, another organisation on the same Harbour, accepts and sees the story and nothing
// else (not her name). The shelter's home page counts the referral while it waits for an answer
// (issue 18, item 2) and no longer once it is accepted. Every screen is checked with axe.

let harbour: DemoHarbour;
let browser: E2EBrowser;
let page: Page;
let people: CaseTeamPeople;
let shelterCookies: Cookie[] = [];
let shelterOrgId = '';
const checked = new Set<string>();

const LAWYER_ENTRY = { en: 'Bowvalley Wage Help Test', fr: 'Aide salariale Bowvalley Test' };
const ADMIN_ENTRY = { en: 'Chinook Workers Test Centre', fr: 'Centre Chinook des travailleurs Test' };
const STORY = 'She was told to sleep in the restaurant storeroom';
const NAME = 'Marisol Quintero Test';

async function axe(name: string): Promise<void> {
  const lang = await page.locator('html').getAttribute('lang');
  if (checked.has(`${name}-${lang}`)) return;
  checked.add(`${name}-${lang}`);
  expect(await seriousViolations(page), `${name} (${lang})`).toEqual([]);
}

const main = () => page.locator('main');

interface Words {
  tab: string;
  refer: string;
  story: string;
  purpose: string;
  preview: string;
  send: string;
  sent: string;
  incoming: string;
  show: string;
  accept: string;
  accepted: string;
  /** The home page's "waiting for me" line for one referral received and not yet answered. */
  waitingOne: string;
}
const EN: Words = {
  tab: 'Referrals',
  refer: 'Refer to this service',
  story: 'Story (shareable account)',
  purpose: 'Why you are referring',
  preview: 'Show exactly what will be shared',
  send: 'Send the referral',
  sent: 'Sent',
  incoming: 'Referrals received',
  show: 'Show',
  accept: 'Accept and open a case',
  accepted: 'Accepted',
  waitingOne: '1 referral received awaits an answer',
};
const FR: Words = {
  tab: 'Orientations',
  refer: 'Orienter vers ce service',
  story: 'Récit (partie partageable)',
  purpose: 'Motif de l’orientation',
  preview: 'Voir exactement ce qui sera transmis',
  send: 'Envoyer l’orientation',
  sent: 'Envoyée',
  incoming: 'Orientations reçues',
  show: 'Afficher',
  accept: 'Accepter et ouvrir un dossier',
  accepted: 'Acceptée',
  waitingOne: '1 orientation reçue attend une réponse',
};

/** The lawyer's case: a Spanish-speaking client in Alberta who needs safety, her name and her story, and her consent to share the story with the shelter. */
async function clientCase(): Promise<string> {
  await actAs(browser.context, harbour.baseUrl, people.lawyer);
  await page.goto(`${harbour.baseUrl}/`);
  const created = await apiCall<{ case: { code: string } }>(page, harbour.baseUrl, 'POST', '/api/cases', {
    province: 'AB',
    languages: ['es'],
    interpreterNeeded: true,
    identity: { names: [NAME], aliases: [], contact: {}, documentsHeld: [] },
  });
  const code = created.case.code;
  await apiCall(page, harbour.baseUrl, 'PUT', `/api/cases/${code}/facts`, { goals: ['safety'] });
  await apiCall(page, harbour.baseUrl, 'POST', `/api/cases/${code}/fragments`, { text: STORY, source: 'client', compartment: 'shareable' });
  await apiCall(page, harbour.baseUrl, 'POST', `/api/cases/${code}/consents`, { kind: 'explanation', purposes: ['refer'], language: 'es' });
  await apiCall(page, harbour.baseUrl, 'POST', `/api/cases/${code}/consents`, {
    kind: 'consent',
    purpose: 'refer',
    recipient: shelterOrgId,
    scope: ['narrative'],
    givenHow: 'verbal',
    language: 'es',
  });
  return code;
}

async function refer(w: Words, lang: 'en' | 'fr'): Promise<void> {
  const code = await clientCase();
  await page.goto(`${harbour.baseUrl}/cases/${code}/referrals`);
  await switchLanguage(page, lang);
  const card = main().locator('li.referral-entry', { hasText: ALBERTA_SHELTER.name.en });
  await card.waitFor();
  await axe('case-referrals');
  await card.getByRole('button', { name: w.refer }).click();
  const form = main().locator('form', { has: page.locator('#referral-form-heading') });
  await form.getByLabel(w.story).check();
  await form.getByLabel(w.purpose).fill('Needs a safe bed tonight');
  await form.getByRole('button', { name: w.preview }).click();
  const preview = form.locator('.referral-packet');
  await preview.waitFor();
  expect(await preview.textContent()).toContain(STORY);
  expect(await preview.textContent()).not.toContain(NAME);
  await axe('referral-preview');
  await form.getByRole('button', { name: w.send }).click();
  const listed = main().locator('section[aria-labelledby="case-referrals-heading"] li');
  await expect.poll(() => listed.first().textContent(), { timeout: 10_000 }).toContain(w.sent);
  expect(page.url()).not.toContain('bed');
}

async function receive(w: Words, lang: 'en' | 'fr'): Promise<void> {
  await browser.context.clearCookies();
  await browser.context.addCookies(shelterCookies);
  // The home page counts the referral received and not yet answered, and leads to it (issue 18, item 2).
  await page.goto(`${harbour.baseUrl}/`);
  await switchLanguage(page, lang);
  const waiting = main().locator('section.waiting [data-waiting="referrals"]');
  await waiting.waitFor();
  await expect.poll(() => waiting.textContent(), { timeout: 10_000 }).toBe(w.waitingOne);
  await axe('home-waiting-referrals');
  await waiting.getByRole('link', { name: w.waitingOne }).click();
  await page.waitForURL(`${harbour.baseUrl}/referrals/incoming`);
  await main()
    .getByRole('heading', { level: 1, name: w.incoming })
    .waitFor()
    .catch(async (error: unknown) => {
      await page.screenshot({ path: `/tmp/referrals-e2e-${lang}.png`, fullPage: true });
      throw error;
    });
  // The newest referral comes first: the one just sent.
  const row = main().locator('li.card').first();
  await expect.poll(() => row.textContent(), { timeout: 10_000 }).toContain(w.sent);
  await row.getByRole('button', { name: w.show }).click();
  const packet = row.locator('.referral-packet');
  await packet.waitFor();
  expect(await packet.textContent()).toContain(STORY);
  expect(await main().textContent()).not.toContain(NAME);
  await axe('incoming');
  await row.getByRole('button', { name: w.accept }).click();
  await expect.poll(() => row.textContent(), { timeout: 10_000 }).toContain(w.accepted);
  const caseLink = row.getByRole('link', { name: /HB-/ });
  await caseLink.click();
  await page.waitForURL(/\/cases\/HB-.*\/referrals/);
  const received = main().locator('section[aria-labelledby="received-heading"] .referral-packet');
  await received.waitFor();
  expect(await received.textContent()).toContain(STORY);
  expect(await main().textContent()).not.toContain(NAME);
  await axe('linked-case');
  // Answered, it no longer waits on the home page.
  const incomingRead = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/referrals/incoming' && r.ok());
  await page.goto(`${harbour.baseUrl}/`);
  await incomingRead;
  await main().locator('section.waiting h2').waitFor();
  expect(await waiting.count()).toBe(0);
}

// ---- An organisation's own entry, and a consent naming a service of the directory ----

interface EntryWords {
  add: string;
  nameEn: string;
  nameFr: string;
  nameRequired: string;
  kinds: string;
  workersCentre: string;
  services: string;
  wageClaim: string;
  provinces: string;
  alberta: string;
  languages: string;
  spanish: string;
  otherLanguage: string;
  addLanguage: string;
  phone: string;
  tooLong: string;
  safety: string;
  accepts: string;
  yes: string;
  sourceUrl: string;
  sourceTitle: string;
  visibility: string;
  everyone: string;
  submitAdd: string;
  added: string;
  regions: string;
  save: string;
  saved: string;
  history: string;
  created: string;
  regionsChanged: string;
  edit: string;
}
const ENTRY_EN: EntryWords = {
  add: 'Add a local entry',
  nameEn: 'Name in English',
  nameFr: 'Name in French',
  nameRequired: 'Write the name in English.',
  kinds: 'Kind of organisation',
  workersCentre: 'Workers’ centre or labour advocate',
  services: 'Services',
  wageClaim: 'Wage claim',
  provinces: 'Provinces and territories served',
  alberta: 'Alberta',
  languages: 'Languages',
  spanish: 'Spanish',
  otherLanguage: 'Another language',
  addLanguage: 'Add this language',
  phone: 'Phone',
  tooLong: 'This is too long: keep it to 100 characters or fewer.',
  safety: 'Safety notes (English)',
  accepts: 'Do they accept referrals from lawyers?',
  yes: 'Yes',
  sourceUrl: 'Source address',
  sourceTitle: 'Title of the source page',
  visibility: 'Who sees this entry',
  everyone: 'Everyone on this Harbour',
  submitAdd: 'Add the entry',
  added: 'Entry added.',
  regions: 'Regions or cities served',
  save: 'Save the changes',
  saved: 'Changes saved.',
  history: 'Changes and reviews',
  created: 'Added',
  regionsChanged: 'Regions',
  edit: 'Edit',
};
const ENTRY_FR: EntryWords = {
  add: 'Ajouter une fiche locale',
  nameEn: 'Nom en anglais',
  nameFr: 'Nom en français',
  nameRequired: 'Écrivez le nom en anglais.',
  kinds: 'Type d’organisme',
  workersCentre: 'Centre de travailleurs ou défense des droits au travail',
  services: 'Services',
  wageClaim: 'Réclamation de salaire',
  provinces: 'Provinces et territoires desservis',
  alberta: 'Alberta',
  languages: 'Langues',
  spanish: 'Espagnol',
  otherLanguage: 'Une autre langue',
  addLanguage: 'Ajouter cette langue',
  phone: 'Téléphone',
  tooLong: 'C’est trop long : 100 caractères au maximum.',
  safety: 'Consignes de sécurité (anglais)',
  accepts: 'Accepte-t-il les orientations d’avocats ?',
  yes: 'Oui',
  sourceUrl: 'Adresse de la source',
  sourceTitle: 'Titre de la page source',
  visibility: 'Qui voit cette fiche',
  everyone: 'Tout le monde sur ce Harbour',
  submitAdd: 'Ajouter la fiche',
  added: 'Fiche ajoutée.',
  regions: 'Régions ou villes desservies',
  save: 'Enregistrer les modifications',
  saved: 'Modifications enregistrées.',
  history: 'Modifications et révisions',
  created: 'Ajoutée',
  regionsChanged: 'Régions',
  edit: 'Modifier',
};

/** The problem shown under a field of the entry form. */
const errorUnder = (label: string) =>
  main()
    .locator('form.referral-entry-form .field', { has: page.getByLabel(label, { exact: true }) })
    .locator('.field__error');

/** Adds a local entry in the form (a mistake first, shown under its field), edits it, and reads its history. */
async function addAndEditEntry(w: EntryWords, lang: 'en' | 'fr', names: { en: string; fr: string }, shareWithEveryone: boolean): Promise<void> {
  await page.goto(`${harbour.baseUrl}/directory`);
  await switchLanguage(page, lang);
  await main().getByRole('link', { name: w.add }).click();
  await page.waitForURL(/\/directory\/new$/);
  const form = main().locator('form.referral-entry-form');
  await form.getByRole('button', { name: w.submitAdd }).click();
  const nameEn = form.getByLabel(w.nameEn);
  await expect.poll(() => nameEn.getAttribute('aria-invalid')).toBe('true');
  expect(await errorUnder(w.nameEn).textContent()).toBe(w.nameRequired);
  await axe('entry-form-errors');
  await nameEn.fill(names.en);
  await form.getByLabel(w.nameFr).fill(names.fr);
  await form.getByRole('group', { name: w.kinds }).getByLabel(w.workersCentre).check();
  await form.getByRole('group', { name: w.services, exact: true }).getByLabel(w.wageClaim).check();
  await form.getByRole('group', { name: w.provinces }).getByLabel(w.alberta, { exact: true }).check();
  const languages = form.getByRole('group', { name: w.languages, exact: true });
  await languages.getByLabel(w.spanish, { exact: true }).check();
  await languages.getByLabel(w.otherLanguage).selectOption('ilo');
  await languages.getByRole('button', { name: w.addLanguage }).click();
  // Too long for the server: its answer shows under the phone field, in this language.
  const phone = form.getByLabel(w.phone, { exact: true });
  await phone.fill('4'.repeat(101));
  await form.getByLabel(w.safety).fill('Call, do not e-mail.');
  await form.getByRole('radiogroup', { name: w.accepts }).getByLabel(w.yes, { exact: true }).check();
  await form.getByLabel(w.sourceUrl).fill('https://example.org/wage-help');
  await form.getByLabel(w.sourceTitle).fill('Wage help: about us');
  if (shareWithEveryone) await form.getByRole('radiogroup', { name: w.visibility }).getByLabel(w.everyone).check();
  await form.getByRole('button', { name: w.submitAdd }).click();
  await expect.poll(() => phone.getAttribute('aria-invalid')).toBe('true');
  expect(await errorUnder(w.phone).textContent()).toBe(w.tooLong);
  await phone.fill('403-555-0142');
  await form.getByRole('button', { name: w.submitAdd }).click();
  await page.waitForURL(/\/directory\/local-[a-f0-9]+\/edit$/);
  await expect.poll(() => main().getByRole('status').filter({ hasText: w.added }).count()).toBe(1);
  const history = main().locator('section[aria-labelledby="entry-history-heading"]');
  await expect.poll(() => history.locator('li').count()).toBe(1);
  expect(await history.textContent()).toContain(w.created);
  await axe('entry-form-edit');
  const edit = main().locator('form.referral-entry-form');
  expect(await edit.getByLabel(w.nameEn).inputValue()).toBe(names.en);
  await edit.getByLabel(w.regions).fill('Calgary\nRed Deer');
  await edit.getByRole('button', { name: w.save }).click();
  await expect.poll(() => main().getByRole('status').filter({ hasText: w.saved }).count()).toBe(1);
  await expect.poll(() => history.locator('li').count()).toBe(2);
  expect(await history.locator('li').first().textContent()).toContain(w.regionsChanged);
  await page.goto(`${harbour.baseUrl}/directory`);
  const card = main().locator('li.referral-entry', { hasText: lang === 'fr' ? names.fr : names.en });
  await card.waitFor();
  expect(await card.textContent()).toContain('Calgary, Red Deer');
  expect(await card.getByRole('link', { name: new RegExp(`^${w.edit} `) }).count()).toBe(1);
}

interface ConsentWords {
  referralsTab: string;
  record: string;
  what: string;
  consent: string;
  forWhat: string;
  share: string;
  who: string;
  fromDirectory: string;
  search: string;
  service: string;
  covered: string;
  work: string;
  submit: string;
  refer: string;
  referWork: string;
  purpose: string;
  preview: string;
  send: string;
  sent: string;
}
const CONSENT_EN: ConsentWords = {
  referralsTab: 'Referrals',
  record: 'Record an explanation, consent or refusal',
  what: 'What to record',
  consent: 'Consent',
  forWhat: 'For what',
  share: 'Share with another organisation',
  who: 'Who receives it',
  fromDirectory: 'A service in the directory of services',
  search: 'Search the directory of services',
  service: 'Service from the directory',
  covered: 'Information covered',
  work: 'Work and employment',
  submit: 'Record consent',
  refer: 'Refer to this service',
  referWork: 'Work',
  purpose: 'Why you are referring',
  preview: 'Show exactly what will be shared',
  send: 'Send the referral',
  sent: 'Sent',
};
const CONSENT_FR: ConsentWords = {
  referralsTab: 'Orientations',
  record: 'Consigner une explication, un consentement ou un refus',
  what: 'Quoi consigner',
  consent: 'Consentement',
  forWhat: 'Pour quoi',
  share: 'Communiquer à un autre organisme',
  who: 'Qui reçoit',
  fromDirectory: 'Un service du répertoire des services',
  search: 'Chercher dans le répertoire des services',
  service: 'Service du répertoire',
  covered: 'Renseignements couverts',
  work: 'Travail et emploi',
  submit: 'Consigner le consentement',
  refer: 'Orienter vers ce service',
  referWork: 'Travail',
  purpose: 'Motif de l’orientation',
  preview: 'Voir exactement ce qui sera transmis',
  send: 'Envoyer l’orientation',
  sent: 'Envoyée',
};

/** A lawyer records, in the consent form, the client's consent to share her work details with a service of the directory; the referral to it then goes. */
async function consentToServiceThenRefer(w: ConsentWords, lang: 'en' | 'fr', name: string): Promise<void> {
  await actAs(browser.context, harbour.baseUrl, people.lawyer);
  await page.goto(`${harbour.baseUrl}/`);
  const created = await apiCall<{ case: { code: string } }>(page, harbour.baseUrl, 'POST', '/api/cases', {
    province: 'AB',
    languages: ['es'],
    interpreterNeeded: true,
  });
  const code = created.case.code;
  await apiCall(page, harbour.baseUrl, 'POST', `/api/cases/${code}/consents`, { kind: 'explanation', purposes: ['share-with-organisation'], language: 'es' });
  await page.goto(`${harbour.baseUrl}/cases/${code}/consents`);
  await switchLanguage(page, lang);
  await main().getByRole('button', { name: w.record }).click();
  const form = main().locator('form', { has: page.locator('#consent-form-heading') });
  await form.getByRole('radiogroup', { name: w.what }).getByLabel(w.consent, { exact: true }).check();
  await form.getByLabel(w.forWhat).selectOption({ label: w.share });
  await form.getByRole('radiogroup', { name: w.who }).getByLabel(w.fromDirectory).check();
  await form.getByLabel(w.search).fill(name.split(' ')[0]!);
  const select = form.getByLabel(w.service, { exact: true });
  const option = select.locator('option', { hasText: name });
  await expect.poll(() => option.count(), { timeout: 10_000 }).toBe(1);
  await select.selectOption((await option.getAttribute('value'))!);
  await form.getByRole('group', { name: w.covered }).getByLabel(w.work).check();
  await axe('consent-to-service');
  await form.getByRole('button', { name: w.submit }).click();
  const ledger = main().locator('section[aria-labelledby="ledger-heading"]');
  await expect.poll(() => ledger.textContent(), { timeout: 10_000 }).toContain(name);
  await main().getByRole('link', { name: w.referralsTab, exact: true }).click();
  const card = main().locator('li.referral-entry', { hasText: name });
  await card.waitFor();
  await card.getByRole('button', { name: w.refer }).click();
  const referral = main().locator('form', { has: page.locator('#referral-form-heading') });
  await referral.getByLabel(w.referWork, { exact: true }).check();
  await referral.getByLabel(w.purpose).fill('Unpaid wages since March');
  await referral.getByRole('button', { name: w.preview }).click();
  await referral.locator('.referral-packet').waitFor();
  await referral.getByRole('button', { name: w.send }).click();
  const listed = main().locator('section[aria-labelledby="case-referrals-heading"] li');
  await expect.poll(() => listed.first().textContent(), { timeout: 10_000 }).toContain(w.sent);
  expect(await listed.first().textContent()).toContain(name);
}

beforeAll(async () => {
  ensureWebBuild();
  [harbour, browser] = await Promise.all([startDemoHarbour(), launchBrowser()]);
  page = browser.page;
  page.setDefaultTimeout(15_000);
  // The demo organisation plays the shelter; the first real organisation is the lawyer's clinic.
  const setup = harbour.cli(['setup']);
  const setupUrl = /(https?:\/\/\S+#token=\S+)/.exec(setup.stdout)?.[1];
  if (!setupUrl) throw new Error(`harbour setup gave no link:\n${setup.stdout}\n${setup.stderr}`);
  people = await setUpCasePeople(harbour.baseUrl, setupUrl.replace(/^https?:\/\/[^/]+/, harbour.baseUrl));
  const shelterAdmin = harbour.people.find((p) => p.role === 'admin')!;
  await signInAs(page, harbour.baseUrl, shelterAdmin);
  const { id: _id, lastReviewed: _r, ...entry } = ALBERTA_SHELTER;
  await apiCall(page, harbour.baseUrl, 'POST', '/api/directory', { entry, visibility: 'instance', receivesReferralsHere: true });
  const support = harbour.people.find((p) => p.role === 'support-worker')!;
  await signInAs(page, harbour.baseUrl, support);
  shelterCookies = await browser.context.cookies();
  await actAs(browser.context, harbour.baseUrl, people.lawyer);
  const orgs = await apiCall<{ organisations: { id: string; name: string }[] }>(page, harbour.baseUrl, 'GET', '/api/directory/organisations');
  shelterOrgId = orgs.organisations.find((o) => /demo/i.test(o.name))!.id;
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await harbour?.stop();
});

describe('referrals in the browser', () => {
  it('finds a shelter for a Spanish-speaking client in Alberta, refers her with consent, and the shelter accepts and sees only the story (English)', async () => {
    await refer(EN, 'en');
    await receive(EN, 'en');
  }, 120_000);

  it('does the same in French', async () => {
    await refer(FR, 'fr');
    await receive(FR, 'fr');
  }, 120_000);

  it('shows the directory with filters that work on a phone', async () => {
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto(`${harbour.baseUrl}/directory`);
    await main()
      .getByLabel(/Province or territory|Province ou territoire/)
      .selectOption('AB');
    await main().locator('li.referral-entry', { hasText: ALBERTA_SHELTER.name.en }).waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await axe('directory-phone');
  });

  it('lets a lawyer add her organisation’s own entry, shows a mistake under its field, edits it and lists its reviewed changes (English)', async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await actAs(browser.context, harbour.baseUrl, people.lawyer);
    await addAndEditEntry(ENTRY_EN, 'en', LAWYER_ENTRY, false);
  }, 120_000);

  it('lets an admin add an entry shared with everyone on this Harbour, edit it and read its history (French)', async () => {
    await actAs(browser.context, harbour.baseUrl, people.admin);
    await addAndEditEntry(ENTRY_FR, 'fr', ADMIN_ENTRY, true);
  }, 120_000);

  it('records a consent naming a service of the directory in the consent form, and the referral to it then goes (English)', async () => {
    await consentToServiceThenRefer(CONSENT_EN, 'en', LAWYER_ENTRY.en);
  }, 120_000);

  it('does the same in French, naming the entry the admin shared', async () => {
    await consentToServiceThenRefer(CONSENT_FR, 'fr', ADMIN_ENTRY.fr);
  }, 120_000);
});
