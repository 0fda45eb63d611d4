// Scenarios of work, crime and family: wages and human rights, victim funding and police, EI, forced marriage, social assistance, witnesses.
import { worker, yes, type Scenario } from './scenario-types.test-support';

export const WORK_CRIME_AND_FAMILY_SCENARIOS: Scenario[] = [
  {
    name: 'a permanent resident needs no immigration remedy but can still claim wages',
    facts: { ...worker, person: { immigrationStatus: 'permanent-resident', relationshipBasedStatus: 'no' } },
    expected: {
      'vtip-trp': { eligibility: 'not-applicable', reasons: ['vtip-trp.has-permanent-status'] },
      hc: { eligibility: 'not-applicable', reasons: ['hc.has-permanent-status'] },
      'refugee-claim': { eligibility: 'not-applicable', reasons: ['refugee-claim.has-permanent-status'] },
      prra: { eligibility: 'not-applicable', reasons: ['prra.has-permanent-status'] },
      'fv-trp': { reasons: ['fv-trp.has-permanent-status'] },
      'spousal-sponsorship': { reasons: ['spousal-sponsorship.has-permanent-status'] },
      'removal-deferral': { eligibility: 'not-applicable', reasons: ['removal-deferral.not-removable'] },
      'employment-standards': { eligibility: 'likely', noRisks: ['cbsa-exposure'] },
      'social-assistance': { eligibility: 'likely', reasons: ['social-assistance.status-qualifies-in-need'] },
    },
  },
  {
    name: 'a TRP holder reporting a trafficker risks non-renewal when the prosecution ends',
    facts: { exploiters: ['recruiter-or-agent'], person: { immigrationStatus: 'temporary-resident-permit', permitExpiry: '2027-03-31' } },
    screening: { continuum: 'trafficking-indicators', met: ['criminal-code-279', 'palermo-art3'] },
    expected: {
      'criminal-complaint': { eligibility: 'likely', reasons: ['criminal-complaint.trafficking-offence'], risks: { 'status-jeopardy': 'medium' } },
      'social-assistance': { eligibility: 'unknown', reasons: ['social-assistance.status-unclear'] },
      'tfw-compliance-report': { eligibility: 'possible' },
    },
  },
  {
    name: 'victim funding in Ontario needs a police report, which the client declined',
    facts: { facts: [yes('violence', 'destination')], events: { lastCrimeAgainstPerson: '2026-09-15' }, consents: { contactPolice: 'no' } },
    expected: {
      'victim-compensation': {
        eligibility: 'unlikely',
        reasons: ['victim-compensation.police-report-refused'],
        risks: { 'cbsa-exposure': 'high', retraumatization: 'low' },
      },
    },
  },
  {
    name: 'victim funding in Alberta is possible if the crime is reported',
    facts: { person: { province: 'AB' }, facts: [yes('violence', 'destination')] },
    expected: { 'victim-compensation': { eligibility: 'possible', reasons: ['victim-compensation.police-report-needed'] } },
  },
  {
    name: 'Quebec IVAC needs no police report',
    facts: { person: { province: 'QC' }, facts: [yes('sexual-exploitation')] },
    expected: { 'victim-compensation': { eligibility: 'likely', reasons: ['victim-compensation.no-police-report-needed'], noRisks: ['cbsa-exposure'] } },
  },
  {
    name: 'no crime against the person recorded',
    facts: { person: { province: 'QC' } },
    expected: {
      'victim-compensation': { eligibility: 'not-applicable', reasons: ['victim-compensation.no-crime-recorded'] },
      'small-claims': { reasons: ['small-claims.no-money-claim'] },
      'tfw-compliance-report': { reasons: ['tfw-compliance-report.no-employer'] },
      'employment-insurance': { reasons: ['employment-insurance.no-insured-work'] },
    },
  },
  {
    name: 'a human rights complaint about harassment of a migrant worker whose family was threatened',
    facts: {
      exploiters: ['employer'],
      contexts: ['labour'],
      events: { lastDiscriminationIncident: '2026-09-15' },
      facts: [yes('violence-or-threats-to-family', 'destination'), yes('low-or-no-pay')],
    },
    expected: {
      'human-rights': {
        eligibility: 'likely',
        reasons: ['human-rights.incident-recorded'],
        risks: { 'public-decision': 'high', 'cbsa-exposure': 'high', retraumatization: 'medium', 'financial-cost': 'low' },
      },
      'employment-standards': { risks: { 'reprisal-against-family': 'high' } },
    },
  },
  {
    name: 'sexual exploitation by an employer may ground a human rights complaint',
    facts: {
      exploiters: ['employer'],
      person: { immigrationStatus: 'work-permit-open' },
      facts: [yes('sexual-exploitation'), yes('documents-confiscated', 'destination')],
    },
    expected: {
      'human-rights': { eligibility: 'possible', reasons: ['human-rights.sexual-or-status-based-abuse'] },
      'criminal-complaint': { eligibility: 'possible' },
    },
  },
  {
    name: 'a sex worker on a work permit filing for wages is warned about the sex-industry condition',
    facts: { ...worker, person: { immigrationStatus: 'work-permit-employer-specific', sexIndustryWork: 'yes' } },
    expected: {
      'employment-standards': { reasons: ['employment-standards.sex-industry-note'], risks: { 'status-jeopardy': 'high' } },
      'owp-v': { risks: { 'status-jeopardy': 'high' } },
    },
  },
  // Contract additions of December 2026: the Refugee Appeal Division and the Federal Court (more in appeals.test.ts).
  {
    name: 'a claim the RPD rejected five days ago can go to the RAD; the Federal Court waits for the appeal',
    facts: {
      person: { immigrationStatus: 'refugee-claimant', priorRefugeeClaim: { outcome: 'rejected', date: '2026-11-23' }, designatedForeignNational: 'no' },
    },
    expected: {
      'rad-appeal': {
        eligibility: 'likely',
        reasons: ['rad-appeal.in-time', 'rad-appeal.no-credible-basis-check'],
        risks: { 'bars-later-remedies': 'medium' },
      },
      'judicial-review': {
        eligibility: 'possible',
        reasons: ['judicial-review.refugee-appeal-first', 'judicial-review.leave-open'],
        risks: { 'public-decision': 'medium', 'bars-later-remedies': 'medium', 'financial-cost': 'low' },
        noRisks: ['no-stay-of-removal'],
      },
    },
  },
  {
    name: 'a laid-off open-permit worker may claim EI, which documents the employment',
    facts: { ...worker, person: { immigrationStatus: 'work-permit-open' }, events: { employmentEnded: '2026-11-20' } },
    expected: {
      'employment-insurance': { eligibility: 'possible', reasons: ['employment-insurance.may-qualify'] },
      'tfw-compliance-report': { reasons: ['tfw-compliance-report.other-workers'] },
    },
  },
  {
    name: 'a citizen exploited by an employer is not a temporary foreign worker',
    facts: { exploiters: ['employer'], person: { immigrationStatus: 'citizen', relationshipBasedStatus: 'no' } },
    expected: {
      'tfw-compliance-report': { eligibility: 'unlikely', reasons: ['tfw-compliance-report.unclear'] },
      'human-rights': { eligibility: 'unknown', reasons: ['human-rights.ground-needed'] },
      'small-claims': { eligibility: 'unknown', reasons: ['small-claims.facts-needed'] },
    },
  },
  {
    name: 'a forced marriage arranged by family members',
    facts: {
      exploiters: ['family-member'],
      contexts: ['forced-marriage'],
      facts: [yes('marriage-without-free-consent'), yes('threats-to-inform-family-or-public', 'destination')],
    },
    expected: {
      'forced-marriage-protection': {
        eligibility: 'likely',
        reasons: ['forced-marriage-protection.forced-marriage'],
        risks: { 'reprisal-against-family': 'high', retraumatization: 'medium' },
      },
    },
  },
  {
    name: 'no forced-marriage facts',
    facts: {},
    expected: { 'forced-marriage-protection': { eligibility: 'not-applicable', reasons: ['forced-marriage-protection.not-indicated'] } },
  },
  {
    name: 'a student with no exploitation indicators in Quebec is excluded from social assistance',
    facts: { person: { province: 'QC', immigrationStatus: 'study-permit' } },
    screening: { continuum: 'no-indicators', met: [] },
    expected: { 'social-assistance': { eligibility: 'unlikely', reasons: ['social-assistance.status-excluded'] } },
  },
  {
    name: 'a refugee claimant asking New Brunswick for social assistance is assessed only once the department has contacted the federal immigration department',
    facts: { person: { province: 'NB', immigrationStatus: 'refugee-claimant' } },
    expected: { 'social-assistance': { risks: { 'information-sharing-with-immigration': 'high' } } },
  },
  // Corrections of the legal review of December 2026 (review-corrections.test.ts pins their limits).
  {
    name: 'an expired employer-specific permit on maintained status still opens the OWP-V, for the worker and the family (IRPR s. 207.1(1)(b), (2))',
    facts: {
      ...worker,
      facts: [yes('threats-of-violence', 'destination')],
      person: { immigrationStatus: 'work-permit-employer-specific', permitExpiry: '2026-10-01', maintainedStatus: 'yes', dependants: true },
    },
    expected: { 'owp-v': { eligibility: 'likely', reasons: ['owp-v.maintained-status', 'owp-v.family-members', 'owp-v.abuse-in-employment'] } },
  },
  {
    name: 'a witness in a criminal proceeding facing a scheduled removal is told of the s. 50(a) and s. 233 stays',
    facts: { person: { removal: { state: 'scheduled', date: '2026-12-20' }, witnessInProceedings: 'yes' } },
    expected: {
      'removal-deferral': { eligibility: 'possible', reasons: ['removal-deferral.witness-stay', 'removal-deferral.hc-approved-stay'] },
    },
  },
];
