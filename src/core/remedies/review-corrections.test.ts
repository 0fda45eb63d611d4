// Corrections from the legal review of December 2026 (shared/research/legal-review-2026-12.md): each test is named
// after the rule it pins, with the day before, on and after each limit the rule has.
import { describe, expect, it } from 'vitest';
import type { LegalTestId, RemedyId } from '../contract';
import type { ContinuumPosition } from '../contract';
import { planStrategy } from '../planning';
import { evaluateRemedies, showJurisdiction, valueAt } from './index';
import { caseFacts, screening, type ScenarioFacts } from './scenario-support';

type Screen = { continuum?: ContinuumPosition; met?: LegalTestId[] };
const evaluate = (id: RemedyId, facts: ScenarioFacts, screen: Screen = {}) =>
  evaluateRemedies(caseFacts(facts), screening(screen)).remedies.find((r) => r.id === id)!;
const yes = (id: string, phase?: 'recruitment' | 'destination') => ({ id, answer: 'yes' as const, ...(phase ? { phase } : {}) });

const TRAFFICKED: Screen = { continuum: 'trafficking-indicators', met: ['criminal-code-279'] };
const victim = (province: 'ON' | 'BC' | 'AB' | 'QC', contactPolice: 'yes' | 'no' | 'undecided', asOf = '2026-11-28'): ScenarioFacts => ({
  asOf,
  person: { province, immigrationStatus: 'no-status' },
  facts: [yes('violence', 'destination')],
  events: { lastCrimeAgainstPerson: '2026-10-01' },
  consents: { contactPolice, contactImmigrationAuthorities: 'undecided', fileComplaintsNamingEmployer: 'undecided' },
});

