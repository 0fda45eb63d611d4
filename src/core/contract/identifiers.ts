// Identifiers fixed by shared/contracts/assessment.md. Other systems rely on them:
// add, never rename or drop.

export const PROVINCES = ['AB', 'BC', 'MB', 'NB', 'NL', 'NS', 'NT', 'NU', 'ON', 'PE', 'QC', 'SK', 'YT'] as const;
export type Province = (typeof PROVINCES)[number];

export const IMMIGRATION_STATUSES = [
  'citizen',
  'permanent-resident',
  'protected-person',
  'refugee-claimant',
  'work-permit-employer-specific',
  'work-permit-open',
  'study-permit',
  'visitor',
  'temporary-resident-permit',
  'no-status',
  'unknown',
] as const;
export type ImmigrationStatus = (typeof IMMIGRATION_STATUSES)[number];

export const AGE_BANDS = ['minor', 'adult', 'unknown'] as const;
export const REMOVAL_STATES = ['none', 'order-issued', 'scheduled', 'unknown'] as const;
export const REFUGEE_CLAIM_OUTCOMES = ['pending', 'rejected', 'accepted', 'withdrawn', 'ineligible', 'abandoned'] as const;
export type RefugeeClaimOutcome = (typeof REFUGEE_CLAIM_OUTCOMES)[number];
/** How a person came in: a land entry from the United States brings the Safe Third Country Agreement rules. */
export const ENTRY_ROUTES = ['air', 'sea', 'land-from-us-at-port', 'land-from-us-between-ports', 'other', 'unknown'] as const;
export type EntryRoute = (typeof ENTRY_ROUTES)[number];
export const REFUGEE_HISTORIES_ABROAD = ['none', 'claim-in-information-sharing-country', 'recognized-as-refugee-elsewhere', 'unknown'] as const;
export type RefugeeHistoryAbroad = (typeof REFUGEE_HISTORIES_ABROAD)[number];
export const PRRA_STATES = ['none', 'pending', 'refused', 'allowed', 'unknown'] as const;
export type PrraState = (typeof PRRA_STATES)[number];
export const TRI_STATE = ['yes', 'no', 'unknown'] as const;
export const EXPLOITERS = ['employer', 'recruiter-or-agent', 'spouse-or-partner', 'family-member', 'other', 'unknown'] as const;
export const CONTEXTS = ['labour', 'sexual', 'forced-marriage', 'domestic-servitude', 'other'] as const;
export type Context = (typeof CONTEXTS)[number];
export const ANSWERS = ['yes', 'no', 'unknown', 'declined'] as const;
export type Answer = (typeof ANSWERS)[number];
export const PHASES = ['recruitment', 'destination'] as const;
export type Phase = (typeof PHASES)[number];
export const GOALS = [
  'stay-in-canada',
  'regularize-temporarily',
  'recover-wages',
  'safety',
  'accountability',
  'return-home',
  'keep-working',
  'compensation',
] as const;
export type Goal = (typeof GOALS)[number];
export const CONSENT_DECISIONS = ['yes', 'no', 'undecided'] as const;
export type ConsentDecision = (typeof CONSENT_DECISIONS)[number];
export const CONSENT_KEYS = ['contactPolice', 'contactImmigrationAuthorities', 'fileComplaintsNamingEmployer'] as const;
export type ConsentKey = (typeof CONSENT_KEYS)[number];
export const EVENT_KEYS = ['employmentEnded', 'lastDiscriminationIncident', 'lastCrimeAgainstPerson'] as const;
export type EventKey = (typeof EVENT_KEYS)[number];

