import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app';
import { addMember, addPerson, client, newCase, setUpFirstAdmin, type Client, type Person } from './cases-support';

// The plan tab's two choices through HTTP: the client's tolerance for risk, saved through the
// facts' partial update without erasing anything else, and the plan the practitioner adopts,
// which the options sheet follows and which survives a re-assessment while it still exists.

let t: TestApp;
let lawyer: Person;
let support: Person;
let L: Client;
let S: Client;
beforeAll(async () => {
  t = await createTestApp();
  const admin = await setUpFirstAdmin(t);
  lawyer = await addPerson(t, admin.orgId, 'lawyer', 'lawyer@clinic.example');
  support = await addPerson(t, admin.orgId, 'support-worker', 'support@clinic.example');
  L = client(t, lawyer);
  S = client(t, support);
});
afterAll(async () => t.close());

const SITUATION = {
  person: { ageBand: 'adult', immigrationStatus: 'no-status' },
  exploiters: ['employer'],
  contexts: ['labour'],
  sector: 'agriculture',
  answers: [
    { id: 'documents-confiscated', phase: 'destination', answer: 'yes' },
    { id: 'excessive-hours', answer: 'yes' },
    { id: 'low-or-no-pay', answer: 'yes' },
  ],
  events: { employmentEnded: '2026-09-30' },
  goals: ['stay-in-canada', 'recover-wages'],
};

/** A case with the situation above and every consent the plans ask for, so that they differ. */
async function caseWithPlans(): Promise<string> {
  const code = await newCase(L);
  expect((await L.put(`/api/cases/${code}/facts`, SITUATION)).statusCode).toBe(200);
  for (const purpose of ['contact-police', 'contact-immigration-authorities', 'name-employer-in-complaint']) {
    const explained = await L.post(`/api/cases/${code}/consents`, { kind: 'explanation', purposes: [purpose], language: 'es' });
    expect(explained.statusCode, explained.body).toBe(201);
    const given = await L.post(`/api/cases/${code}/consents`, { kind: 'consent', purpose, scope: ['employment'], givenHow: 'written', language: 'es' });
    expect(given.statusCode, given.body).toBe(201);
  }
  return code;
}

