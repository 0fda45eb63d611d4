// The bars and routes of the immigration remedies, as the legal review of December 2026 corrected
// them from the official text of IRPA and IRPR: the pending-PRRA bars (ss. 24(3.1), 25(1.2)(b.1)),
// the withdrawn-claim H&C bar (s. 25(1.2)(c)), the designated-foreign-national bars (ss. 24(5),
// 25(1.01)), the Safe Third Country PRRA bar (s. 112(2)(b)), the staged law of S.C. 2026, c. 4,
// the permit holder class (IRPR ss. 63, 65) and the inadmissibility risks (ss. 37, 40, 117).
import { describe, expect, it } from 'vitest';
import type { RemedyId } from '../contract';
import { isoDate } from '../dates/iso-date';
import { findBars } from '../planning/bars';
import type { ScreeningResult } from '../screening';
import { evaluateRemedies, type RemedyEvaluation } from './index';
import { caseFacts, screening, type ScenarioFacts } from './scenario-support';

const yes = (id: string, phase?: 'recruitment' | 'destination') => ({ id, answer: 'yes' as const, ...(phase ? { phase } : {}) });
type Person = NonNullable<ScenarioFacts['person']>;

/** A trafficked person abused by an employer and a partner, under a removal order, with this history. */
function assess(person: Person, asOf = '2026-11-28', extra: Omit<ScenarioFacts, 'person' | 'asOf'> = {}, screened?: ScreeningResult, locale?: 'en' | 'fr') {
  const facts = caseFacts({
    asOf,
    exploiters: ['employer', 'spouse-or-partner'],
    contexts: ['labour'],
    ...extra,
    person: { removal: { state: 'order-issued' }, relationshipBasedStatus: 'yes', ...person },
  });
  const result = evaluateRemedies(facts, screened ?? screening({ continuum: 'trafficking-indicators', met: ['palermo-art3'] }), locale ? { locale } : {});
  const remedy = (id: RemedyId): RemedyEvaluation => result.remedies.find((r) => r.id === id)!;
  return { facts, remedy, bars: findBars(facts, isoDate(asOf)) };
}

const ineligibleWithPrra = (state: 'pending' | 'refused' | 'unknown' | undefined): Person => ({
  priorRefugeeClaim: { outcome: 'ineligible', date: '2026-08-01' },
  ...(state ? { prra: { state, date: '2026-09-01' } } : {}),
});