/** Which phases a fact id may be answered in. Ids with two phases require `phase` in the input. */
export const FACT_PHASES = {
  // Deception at recruitment
  'deceived-job-nature': ['recruitment'],
  'deceived-work-conditions': ['recruitment'],
  'deceived-contract': ['recruitment'],
  'deceived-family-reunification': ['recruitment'],
  'deceived-housing': ['recruitment'],
  'deceived-legal-status': ['recruitment'],
  'deceived-travel-recruitment': ['recruitment'],
  'deceived-wages': ['recruitment'],
  'deceived-marriage-adoption': ['recruitment'],
  'deceived-education': ['recruitment'],
  // Coercion (either phase)
  violence: ['recruitment', 'destination'],
  'threats-of-violence': ['recruitment', 'destination'],
  'violence-or-threats-to-family': ['recruitment', 'destination'],
  'documents-confiscated': ['recruitment', 'destination'],
  'debt-bondage': ['recruitment', 'destination'],
  'isolation-confinement-surveillance': ['recruitment', 'destination'],
  'threat-of-denunciation': ['recruitment', 'destination'],
  'threats-to-inform-family-or-public': ['recruitment', 'destination'],
  'withholding-of-wages-or-money': ['recruitment', 'destination'],
  'abduction-forced-marriage-or-sale': ['recruitment'],
  'forced-illicit-activities': ['destination'],
  'forced-tasks-or-clients': ['destination'],
  'forced-to-act-against-peers': ['destination'],
  'forced-to-lie': ['destination'],
  'threat-of-worse-conditions': ['destination'],
  'under-strong-influence': ['destination'],
  // Abuse of vulnerability (either phase)
  'vulnerable-family-situation': ['recruitment', 'destination'],
  'vulnerable-immigration-status': ['recruitment', 'destination'],
  'vulnerable-language-or-education': ['recruitment', 'destination'],
  'vulnerable-lack-of-information': ['recruitment', 'destination'],
  'vulnerable-economic': ['recruitment', 'destination'],
  'false-information-about-law-or-authorities': ['recruitment', 'destination'],
  'false-information-about-migration': ['recruitment', 'destination'],
  'psychological-or-emotional-dependency': ['recruitment', 'destination'],
  'dependency-on-exploiter': ['recruitment', 'destination'],
  'unfamiliar-area': ['recruitment', 'destination'],
  'past-difficulties': ['recruitment', 'destination'],
  'personal-characteristics': ['recruitment', 'destination'],
  'cultural-or-religious-beliefs': ['recruitment', 'destination'],
  // Exploitative conditions (destination)
  'excessive-hours': ['destination'],
  'bad-living-conditions': ['destination'],
  'hazardous-work': ['destination'],
  'low-or-no-pay': ['destination'],
  'labour-law-violations': ['destination'],
  'no-social-protection': ['destination'],
  'very-bad-working-conditions': ['destination'],
  'wage-manipulation': ['destination'],
  'no-access-to-education': ['destination'],
  // Other red flags and Canadian legal elements (single phase, chosen where the contract is silent)
  'recruitment-fee-paid': ['recruitment'],
  'movement-controlled': ['destination'],
  'brought-into-canada': ['recruitment'],
  'fear-for-safety': ['destination'],
  'abuse-of-trust-power-authority': ['destination'],
  'organ-removal': ['destination'],
  'marriage-without-free-consent': ['recruitment'],
  'marriage-under-16': ['recruitment'],
  'taken-abroad-to-marry': ['recruitment'],
  'poor-health-or-neglect': ['destination'],
  'no-social-ties': ['destination'],
  'sexual-exploitation': ['destination'],
  // Contract additions of December 2026: facts that start bars, risks and the s. 279.01(3) presumption.
  'entered-on-false-documents': ['recruitment'],
  'coerced-into-facilitating': ['destination'],
  'exploiter-lives-with-person': ['destination'],
  // Red flags from the front-line lists (RCMP, BC government, Polaris, UNODC) and the two ILO 2009
  // recruitment items that had no fact; fearful-or-submissive-presentation is an observation, never weighted.
  'moved-between-locations': ['destination'],
  'third-party-speaks-for-person': ['destination'],
  'ownership-marks': ['destination'],
  'third-party-profits-from-sexual-services': ['destination'],
  'not-free-to-leave': ['destination'],
  'lives-at-workplace': ['destination'],
  'phone-or-online-control': ['recruitment', 'destination'],
  'gifts-or-substances-used-to-control': ['recruitment', 'destination'],
  'minor-away-from-guardian': ['recruitment', 'destination'],
  'difficulty-organising-travel': ['recruitment'],
  'general-context-of-crisis': ['recruitment'],
  'fearful-or-submissive-presentation': ['destination'],
} as const satisfies Record<string, readonly Phase[]>;

export type FactId = keyof typeof FACT_PHASES;
export const FACT_IDS = Object.keys(FACT_PHASES) as FactId[];

export const CONTINUUM = ['no-indicators', 'labour-rights-violations', 'exploitation', 'forced-labour', 'trafficking-indicators'] as const;
export type ContinuumPosition = (typeof CONTINUUM)[number];

export const DIMENSION_IDS = [
  'deceptive-recruitment',
  'coercive-recruitment',
  'recruitment-abuse-of-vulnerability',
  'exploitative-conditions',
  'coercion-at-destination',
  'abuse-of-vulnerability-at-destination',
] as const;
export type DimensionId = (typeof DIMENSION_IDS)[number];

export const TEST_STATUSES = ['met', 'not-met', 'insufficient-information'] as const;
export type TestStatus = (typeof TEST_STATUSES)[number];

export const LEGAL_TEST_IDS = ['palermo-art3', 'criminal-code-279', 'irpa-118', 'forced-marriage-293'] as const;
export type LegalTestId = (typeof LEGAL_TEST_IDS)[number];

export const REMEDY_IDS = [
  'vtip-trp',
  'fv-trp',
  'owp-v',
  'hc',
  'refugee-claim',
  'prra',
  'removal-deferral',
  'spousal-sponsorship',
  'employment-standards',
  'small-claims',
  'human-rights',
  'victim-compensation',
  'social-assistance',
  'employment-insurance',
  'tfw-compliance-report',
  'criminal-complaint',
  'forced-marriage-protection',
  // Contract additions of December 2026: the refugee appeal and the Federal Court's judicial review.
  'rad-appeal',
  'judicial-review',
] as const;
export type RemedyId = (typeof REMEDY_IDS)[number];

export const ELIGIBILITY = ['likely', 'possible', 'unlikely', 'not-applicable', 'unknown'] as const;
export type Eligibility = (typeof ELIGIBILITY)[number];

export const RISK_IDS = [
  'cbsa-exposure',
  'employer-retaliation',
  'criminal-exposure',
  'status-jeopardy',
  'no-stay-of-removal',
  'long-wait',
  'public-decision',
  'retraumatization',
  'information-sharing-with-immigration',
  'bars-later-remedies',
  'reprisal-against-family',
  'financial-cost',
  'enforcement-difficulty',
  // Contract additions of December 2026: the step could expose the person to a finding of inadmissibility (IRPA ss. 37, 40).
  'inadmissibility',
] as const;
export type RiskId = (typeof RISK_IDS)[number];
export const RISK_LEVELS = ['low', 'medium', 'high'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

export const FLAG_IDS = [
  'imminent-removal',
  'minor',
  'sex-industry-immigration-risk',
  'permit-expiring',
  'deadline-soon',
  'immediate-safety',
  // Contract additions of December 2026: the one-year refugee-claim window ends within 30 days.
  'claim-window-closing',
] as const;
export type FlagId = (typeof FLAG_IDS)[number];
export const FLAG_LEVELS = ['urgent', 'warning', 'info'] as const;
