// Scenarios of immigration status and protection: refugee claims and their bars, appeals, PRRA, H&C, the TRPs, the OWP-V, removal and sponsorship.
import { worker, yes, type Scenario } from './scenario-types.test-support';

export const STATUS_AND_PROTECTION_SCENARIOS: Scenario[] = [
  // ---- Legal review of December 2026: immigration bars and inadmissibility (details in immigration-bars.test.ts) ----
  {
    name: 'a claimant found ineligible whose PRRA is pending may not request a TRP nor have an H&C examined (ss. 24(3.1), 25(1.2)(b.1))',
    facts: {
      exploiters: ['employer', 'spouse-or-partner'],
      person: { removal: { state: 'order-issued' }, priorRefugeeClaim: { outcome: 'ineligible', date: '2026-08-01' }, prra: { state: 'pending' } },
    },
    screening: { continuum: 'trafficking-indicators', met: ['palermo-art3'] },
    expected: {
      'vtip-trp': { eligibility: 'unlikely', reasons: ['vtip-trp.pending-prra-bar'] },
      'fv-trp': { eligibility: 'unlikely', reasons: ['fv-trp.pending-prra-bar'] },
      hc: { eligibility: 'not-applicable', reasons: ['hc.pending-prra-bar'] },
    },
  },
  {
    name: 'a claimant found ineligible after coming by land from the US, PRRA state not recorded',
    facts: {
      exploiters: ['spouse-or-partner'],
      person: {
        removal: { state: 'order-issued' },
        entries: [{ date: '2026-04-01', via: 'land-from-us-at-port' }],
        priorRefugeeClaim: { outcome: 'ineligible', date: '2026-04-02' },
      },
    },
    expected: {
      'vtip-trp': { reasons: ['vtip-trp.pending-prra-bar-facts-needed'] },
      'fv-trp': { reasons: ['fv-trp.pending-prra-bar-facts-needed'] },
      hc: { reasons: ['hc.pending-prra-bar-facts-needed'] },
      prra: { eligibility: 'unlikely', reasons: ['prra.safe-third-country'] },
    },
  },
  {
    name: 'a designated foreign national whose claim was finally rejected in January 2024 waits five years (ss. 24(5), 25(1.01))',
    facts: {
      exploiters: ['spouse-or-partner'],
      person: { designatedForeignNational: 'yes', priorRefugeeClaim: { outcome: 'rejected', date: '2024-01-10' } },
    },
    expected: {
      'vtip-trp': { eligibility: 'unlikely', reasons: ['vtip-trp.designated-foreign-national-bar'] },
      'fv-trp': { eligibility: 'unlikely', reasons: ['fv-trp.designated-foreign-national-bar'] },
      hc: { eligibility: 'unlikely', reasons: ['hc.designated-foreign-national-bar'] },
    },
  },
  {
    name: 'a designated foreign national with no claim: the day of designation is not recorded',
    facts: { exploiters: ['spouse-or-partner'], person: { designatedForeignNational: 'yes' } },
    expected: {
      'vtip-trp': { eligibility: 'unlikely', reasons: ['vtip-trp.designated-foreign-national-bar-end-unknown'] },
      'fv-trp': { eligibility: 'unlikely', reasons: ['fv-trp.designated-foreign-national-bar-end-unknown'] },
      hc: { eligibility: 'unlikely', reasons: ['hc.designated-foreign-national-bar-end-unknown'] },
    },
  },
  {
    name: 'whether the person is a designated foreign national is unknown, in Quebec',
    facts: { exploiters: ['spouse-or-partner'], person: { designatedForeignNational: 'unknown', province: 'QC' } },
    expected: {
      'vtip-trp': { reasons: ['vtip-trp.designated-foreign-national-bar-facts-needed', 'vtip-trp.quebec-selection'] },
      'fv-trp': { reasons: ['fv-trp.designated-foreign-national-bar-facts-needed'] },
      hc: { reasons: ['hc.designated-foreign-national-bar-facts-needed', 'hc.quebec-selection'] },
    },
  },
  {
    name: 'a claim withdrawn in June 2026, whether evidence had been heard unknown: the H&C bar may apply (s. 25(1.2)(c)); the Minister-withdrawal bars are staged',
    facts: {
      exploiters: ['spouse-or-partner'],
      person: {
        removal: { state: 'order-issued' },
        priorRefugeeClaim: { outcome: 'withdrawn', date: '2026-06-01', withdrawnAfterSubstantiveEvidence: 'unknown' },
      },
    },
    expected: {
      hc: { eligibility: 'unknown', reasons: ['hc.withdrawal-evidence-unknown'] },
      'vtip-trp': { reasons: ['vtip-trp.minister-withdrawal-not-in-force'] },
      'fv-trp': { reasons: ['fv-trp.minister-withdrawal-not-in-force'] },
      prra: { reasons: ['prra.minister-withdrawal-not-in-force'] },
    },
  },
  {
    name: 'a pending claim: the H&C bar from eligibility is staged (S.C. 2026, c. 4, s. 35)',
    facts: { person: { immigrationStatus: 'refugee-claimant', priorRefugeeClaim: { outcome: 'pending' } } },
    expected: { hc: { eligibility: 'not-applicable', reasons: ['hc.refugee-claim-pending', 'hc.eligible-claim-bar-not-in-force'] } },
  },
  {
    name: 'no indicators and too few facts for the Palermo test: the VTIP TRP asks for facts, not signs of exploitation',
    facts: {},
    screening: {
      continuum: 'no-indicators',
      legalTests: [{ id: 'palermo-art3', status: 'insufficient-information', elements: [], citations: [], notes: [] }],
    },
    expected: { 'vtip-trp': { eligibility: 'unknown', reasons: ['vtip-trp.trafficking-facts-needed'] } },
  },
  {
    name: 'a person under a removal order who entered on false papers and was made to recruit others risks inadmissibility (ss. 40, 37(1)(b), 117)',
    facts: {
      exploiters: ['employer', 'spouse-or-partner'],
      person: { removal: { state: 'order-issued' } },
      facts: [yes('entered-on-false-documents', 'recruitment'), yes('coerced-into-facilitating', 'destination')],
    },
    screening: { continuum: 'trafficking-indicators', met: ['palermo-art3'] },
    expected: {
      'vtip-trp': { risks: { inadmissibility: 'high' } },
      'fv-trp': { risks: { inadmissibility: 'high' } },
      hc: { risks: { inadmissibility: 'high' } },
      prra: { risks: { inadmissibility: 'high' } },
    },
  },
  {
    name: 'a worker on an employer-specific permit who entered on false papers and was made to recruit others risks inadmissibility',
    facts: {
      exploiters: ['employer', 'spouse-or-partner'],
      person: { immigrationStatus: 'work-permit-employer-specific' },
      facts: [yes('entered-on-false-documents', 'recruitment'), yes('coerced-into-facilitating', 'destination'), yes('violence', 'destination')],
    },
    expected: {
      'owp-v': { risks: { inadmissibility: 'high' } },
      'spousal-sponsorship': { risks: { inadmissibility: 'high' } },
      'refugee-claim': { risks: { inadmissibility: 'high' } },
    },
  },
  // ---- end of the December 2026 immigration-bars block ----
  {
    name: 'an out-of-status domestic worker in Ontario with trafficking indicators and removal scheduled',
    facts: {
      ...worker,
      person: { removal: { state: 'scheduled', date: '2026-12-08' }, inCanadaSince: '2019-05-01' },
      events: { employmentEnded: '2026-09-30' },
    },
    screening: { continuum: 'trafficking-indicators', met: ['palermo-art3'] },
    expected: {
      'vtip-trp': {
        eligibility: 'likely',
        reasons: ['vtip-trp.trafficking-test-met'],
        risks: { 'no-stay-of-removal': 'high', 'cbsa-exposure': 'medium', 'status-jeopardy': 'medium', retraumatization: 'low' },
      },
      hc: {
        eligibility: 'possible',
        reasons: ['hc.factors-present'],
        risks: { 'no-stay-of-removal': 'high', 'long-wait': 'high', 'financial-cost': 'medium', 'cbsa-exposure': 'medium' },
      },
      'refugee-claim': { eligibility: 'not-applicable', reasons: ['refugee-claim.removal-order'] },
      prra: { eligibility: 'possible', reasons: ['prra.available'], risks: { 'bars-later-remedies': 'medium' } },
      'removal-deferral': { eligibility: 'possible', reasons: ['removal-deferral.scheduled'], risks: { 'no-stay-of-removal': 'high' } },
      'employment-standards': {
        eligibility: 'likely',
        reasons: ['employment-standards.wage-violations'],
        risks: { 'cbsa-exposure': 'high', 'employer-retaliation': 'medium', 'enforcement-difficulty': 'medium', 'status-jeopardy': 'medium' },
      },
      'small-claims': {
        eligibility: 'possible',
        reasons: ['small-claims.limit-note', 'small-claims.money-owed'],
        risks: { 'public-decision': 'medium', 'enforcement-difficulty': 'high', 'financial-cost': 'low', 'long-wait': 'medium' },
      },
      'social-assistance': {
        eligibility: 'possible',
        reasons: ['social-assistance.status-conditional'],
        risks: { 'information-sharing-with-immigration': 'low' },
      },
      'employment-insurance': { eligibility: 'unlikely', reasons: ['employment-insurance.no-status'] },
      'tfw-compliance-report': {
        eligibility: 'possible',
        reasons: ['tfw-compliance-report.other-workers'],
        risks: { 'cbsa-exposure': 'high', 'enforcement-difficulty': 'medium' },
      },
      'criminal-complaint': {
        eligibility: 'unlikely',
        reasons: ['criminal-complaint.fear-test-note', 'criminal-complaint.no-offence-identified'],
        risks: { 'cbsa-exposure': 'high', retraumatization: 'high', 'long-wait': 'medium' },
      },
    },
  },
  {
    name: 'a temporary resident in the sex industry faces status jeopardy and criminal exposure if she reports to police',
    facts: {
      exploiters: ['other'],
      contexts: ['sexual'],
      person: { province: 'BC', immigrationStatus: 'study-permit', sexIndustryWork: 'yes' },
      facts: [yes('violence', 'destination')],
    },
    screening: { continuum: 'exploitation' },
    expected: {
      'criminal-complaint': {
        eligibility: 'possible',
        reasons: ['criminal-complaint.violence'],
        risks: { 'status-jeopardy': 'high', 'criminal-exposure': 'high' },
        noRisks: ['cbsa-exposure'],
      },
      'vtip-trp': {
        eligibility: 'possible',
        reasons: ['vtip-trp.exploitation-short-of-trafficking', 'vtip-trp.in-status-note'],
        risks: { 'status-jeopardy': 'medium' },
      },
      'employment-standards': { reasons: ['employment-standards.no-work-relationship'] },
    },
  },
  {
    name: 'a worker on an employer-specific permit who is abused at work can get an open work permit and report the employer',
    facts: {
      ...worker,
      person: { province: 'AB', immigrationStatus: 'work-permit-employer-specific', permitExpiry: '2027-06-30', sexIndustryWork: 'no' },
      facts: [yes('threats-of-violence', 'destination'), yes('dependency-on-exploiter', 'destination'), yes('low-or-no-pay')],
    },
    expected: {
      'owp-v': { eligibility: 'likely', reasons: ['owp-v.abuse-in-employment'], risks: { 'employer-retaliation': 'high', 'status-jeopardy': 'low' } },
      'tfw-compliance-report': { eligibility: 'likely', reasons: ['tfw-compliance-report.tfw-employer'], risks: { 'cbsa-exposure': 'low' } },
      'employment-insurance': { reasons: ['employment-insurance.still-employed'] },
      'employment-standards': { risks: { 'employer-retaliation': 'high' }, noRisks: ['cbsa-exposure'] },
      'social-assistance': {
        eligibility: 'unlikely',
        reasons: ['social-assistance.status-excluded'],
        risks: { 'information-sharing-with-immigration': 'high' },
      },
    },
  },
  {
    name: 'an employer-specific permit that has expired rules out the OWP-V; the abuse needs to be shown otherwise',
    facts: {
      ...worker,
      person: { immigrationStatus: 'work-permit-employer-specific', permitExpiry: '2026-10-01', maintainedStatus: 'no' },
      events: { employmentEnded: '2026-10-15' },
    },
    expected: {
      'owp-v': { eligibility: 'unlikely', reasons: ['owp-v.permit-expired'] },
      'employment-insurance': { reasons: ['employment-insurance.closed-permit-availability'], risks: { 'status-jeopardy': 'low' } },
      'employment-standards': { risks: { 'status-jeopardy': 'medium' } },
    },
  },
  {
    name: 'an employer-specific permit holder with no abuse facts yet may still qualify for the OWP-V',
    facts: { exploiters: ['employer'], person: { immigrationStatus: 'work-permit-employer-specific' } },
    expected: {
      'owp-v': { eligibility: 'possible', reasons: ['owp-v.abuse-not-shown'] },
      'employment-standards': { eligibility: 'possible', reasons: ['employment-standards.wage-facts-needed'] },
    },
  },
  {
    name: 'an out-of-status person cannot use the OWP-V',
    facts: { person: { immigrationStatus: 'no-status' } },
    expected: { 'owp-v': { eligibility: 'not-applicable', reasons: ['owp-v.not-employer-specific'] } },
  },
  {
    name: 'an out-of-status woman abused by the spouse whose sponsorship she depended on',
    facts: {
      exploiters: ['spouse-or-partner'],
      contexts: ['domestic-servitude'],
      person: { relationshipBasedStatus: 'yes', dependants: true },
      facts: [yes('violence-or-threats-to-family', 'destination')],
    },
    expected: {
      'fv-trp': {
        eligibility: 'likely',
        reasons: ['fv-trp.partner-abuse-and-dependent-status'],
        risks: { 'no-stay-of-removal': 'medium', 'cbsa-exposure': 'medium', 'reprisal-against-family': 'high' },
      },
      'spousal-sponsorship': {
        eligibility: 'unlikely',
        reasons: ['spousal-sponsorship.sponsor-is-abuser', 'spousal-sponsorship.conditional-pr'],
        risks: { 'status-jeopardy': 'high' },
      },
      'criminal-complaint': { risks: { 'reprisal-against-family': 'high' } },
    },
  },
  {
    name: 'a partner-abuse victim whose path to PR did not clearly depend on the relationship',
    facts: { exploiters: ['spouse-or-partner'], person: { relationshipBasedStatus: 'unknown' } },
    expected: {
      'fv-trp': { eligibility: 'possible', reasons: ['fv-trp.relationship-dependence-unclear'] },
      'spousal-sponsorship': { eligibility: 'unlikely', reasons: ['spousal-sponsorship.sponsor-is-abuser'] },
    },
  },
  {
    name: 'a partner-abuse victim who still holds a work permit is pointed away from the family-violence TRP',
    facts: { exploiters: ['spouse-or-partner'], person: { immigrationStatus: 'work-permit-open', relationshipBasedStatus: 'yes' } },
    expected: { 'fv-trp': { eligibility: 'unlikely', reasons: ['fv-trp.still-in-status'] }, 'spousal-sponsorship': { eligibility: 'unlikely' } },
  },
  {
    name: 'a person with a non-abusive sponsoring spouse',
    facts: { exploiters: ['employer'], person: { relationshipBasedStatus: 'yes' } },
    expected: {
      'spousal-sponsorship': { eligibility: 'possible', reasons: ['spousal-sponsorship.depends-on-sponsor'] },
      'fv-trp': { eligibility: 'not-applicable', reasons: ['fv-trp.no-partner-abuse'] },
    },
  },
  {
    name: 'conditional PR applied to sponsored spouses between 25 Oct 2012 and 27 Apr 2017',
    asOf: '2016-06-01',
    facts: { person: { relationshipBasedStatus: 'yes' } },
    expected: {
      'spousal-sponsorship': { reasons: ['spousal-sponsorship.conditional-pr'] },
      'fv-trp': { eligibility: 'not-applicable', reasons: ['fv-trp.not-yet-in-force'] },
      'owp-v': { eligibility: 'not-applicable', reasons: ['owp-v.not-yet-in-force'] },
    },
  },
  {
    name: 'a protected person with no removal pending',
    facts: { person: { immigrationStatus: 'protected-person', relationshipBasedStatus: 'no' } },
    expected: {
      'vtip-trp': { reasons: ['vtip-trp.protected-person'] },
      hc: { reasons: ['hc.protected-person'] },
      'refugee-claim': { reasons: ['refugee-claim.already-protected'] },
      prra: { reasons: ['prra.protected-person'] },
      'social-assistance': { eligibility: 'possible', reasons: ['social-assistance.status-qualifies'] },
    },
  },
  {
    name: 'a refugee claimant whose claim is pending cannot make an H&C application',
    facts: { person: { immigrationStatus: 'refugee-claimant', priorRefugeeClaim: { outcome: 'pending' } } },
    screening: { continuum: 'labour-rights-violations' },
    expected: {
      hc: { eligibility: 'not-applicable', reasons: ['hc.refugee-claim-pending'] },
      'refugee-claim': { eligibility: 'not-applicable', reasons: ['refugee-claim.already-pending'] },
      'vtip-trp': { eligibility: 'unlikely', reasons: ['vtip-trp.no-trafficking-indicators', 'vtip-trp.claim-pending-note'] },
      prra: { eligibility: 'not-applicable', reasons: ['prra.no-removal-order'] },
      'removal-deferral': { reasons: ['removal-deferral.no-removal'] },
    },
  },
  {
    name: 'a refused refugee claimant with children inside the 12-month bar',
    facts: { person: { priorRefugeeClaim: { outcome: 'rejected', date: '2026-06-01' }, dependants: true, removal: { state: 'order-issued' } } },
    screening: { continuum: 'forced-labour' },
    expected: {
      hc: { eligibility: 'unlikely', reasons: ['hc.refugee-rejection-bar', 'hc.child-exception-note'] },
      prra: { eligibility: 'unlikely', reasons: ['prra.refugee-rejection-bar'] },
      'vtip-trp': { eligibility: 'possible', reasons: ['vtip-trp.refugee-rejection-bar'] },
      'refugee-claim': { eligibility: 'not-applicable', reasons: ['refugee-claim.prior-claim-rejected'] },
      'removal-deferral': { eligibility: 'unlikely', reasons: ['removal-deferral.order-without-date'] },
    },
  },
  {
    name: 'a refused claimant abused by a sponsoring partner must wait 12 months for the family-violence TRP',
    facts: { exploiters: ['spouse-or-partner'], person: { relationshipBasedStatus: 'yes', priorRefugeeClaim: { outcome: 'rejected', date: '2026-06-01' } } },
    expected: { 'fv-trp': { eligibility: 'unlikely', reasons: ['fv-trp.refugee-rejection-bar'] } },
  },
  {
    name: 'a refugee claim refused on an unrecorded date leaves H&C, PRRA and the TRPs open to question, as the plan holds them back',
    facts: { exploiters: ['spouse-or-partner'], person: { priorRefugeeClaim: { outcome: 'rejected' }, removal: { state: 'order-issued' } } },
    screening: { continuum: 'forced-labour' },
    expected: {
      hc: { eligibility: 'unknown', reasons: ['hc.refugee-rejection-date-unknown'] },
      prra: { eligibility: 'unknown', reasons: ['prra.refugee-rejection-date-unknown'] },
      'fv-trp': { eligibility: 'unknown', reasons: ['fv-trp.refugee-rejection-date-unknown'] },
      'vtip-trp': { reasons: ['vtip-trp.refugee-rejection-date-unknown'] },
    },
  },
  {
    name: 'in 2011, before the 12-month PRRA bars came into force on 28 June 2012, a claim refused months earlier does not bar a PRRA',
    asOf: '2011-09-01',
    facts: { person: { priorRefugeeClaim: { outcome: 'rejected', date: '2011-05-01' }, removal: { state: 'order-issued' } } },
    expected: { prra: { eligibility: 'possible', reasons: ['prra.available'] } },
  },
  {
    name: 'a claimant whose previous claim was withdrawn cannot claim again',
    facts: { person: { priorRefugeeClaim: { outcome: 'withdrawn', date: '2020-01-01' } } },
    expected: { 'refugee-claim': { eligibility: 'not-applicable', reasons: ['refugee-claim.prior-claim-withdrawn'] } },
  },
  {
    name: 'once Bill C-12 is in force, a claim made more than a year after a 2021 entry is ineligible',
    facts: { person: { inCanadaSince: '2021-03-01' } },
    expected: { 'refugee-claim': { eligibility: 'not-applicable', reasons: ['refugee-claim.one-year-bar'] } },
  },
  {
    name: 'while Bill C-12 was pending, a late claim was flagged as unlikely',
    asOf: '2025-12-01',
    facts: { person: { inCanadaSince: '2021-03-01' } },
    expected: { 'refugee-claim': { eligibility: 'unlikely', reasons: ['refugee-claim.one-year-bar'] } },
  },
  {
    name: 'a person who entered before 25 June 2020 is outside the one-year bar',
    facts: { person: { inCanadaSince: '2019-05-01', criminalCharges: 'yes' } },
    expected: {
      'refugee-claim': {
        eligibility: 'possible',
        reasons: ['refugee-claim.criminality-note', 'refugee-claim.merits-depend-on-risk'],
        risks: { 'bars-later-remedies': 'high', 'status-jeopardy': 'medium', retraumatization: 'medium' },
      },
    },
  },
  // The other grounds of IRPA s. 101(1) (more cases in refugee-claim-eligibility.test.ts).
  {
    name: 'a prior claim found abandoned makes a new claim ineligible (s. 101(1)(c))',
    facts: { person: { priorRefugeeClaim: { outcome: 'abandoned', date: '2024-01-01' } } },
    expected: { 'refugee-claim': { eligibility: 'not-applicable', reasons: ['refugee-claim.prior-claim-abandoned'] } },
  },
  {
    name: 'a prior claim found ineligible makes a new claim ineligible (s. 101(1)(c))',
    facts: { person: { priorRefugeeClaim: { outcome: 'ineligible', date: '2024-01-01' } } },
    expected: { 'refugee-claim': { eligibility: 'not-applicable', reasons: ['refugee-claim.prior-claim-ineligible'] } },
  },
  {
    name: 'a claim 14 days or more after crossing between ports from the United States is ineligible (s. 101(1)(b.2))',
    facts: { person: { entries: [{ date: '2026-11-01', via: 'land-from-us-between-ports' }] } },
    expected: { 'refugee-claim': { eligibility: 'not-applicable', reasons: ['refugee-claim.between-ports-after-14-days'] } },
  },
  {
    name: 'a minor who crossed between ports 8 days ago meets the Safe Third Country Agreement unless an exception applies',
    facts: { person: { ageBand: 'minor', entries: [{ date: '2026-11-20', via: 'land-from-us-between-ports' }] } },
    expected: {
      'refugee-claim': {
        eligibility: 'unlikely',
        reasons: ['refugee-claim.safe-third-country', 'refugee-claim.stca-unaccompanied-minor'],
        risks: { 'status-jeopardy': 'high' },
      },
    },
  },
  {
    name: 'a claim made in an information-sharing country first (s. 101(1)(c.1))',
    facts: { person: { inCanadaSince: '2026-06-01', refugeeHistoryAbroad: 'claim-in-information-sharing-country' } },
    expected: { 'refugee-claim': { eligibility: 'unlikely', reasons: ['refugee-claim.claim-in-information-sharing-country'] } },
  },
  {
    name: 'a refugee recognized by another country (s. 101(1)(d))',
    facts: { person: { inCanadaSince: '2026-06-01', refugeeHistoryAbroad: 'recognized-as-refugee-elsewhere' } },
    expected: { 'refugee-claim': { eligibility: 'unlikely', reasons: ['refugee-claim.recognized-elsewhere'] } },
  },
  {
    name: 'an entry at a land port from the United States months ago does not bring the Agreement to a claim made inside Canada',
    facts: { person: { entries: [{ date: '2026-08-01', via: 'land-from-us-at-port' }], refugeeHistoryAbroad: 'none' } },
    expected: { 'refugee-claim': { eligibility: 'possible', reasons: ['refugee-claim.land-port-entry-note', 'refugee-claim.merits-depend-on-risk'] } },
  },
  {
    name: 'a victim made to recruit others: organized-criminality exposure as a risk, never as ineligibility',
    facts: { person: { inCanadaSince: '2026-06-01' }, facts: [yes('coerced-into-facilitating')] },
    expected: { 'refugee-claim': { eligibility: 'possible', risks: { 'status-jeopardy': 'high' } } },
  },
  {
    name: 'without an entry date the one-year bar cannot be checked',
    facts: {},
    expected: {
      'refugee-claim': { eligibility: 'unknown', reasons: ['refugee-claim.entry-date-needed'] },
      'vtip-trp': { eligibility: 'unknown', reasons: ['vtip-trp.screening-needed'] },
      hc: { reasons: ['hc.discretionary'] },
      'spousal-sponsorship': { eligibility: 'unknown', reasons: ['spousal-sponsorship.path-unknown'] },
    },
  },
  {
    name: 'a person with charges and a refused first PRRA under a removal order',
    facts: { person: { criminalCharges: 'yes', removal: { state: 'order-issued' } }, events: { prraRefused: '2026-02-01' } },
    expected: {
      prra: {
        eligibility: 'unlikely',
        reasons: ['prra.prior-prra-bar', 'prra.restricted'],
        risks: { 'no-stay-of-removal': 'high', 'criminal-exposure': 'high' },
      },
      'criminal-complaint': { risks: { 'criminal-exposure': 'high' } },
    },
  },
  {
    name: 'when it is unknown whether a removal order exists',
    facts: { person: { removal: { state: 'unknown' } } },
    expected: {
      prra: { eligibility: 'unknown', reasons: ['prra.removal-state-unknown'] },
      'removal-deferral': { eligibility: 'unknown', reasons: ['removal-deferral.removal-unknown'] },
    },
  },
  {
    name: 'a designated foreign national cannot appeal to the RAD: leave at the Federal Court, which does not stay removal',
    facts: {
      person: { immigrationStatus: 'refugee-claimant', priorRefugeeClaim: { outcome: 'rejected', date: '2026-11-23' }, designatedForeignNational: 'yes' },
    },
    expected: {
      'rad-appeal': { eligibility: 'not-applicable', reasons: ['rad-appeal.designated-foreign-national'] },
      'judicial-review': { eligibility: 'possible', risks: { 'no-stay-of-removal': 'medium' } },
    },
  },
  {
    name: 'an ineligible claim was never before the RPD, so only the Federal Court can review it',
    facts: { person: { priorRefugeeClaim: { outcome: 'ineligible', date: '2026-11-20' } } },
    expected: {
      'rad-appeal': { eligibility: 'not-applicable', reasons: ['rad-appeal.ineligible-claim'] },
      'judicial-review': { eligibility: 'possible', reasons: ['judicial-review.leave-open'], noRisks: ['bars-later-remedies'] },
    },
  },
  {
    name: 'a claimant who came by land from the United States at a port may have been let in under a Safe Third Country exception, which shuts the RAD',
    facts: {
      person: {
        immigrationStatus: 'refugee-claimant',
        entries: [{ date: '2025-05-10', via: 'land-from-us-at-port' }],
        priorRefugeeClaim: { outcome: 'rejected', date: '2026-11-23' },
        designatedForeignNational: 'no',
      },
    },
    expected: { 'rad-appeal': { eligibility: 'unlikely', reasons: ['rad-appeal.safe-third-country-exception'] } },
  },
  {
    name: 'an expired employer-specific permit without the maintained-status answer asks for it',
    facts: { ...worker, person: { immigrationStatus: 'work-permit-employer-specific', permitExpiry: '2026-10-01' } },
    expected: { 'owp-v': { eligibility: 'unknown', reasons: ['owp-v.renewal-pending-unknown'] } },
  },
];