describe('E3: no TRP or H&C after a claim found ineligible while a PRRA is pending (ss. 24(3.1), 25(1.2)(b.1))', () => {
  it('no longer shows the VTIP TRP "likely" and the H&C "possible" for such a person', () => {
    const { remedy } = assess(ineligibleWithPrra('pending'));
    expect(remedy('vtip-trp').eligibility).toBe('unlikely');
    expect(remedy('vtip-trp').reasonCodes).toContain('vtip-trp.pending-prra-bar');
    expect(remedy('fv-trp').eligibility).toBe('unlikely');
    expect(remedy('fv-trp').reasonCodes).toContain('fv-trp.pending-prra-bar');
    expect(remedy('hc').eligibility).toBe('not-applicable');
    expect(remedy('hc').reasonCodes).toEqual(['hc.pending-prra-bar']);
  });

  it('quotes the provisions read in the official XML', () => {
    const { remedy } = assess(ineligibleWithPrra('pending'));
    const vtip = remedy('vtip-trp').citations.find((c) => c.pinpoint.startsWith('s. 24(3.1)'))!;
    expect(vtip.pinpoint).toContain(
      'may not request a temporary resident permit if they have made an application for protection to the Minister that is pending',
    );
    expect(vtip.verification).toBe('official-text');
    const hc = remedy('hc').citations.find((c) => c.pinpoint.startsWith('s. 25(1.2)(b.1)'))!;
    expect(hc.pinpoint).toContain('determined to be ineligible to be referred to the Refugee Protection Division');
  });

  it('opens again once the PRRA is decided', () => {
    const { remedy } = assess(ineligibleWithPrra('refused'));
    expect(remedy('vtip-trp').reasonCodes).not.toContain('vtip-trp.pending-prra-bar');
    expect(remedy('vtip-trp').eligibility).toBe('likely');
    expect(remedy('hc').reasonCodes).not.toContain('hc.pending-prra-bar');
  });

  it('asks for the state of the PRRA when it is not recorded, and the plan only cautions', () => {
    for (const state of ['unknown', undefined] as const) {
      const { remedy, bars } = assess(ineligibleWithPrra(state));
      expect(remedy('vtip-trp').reasonCodes).toContain('vtip-trp.pending-prra-bar-facts-needed');
      expect(remedy('hc').reasonCodes).toContain('hc.pending-prra-bar-facts-needed');
      expect(bars.find((b) => b.remedy === 'hc' && b.code === 'prra-pending-after-ineligible-claim')?.effect).toBe('caution');
    }
  });

  it('holds the TRPs and the H&C out of every plan while the PRRA is pending', () => {
    const { bars } = assess(ineligibleWithPrra('pending'));
    for (const remedy of ['vtip-trp', 'fv-trp', 'hc'] as const)
      expect(bars).toContainEqual(expect.objectContaining({ remedy, code: 'prra-pending-after-ineligible-claim', effect: 'blocks' }));
  });

  it('applies from 2019-06-21, the day S.C. 2019, c. 29, ss. 302–303 came into force, not the day before', () => {
    expect(assess(ineligibleWithPrra('pending'), '2019-06-20').remedy('hc').reasonCodes).not.toContain('hc.pending-prra-bar');
    expect(assess(ineligibleWithPrra('pending'), '2019-06-21').remedy('hc').reasonCodes).toContain('hc.pending-prra-bar');
  });

  it('no longer cites s. 24(3.1) for a claim that is merely pending', () => {
    const { remedy } = assess({ immigrationStatus: 'refugee-claimant', priorRefugeeClaim: { outcome: 'pending' } });
    expect(remedy('vtip-trp').reasonCodes).toContain('vtip-trp.claim-pending-note');
    expect(remedy('vtip-trp').reasons.join(' ')).toContain('s. 24(3.1) bars it only after a claim found ineligible');
  });
});

describe('E4: the 12-month bars after a withdrawn claim (ss. 24(4), 25(1.2)(c), 112(2)(b.1))', () => {
  const withdrawn = (heard?: 'yes' | 'no' | 'unknown'): Person => ({
    priorRefugeeClaim: { outcome: 'withdrawn', date: '2026-06-01', ...(heard ? { withdrawnAfterSubstantiveEvidence: heard } : {}) },
  });

  it('bars the H&C until the anniversary when the claim was withdrawn after substantive evidence was heard', () => {
    expect(assess(withdrawn('yes'), '2027-05-31').remedy('hc').reasonCodes).toContain('hc.refugee-rejection-bar');
    expect(assess(withdrawn('yes'), '2027-06-01').remedy('hc').reasonCodes).not.toContain('hc.refugee-rejection-bar');
    expect(assess(withdrawn('yes'), '2027-06-02').remedy('hc').reasonCodes).not.toContain('hc.refugee-rejection-bar');
  });

  it('leaves the H&C open after a withdrawal before substantive evidence, while the TRP and PRRA bars still run (their text has no such limit)', () => {
    const { remedy, bars } = assess(withdrawn('no'));
    expect(remedy('hc').reasonCodes.filter((c) => c.startsWith('hc.refugee') || c.startsWith('hc.withdrawal'))).toEqual([]);
    expect(remedy('hc').eligibility).toBe('possible');
    expect(bars.map((b) => b.remedy)).not.toContain('hc');
    expect(remedy('fv-trp').reasonCodes).toContain('fv-trp.refugee-rejection-bar');
    expect(remedy('prra').reasonCodes).toContain('prra.refugee-rejection-bar');
  });

  it('asks whether evidence had been heard when it is unknown or not recorded, and the plan only cautions', () => {
    for (const heard of ['unknown', undefined] as const) {
      const { remedy, bars } = assess(withdrawn(heard));
      expect(remedy('hc').eligibility).toBe('unknown');
      expect(remedy('hc').reasonCodes).toEqual(['hc.withdrawal-evidence-unknown']);
      expect(remedy('hc').reasons[0]).toContain('Record whether the Refugee Protection Division had heard substantive evidence');
      expect(bars.find((b) => b.remedy === 'hc')).toMatchObject({ code: 'withdrawal-evidence-unknown', effect: 'caution' });
    }
  });

  it('no longer asks once the 12 months since the withdrawal have passed', () => {
    expect(assess(withdrawn('unknown'), '2027-06-01').remedy('hc').reasonCodes).not.toContain('hc.withdrawal-evidence-unknown');
  });

  it('bars all three after an abandoned claim', () => {
    const { remedy } = assess({ priorRefugeeClaim: { outcome: 'abandoned', date: '2026-06-01' } });
    expect(remedy('hc').reasonCodes).toContain('hc.refugee-rejection-bar');
    expect(remedy('fv-trp').reasonCodes).toContain('fv-trp.refugee-rejection-bar');
    expect(remedy('prra').reasonCodes).toContain('prra.refugee-rejection-bar');
  });

  it('quotes "after substantive evidence was heard" from s. 25(1.2)(c)', () => {
    const { remedy } = assess(withdrawn('yes'));
    expect(
      remedy('hc')
        .citations.map((c) => c.pinpoint)
        .join(' '),
    ).toContain('determined to be withdrawn \u2014 after substantive evidence was heard \u2014 or abandoned');
  });
});