describe('E2: victim compensation without the police (Ontario VQRP+ community agency; BC police report advised, not mandatory)', () => {
  it('Ontario: a trafficked client who declines the police may report to a community agency — possible, and no police-contact risk', () => {
    const r = evaluate('victim-compensation', victim('ON', 'no'), TRAFFICKED);
    expect(r.eligibility).toBe('possible');
    expect(r.reasonCodes).toContain('victim-compensation.community-agency-report');
    expect(r.reasonCodes).not.toContain('victim-compensation.police-report-refused');
    expect(r.riskCodes).not.toContain('victim-compensation.police-contact');
  });

  it('Ontario: a victim of another crime who declines the police is still unlikely (the police report is required)', () => {
    const r = evaluate('victim-compensation', victim('ON', 'no'));
    expect(r.eligibility).toBe('unlikely');
    expect(r.reasonCodes).toContain('victim-compensation.police-report-refused');
  });

  it('Ontario: the trafficking signal may be a legal test (Palermo) or the continuum alone', () => {
    expect(evaluate('victim-compensation', victim('ON', 'no'), { met: ['palermo-art3'] }).reasonCodes).toContain('victim-compensation.community-agency-report');
    expect(evaluate('victim-compensation', victim('ON', 'no'), { continuum: 'trafficking-indicators' }).eligibility).toBe('possible');
    expect(evaluate('victim-compensation', victim('ON', 'no'), { continuum: 'forced-labour' }).eligibility).toBe('unlikely');
  });

  it('Ontario: the day before VQRP+ (30 Sep 2019) the CICB needed no police report; on and after 1 Oct 2019 the community-agency route applies', () => {
    const before = evaluate('victim-compensation', { ...victim('ON', 'no', '2019-09-30'), events: { lastCrimeAgainstPerson: '2019-09-01' } }, TRAFFICKED);
    expect(before.reasonCodes).toContain('victim-compensation.no-police-report-needed');
    for (const asOf of ['2019-10-01', '2019-10-02']) {
      const r = evaluate('victim-compensation', { ...victim('ON', 'no', asOf), events: { lastCrimeAgainstPerson: '2019-09-01' } }, TRAFFICKED);
      expect(r.reasonCodes, asOf).toContain('victim-compensation.community-agency-report');
    }
  });

  it('BC: a client who declines the police can still apply (police report highly advisable but not mandatory), with no police-contact risk', () => {
    const r = evaluate('victim-compensation', victim('BC', 'no'), TRAFFICKED);
    expect(r.eligibility).toBe('possible');
    expect(r.reasonCodes).toContain('victim-compensation.police-report-advised');
    expect(r.riskCodes).not.toContain('victim-compensation.police-contact');
  });

  it('BC: while the client has not declined the police, the advised report still carries the CBSA-exposure risk for a person without status', () => {
    const r = evaluate('victim-compensation', victim('BC', 'undecided'));
    expect(r.reasonCodes).toContain('victim-compensation.police-report-advised');
    expect(r.risks.find((x) => x.id === 'cbsa-exposure')?.level).toBe('high');
  });

  it('BC: the day before the 2024 program (31 Dec 2023) keeps the earlier record; on and after 1 Jan 2024 the report is advised', () => {
    const at = (asOf: string) => evaluate('victim-compensation', { ...victim('BC', 'no', asOf), events: { lastCrimeAgainstPerson: '2023-12-01' } });
    expect(at('2023-12-31').reasonCodes).toContain('victim-compensation.police-report-refused');
    expect(at('2024-01-01').reasonCodes).toContain('victim-compensation.police-report-advised');
    expect(at('2024-01-02').eligibility).toBe('possible');
  });

  it('Alberta is unchanged: VOCAP requires a police report', () => {
    const r = evaluate('victim-compensation', victim('AB', 'no'), TRAFFICKED);
    expect(r.eligibility).toBe('unlikely');
    expect(r.reasonCodes).toContain('victim-compensation.police-report-refused');
  });

  it('asks no police consent in BC or Quebec, nor in Ontario from a victim of trafficking; Alberta and other Ontario victims still need it', () => {
    const consent = (province: 'ON' | 'BC' | 'AB' | 'QC', screen: Screen = {}) =>
      evaluate('victim-compensation', victim(province, 'undecided'), screen).consentNeeded;
    expect([consent('BC'), consent('QC'), consent('ON', TRAFFICKED)]).toEqual(['none', 'none', 'none']);
    expect([consent('ON'), consent('AB'), consent('AB', TRAFFICKED)]).toEqual(['contactPolice', 'contactPolice', 'contactPolice']);
  });

  it('the plan does not hold Ontario VQRP+ back for the police consent a trafficked client declined; another victim gets no step', () => {
    const plans = (screen: Screen) => {
      const facts = caseFacts(victim('ON', 'no'));
      const result = planStrategy(facts, screening(screen), evaluateRemedies(facts, screening(screen)));
      return [result.plan, ...result.alternatives];
    };
    for (const plan of plans(TRAFFICKED)) {
      expect(plan.excluded.find((e) => e.remedy === 'victim-compensation')?.why ?? '').not.toMatch(/decided not to/);
      expect(plan.awaitingDecision.map((a) => a.remedy)).not.toContain('victim-compensation');
    }
    expect(plans(TRAFFICKED).some((p) => p.steps.some((s) => s.remedy === 'victim-compensation'))).toBe(true);
    for (const plan of plans({})) expect(plan.steps.map((s) => s.remedy)).not.toContain('victim-compensation');
  });
});

const employerSpecific = (
  maintainedStatus: 'yes' | 'no' | 'unknown' | undefined,
  permitExpiry: string,
  extra: ScenarioFacts['person'] = {},
): ScenarioFacts => ({
  person: { immigrationStatus: 'work-permit-employer-specific', permitExpiry, ...(maintainedStatus ? { maintainedStatus } : {}), ...extra },
  exploiters: ['employer'],
  contexts: ['labour'],
  facts: [yes('threats-of-violence', 'destination')],
});

