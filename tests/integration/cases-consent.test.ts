import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dayOf } from '../../src/cases/dates';
import { createTestApp, type TestApp } from '../support/test-app';
import { addMember, addPerson, client, createOrganisation, newCase, setUpFirstAdmin, type Client, type Person } from './cases-support';

// Each gated action of the case API is refused without consent, allowed with it, refused again
// after withdrawal or expiry, and allowed by a lawyer's override, which is audited.

let t: TestApp;
let L: Client;
let lawyer: Person;
let partner: Person;
let legalWorker: Person;
let support: Person;
beforeAll(async () => {
  t = await createTestApp();
  const admin = await setUpFirstAdmin(t);
  lawyer = await addPerson(t, admin.orgId, 'lawyer', 'lawyer@clinic.example');
  legalWorker = await addPerson(t, admin.orgId, 'legal-worker', 'lw@clinic.example');
  support = await addPerson(t, admin.orgId, 'support-worker', 'sw@clinic.example');
  const shelter = await createOrganisation(t, 'Partner Shelter');
  partner = await addPerson(t, shelter, 'support-worker', 'worker@shelter.example');
  L = client(t, lawyer);
});
afterAll(async () => t.close());

const today = () => dayOf(t.ctx.now());

interface Gate {
  name: string;
  purpose: string;
  /** The gated request on a case. */
  attempt(code: string): Promise<{ statusCode: number; json(): { error?: { code: string; fields?: { path: string; message: string }[] } } }>;
  consent(): object;
  action(): object;
  undo?(code: string): Promise<void>;
}

const GATES: Gate[] = [
  {
    name: 'adding someone from another organisation to the team',
    purpose: 'share-with-organisation',
    attempt: (code) => L.post(`/api/cases/${code}/team`, { userId: partner.id, teamRole: 'support-worker' }),
    consent: () => ({
      kind: 'consent',
      purpose: 'share-with-organisation',
      recipient: partner.orgId,
      scope: ['narrative'],
      givenHow: 'verbal',
      language: 'es',
    }),
    action: () => ({ kind: 'share-with-organisation', recipient: partner.orgId, categories: ['narrative'] }),
    undo: async (code) => {
      await L.del(`/api/cases/${code}/team/${partner.id}`);
    },
  },
  {
    name: 'exporting the screening answers as a document',
    purpose: 'generate-document',
    attempt: (code) => L.get(`/api/cases/${code}/facts/export`),
    consent: () => ({ kind: 'consent', purpose: 'generate-document', scope: ['immigration', 'employment'], givenHow: 'written', language: 'es' }),
    action: () => ({ kind: 'generate-document', categories: ['immigration', 'employment'] }),
  },
];

async function explain(code: string, purpose: string, on?: string) {
  const res = await L.post(`/api/cases/${code}/consents`, { kind: 'explanation', purposes: [purpose], language: 'es', ...(on ? { explainedOn: on } : {}) });
  expect(res.statusCode).toBe(201);
}

describe.each(GATES)('$name', (gate) => {
  it('is refused without consent, naming the missing purpose', async () => {
    const code = await newCase(L);
    const res = await gate.attempt(code);
    expect(res.statusCode).toBe(403);
    expect(res.json().error?.code).toBe('consent-required');
    expect(res.json().error?.fields).toContainEqual({ path: 'consent.purpose', message: gate.purpose });
    expect(res.json().error?.fields).toContainEqual({ path: 'consent.reason', message: 'no-consent' });
  });

  it('is allowed with an explained consent, and refused again once it is withdrawn', async () => {
    const code = await newCase(L);
    await explain(code, gate.purpose);
    const given = await L.post(`/api/cases/${code}/consents`, gate.consent());
    expect(given.statusCode).toBe(201);
    expect((await gate.attempt(code)).statusCode).toBeLessThan(300);
    await gate.undo?.(code);
    const withdrawn = await L.post(`/api/cases/${code}/consents/${given.json().entry.id}/withdraw`, {});
    expect(withdrawn.json().entry.withdrawnOn).toBe(today());
    const res = await gate.attempt(code);
    expect(res.statusCode).toBe(403);
    expect(res.json().error?.fields).toContainEqual({ path: 'consent.reason', message: 'consent-withdrawn' });
  });

  it('is refused when the only consent has expired', async () => {
    const code = await newCase(L);
    await explain(code, gate.purpose, '2020-01-01');
    const given = await L.post(`/api/cases/${code}/consents`, { ...gate.consent(), givenOn: '2020-01-02', expiresOn: today() });
    expect(given.statusCode).toBe(201);
    const res = await gate.attempt(code);
    expect(res.statusCode).toBe(403);
    expect(res.json().error?.fields).toContainEqual({ path: 'consent.reason', message: 'consent-expired' });
  });

  it('will not record a consent that was never explained, says what is missing, and stays closed', async () => {
    const code = await newCase(L);
    const res = await L.post(`/api/cases/${code}/consents`, gate.consent());
    expect(res.statusCode).toBe(400);
    expect(res.json().error?.code).toBe('invalid-input');
    expect(res.json().error?.fields).toContainEqual({
      path: 'explanation',
      message: `no explanation of this purpose was recorded on or before that day: record the explanation first`,
      problem: { code: 'invalid' },
    });
    expect((await L.get(`/api/cases/${code}/consents`)).json().ledger).toEqual([]);
    expect((await gate.attempt(code)).json().error?.fields).toContainEqual({ path: 'consent.reason', message: 'no-consent' });
  });

  it('is allowed by a lawyer override with a written reason, which is audited and listed', async () => {
    const code = await newCase(L);
    const short = await L.post(`/api/cases/${code}/overrides`, { action: gate.action(), reason: 'urgent' });
    expect(short.statusCode).toBe(400);
    const override = await L.post(`/api/cases/${code}/overrides`, { action: gate.action(), reason: 'Imminent risk to life: the shelter must know tonight.' });
    expect(override.statusCode).toBe(201);
    expect((await gate.attempt(code)).statusCode).toBeLessThan(300);
    const ledger = (await L.get(`/api/cases/${code}/consents`)).json();
    expect(ledger.overrides).toHaveLength(1);
    const actions = (await L.get(`/api/cases/${code}/activity`)).json().entries.map((e: { action: string }) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['consent.overridden', 'consent.override-used']));
  });
});