describe('designated foreign nationals: five years without a TRP or H&C (ss. 24(5), 25(1.01))', () => {
  const designated = (claimDate: string): Person => ({ designatedForeignNational: 'yes', priorRefugeeClaim: { outcome: 'rejected', date: claimDate } });

  it.each([
    ['2029-01-09', true],
    ['2029-01-10', false],
    ['2029-01-11', false],
  ])('on %s, five years after a claim finally rejected on 2024-01-10, barred: %s', (asOf, barred) => {
    const { remedy } = assess(designated('2024-01-10'), asOf);
    expect(remedy('hc').reasonCodes.includes('hc.designated-foreign-national-bar')).toBe(barred);
    expect(remedy('vtip-trp').reasonCodes.includes('vtip-trp.designated-foreign-national-bar')).toBe(barred);
    expect(remedy('fv-trp').reasonCodes.includes('fv-trp.designated-foreign-national-bar')).toBe(barred);
  });

  it('names the day the bar ends and holds the step until then', () => {
    const { remedy, bars } = assess(designated('2024-01-10'));
    expect(remedy('hc').eligibility).toBe('unlikely');
    expect(remedy('hc').reasons.join(' ')).toContain('until 2029-01-10');
    expect(bars).toContainEqual(expect.objectContaining({ remedy: 'hc', code: 'designated-foreign-national-5-years', until: '2029-01-10' }));
  });

  it('counts from the PRRA decision when there was a PRRA', () => {
    const { bars } = assess({ ...designated('2024-01-10'), prra: { state: 'refused', date: '2025-03-01' } });
    expect(bars.find((b) => b.remedy === 'vtip-trp' && b.code === 'designated-foreign-national-5-years')?.until).toBe('2030-03-01');
  });

  it('bars without an end while no date is known (no claim: five years after a designation the facts do not date)', () => {
    const { remedy, bars } = assess({ designatedForeignNational: 'yes' });
    expect(remedy('hc').reasonCodes).toContain('hc.designated-foreign-national-bar-end-unknown');
    expect(bars.find((b) => b.remedy === 'hc')).toMatchObject({ code: 'designated-foreign-national-5-years', effect: 'blocks' });
    expect(bars.find((b) => b.remedy === 'hc')?.until).toBeUndefined();
  });

  it('asks to check the designation when it is unknown', () => {
    const { remedy, bars } = assess({ designatedForeignNational: 'unknown' });
    expect(remedy('hc').reasonCodes).toContain('hc.designated-foreign-national-bar-facts-needed');
    expect(remedy('vtip-trp').eligibility).toBe('likely');
    expect(bars.find((b) => b.remedy === 'hc')?.effect).toBe('caution');
  });

  it('says nothing when the person is not designated', () => {
    const { bars } = assess({ designatedForeignNational: 'no' });
    expect(bars).toEqual([]);
  });
});

