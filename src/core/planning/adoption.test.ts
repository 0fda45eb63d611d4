import { describe, expect, it } from 'vitest';
import { facts, labourCaseRemedies, noScreening, remediesResult } from './fixtures';
import { planKey, rankPlans, resolveAdoption, toContractPlan } from './index';

const ranked = (f = facts()) => rankPlans(f, noScreening, remediesResult(labourCaseRemedies));

describe('adopting a plan', () => {
  it('knows a plan by where it places the remedies, whatever its wording', () => {
    const [best] = ranked();
    expect(planKey(toContractPlan(best!, 'en'))).toBe(planKey(toContractPlan(best!, 'fr')));
    expect(planKey(best!)).toBe(planKey(toContractPlan(best!, 'en')));
  });

  it('says no plan was adopted when none was', () => {
    expect(resolveAdoption(ranked(), undefined)).toEqual({ status: 'none' });
  });

  it('finds the adopted alternative among the ranked plans', () => {
    const plans = ranked();
    expect(plans.length).toBeGreaterThan(1);
    const alt = plans[1]!;
    const adopted = { strategy: alt.strategy, key: planKey(alt), on: '2026-11-28' };
    expect(resolveAdoption(plans, adopted)).toEqual({ status: 'adopted', index: 1, strategy: alt.strategy, on: '2026-11-28' });
  });

  it('finds the adopted plan again after a re-assessment that ranks it first', () => {
    const plans = ranked();
    const low = plans.find((p) => p.strategy === 'low-exposure')!;
    const adopted = { strategy: low.strategy, key: planKey(low), on: '2026-11-28' };
    const again = rankPlans(facts(), noScreening, remediesResult(labourCaseRemedies), { riskTolerance: 'low' });
    const found = resolveAdoption(again, adopted);
    expect(found.status).toBe('adopted');
    expect(planKey(again[(found as { index: number }).index]!)).toBe(adopted.key);
  });

  it('says the adopted plan is gone when the facts change where it placed the remedies', () => {
    const low = ranked().find((p) => p.strategy === 'low-exposure')!;
    const adopted = { strategy: low.strategy, key: planKey(low), on: '2026-11-28' };
    const refused = facts({ consents: { contactPolice: 'no', contactImmigrationAuthorities: 'no', fileComplaintsNamingEmployer: 'no' } });
    expect(resolveAdoption(ranked(refused), adopted)).toEqual({ status: 'gone', strategy: 'low-exposure', on: '2026-11-28' });
  });

  it('gives every left-out remedy its reason code in the contract plan', () => {
    for (const plan of ranked()) for (const e of toContractPlan(plan, 'en').excluded) expect(e.reason).toMatch(/^(consent-refused|barred|high-risk)$/);
    const low = ranked().find((p) => p.strategy === 'low-exposure')!;
    expect(toContractPlan(low, 'en').excluded).toContainEqual(expect.objectContaining({ remedy: 'criminal-complaint', reason: 'high-risk' }));
  });
});
