import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Assessment } from '../../src/core/contract';
import { createTestApp, type TestApp } from '../support/test-app';
import { addMember, addPerson, client, newCase, setUpFirstAdmin, type Client, type Person } from './cases-support';

// The screening path as a lawyer walks it: dates typed into the forms, answers saved one by one,
// a support worker on the same case. Each block here reproduces a finding of the review that
// broke a real first case while the rest of the suite was green.

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

const EVERY_DATE = {
  person: {
    ageBand: 'adult',
    immigrationStatus: 'work-permit-employer-specific',
    inCanadaSince: '2024-02-01',
    permitExpiry: '2027-01-31',
    removal: { state: 'scheduled', date: '2027-02-14' },
    priorRefugeeClaim: { outcome: 'rejected', date: '2025-03-05' },
  },
  events: {
    employmentEnded: '2026-09-30',
    lastDiscriminationIncident: '2026-09-15',
    lastCrimeAgainstPerson: '2026-09-14',
    hcRefused: '2025-11-02',
    prraRefused: '2025-12-01',
  },
};

describe('dates in the screening forms', () => {
  it('keeps "In Canada since" and reads the case facts back', async () => {
    const code = await newCase(L);
    const put = await L.put(`/api/cases/${code}/facts`, { person: { inCanadaSince: '2024-02-01' } });
    expect(put.statusCode).toBe(200);
    expect(put.json().facts.person.inCanadaSince).toBe('2024-02-01');
    const read = await L.get(`/api/cases/${code}/facts`);
    expect(read.statusCode).toBe(200);
    expect(read.json().facts.person.inCanadaSince).toBe('2024-02-01');
  });

  it('keeps every date field of the person and the events, and the legal tools still answer', async () => {
    const code = await newCase(L);
    const put = await L.put(`/api/cases/${code}/facts`, EVERY_DATE);
    expect(put.statusCode, put.body).toBe(200);
    const read = await L.get(`/api/cases/${code}/facts`);
    expect(read.statusCode, read.body).toBe(200);
    expect(read.json().facts.person).toEqual(EVERY_DATE.person);
    expect(read.json().facts.events).toEqual(EVERY_DATE.events);
    for (const url of ['assessment', 'questions', 'questions?stage=full']) {
      const res = await L.get(`/api/cases/${code}/${url}`);
      expect(res.statusCode, `${url}: ${res.body}`).toBe(200);
    }
    const more = await L.put(`/api/cases/${code}/facts`, { answers: [{ id: 'excessive-hours', answer: 'yes' }] });
    expect(more.statusCode, more.body).toBe(200);
  });

  it('refuses a date that is not on the calendar with a field error, and keeps what was stored', async () => {
    const code = await newCase(L);
    await L.put(`/api/cases/${code}/facts`, { person: { inCanadaSince: '2024-02-01' } });
    const bad = await L.put(`/api/cases/${code}/facts`, { person: { permitExpiry: '2027-02-30' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields?.[0]?.path).toContain('permitExpiry');
    expect((await L.get(`/api/cases/${code}/facts`)).json().facts.person.inCanadaSince).toBe('2024-02-01');
  });
});

describe('a partial update', () => {
  it('changes only the keys it sends: an answer keeps the situation and the goals', async () => {
    const code = await newCase(L);
    await L.put(`/api/cases/${code}/facts`, {
      exploiters: ['employer', 'recruiter-or-agent'],
      contexts: ['labour'],
      sector: 'agriculture',
      goals: ['stay-in-canada', 'recover-wages'],
      events: { employmentEnded: '2026-09-30' },
    });
    const answered = await L.put(`/api/cases/${code}/facts`, { answers: [{ id: 'excessive-hours', answer: 'yes' }] });
    expect(answered.statusCode, answered.body).toBe(200);
    const facts = (await L.get(`/api/cases/${code}/facts`)).json().facts;
    expect(facts).toMatchObject({
      exploiters: ['employer', 'recruiter-or-agent'],
      contexts: ['labour'],
      sector: 'agriculture',
      goals: ['stay-in-canada', 'recover-wages'],
      events: { employmentEnded: '2026-09-30' },
    });
    expect(facts.answers).toEqual([expect.objectContaining({ id: 'excessive-hours', answer: 'yes' })]);
  });

  it('records in the history only the keys that were sent', async () => {
    const code = await newCase(L);
    await L.put(`/api/cases/${code}/facts`, { goals: ['safety'] });
    await L.put(`/api/cases/${code}/facts`, { answers: [{ id: 'excessive-hours', answer: 'yes' }] });
    const history = (await L.get(`/api/cases/${code}/facts`)).json().history as { changed: string[] }[];
    expect(history.map((h) => h.changed)).toEqual([['goals'], ['answers']]);
  });
});

describe('answers meant for counsel only', () => {
  async function caseWithSexIndustryWork(): Promise<string> {
    const code = await newCase(L);
    await addMember(L, code, support.id, 'support-worker');
    const put = await L.put(`/api/cases/${code}/facts`, {
      person: { ageBand: 'adult', immigrationStatus: 'visitor', sexIndustryWork: 'yes' },
      contexts: ['sexual'],
    });
    expect(put.statusCode, put.body).toBe(200);
    return code;
  }

  it('never reach a support worker through the facts, the export or the assessment', async () => {
    const code = await caseWithSexIndustryWork();
    const facts = await S.get(`/api/cases/${code}/facts`);
    expect(facts.statusCode).toBe(200);
    expect(facts.json().facts.person).toEqual({ ageBand: 'adult', immigrationStatus: 'visitor' });
    await L.post(`/api/cases/${code}/consents`, { kind: 'explanation', purposes: ['generate-document'], language: 'es' });
    await L.post(`/api/cases/${code}/consents`, {
      kind: 'consent',
      purpose: 'generate-document',
      scope: ['immigration', 'employment'],
      givenHow: 'written',
      language: 'es',
    });
    const exported = await S.get(`/api/cases/${code}/facts/export`);
    expect(exported.statusCode, exported.body).toBe(200);
    expect(exported.json().person.sexIndustryWork).toBeUndefined();
    const lawyersView = (await L.get(`/api/cases/${code}/assessment`)).body;
    const supportView = (await S.get(`/api/cases/${code}/assessment`)).body;
    expect(lawyersView).toMatch(/sex-work|sex-industry/);
    expect(supportView).not.toMatch(/sex-work|sex-industry/);
  });

  it('reach the lawyer on the team', async () => {
    const code = await caseWithSexIndustryWork();
    expect((await L.get(`/api/cases/${code}/facts`)).json().facts.person.sexIndustryWork).toBe('yes');
  });

  it('cannot be changed or erased by a support worker, whose own answers are kept', async () => {
    const code = await caseWithSexIndustryWork();
    const change = await S.put(`/api/cases/${code}/facts`, { person: { sexIndustryWork: 'no' } });
    expect(change.statusCode).toBe(403);
    const erase = await S.put(`/api/cases/${code}/facts`, { person: { sexIndustryWork: null } });
    expect(erase.statusCode).toBe(403);
    const own = await S.put(`/api/cases/${code}/facts`, { person: { inCanadaSince: '2023-06-01' } });
    expect(own.statusCode, own.body).toBe(200);
    expect(own.json().facts.person.sexIndustryWork).toBeUndefined();
    expect((await L.get(`/api/cases/${code}/facts`)).json().facts.person).toMatchObject({ sexIndustryWork: 'yes', inCanadaSince: '2023-06-01' });
  });
});

describe('answers saved at the same moment', () => {
  it('keeps every one of them: each change is merged onto the facts as they are when it is written', async () => {
    const code = await newCase(L);
    const ids = [
      'excessive-hours',
      'withholding-of-wages-or-money',
      'isolation-confinement-surveillance',
      'debt-bondage',
      'documents-confiscated',
      'threats-of-violence',
    ];
    const results = await Promise.all(ids.map((id) => L.put(`/api/cases/${code}/facts`, { answers: [{ id, phase: 'destination', answer: 'yes' }] })));
    const ok = results.filter((r) => r.statusCode === 200).map((r) => r.json().facts.answers.length);
    const kept = (await L.get(`/api/cases/${code}/facts`)).json().facts.answers.map((a: { id: string }) => a.id);
    // Every acknowledged answer is still there.
    const acknowledged = ids.filter((_, i) => results[i]!.statusCode === 200);
    expect(ok.length).toBeGreaterThan(1);
    expect(kept.sort()).toEqual(acknowledged.sort());
  });
});

describe("the assessment in the reader's language", () => {
  async function caseWithSituation(): Promise<string> {
    const code = await newCase(L);
    const put = await L.put(`/api/cases/${code}/facts`, {
      ...EVERY_DATE,
      exploiters: ['employer'],
      contexts: ['labour'],
      goals: ['stay-in-canada', 'recover-wages', 'safety'],
      answers: [
        { id: 'violence', phase: 'destination', answer: 'yes' },
        { id: 'documents-confiscated', phase: 'destination', answer: 'yes' },
        { id: 'excessive-hours', answer: 'yes' },
        { id: 'low-or-no-pay', answer: 'yes' },
      ],
    });
    expect(put.statusCode, put.body).toBe(200);
    return code;
  }

  /** What must be the same in every language: ids, codes, statuses, dates and citations. */
  const decisions = (a: Assessment) => ({
    continuum: a.continuum,
    dimensions: a.dimensions,
    legalTests: a.legalTests,
    remedies: a.remedies.map((r) => ({
      id: r.id,
      eligibility: r.eligibility,
      date: r.deadline?.date,
      risks: r.risks.map((k) => [k.id, k.level]),
      citations: r.citations,
    })),
    flags: a.flags.map((f) => [f.id, f.level]),
    plans: [a.plan, ...a.alternatives].map((p) => ({ steps: p.steps.map((s) => [s.order, s.remedy]), excluded: p.excluded.map((e) => e.remedy) })),
  });

  it('?lang=fr gives every sentence in French and the same ids, codes and dates; no lang is English', async () => {
    const code = await caseWithSituation();
    const plain = await L.get(`/api/cases/${code}/assessment`);
    const en = await L.get(`/api/cases/${code}/assessment?lang=en`);
    const fr = await L.get(`/api/cases/${code}/assessment?lang=fr`);
    for (const res of [plain, en, fr]) expect(res.statusCode, res.body).toBe(200);
    expect(plain.json()).toEqual(en.json());
    const [a, b] = [en.json() as Assessment, fr.json() as Assessment];
    expect(decisions(b)).toEqual(decisions(a));
    expect(b.flags.find((f) => f.id === 'immediate-safety')?.why).toMatch(/^Violence, menaces ou enfermement/);
    const sentences = (x: Assessment) => [
      ...x.flags.map((f) => f.why),
      ...x.remedies.flatMap((r) => [...r.reasons, ...r.evidenceNeeded, ...r.yields, ...r.risks.map((k) => k.why), ...(r.deadline ? [r.deadline.basis] : [])]),
      ...[x.plan, ...x.alternatives].flatMap((p) => [
        ...p.steps.map((s) => s.why),
        ...p.excluded.map((e) => e.why),
        ...p.tradeOffs,
        ...p.awaitingDecision.flatMap((w) => w.risks),
      ]),
    ];
    const english = new Set(sentences(a));
    expect(english.size).toBeGreaterThan(0);
    expect(sentences(b).length).toBe(sentences(a).length);
    expect(sentences(b).filter((s) => english.has(s))).toEqual([]);
  });

  it('refuses any other language with a 400 that names the field, not the value', async () => {
    const code = await caseWithSituation();
    for (const query of ['lang=es', 'lang=FR', 'lang=', 'lang=fr&lang=en', 'lang=%3Cscript%3Eforged%3C%2Fscript%3E']) {
      const res = await L.get(`/api/cases/${code}/assessment?${query}`);
      expect(res.statusCode, `${query}: ${res.body}`).toBe(400);
      const error = res.json().error;
      expect(error.code).toBe('invalid-input');
      expect(error.fields).toEqual([expect.objectContaining({ path: 'querystring.lang', message: expect.stringContaining('en, fr') })]);
      expect(res.body).not.toMatch(/forged|script|"es"|FR"/);
    }
  });
});

describe('the legal view the web shows, worded by the server', () => {
  type View = {
    lang: string;
    asOf: string;
    screening: {
      continuum: string;
      continuumBecause: string[];
      dimensions: { id: string; name: string; status: string; statusText: string }[];
      legalTests: { id: string; name: string; status: string; elements: { id: string; status: string }[] }[];
      corroborate: { id: string; question: string }[];
    };
    flags: { id: string; level: string; title?: string; why: string; date?: string; days?: number }[];
    remedies: { id: string; name: string; eligibility: string; deadlines: { date: string; passed: boolean; basis: string }[]; practiceNotes: string[] }[];
    plans: {
      strategy: string;
      steps: { order: number; remedy: string; why: string }[];
      awaitingDecision: { remedy: string; consentName: string }[];
      excluded: { remedy: string }[];
    }[];
  };

  async function caseWithSituation(): Promise<string> {
    const code = await newCase(L);
    const put = await L.put(`/api/cases/${code}/facts`, {
      ...EVERY_DATE,
      exploiters: ['employer'],
      contexts: ['labour'],
      goals: ['stay-in-canada', 'recover-wages', 'safety'],
      answers: [
        { id: 'violence', phase: 'destination', answer: 'yes' },
        { id: 'documents-confiscated', phase: 'destination', answer: 'yes' },
        { id: 'excessive-hours', answer: 'yes' },
        { id: 'low-or-no-pay', answer: 'yes' },
      ],
    });
    expect(put.statusCode, put.body).toBe(200);
    return code;
  }

  /** Ids, statuses, dates and the plans' order: the same in every language and the same as the assessment's. */
  const decisions = (v: View) => ({
    continuum: v.screening.continuum,
    dimensions: v.screening.dimensions.map((d) => [d.id, d.status]),
    legalTests: v.screening.legalTests.map((t) => [t.id, t.status, t.elements.map((e) => [e.id, e.status])]),
    remedies: v.remedies.map((r) => [r.id, r.eligibility, r.deadlines.map((d) => [d.date, d.passed])]),
    flags: v.flags.map((f) => [f.id, f.level, f.date, f.days]),
    plans: v.plans.map((p) => ({ steps: p.steps.map((s) => [s.order, s.remedy]), excluded: p.excluded.map((e) => e.remedy) })),
  });

  it('answers in English and in French with the same decisions as the assessment, and every sentence translated', async () => {
    const code = await caseWithSituation();
    const plain = await L.get(`/api/cases/${code}/legal-view`);
    const en = await L.get(`/api/cases/${code}/legal-view?lang=en`);
    const fr = await L.get(`/api/cases/${code}/legal-view?lang=fr`);
    for (const res of [plain, en, fr]) expect(res.statusCode, res.body).toBe(200);
    expect(plain.json()).toEqual(en.json());
    const [a, b] = [en.json() as View, fr.json() as View];
    expect([a.lang, b.lang]).toEqual(['en', 'fr']);
    expect(decisions(b)).toEqual(decisions(a));

    const assessment = (await L.get(`/api/cases/${code}/assessment?lang=fr`)).json() as Assessment;
    expect(b.screening.continuum).toBe(assessment.continuum);
    expect(b.screening.dimensions.map((d) => [d.id, d.status])).toEqual(assessment.dimensions.map((d) => [d.id, d.status]));
    expect(b.remedies.map((r) => [r.id, r.eligibility])).toEqual(assessment.remedies.map((r) => [r.id, r.eligibility]));
    expect(b.flags.map((f) => f.id)).toEqual(assessment.flags.map((f) => f.id));
    const [best, ...alternatives] = b.plans;
    expect(best!.steps).toEqual(assessment.plan.steps);
    expect(best!.excluded).toEqual(assessment.plan.excluded);
    expect(alternatives.map((p) => p.steps)).toEqual(assessment.alternatives.map((p) => p.steps));

    // What the contract leaves out is there too: the continuum's reasons, practice notes, the removal's count of days.
    expect(a.screening.continuumBecause.length).toBeGreaterThan(0);
    expect(a.remedies.some((r) => r.practiceNotes.length > 0)).toBe(true);
    expect(a.flags.find((f) => f.id === 'immediate-safety')?.title).toBe('Immediate safety concern');
    expect(b.flags.find((f) => f.id === 'immediate-safety')?.why).toMatch(/^Violence, menaces ou enfermement/);

    const sentences = (v: View) => [
      ...v.screening.continuumBecause,
      ...v.screening.dimensions.flatMap((d) => [d.name, d.statusText]),
      ...v.screening.legalTests.map((t) => t.name),
      ...v.screening.corroborate.map((c) => c.question),
      ...v.remedies.flatMap((r) => [r.name, ...r.practiceNotes, ...r.deadlines.map((d) => d.basis)]),
      ...v.plans.flatMap((p) => [p.strategy, ...p.steps.map((s) => s.why), ...p.awaitingDecision.map((w) => w.consentName)]),
    ];
    const english = new Set(sentences(a));
    expect(english.size).toBeGreaterThan(20);
    expect(sentences(b).length).toBe(sentences(a).length);
    // A few words are the same in both languages (a remedy's proper name); sentences are not.
    expect(sentences(b).filter((s) => english.has(s) && s.split(' ').length > 4)).toEqual([]);
  });

  it('refuses any other language with a 400 that names the field, not the value', async () => {
    const code = await caseWithSituation();
    for (const query of ['lang=es', 'lang=FR', 'lang=', 'lang=fr&lang=en', 'lang=%3Cscript%3Eforged%3C%2Fscript%3E', 'other=1']) {
      const res = await L.get(`/api/cases/${code}/legal-view?${query}`);
      expect(res.statusCode, `${query}: ${res.body}`).toBe(400);
      expect(res.json().error.code).toBe('invalid-input');
      expect(res.body).not.toMatch(/forged|script|"es"|FR"/);
    }
  });

  it('answers someone off the team exactly as for a case that does not exist', async () => {
    const code = await caseWithSituation();
    const real = await S.get(`/api/cases/${code}/legal-view?lang=fr`);
    const missing = await S.get('/api/cases/HB-2222-22/legal-view?lang=fr');
    expect(real.statusCode).toBe(404);
    expect(real.body).toBe(missing.body);
  });

  it('is audited as a reading of the assessment', async () => {
    const code = await caseWithSituation();
    const count = async () =>
      (await L.get(`/api/cases/${code}/activity`)).json().entries.filter((e: { action: string }) => e.action === 'case.assessment-read').length as number;
    const before = await count();
    expect((await L.get(`/api/cases/${code}/legal-view?lang=fr`)).statusCode).toBe(200);
    expect(await count()).toBe(before + 1);
  });

  it('never shows a support worker what follows from a counsel-only answer, in either language', async () => {
    const code = await newCase(L);
    await addMember(L, code, support.id, 'support-worker');
    const put = await L.put(`/api/cases/${code}/facts`, {
      person: { ageBand: 'adult', immigrationStatus: 'visitor', sexIndustryWork: 'yes' },
      contexts: ['sexual'],
    });
    expect(put.statusCode, put.body).toBe(200);
    for (const lang of ['en', 'fr']) {
      const lawyers = await L.get(`/api/cases/${code}/legal-view?lang=${lang}`);
      const supports = await S.get(`/api/cases/${code}/legal-view?lang=${lang}`);
      expect([lawyers.statusCode, supports.statusCode]).toEqual([200, 200]);
      expect(lawyers.body).toMatch(/sex-work|sex-industry/);
      expect(supports.body).not.toMatch(/sex-work|sex-industry/);
      expect(lawyers.json().flags.map((f: { id: string }) => f.id)).toContain('sex-industry-immigration-risk');
    }
  });
});
