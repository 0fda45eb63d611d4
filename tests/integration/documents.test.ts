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
  it('is produced in French and records that the options were explained, with the interpreter', async () => {
    const res = await L.post(`/api/cases/${code}/options-sheet`, { lang: 'fr', format: 'pdf', interpreterUsed: true, interpreterLanguage: 'espagnol' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe(`attachment; filename="options-${code}-fr.pdf"`);
    expect(pdfText(res.rawPayload)).toContain('information juridique');
    const ledger = (await L.get(`/api/cases/${code}/consents`)).json();
    const explanation = JSON.stringify(ledger).match(/"kind":"explanation"[^}]*/)?.[0] ?? '';
    expect(explanation).toContain('"language":"fr"');
    expect(explanation).toContain('espagnol');
  });

  it('comes as DOCX too, and refuses an unknown language naming the field', async () => {
    const docx = await L.post(`/api/cases/${code}/options-sheet`, { lang: 'en', format: 'docx', interpreterUsed: false });
    expect(docx.statusCode).toBe(200);
    expect(docx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    const bad = await L.post(`/api/cases/${code}/options-sheet`, { lang: 'xx', format: 'pdf', interpreterUsed: false });
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
    const consent = await L.post(`/api/cases/${code}/consents`, { kind: 'consent', purpose: 'generate-document', scope: ['narrative', 'immigration'], givenHow: 'written', language: 'es' });
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