describe('PRRA: no application after a claim found ineligible under the Safe Third Country rule (s. 112(2)(b))', () => {
  it('is unlikely after a land entry from the United States and an ineligible claim, and says to check the ground', () => {
    const { remedy } = assess({
      entries: [{ date: '2026-05-01', via: 'land-from-us-at-port' }],
      priorRefugeeClaim: { outcome: 'ineligible', date: '2026-05-01' },
      prra: { state: 'none' },
    });
    expect(remedy('prra').eligibility).toBe('unlikely');
    expect(remedy('prra').reasonCodes).toContain('prra.safe-third-country');
    expect(
      remedy('prra')
        .citations.map((c) => c.pinpoint)
        .join(' '),
    ).toContain('determined under paragraph 101(1)(e) to be ineligible');
  });

  it('does not apply to an entry by air', () => {
    const { remedy } = assess({
      entries: [{ date: '2026-05-01', via: 'air' }],
      priorRefugeeClaim: { outcome: 'ineligible', date: '2026-05-01' },
      prra: { state: 'none' },
    });
    expect(remedy('prra').reasonCodes).not.toContain('prra.safe-third-country');
    expect(remedy('prra').eligibility).toBe('possible');
  });
});

describe('staged law: S.C. 2026, c. 4, ss. 34, 35 and 52, enacted and not yet in force', () => {
  const withdrawn: Person = { priorRefugeeClaim: { outcome: 'withdrawn', date: '2026-06-01', withdrawnAfterSubstantiveEvidence: 'no' } };

  it('notes the coming TRP and PRRA bars after a Minister-determined withdrawal, with a visible "verify the in-force date" banner', () => {
    const { remedy } = assess(withdrawn);
    for (const id of ['vtip-trp', 'fv-trp', 'prra'] as const) {
      expect(remedy(id).reasonCodes).toContain(`${id}.minister-withdrawal-not-in-force`);
      expect(remedy(id).verify.join(' ')).toMatch(/not yet in force.*verify the in-force date/);
    }
    expect(remedy('vtip-trp').verify.join(' ')).toContain('S.C. 2026, c. 4, s. 34');
    expect(remedy('prra').verify.join(' ')).toContain('S.C. 2026, c. 4, s. 52');
  });

  it('notes the H&C bar that will start once a claim is found eligible (s. 35)', () => {
    const { remedy } = assess({ immigrationStatus: 'refugee-claimant', priorRefugeeClaim: { outcome: 'pending' } });
    expect(remedy('hc').reasonCodes).toContain('hc.eligible-claim-bar-not-in-force');
    expect(remedy('hc').verify.join(' ')).toContain('S.C. 2026, c. 4, s. 35');
    expect(
      remedy('hc')
        .citations.map((c) => c.pinpoint)
        .join(' '),
    ).toContain('determined to be eligible to be referred');
  });

  it('says nothing of the bill before it was enacted (royal assent 2026-03-26)', () => {
    expect(assess(withdrawn, '2026-03-25').remedy('prra').reasonCodes).not.toContain('prra.minister-withdrawal-not-in-force');
    expect(assess(withdrawn, '2026-03-26').remedy('prra').reasonCodes).toContain('prra.minister-withdrawal-not-in-force');
  });

  it('gives the banner in French', () => {
    const { remedy } = assess(withdrawn, '2026-11-28', {}, undefined, 'fr');
    expect(remedy('prra').verify.join(' ')).toContain('L.C. 2026, ch. 4, art. 52');
  });

  it('does not apply the staged bars: the plan knows only the law in force', () => {
    const { bars } = assess(withdrawn);
    expect(bars.map((b) => b.remedy).sort()).toEqual(['fv-trp', 'prra', 'vtip-trp']);
  });
});

describe('E9: the permit holder class and Quebec selection (IRPR ss. 63(d), 65; IRPA s. 25(2))', () => {
  it('states the 3-year maximum of a TRP and the 5-year route, the 3-year one being only for health inadmissibility', () => {
    const { remedy } = assess({});
    const yields = remedy('vtip-trp').yields.join(' ');
    expect(yields).toContain('at most 3 years (IRPR s. 63(d))');
    expect(yields).toContain('After 5 years of continuous permits');
    expect(yields).toContain('only for people inadmissible on health grounds');
  });

  it('adds Quebec selection to the permit holder route and the H&C in Quebec only', () => {
    const qc = assess({ province: 'QC' });
    expect(qc.remedy('vtip-trp').reasonCodes).toContain('vtip-trp.quebec-selection');
    expect(qc.remedy('hc').reasonCodes).toContain('hc.quebec-selection');
    expect(
      qc
        .remedy('hc')
        .citations.map((c) => c.pinpoint)
        .join(' '),
    ).toContain('does not meet the province\u2019s selection criteria');
    const on = assess({ province: 'ON' });
    expect(on.remedy('hc').reasonCodes).not.toContain('hc.quebec-selection');
  });
});

