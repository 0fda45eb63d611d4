import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app';
import { addMember, addPerson, client, newCase, setUpFirstAdmin, type Client, type Person } from './cases-support';

let t: TestApp;
let L: Client;
let support: Person;
let code: string;
const dir = mkdtempSync(join(tmpdir(), 'hb-docs-'));

beforeAll(async () => {
  t = await createTestApp();
  const admin = await setUpFirstAdmin(t);
  const lawyer = await addPerson(t, admin.orgId, 'lawyer', 'lawyer@clinic.example');
  support = await addPerson(t, admin.orgId, 'support-worker', 'sw@clinic.example');
  L = client(t, lawyer);
  code = await newCase(L);
  await addMember(L, code, support.id, 'support-worker');
  const facts = await L.put(`/api/cases/${code}/facts`, {
    person: { ageBand: 'adult', immigrationStatus: 'no-status' },
    contexts: ['labour'],
    answers: [
      { id: 'documents-confiscated', phase: 'destination', answer: 'yes' },
      { id: 'excessive-hours', answer: 'yes' },
      { id: 'low-or-no-pay', answer: 'yes' },
    ],
    goals: ['stay-in-canada', 'recover-wages'],
  });
  expect(facts.statusCode).toBe(200);
});
afterAll(async () => {
  await t.close();
  rmSync(dir, { recursive: true, force: true });
});

const pdfText = (bytes: Buffer) => {
  const file = join(dir, `${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, bytes);
  return spawnSync('pdftotext', [file, '-'], { encoding: 'utf8' }).stdout;
};

describe("the client's options sheet from a case", () => {
  const ledgerOf = async (c = code) =>
    (await L.get(`/api/cases/${c}/consents`)).json() as {
      ledger: { kind: string; id: string; language?: string; interpreter?: string; purposes?: string[]; material?: { lang: string } }[];
    };
  const produce = (body: object, c = code) => L.post(`/api/cases/${c}/options-sheet`, body);
  const sheetOf = (res: { headers: Record<string, unknown> }) => String(res.headers['x-harbour-options-sheet']);

  it('is produced in French, and producing it, in any language or format, leaves the consent ledger unchanged', async () => {
    const before = await ledgerOf();
    const res = await produce({ lang: 'fr', format: 'pdf' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe(`attachment; filename="options-${code}-fr.pdf"`);
    expect(sheetOf(res)).toMatch(/^[0-9a-f]{64}$/);
    expect(pdfText(res.rawPayload)).toContain('information juridique');
    for (const lang of ['en', 'es', 'tl', 'zh-Hans', 'pa']) expect((await produce({ lang, format: 'docx' })).statusCode).toBe(200);
    expect((await produce({ lang: 'fr', format: 'pdf' })).statusCode).toBe(200);
    expect(await ledgerOf()).toEqual(before);
    expect((await ledgerOf()).ledger.filter((e) => e.kind === 'explanation')).toEqual([]);
  });

  it('records that the options were explained only when the practitioner confirms it, once per sheet and day, audited', async () => {
    const c = await newCase(L);
    await L.put(`/api/cases/${c}/facts`, {
      person: { ageBand: 'adult', immigrationStatus: 'no-status' },
      contexts: ['labour'],
      answers: [{ id: 'low-or-no-pay', answer: 'yes' }],
      goals: ['stay-in-canada', 'recover-wages'],
    });
    const sheet = sheetOf(await produce({ lang: 'fr', format: 'pdf' }, c));
    const confirm = (body: object) => L.post(`/api/cases/${c}/options-sheet/explained`, { lang: 'fr', sheet, ...body });
    expect((await ledgerOf(c)).ledger).toEqual([]);

    // Two clicks at once record one entry.
    const both = await Promise.all([
      confirm({ language: 'es', interpreter: true, interpreterName: 'espagnol' }),
      confirm({ language: 'es', interpreter: true, interpreterName: 'espagnol' }),
    ]);
    expect(both.map((r) => r.statusCode).sort()).toEqual([200, 201]);
    const first = both.find((r) => r.statusCode === 201)!;
    expect(first.json()).toMatchObject({
      recorded: true,
      entry: { kind: 'explanation', language: 'es', interpreter: 'espagnol', material: { kind: 'options-sheet', lang: 'fr', digest: sheet } },
    });
    expect(first.json().entry.purposes).toContain('file-remedy');
    expect(first.json().entry.purposes).not.toContain('generate-document');

    const again = await confirm({ language: 'es', interpreter: true, interpreterName: 'espagnol' });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ recorded: false, entry: { id: first.json().entry.id } });
    const other = await confirm({ language: 'fr', interpreter: false });
    expect(other.statusCode).toBe(409);
    expect((await ledgerOf(c)).ledger).toHaveLength(1);

    const activity = (await L.get(`/api/cases/${c}/activity`)).json().entries as { action: string; detail: Record<string, unknown> }[];
    expect(activity.filter((e) => e.action === 'consent.explanation-recorded')).toHaveLength(1);
  });

  it('refuses a confirmation for a sheet that is not the one the case gives today, or that names an interpreter nobody used', async () => {
    const stale = await L.post(`/api/cases/${code}/options-sheet/explained`, { lang: 'fr', sheet: '0'.repeat(64), language: 'fr', interpreter: false });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.fields).toContainEqual({ path: 'sheet', message: 'stale' });
    const sheet = sheetOf(await produce({ lang: 'en', format: 'docx' }));
    const named = await L.post(`/api/cases/${code}/options-sheet/explained`, {
      lang: 'en',
      sheet,
      language: 'en',
      interpreter: false,
      interpreterName: 'Someone',
    });
    expect(named.statusCode).toBe(400);
    expect(named.json().error.fields[0].path).toBe('interpreterName');
    expect((await ledgerOf()).ledger.filter((e) => e.kind === 'explanation')).toEqual([]);
  });

  it('comes as DOCX too, and refuses an unknown language naming the field', async () => {
    const docx = await produce({ lang: 'en', format: 'docx' });
    expect(docx.statusCode).toBe(200);
    expect(docx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    const bad = await produce({ lang: 'xx', format: 'pdf' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields[0].path).toBe('lang');
  });
});

describe('drafts for counsel', () => {
  it('are refused without the client’s consent to generate a document', async () => {
    const res = await L.post(`/api/cases/${code}/documents`, { kind: 'vtip-trp-draft' });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('consent-required');
  });

  it('are produced once consent is recorded, marked as drafts', async () => {
    await L.post(`/api/cases/${code}/consents`, { kind: 'explanation', purposes: ['generate-document'], language: 'es' });
    const consent = await L.post(`/api/cases/${code}/consents`, {
      kind: 'consent',
      purpose: 'generate-document',
      scope: ['narrative', 'immigration'],
      givenHow: 'written',
      language: 'es',
    });
    expect(consent.statusCode).toBe(201);
    const summary = await L.post(`/api/cases/${code}/documents`, { kind: 'case-summary' });
    expect(summary.statusCode).toBe(200);
    expect(pdfText(summary.rawPayload)).toMatch(/DRAFT/);
    const hc = await L.post(`/api/cases/${code}/documents`, { kind: 'hc-draft' });
    expect(hc.statusCode).toBe(200);
    expect(hc.headers['content-type']).toContain('wordprocessingml');
  });

  it('are not available to a support worker, who may not read privileged material', async () => {
    const res = await client(t, support).post(`/api/cases/${code}/documents`, { kind: 'case-summary' });
    expect(res.statusCode).toBe(403);
  });
});
