import { describe, expect, it } from 'vitest';
import { planSchema, type Plan } from '../contract';
import { facts, labourCaseRemedies, noScreening, remediesResult, remedy } from './fixtures';
import { planStrategy, rankPlans } from './index';

const allPlans = (r: { plan: Plan; alternatives: Plan[] }) => [r.plan, ...r.alternatives];
const stepIds = (plan: Plan) => plan.steps.map((s) => s.remedy);

describe('planStrategy', () => {
  it('puts vtip-trp or removal-deferral first when removal is scheduled within 30 days', () => {
    const f = facts({ person: { removal: { state: 'scheduled', date: '2026-12-08' } } });
    const result = planStrategy(f, noScreening, remediesResult(labourCaseRemedies));
    for (const plan of allPlans(result)) expect(['vtip-trp', 'removal-deferral']).toContain(plan.steps[0]!.remedy);
    expect(result.plan.steps[0]!.why).toMatch(/Removal is scheduled for 2026-12-08/);
  });

  it('treats removal 31 days away as not imminent, so evidence steps may come first (> 30 days)', () => {
    const at30 = facts({ person: { removal: { state: 'scheduled', date: '2026-12-28' } } });
    const at31 = facts({ person: { removal: { state: 'scheduled', date: '2026-12-29' } } });
    expect(planStrategy(at30, noScreening, remediesResult(labourCaseRemedies)).plan.steps[0]!.why).toMatch(/Removal is scheduled/);
    expect(planStrategy(at31, noScreening, remediesResult(labourCaseRemedies)).plan.steps[0]!.why).not.toMatch(/Removal is scheduled/);
  });

  it('keeps hc out of the first steps while a refused refugee claim is under 12 months old', () => {
    const f = facts({ person: { priorRefugeeClaim: { outcome: 'rejected', date: '2026-03-01' } } });
    const result = planStrategy(f, noScreening, remediesResult(labourCaseRemedies));
    for (const plan of allPlans(result)) {
      const hc = plan.steps.find((s) => s.remedy === 'hc');
      if (hc) {
        expect(hc.order).toBe(plan.steps.length);
        expect(hc.why).toMatch(/Not before 2027-03-01/);
      }
    }
  });

  it('opens hc again on the anniversary of the refugee decision (bar is "less than 12 months")', () => {
    const dayBefore = facts({ asOf: '2027-02-28', person: { priorRefugeeClaim: { outcome: 'rejected', date: '2026-03-01' } } });
    const anniversary = facts({ asOf: '2027-03-01', person: { priorRefugeeClaim: { outcome: 'rejected', date: '2026-03-01' } } });
    const why = (f: ReturnType<typeof facts>) =>
      planStrategy(f, noScreening, remediesResult(labourCaseRemedies)).plan.steps.find((s) => s.remedy === 'hc')!.why;
    expect(why(dayBefore)).toMatch(/Not before/);
    expect(why(anniversary)).not.toMatch(/Not before/);
  });

  it('leaves hc out of every plan while a refugee claim is pending', () => {
    const f = facts({ person: { priorRefugeeClaim: { outcome: 'pending' } } });
    const result = planStrategy(f, noScreening, remediesResult(labourCaseRemedies));
    for (const plan of allPlans(result)) {
      expect(stepIds(plan)).not.toContain('hc');
      expect(plan.excluded.find((e) => e.remedy === 'hc')?.why).toMatch(/refugee claim is pending/);
    }
  });

  it('never makes a step of an action the client refused, and says why it is excluded', () => {
    const f = facts({ consents: { contactPolice: 'no', contactImmigrationAuthorities: 'yes', fileComplaintsNamingEmployer: 'no' } });
    const result = planStrategy(f, noScreening, remediesResult(labourCaseRemedies));
    for (const plan of allPlans(result)) {
      for (const refused of ['criminal-complaint', 'victim-compensation', 'employment-standards'] as const) {
        expect(stepIds(plan)).not.toContain(refused);
        expect(plan.excluded.find((e) => e.remedy === refused)?.why).toMatch(/decided not to/);
      }
    }
  });

  it('holds an undecided action in awaitingDecision with its risks, never as a step', () => {
    const f = facts({ consents: { contactPolice: 'undecided', contactImmigrationAuthorities: 'yes', fileComplaintsNamingEmployer: 'yes' } });
    const { plan } = planStrategy(f, noScreening, remediesResult(labourCaseRemedies));
    expect(stepIds(plan)).not.toContain('criminal-complaint');
    const waiting = plan.awaitingDecision.find((a) => a.remedy === 'criminal-complaint')!;
    expect(waiting.consentNeeded).toBe('contactPolice');
    expect(waiting.risks.join(' ')).toMatch(/retraumatization \(high\)/);
  });

  it('needs no police consent for victim compensation in Quebec (IVAC needs no police report)', () => {
    const f = facts({
      person: { province: 'QC' },
      consents: { contactPolice: 'no', contactImmigrationAuthorities: 'yes', fileComplaintsNamingEmployer: 'yes' },
    });
    expect(stepIds(planStrategy(f, noScreening, remediesResult(labourCaseRemedies)).plan)).toContain('victim-compensation');
  });

  it('places employment standards and EI before the hc application that uses their evidence', () => {
    const { plan } = planStrategy(facts(), noScreening, remediesResult(labourCaseRemedies));
    expect(rankPlans(facts(), noScreening, remediesResult(labourCaseRemedies))[0]!.strategy).not.toBe('status-first');
    const at = (id: string) => plan.steps.findIndex((s) => s.remedy === id);
    expect(at('employment-standards')).toBeGreaterThanOrEqual(0);
    expect(at('employment-standards')).toBeLessThan(at('hc'));
    expect(at('employment-insurance')).toBeLessThan(at('hc'));
    expect(plan.steps[at('employment-standards')]!.producesEvidenceFor).toContain('hc');
    expect(plan.steps[at('hc')]!.why).toMatch(/Uses evidence from: .*employment standards complaint/);
  });

  it('puts the earliest-expiring deadline first when deadlines end within 90 days', () => {
    const list = [
      remedy('human-rights', { deadline: { date: '2027-01-20', basis: 'one year', citation: 'HRC s. 34' } }),
      remedy('employment-standards', { deadline: { date: '2027-01-05', basis: 'six months', citation: 'ESA s. 74' } }),
      remedy('hc'),
    ];
    const { plan } = planStrategy(facts({ person: { province: 'BC' } }), noScreening, remediesResult(list));
    expect(stepIds(plan).slice(0, 2)).toEqual(['employment-standards', 'human-rights']);
  });

  it('ignores remedies that are unlikely, unknown or not applicable', () => {
    const result = planStrategy(facts(), noScreening, remediesResult(labourCaseRemedies));
    for (const plan of allPlans(result)) {
      const mentioned = [...stepIds(plan), ...plan.awaitingDecision.map((a) => a.remedy), ...plan.excluded.map((e) => e.remedy)];
      expect(mentioned).not.toContain('refugee-claim');
      expect(mentioned).not.toContain('prra');
    }
  });

  it('returns the same plans for the same input', () => {
    const f = facts({ person: { removal: { state: 'scheduled', date: '2026-12-08' } } });
    const a = planStrategy(f, noScreening, remediesResult(labourCaseRemedies));
    const b = planStrategy(structuredClone(f), noScreening, remediesResult([...labourCaseRemedies].reverse()));
    expect(b).toEqual(a);
  });

  it('produces plans that satisfy the contract schema, numbered from 1', () => {
    const result = planStrategy(facts(), noScreening, remediesResult(labourCaseRemedies));
    for (const plan of allPlans(result)) {
      expect(planSchema.parse(plan)).toEqual(plan);
      expect(plan.steps.map((s) => s.order)).toEqual(plan.steps.map((_, i) => i + 1));
    }
  });

  it('gives an empty plan when no remedy is open', () => {
    const { plan, alternatives } = planStrategy(facts(), noScreening, remediesResult([]));
    expect(plan.steps).toEqual([]);
    expect(alternatives).toEqual([]);
  });
});