describe('the VTIP TRP with no indicators', () => {
  const palermoLacksFacts = (continuum: ScreeningResult['continuum']): ScreeningResult => ({
    ...screening({ continuum }),
    legalTests: [{ id: 'palermo-art3', status: 'insufficient-information', elements: [], citations: [], notes: [] }],
  });

  it('does not speak of "signs of exploitation or forced labour" when the continuum is "no indicators"', () => {
    const r = assess({}, '2026-11-28', {}, palermoLacksFacts('no-indicators')).remedy('vtip-trp');
    expect(r.reasonCodes).not.toContain('vtip-trp.exploitation-short-of-trafficking');
    expect(r.reasons.join(' ')).not.toContain('signs of exploitation');
    expect(r.reasonCodes).toContain('vtip-trp.trafficking-facts-needed');
    expect(r.eligibility).toBe('unknown');
  });

  it('still does once the screening places the case at exploitation', () => {
    const r = assess({}, '2026-11-28', {}, palermoLacksFacts('exploitation')).remedy('vtip-trp');
    expect(r.reasonCodes).toContain('vtip-trp.exploitation-short-of-trafficking');
    expect(r.eligibility).toBe('possible');
  });
});

describe('inadmissibility risks: misrepresentation (s. 40) and organized criminality or smuggling (ss. 37(1)(b), 117)', () => {
  const risky = { facts: [yes('entered-on-false-documents', 'recruitment'), yes('coerced-into-facilitating', 'destination')] };

  it('raises the risk on the TRPs, the H&C and the PRRA, naming both grounds', () => {
    const { remedy } = assess({}, '2026-11-28', risky);
    for (const id of ['vtip-trp', 'fv-trp', 'hc', 'prra'] as const) {
      const r = remedy(id).risks.find((x) => x.id === 'inadmissibility');
      expect(r?.level, id).toBe('high');
      expect(r?.why, id).toContain('s. 40(1)(a)');
      expect(r?.why, id).toContain('s. 37(1)(b)');
      expect(r?.why, id).toContain('s. 117');
    }
  });

  it('raises it on the open work permit, the sponsorship and the refugee claim too', () => {
    const { remedy } = assess({ immigrationStatus: 'work-permit-employer-specific', removal: { state: 'none' } }, '2026-11-28', {
      facts: [...risky.facts, yes('violence', 'destination')],
    });
    for (const id of ['owp-v', 'spousal-sponsorship', 'refugee-claim'] as const) expect(remedy(id).riskCodes, id).toContain(`${id}.misrepresentation`);
    expect(remedy('refugee-claim').risks.find((x) => x.id === 'inadmissibility')?.why).toContain('s. 101(1)(f)');
  });

  it('weighs misrepresentation alone as high for an application for permanent residence (s. 40(3)) and medium for a TRP', () => {
    const { remedy } = assess({}, '2026-11-28', { facts: [yes('entered-on-false-documents', 'recruitment')] });
    expect(remedy('hc').risks.find((x) => x.id === 'inadmissibility')?.level).toBe('high');
    expect(remedy('vtip-trp').risks.find((x) => x.id === 'inadmissibility')?.level).toBe('medium');
    expect(remedy('vtip-trp').risks.find((x) => x.id === 'inadmissibility')?.why).not.toContain('s. 37(1)(b)');
  });

  it('says it in French', () => {
    const { remedy } = assess({}, '2026-11-28', risky, undefined, 'fr');
    expect(remedy('hc').risks.find((x) => x.id === 'inadmissibility')?.why).toContain('fausse déclaration');
  });

  it('is not raised without those facts', () => {
    const { remedy } = assess({});
    for (const id of ['vtip-trp', 'fv-trp', 'hc', 'prra'] as const)
      expect(
        remedy(id).risks.map((x) => x.id),
        id,
      ).not.toContain('inadmissibility');
  });
});