describe('E5: OWP-V on maintained status (IRPR s. 207.1(1)(b) with s. 186(u)) and for family members (s. 207.1(2))', () => {
  it('a worker whose permit expired the day before, after applying to renew it, is covered: likely, with the maintained-status reason', () => {
    const r = evaluate('owp-v', employerSpecific('yes', '2026-11-27'));
    expect(r.eligibility).toBe('likely');
    expect(r.reasonCodes).toEqual(expect.arrayContaining(['owp-v.maintained-status', 'owp-v.abuse-in-employment']));
  });

  it('a permit expiring on the day itself is still valid; the day after expiry, without a renewal application, the OWP-V is unlikely', () => {
    expect(evaluate('owp-v', employerSpecific('no', '2026-11-28')).eligibility).toBe('likely');
    expect(evaluate('owp-v', employerSpecific('no', '2026-11-29')).eligibility).toBe('likely');
    const expired = evaluate('owp-v', employerSpecific('no', '2026-11-27'));
    expect(expired.eligibility).toBe('unlikely');
    expect(expired.reasonCodes).toContain('owp-v.permit-expired');
  });

  it('an expired permit with maintained status not recorded, or unknown, answers unknown and asks for it instead of guessing', () => {
    for (const m of [undefined, 'unknown'] as const) {
      const r = evaluate('owp-v', employerSpecific(m, '2026-11-27'));
      expect(r.eligibility, String(m)).toBe('unknown');
      expect(r.reasonCodes).toContain('owp-v.renewal-pending-unknown');
    }
  });

  it('the day before s. 207.1 came into force (3 Jun 2019) no OWP-V existed; on 4 Jun 2019 and after, maintained status qualifies', () => {
    const at = (asOf: string) => evaluate('owp-v', { ...employerSpecific('yes', '2019-06-01'), asOf });
    expect(at('2019-06-03').eligibility).toBe('not-applicable');
    expect(at('2019-06-04').eligibility).toBe('likely');
    expect(at('2019-06-05').reasonCodes).toContain('owp-v.maintained-status');
  });

  it('mentions the open work permit for family members when the worker has dependants (s. 207.1(2))', () => {
    expect(evaluate('owp-v', employerSpecific(undefined, '2027-06-30', { dependants: true })).reasonCodes).toContain('owp-v.family-members');
    expect(evaluate('owp-v', employerSpecific('yes', '2026-11-27', { dependants: true })).reasonCodes).toContain('owp-v.family-members');
    expect(evaluate('owp-v', employerSpecific(undefined, '2027-06-30', { dependants: false })).reasonCodes).not.toContain('owp-v.family-members');
    expect(evaluate('owp-v', employerSpecific('no', '2026-11-27', { dependants: true })).reasonCodes).not.toContain('owp-v.family-members');
  });
});

describe('E6: Alberta VOCAP emergency assistance within 2 years of the crime; Limitations Act s. 3.1', () => {
  const ab = (asOf: string) =>
    evaluate('victim-compensation', {
      asOf,
      person: { province: 'AB', immigrationStatus: 'permanent-resident' },
      facts: [yes('violence', 'destination')],
      events: { lastCrimeAgainstPerson: '2024-11-28' },
      consents: { contactPolice: 'yes', contactImmigrationAuthorities: 'undecided', fileComplaintsNamingEmployer: 'undecided' },
    });

  it('an application is in time the day before and on the second anniversary of the crime, and late the day after', () => {
    expect(ab('2026-11-27').eligibility).toBe('possible');
    expect(ab('2026-11-28').eligibility).toBe('possible');
    expect(ab('2026-11-28').deadline?.date).toBe('2026-11-28');
    const late = ab('2026-11-29');
    expect(late.eligibility).toBe('unlikely');
    expect(late.reasonCodes).toContain('limitation-period-passed');
  });

  it('no longer says 45 days for emergency applications', () => {
    const program = valueAt(showJurisdiction('AB')!.params['victim-compensation.program'], '2026-11-28')!;
    expect(program.value.extension.en).toContain('within 2 years of the date of the crime');
    expect(program.value.extension.en).not.toContain('45 days');
    expect(program.value.extension.fr).not.toContain('45 jours');
  });

  it('describes the Alberta limitation period with the s. 3.1 exceptions for sexual assault claims', () => {
    const civil = valueAt(showJurisdiction('AB')!.params['civil.limitation'], '2026-11-28')!;
    expect(civil.value.rule.en).toContain('s. 3.1');
    expect(civil.value.rule.en).toContain('sexual assault');
    expect(civil.value.rule.fr).toContain('art. 3.1');
    expect(civil.verify?.en).toContain('not researched');
  });
});