describe('who may record consent and overrides', () => {
  it('lets only lawyers override, and refuses an unsupervised legal worker the ledger', async () => {
    const code = await newCase(L);
    await addMember(L, code, support.id, 'support-worker');
    await addMember(L, code, legalWorker.id, 'legal-worker');
    const S = client(t, support);
    const W = client(t, legalWorker);
    const override = { action: { kind: 'contact-police' }, reason: 'Imminent risk to life: police must be called now.' };
    expect((await S.post(`/api/cases/${code}/overrides`, override)).statusCode).toBe(403);
    expect((await W.post(`/api/cases/${code}/overrides`, override)).statusCode).toBe(403);
    const entry = { kind: 'explanation', purposes: ['contact-police'], language: 'es' };
    expect((await W.post(`/api/cases/${code}/consents`, entry)).statusCode).toBe(403);
    await addMember(L, code, legalWorker.id, 'legal-worker', lawyer.id);
    expect((await W.post(`/api/cases/${code}/consents`, entry)).statusCode).toBe(201);
  });

  it('accepts a consent whose explanation was recorded earlier, even for a day in the past, and not one explained only later', async () => {
    const code = await newCase(L);
    await explain(code, 'contact-police', '2024-05-02');
    const before = await L.post(`/api/cases/${code}/consents`, {
      kind: 'consent',
      purpose: 'contact-police',
      scope: [],
      givenHow: 'verbal',
      language: 'es',
      givenOn: '2024-05-01',
    });
    expect(before.statusCode).toBe(400);
    expect(before.json().error?.fields?.[0]?.path).toBe('explanation');
    const after = await L.post(`/api/cases/${code}/consents`, {
      kind: 'consent',
      purpose: 'contact-police',
      scope: [],
      givenHow: 'verbal',
      language: 'es',
      givenOn: '2024-05-02',
    });
    expect(after.statusCode).toBe(201);
    // A refusal needs no explanation: a "no" is always recorded.
    expect((await L.post(`/api/cases/${code}/consents`, { kind: 'refusal', purpose: 'refer', givenHow: 'verbal', language: 'es' })).statusCode).toBe(201);
  });

  it('gives each consent its state from the same definition as the summary', async () => {
    const code = await newCase(L);
    await explain(code, 'contact-police', '2024-01-01');
    const given = await L.post(`/api/cases/${code}/consents`, {
      kind: 'consent',
      purpose: 'contact-police',
      scope: [],
      givenHow: 'verbal',
      language: 'es',
      givenOn: '2024-01-02',
    });
    const expired = await L.post(`/api/cases/${code}/consents`, {
      kind: 'consent',
      purpose: 'contact-police',
      scope: [],
      givenHow: 'verbal',
      language: 'es',
      givenOn: '2024-01-02',
      expiresOn: '2024-02-01',
    });
    let body = (await L.get(`/api/cases/${code}/consents`)).json();
    expect(body.states).toEqual({ [given.json().entry.id]: 'in-effect', [expired.json().entry.id]: 'expired' });
    expect(body.contractConsents.contactPolice).toBe('yes');
    await L.post(`/api/cases/${code}/consents`, { kind: 'refusal', purpose: 'contact-police', givenHow: 'verbal', language: 'es' });
    body = (await L.get(`/api/cases/${code}/consents`)).json();
    expect(body.states[given.json().entry.id]).toBe('refused');
    expect(body.contractConsents.contactPolice).toBe('no');
  });

  it('gives contract consents from the ledger: yes while a consent applies, no after withdrawal', async () => {
    const code = await newCase(L);
    await explain(code, 'contact-police');
    const given = await L.post(`/api/cases/${code}/consents`, { kind: 'consent', purpose: 'contact-police', scope: [], givenHow: 'verbal', language: 'es' });
    expect((await L.get(`/api/cases/${code}/consents`)).json().contractConsents.contactPolice).toBe('yes');
    await L.post(`/api/cases/${code}/consents/${given.json().entry.id}/withdraw`, {});
    expect((await L.get(`/api/cases/${code}/consents`)).json().contractConsents.contactPolice).toBe('no');
  });
});
