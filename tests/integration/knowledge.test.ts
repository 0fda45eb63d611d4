import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REMEDY_IDS } from '../../src/core/contract';
import { createTestApp, setUpAdmin, type SignedIn, type TestApp } from '../support/test-app';

let t: TestApp;
let admin: SignedIn;
beforeAll(async () => {
  t = await createTestApp();
  admin = await setUpAdmin(t);
});
afterAll(async () => t.close());

const get = (url: string, headers: Record<string, string> = admin.headers) => t.app.inject({ method: 'GET', url, headers });

describe('the knowledge browser API', () => {
  it('is closed to people who are not signed in', async () => {
    expect((await get('/api/knowledge/remedies', {})).statusCode).toBe(401);
  });

  it('lists every remedy with how well its sources are verified', async () => {
    const res = await get('/api/knowledge/remedies');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.remedies).toHaveLength(REMEDY_IDS.length);
    for (const r of body.remedies) expect(r.verification['official-text'] + r.verification.secondary + r.verification.unverified).toBeGreaterThan(0);
  });

  it('names every catalogued remedy in English and French, as the consent forms and ledger show it', async () => {
    const body = (await get('/api/knowledge/remedies')).json() as { remedies: { id: string; name: { en: string; fr: string } }[] };
    expect(body.remedies.map((r) => r.id).sort()).toEqual([...REMEDY_IDS].sort());
    for (const r of body.remedies) for (const name of [r.name.en, r.name.fr]) expect(name.trim()).not.toMatch(new RegExp(`^(|${r.id})$`));
  });

  it('shows a remedy with citations, effective dates (or an explicit unresearched start) and review dates on each rule', async () => {
    const res = await get('/api/knowledge/remedies/hc');
    expect(res.statusCode).toBe(200);
    const hc = res.json();
    expect(hc.risks.length).toBeGreaterThan(0);
    for (const rule of [...hc.eligibility, ...hc.risks]) {
      expect(rule.citations.length).toBeGreaterThan(0);
      // A start is a researched date or null, which says nobody researched it: never absent, never a default.
      expect(rule.effective).toHaveProperty('from');
      if (rule.effective.from !== null) expect(rule.effective.from).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      // A review date is the day the sources were read, or null: nobody recorded it (never a default).
      expect(rule).toHaveProperty('lastReviewed');
      if (rule.lastReviewed !== null) expect(rule.lastReviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(['official-text', 'secondary', 'unverified']).toContain(rule.verification);
    }
  });

  it('shows each deadline with the dated period it counts and its source, and the bars on the remedy from their one register', async () => {
    const prra = (await get('/api/knowledge/remedies/prra')).json();
    const judicialReview = (await get('/api/knowledge/remedies/judicial-review')).json();
    const review = judicialReview.deadlines.find((d: { id: string }) => d.id === 'judicial-review.prra');
    expect(prra.deadlines).toEqual([]);
    expect(review.period).toBe('judicial-review-in-canada');
    expect(review.versions[0].value).toEqual({ length: 15, unit: 'days' });
    expect(review.versions[0].citations[0].pinpoint).toContain('s. 72(2)(b)');
    expect(prra.bars.map((b: { id: string }) => b.id).sort()).toEqual(['prra-refused-12-months', 'refugee-rejected-12-months-prra']);
    expect(prra.bars[0].effective.from).toBe('2012-06-28');
    const es = (await get('/api/knowledge/remedies/employment-standards')).json();
    expect(es.deadlines.every((d: { provincial?: boolean }) => d.provincial === true)).toBe(true);
  });

  it('answers an unknown remedy with 404', async () => {
    expect((await get('/api/knowledge/remedies/not-a-remedy')).statusCode).toBe(404);
  });

  it('marks each jurisdiction reviewed or not yet reviewed, and lists indicators with their citations', async () => {
    const j = (await get('/api/knowledge/jurisdictions')).json();
    const statuses = j.jurisdictions.map((x: { review: { status: string } }) => x.review.status);
    expect(statuses.every((s: string) => s === 'reviewed' || s === 'not-yet-reviewed')).toBe(true);
    expect(j.jurisdictions.find((x: { code: string }) => x.code === 'PE').review.status).toBe('reviewed');
    const ind = (await get('/api/knowledge/indicators')).json();
    expect(ind.indicators.length).toBeGreaterThan(50);
    expect(ind.indicators.every((i: { citations: unknown[] }) => i.citations.length > 0)).toBe(true);
  });

  it('words the indicators page in ?lang: lists, dimensions, strengths and caveats; any other language is a value-free 400', async () => {
    const en = (await get('/api/knowledge/indicators?lang=en')).json();
    const fr = (await get('/api/knowledge/indicators?lang=fr')).json();
    expect((await get('/api/knowledge/indicators')).json()).toEqual(en);
    expect(Object.keys(fr.wording.caveats)).toEqual(en.caveats);
    expect(Object.keys(fr.wording.profiles)).toEqual(['adult-labour', 'adult-sexual', 'child-labour', 'child-sexual']);
    expect(en.wording.strengths).toEqual({ strong: 'strong', medium: 'medium', weak: 'weak' });
    expect(fr.wording.caveats['aid-to-judgement']).not.toBe(en.wording.caveats['aid-to-judgement']);
    for (const key of Object.keys(en.wording.dimensions)) expect(fr.wording.dimensions[key]).not.toBe(en.wording.dimensions[key]);
    const bad = await get('/api/knowledge/indicators?lang=%3Cscript%3Eforged');
    expect(bad.statusCode).toBe(400);
    expect(bad.body).not.toMatch(/forged|script/);
  });
});
