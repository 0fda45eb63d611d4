import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actAs, setUpCasePeople, type CaseTeamPeople } from '../support/e2e-cases';
import { launchBrowser, seriousViolations, type E2EBrowser } from '../support/e2e-browser';
import { ensureWebBuild, startHarbour, type HarbourServer } from '../support/e2e-server';
import { switchLanguage } from '../support/e2e-journeys';

// Evidence in the browser (issue 16), in English and in French: a lawyer uploads a pay record
// and a photo, links them to the employment standards claim and the open work permit for
// vulnerable workers, sees the checklist change, and exports a bundle whose manifest matches
// its files and whose photo has lost its GPS metadata; the plan shows the same checklist per
// step. Each screen is checked with axe.

let server: HarbourServer;
let browser: E2EBrowser;
let page: Page;
let people: CaseTeamPeople;

interface Words {
  lang: 'en' | 'fr';
  tab: string;
  add: string;
  kind: string;
  description: string;
  save: string;
  file: string;
  others: string;
  es: string;
  owpv: string;
  payRecord: string;
  photo: string;
  editLinks: (label: string) => string;
  saveLinks: string;
  held: string;
  missing: string;
  exportBundle: string;
  metadata: RegExp;
  planMissing: string;
}

const EN: Words = {
  lang: 'en',
  tab: 'Evidence',
  add: 'Add an item',
  kind: 'Kind of evidence',
  description: 'Description',
  save: 'Save item',
  file: 'File (optional)',
  others: 'Other remedies',
  es: 'Employment standards complaint (unpaid wages)',
  owpv: 'Open work permit for vulnerable workers (OWP-V)',
  payRecord: 'pay-record',
  photo: 'photo',
  editLinks: (label) => `Change what exhibit ${label} supports`,
  saveLinks: 'Save links',
  held: 'Held',
  missing: 'Missing',
  exportBundle: 'Export bundle',
  metadata: /has its metadata removed/,
  planMissing: 'What is still missing for each step',
};
const FR: Words = {
  lang: 'fr',
  tab: 'Preuves',
  add: 'Ajouter une pièce',
  kind: 'Type de preuve',
  description: 'Description',
  save: 'Enregistrer la pièce',
  file: 'Fichier (facultatif)',
  others: 'Autres recours',
  es: 'Plainte en normes du travail (salaire impayé)',
  owpv: 'Permis de travail ouvert pour travailleurs vulnérables (PTO-V)',
  payRecord: 'pay-record',
  photo: 'photo',
  editLinks: (label) => `Modifier ce que la pièce ${label} appuie`,
  saveLinks: 'Enregistrer les liens',
  held: 'Détenue',
  missing: 'Manquante',
  exportBundle: 'Exporter le lot',
  metadata: /privée de ses métadonnées/,
  planMissing: 'Ce qui manque encore pour chaque étape',
};

const main = () => page.locator('main');
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const checklistOf = (remedy: string) => main().locator(`.evidence-checklist section[data-remedy="${remedy}"]`);
const needStates = async (remedy: string) =>
  checklistOf(remedy)
    .locator('li.evidence-need')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-state')));

async function api(method: string, path: string, body: unknown): Promise<void> {
  const response = await fetch(`${server.baseUrl}${path}`, {
    method,
    headers: { 'content-type': 'application/json', cookie: people.lawyer.cookie, 'x-csrf-token': people.lawyer.csrf },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
}

async function newCaseWithConsent(): Promise<string> {
  const response = await fetch(`${server.baseUrl}/api/cases`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: people.lawyer.cookie, 'x-csrf-token': people.lawyer.csrf },
    body: JSON.stringify({ province: 'ON', languages: ['es'], interpreterNeeded: false }),
  });
  const code = ((await response.json()) as { case: { code: string } }).case.code;
  await api('POST', `/api/cases/${code}/consents`, { kind: 'explanation', purposes: ['generate-document'], language: 'es' });
  await api('POST', `/api/cases/${code}/consents`, {
    kind: 'consent',
    purpose: 'generate-document',
    scope: ['narrative', 'documents'],
    givenHow: 'written',
    language: 'es',
  });
  return code;
}

async function gpsPhoto(): Promise<Buffer> {
  return sharp({ create: { width: 40, height: 30, channels: 3, background: '#7a9a5a' } })
    .jpeg()
    .withExif({ IFD0: { Make: 'ZQXCAMERA' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '45/1 30/1 0/1', GPSLongitudeRef: 'W', GPSLongitude: '73/1 35/1 0/1' } })
    .toBuffer();
}

async function addItem(w: Words, kind: string, description: string, file: { name: string; mimeType: string; buffer: Buffer }, link: () => Promise<void>) {
  await main().getByRole('button', { name: w.add, exact: true }).click();
  const form = main().locator('form', { has: page.locator('#evidence-form-heading') });
  await form.getByLabel(w.kind).selectOption(kind);
  await form.getByLabel(w.description).fill(description);
  await link();
  await form.getByLabel(w.file).setInputFiles(file);
  await form.getByRole('button', { name: w.save }).click();
  await form.waitFor({ state: 'detached' });
}