describe('rankPlans', () => {
  it('offers a low-exposure alternative that leaves out high-risk steps and says so', () => {
    const ranked = rankPlans(facts(), noScreening, remediesResult(labourCaseRemedies));
    const low = ranked.find((p) => p.strategy === 'low-exposure')!;
    expect(low.steps.map((s) => s.remedy)).not.toContain('criminal-complaint');
    expect(low.excluded).toContainEqual({ remedy: 'criminal-complaint', note: { code: 'left-out-high-risk', risks: ['retraumatization'] } });
  });

  it('ranks plans by score, best first, and describes each with trade-offs', () => {
    const ranked = rankPlans(facts(), noScreening, remediesResult(labourCaseRemedies), { riskTolerance: 'high' });
    const totals = ranked.map((p) => p.score.total);
    expect([...totals].sort((a, b) => b - a)).toEqual(totals);
    for (const p of ranked) expect(p.tradeOffs[0]).toEqual({ code: 'strategy', strategy: p.strategy });
  });

  it('counts harms three times as heavily for a client with low risk tolerance as for high', () => {
    const list = [remedy('employment-standards', { risks: [{ id: 'employer-retaliation', level: 'high', why: '…' }] })];
    const risk = (riskTolerance: 'low' | 'high') => rankPlans(facts(), noScreening, remediesResult(list), { riskTolerance })[0]!.score.risk;
    expect(risk('low')).toBe(3 * risk('high'));
  });

  it('counts limitations such as a long wait at a flat rate whatever the tolerance', () => {
    const list = [remedy('hc', { risks: [{ id: 'long-wait', level: 'high', why: '…' }] })];
    const risk = (riskTolerance: 'low' | 'high') => rankPlans(facts(), noScreening, remediesResult(list), { riskTolerance })[0]!.score.risk;
    expect(risk('low')).toBe(risk('high'));
  });

  it('never lets the low-exposure option drop the step that answers an imminent removal', () => {
    const list = [remedy('vtip-trp', { risks: [{ id: 'cbsa-exposure', level: 'high', why: '…' }] }), remedy('employment-insurance')];
    const f = facts({ person: { removal: { state: 'scheduled', date: '2026-12-01' } } });
    const low = rankPlans(f, noScreening, remediesResult(list)).find((p) => p.strategy === 'low-exposure');
    expect(low?.steps[0]?.remedy ?? 'vtip-trp').toBe('vtip-trp');
  });
});