describe('E7: sex work — the s. 286.5 immunity for one’s own sexual services (in force 6 Dec 2014)', () => {
  const at = (asOf: string) => evaluate('criminal-complaint', { asOf, person: { sexIndustryWork: 'yes', immigrationStatus: 'citizen' } });

  it('says the person is immune for their own services and that purchasers and third parties remain exposed', () => {
    const why = at('2026-11-28').risks.find((r) => r.id === 'criminal-exposure')!.why;
    expect(why).toContain('s. 286.5');
    expect(why).toContain('their own sexual services');
    expect(why).toContain('Purchasers (s. 286.1) and third parties remain exposed');
    const fr = evaluateRemedies(caseFacts({ person: { sexIndustryWork: 'yes' } }), screening(), { locale: 'fr' }).remedies.find(
      (r) => r.id === 'criminal-complaint',
    )!;
    expect(fr.risks.find((r) => r.id === 'criminal-exposure')!.why).toContain('art. 286.5');
  });

  it('applies from 6 Dec 2014; the day before, the former regime is flagged as not encoded, still a high criminal exposure', () => {
    const why = (asOf: string) => at(asOf).risks.find((r) => r.id === 'criminal-exposure')!;
    expect(why('2014-12-05').why).toContain('Before 6 December 2014');
    expect(why('2014-12-05').why).not.toContain('s. 286.5');
    expect(why('2014-12-05').level).toBe('high');
    expect(why('2014-12-06').why).toContain('s. 286.5');
    expect(why('2014-12-07').why).toContain('s. 286.5');
    for (const asOf of ['2014-12-05', '2014-12-06']) expect(at(asOf).riskCodes).toContain('criminal-complaint.sex-work-criminalization');
  });
});

describe('E8: conditional permanent residence repealed in force 13 Apr 2017 (IRPR s. 72.1, SOR/2017-56)', () => {
  const note = (asOf: string) => {
    const r = evaluate('spousal-sponsorship', { asOf, person: { relationshipBasedStatus: 'yes', immigrationStatus: 'visitor' } });
    expect(r.reasonCodes).toContain('spousal-sponsorship.conditional-pr');
    return r.reasons.join(' ');
  };
  it('still applies conditional PR on 12 Apr 2017', () => expect(note('2017-04-12')).toContain('must cohabit for two years'));
  it('says it was repealed on 13 Apr 2017 and after', () => {
    expect(note('2017-04-13')).toContain('repealed with effect from 13 April 2017');
    expect(note('2017-04-14')).toContain('repealed with effect from 13 April 2017');
  });
});

describe('mislabelled citations', () => {
  it('the Alberta information-sharing risk cites the research notes as secondary, not official text', () => {
    const r = evaluate('social-assistance', { person: { province: 'AB', immigrationStatus: 'refugee-claimant' } });
    expect(r.riskCodes).toContain('social-assistance.shares-with-immigration');
    const notes = r.citations.find((c) => c.pinpoint.startsWith('§0, §10: Alberta IS manual'))!;
    expect(notes.verified).toBe(false);
    expect(notes.verification).toBe('secondary');
  });

  it('s. 279.04(1), read in the official XML, stays official text', () => {
    const r = evaluate('criminal-complaint', {}, { met: ['palermo-art3'] });
    expect(r.reasonCodes).toContain('criminal-complaint.fear-test-note');
    expect(r.citations.find((c) => c.pinpoint === 's. 279.04(1)')?.verified).toBe(true);
  });
});

describe('removal: stays by law (IRPA s. 50(a); IRPR s. 233)', () => {
  const removal = (asOf: string, witnessInProceedings?: 'yes' | 'no' | 'unknown') =>
    evaluate('removal-deferral', {
      asOf,
      person: { removal: { state: 'scheduled', date: addDaysTo(asOf, 10) }, ...(witnessInProceedings ? { witnessInProceedings } : {}) },
    });

  it('a witness in a criminal proceeding is told of the s. 50(a) stay — a court decision that removal would contravene — not a stay for being a witness', () => {
    const r = removal('2026-11-28', 'yes');
    expect(r.reasonCodes).toContain('removal-deferral.witness-stay');
    expect(r.reasons.join(' ')).toContain('being a witness is not enough by itself');
    expect(r.eligibility).toBe('possible');
    for (const w of ['no', 'unknown', undefined] as const) expect(removal('2026-11-28', w).reasonCodes).not.toContain('removal-deferral.witness-stay');
  });

  it('no stay note without a removal order', () => {
    const r = evaluate('removal-deferral', { person: { witnessInProceedings: 'yes' } });
    expect(r.reasonCodes).not.toContain('removal-deferral.witness-stay');
    expect(r.reasonCodes).not.toContain('removal-deferral.hc-approved-stay');
  });

  it('the s. 233 stay once H&C is approved in principle: from 4 Nov 2010 (this version), not the day before', () => {
    expect(removal('2010-11-03').reasonCodes).not.toContain('removal-deferral.hc-approved-stay');
    expect(removal('2010-11-04').reasonCodes).toContain('removal-deferral.hc-approved-stay');
    expect(removal('2010-11-05').reasons.join(' ')).toContain('IRPR s. 233');
  });
});

function addDaysTo(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