async function journey(w: Words): Promise<void> {
  const code = await newCaseWithConsent();
  await page.goto(`${server.baseUrl}/cases/${code}/evidence`);
  await main().getByRole('heading', { level: 2, name: w.tab, exact: true }).waitFor();
  expect(await main().locator('.notice').first().textContent()).toMatch(w.metadata);
  await checklistOf('owp-v').waitFor();
  expect(await checklistOf('employment-standards').count()).toBe(0);
  expect(await seriousViolations(page), `evidence tab (${w.lang})`).toEqual([]);

  // A pay record, linked to the employment standards claim as a whole: the claim joins the checklist.
  const payRecord = Buffer.from(`Pay record ${w.lang}: March, 60 hours, 200 dollars\n`);
  await addItem(w, w.payRecord, 'Pay stubs for March', { name: 'march.txt', mimeType: 'text/plain', buffer: payRecord }, async () => {
    const form = main().locator('form', { has: page.locator('#evidence-form-heading') });
    await form.getByText(w.others, { exact: true }).click();
    await form.getByLabel(w.es, { exact: true }).check();
  });
  await checklistOf('employment-standards').waitFor();
  const esBefore = await needStates('employment-standards');
  expect(esBefore.every((s) => s === 'missing')).toBe(true);
  // Then to the first entry of its evidence list: that entry is held.
  await main()
    .getByRole('button', { name: w.editLinks('A') })
    .click();
  await main().getByRole('group', { name: w.es, exact: true }).getByRole('checkbox').first().check();
  await main().getByRole('button', { name: w.saveLinks }).click();
  await expect.poll(() => needStates('employment-standards'), { timeout: 10_000 }).toEqual(['held', ...esBefore.slice(1)]);

  // A photo with GPS metadata, linked to the second entry of the OWP-V list (supporting documents).
  expect(await needStates('owp-v')).toEqual(['missing', 'missing']);
  const photo = await gpsPhoto();
  await addItem(w, w.photo, 'Photo of the room', { name: 'IMG_0001.jpg', mimeType: 'image/jpeg', buffer: photo }, async () => {
    await main().getByRole('group', { name: w.owpv, exact: true }).getByRole('checkbox').nth(1).check();
  });
  await expect.poll(() => needStates('owp-v'), { timeout: 10_000 }).toEqual(['missing', 'held']);
  await expect.poll(() => main().locator('.evidence-item').count()).toBe(2);
  expect(await main().textContent()).toContain(sha(photo));
  expect(await seriousViolations(page), `evidence tab with items (${w.lang})`).toEqual([]);

  // The bundle: index, files and a manifest whose hashes match; the photo without its metadata.
  const [download] = await Promise.all([page.waitForEvent('download'), main().getByRole('button', { name: w.exportBundle, exact: true }).click()]);
  expect(download.suggestedFilename()).toBe(`${code}-evidence.zip`);
  const files = unzipSync(readFileSync((await download.path())!));
  expect(Object.keys(files).sort()).toEqual(['files/exhibit-A.txt', 'files/exhibit-B.jpg', 'index.json', 'index.txt', 'manifest-sha256.txt']);
  const manifest = strFromU8(files['manifest-sha256.txt']!).trim().split('\n');
  expect(manifest).toHaveLength(4);
  for (const line of manifest) {
    const [hash, path] = line.split('  ') as [string, string];
    expect(sha(files[path]!), path).toBe(hash);
  }
  expect(Buffer.from(files['files/exhibit-A.txt']!).equals(payRecord)).toBe(true);
  expect((await sharp(Buffer.from(files['files/exhibit-B.jpg']!)).metadata()).exif).toBeUndefined();
  expect(strFromU8(files['index.txt']!)).toContain(sha(photo));
  expect(page.url()).not.toMatch(/Pay|Photo|march|IMG/);

  // The remedies navigator shows the same standing beside the OWP-V's evidence list.
  await page.goto(`${server.baseUrl}/cases/${code}/remedies`);
  const owpvCard = main().locator('article[data-remedy="owp-v"]');
  const cardStates = () => owpvCard.locator('li[data-state]').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-state')));
  await expect.poll(cardStates, { timeout: 10_000 }).toEqual(['missing', 'held']);
  expect(await owpvCard.locator('li[data-state="held"] .evidence-state').textContent()).toBe(w.held);
  expect(await seriousViolations(page), `remedies navigator with evidence (${w.lang})`).toEqual([]);

  // The plan shows the same checklist for its steps, in the reader's language.
  await page.goto(`${server.baseUrl}/cases/${code}/plan`);
  await main().getByRole('heading', { level: 3, name: w.planMissing, exact: true }).waitFor();
  await expect.poll(() => needStates('owp-v'), { timeout: 10_000 }).toEqual(['missing', 'held']);
  expect(await checklistOf('owp-v').locator('li[data-state="held"] .evidence-state').textContent()).toBe(w.held);
  expect(await checklistOf('owp-v').locator('li[data-state="missing"] .evidence-state').textContent()).toBe(w.missing);
  expect(await seriousViolations(page), `plan with evidence (${w.lang})`).toEqual([]);
}

beforeAll(async () => {
  ensureWebBuild();
  [server, browser] = await Promise.all([startHarbour(), launchBrowser()]);
  page = browser.page;
  page.setDefaultTimeout(10_000);
  people = await setUpCasePeople(server.baseUrl, server.setupUrl);
  await actAs(browser.context, server.baseUrl, people.lawyer);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('evidence in the browser', () => {
  it('uploads a pay record and a photo, links them, sees the checklist change and exports a bundle, in English', async () => {
    await page.goto(`${server.baseUrl}/`);
    await journey(EN);
  });

  it('does the same in French', async () => {
    await switchLanguage(page, 'fr');
    await journey(FR);
    expect(browser.problems).toEqual([]);
  });
});