const view = async (code: string, lang = 'en') => {
  const res = await L.get(`/api/cases/${code}/legal-view?lang=${lang}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as {
    plans: { strategyId: string; key: string; steps: { remedy: string }[] }[];
    adoption: { status: string; index?: number; strategy?: string };
    riskTolerance: string | null;
  };
};
const auditActions = async (code: string) => {
  const row = await t.ctx.db.selectFrom('cases').select('id').where('code', '=', code).executeTakeFirstOrThrow();
  return (await t.ctx.db.selectFrom('audit_log').select(['action', 'detail']).where('case_id', '=', row.id).orderBy('seq').execute()).map((r) => r.action);
};

describe("the client's risk tolerance", () => {
  it('is saved through the partial update and keeps the goals, the situation and the answers', async () => {
    const code = await caseWithPlans();
    const put = await L.put(`/api/cases/${code}/facts`, { riskTolerance: 'high' });
    expect(put.statusCode, put.body).toBe(200);
    const { facts } = (await L.get(`/api/cases/${code}/facts`)).json();
    expect(facts.riskTolerance).toBe('high');
    expect(facts.goals).toEqual(SITUATION.goals);
    expect(facts.exploiters).toEqual(SITUATION.exploiters);
    expect(facts.contexts).toEqual(SITUATION.contexts);
    expect(facts.sector).toBe('agriculture');
    expect(facts.answers).toHaveLength(3);
    expect(facts.events).toEqual(SITUATION.events);
    // And the other way round: a later answer keeps the tolerance.
    await L.put(`/api/cases/${code}/facts`, { answers: [{ id: 'isolation', phase: 'destination', answer: 'yes' }] });
    expect((await L.get(`/api/cases/${code}/facts`)).json().facts.riskTolerance).toBe('high');
    expect((await view(code)).riskTolerance).toBe('high');
  });

  it('ranks the plans again: a high tolerance recommends the plan a low one offered as an alternative', async () => {
    const code = await caseWithPlans();
    const low = await view(code);
    expect(low.riskTolerance).toBeNull();
    expect(low.plans.length).toBeGreaterThan(1);
    await L.put(`/api/cases/${code}/facts`, { riskTolerance: 'high' });
    const high = await view(code);
    expect(high.plans[0]!.key).not.toBe(low.plans[0]!.key);
    expect(high.plans.map((p) => p.key).sort()).toEqual(low.plans.map((p) => p.key).sort());
  });

  it('is forgotten with null, and refuses a tolerance that does not exist with a field error, losing nothing', async () => {
    const code = await caseWithPlans();
    await L.put(`/api/cases/${code}/facts`, { riskTolerance: 'medium' });
    const bad = await L.put(`/api/cases/${code}/facts`, { riskTolerance: 'reckless' });
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json().error.fields)).toContain('riskTolerance');
    expect((await L.get(`/api/cases/${code}/facts`)).json().facts.riskTolerance).toBe('medium');
    await L.put(`/api/cases/${code}/facts`, { riskTolerance: null });
    const { facts } = (await L.get(`/api/cases/${code}/facts`)).json();
    expect(facts.riskTolerance).toBeUndefined();
    expect(facts.goals).toEqual(SITUATION.goals);
  });
});

describe('adopting a plan', () => {
  it('adopts an alternative, shows it as adopted, audits it and keeps it when the ranking changes', async () => {
    const code = await caseWithPlans();
    const before = await view(code);
    expect(before.adoption).toEqual({ status: 'none' });
    const alt = before.plans[1]!;
    const put = await L.put(`/api/cases/${code}/plan/adopted`, { plan: { strategy: alt.strategyId, key: alt.key } });
    expect(put.statusCode, put.body).toBe(200);
    expect(put.json().adoptedPlan).toMatchObject({ strategy: alt.strategyId, key: alt.key });
    const after = await view(code);
    expect(after.adoption).toMatchObject({ status: 'adopted', index: 1 });
    expect(await auditActions(code)).toContain('case.plan-adopted');
    // A re-assessment that ranks it first still finds it; the goals are still there.
    await L.put(`/api/cases/${code}/facts`, { riskTolerance: 'high' });
    const reranked = await view(code);
    expect(reranked.adoption.status).toBe('adopted');
    expect(reranked.plans[reranked.adoption.index!]!.key).toBe(alt.key);
    expect((await L.get(`/api/cases/${code}/facts`)).json().facts.goals).toEqual(SITUATION.goals);
  });

  it('says the adopted plan is gone when the facts change it, and the options sheet falls back to the recommended plan', async () => {
    const code = await caseWithPlans();
    const alt = (await view(code)).plans[1]!;
    await L.put(`/api/cases/${code}/plan/adopted`, { plan: { strategy: alt.strategyId, key: alt.key } });
    const withAdopted = await L.post(`/api/cases/${code}/options-sheet`, { lang: 'en', format: 'pdf' });
    expect(withAdopted.statusCode).toBe(200);
    // A removal is now scheduled within ten days: every plan answers it first, so the adopted order is gone.
    const inTenDays = new Date(t.ctx.now().getTime() + 10 * 86_400_000).toISOString().slice(0, 10);
    const removal = await L.put(`/api/cases/${code}/facts`, { person: { removal: { state: 'scheduled', date: inTenDays } } });
    expect(removal.statusCode, removal.body).toBe(200);
    const gone = await view(code, 'fr');
    expect(gone.adoption).toMatchObject({ status: 'gone' });
    expect(gone.adoption.strategy).toBeTruthy();
    const recommended = await L.post(`/api/cases/${code}/options-sheet`, { lang: 'en', format: 'pdf' });
    expect(recommended.statusCode).toBe(200);
    expect(recommended.headers['x-harbour-options-sheet']).not.toBe(withAdopted.headers['x-harbour-options-sheet']);
    // The very sheet of the recommended plan: going back to it explicitly gives the same digest.
    await L.put(`/api/cases/${code}/plan/adopted`, { plan: null });
    const cleared = await L.post(`/api/cases/${code}/options-sheet`, { lang: 'en', format: 'pdf' });
    expect(cleared.headers['x-harbour-options-sheet']).toBe(recommended.headers['x-harbour-options-sheet']);
  });

  it('makes the options sheet follow the adopted plan', async () => {
    const code = await caseWithPlans();
    const plans = (await view(code)).plans;
    const digest = async () => (await L.post(`/api/cases/${code}/options-sheet`, { lang: 'en', format: 'pdf' })).headers['x-harbour-options-sheet'];
    const recommended = await digest();
    await L.put(`/api/cases/${code}/plan/adopted`, { plan: { strategy: plans[1]!.strategyId, key: plans[1]!.key } });
    const adopted = await digest();
    expect(adopted).not.toBe(recommended);
    await L.put(`/api/cases/${code}/plan/adopted`, { plan: null });
    expect(await digest()).toBe(recommended);
    expect((await view(code)).adoption).toEqual({ status: 'none' });
    expect(await auditActions(code)).toContain('case.plan-adoption-withdrawn');
  });

  it('refuses a plan that no longer exists (409) and a malformed choice (400), keeping the adopted one', async () => {
    const code = await caseWithPlans();
    const plan = (await view(code)).plans[0]!;
    await L.put(`/api/cases/${code}/plan/adopted`, { plan: { strategy: plan.strategyId, key: plan.key } });
    const stale = await L.put(`/api/cases/${code}/plan/adopted`, { plan: { strategy: 'status-first', key: 'steps:hc|awaiting:|excluded:' } });
    expect(stale.statusCode).toBe(409);
    const bad = await L.put(`/api/cases/${code}/plan/adopted`, { plan: { strategy: 'bravest', key: plan.key } });
    expect(bad.statusCode).toBe(400);
    expect((await view(code)).adoption).toMatchObject({ status: 'adopted', index: 0 });
  });

  it('is for the team, as writing the facts is: a support worker off the team is refused, one on it may choose', async () => {
    const code = await caseWithPlans();
    const plan = (await view(code)).plans[0]!;
    const outside = await S.put(`/api/cases/${code}/plan/adopted`, { plan: { strategy: plan.strategyId, key: plan.key } });
    expect([403, 404]).toContain(outside.statusCode);
    expect([403, 404]).toContain((await S.put(`/api/cases/${code}/facts`, { riskTolerance: 'low' })).statusCode);
    expect((await view(code)).adoption).toEqual({ status: 'none' });
    await addMember(L, code, support.id, 'support-worker');
    expect((await S.put(`/api/cases/${code}/facts`, { riskTolerance: 'low' })).statusCode).toBe(200);
    const member = await S.put(`/api/cases/${code}/plan/adopted`, { plan: { strategy: plan.strategyId, key: plan.key } });
    expect(member.statusCode, member.body).toBe(200);
  });

  it('refuses to adopt a plan on a closed case, as every change to a closed case is refused', async () => {
    const code = await caseWithPlans();
    const plan = (await view(code)).plans[0]!;
    const closed = await L.post(`/api/cases/${code}/close`, { outcome: 'other' });
    expect(closed.statusCode, closed.body).toBe(200);
    const res = await L.put(`/api/cases/${code}/plan/adopted`, { plan: { strategy: plan.strategyId, key: plan.key } });
    expect(res.statusCode).toBeGreaterThanOrEqual(400);
    expect(res.statusCode).toBeLessThan(500);
  });
});
