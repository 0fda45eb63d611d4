// Realistic case-facts documents (invented people; shapes drawn from the remedies and screening
// scenario tables), shared by the benchmark (bench/fixtures/case-facts.ts) and the golden test
// of the core (golden/). Data only.
import type { CaseFactsInput } from '../contract';

const yes = (id: string, phase?: 'recruitment' | 'destination') => ({ id, answer: 'yes' as const, ...(phase ? { phase } : {}) });
const no = (id: string, phase?: 'recruitment' | 'destination') => ({ id, answer: 'no' as const, ...(phase ? { phase } : {}) });
const unknown = (id: string, phase?: 'recruitment' | 'destination') => ({ id, answer: 'unknown' as const, ...(phase ? { phase } : {}) });

export const CASE_FACTS_EXAMPLES: Record<string, CaseFactsInput> = {
  'farm worker, employer-specific permit, passport held, wages withheld (ON)': {
    contractVersion: 1,
    asOf: '2026-03-02',
    person: { ageBand: 'adult', province: 'ON', immigrationStatus: 'work-permit-employer-specific', permitExpiry: '2026-09-30', inCanadaSince: '2024-04-15', sexIndustryWork: 'no', criminalCharges: 'no' },
    exploiters: ['employer', 'recruiter-or-agent'],
    contexts: ['labour'],
    sector: 'agriculture',
    facts: [
      yes('deceived-wages'), yes('deceived-work-conditions'), yes('recruitment-fee-paid'), yes('debt-bondage', 'recruitment'),
      yes('documents-confiscated', 'destination'), yes('withholding-of-wages-or-money', 'destination'), yes('threat-of-denunciation', 'destination'),
      yes('excessive-hours'), yes('bad-living-conditions'), yes('low-or-no-pay'), yes('vulnerable-immigration-status', 'destination'),
      yes('vulnerable-language-or-education', 'destination'), no('violence', 'destination'), unknown('isolation-confinement-surveillance', 'destination'),
    ],
    events: { employmentEnded: '2026-01-20' },
    goals: ['stay-in-canada', 'recover-wages', 'keep-working'],
    consents: { contactPolice: 'undecided', contactImmigrationAuthorities: 'yes', fileComplaintsNamingEmployer: 'yes' },
  },
  'no status after permit expired, removal scheduled, domestic servitude (BC)': {
    contractVersion: 1,
    asOf: '2026-05-11',
    person: { ageBand: 'adult', province: 'BC', immigrationStatus: 'no-status', removal: { state: 'scheduled', date: '2026-06-01' }, inCanadaSince: '2019-08-01', dependants: true },
    exploiters: ['family-member'],
    contexts: ['domestic-servitude'],
    facts: [
      yes('deceived-job-nature'), yes('deceived-legal-status'), yes('isolation-confinement-surveillance', 'destination'), yes('documents-confiscated', 'destination'),
      yes('threats-to-inform-family-or-public', 'destination'), yes('excessive-hours'), yes('low-or-no-pay'), yes('no-social-ties'),
      yes('dependency-on-exploiter', 'destination'), yes('vulnerable-family-situation', 'destination'), yes('movement-controlled'), yes('fear-for-safety'),
    ],
    goals: ['stay-in-canada', 'safety'],
    consents: { contactPolice: 'no', contactImmigrationAuthorities: 'yes', fileComplaintsNamingEmployer: 'undecided' },
  },
  'minor in sexual exploitation, citizen (QC)': {
    contractVersion: 1,
    asOf: '2026-02-14',
    person: { ageBand: 'minor', province: 'QC', immigrationStatus: 'citizen', sexIndustryWork: 'yes' },
    exploiters: ['spouse-or-partner'],
    contexts: ['sexual'],
    facts: [
      yes('sexual-exploitation'), yes('psychological-or-emotional-dependency', 'recruitment'), yes('violence', 'destination'), yes('threats-of-violence', 'destination'),
      yes('forced-tasks-or-clients'), yes('withholding-of-wages-or-money', 'destination'), yes('movement-controlled'), yes('abuse-of-trust-power-authority'),
    ],
    events: { lastCrimeAgainstPerson: '2026-01-30' },
    goals: ['safety', 'accountability'],
    consents: { contactPolice: 'undecided', contactImmigrationAuthorities: 'no', fileComplaintsNamingEmployer: 'no' },
  },
  'refused refugee claimant, restaurant work, debt (AB)': {
    contractVersion: 1,
    asOf: '2026-07-07',
    person: { ageBand: 'adult', province: 'AB', immigrationStatus: 'no-status', priorRefugeeClaim: { outcome: 'rejected', date: '2026-03-01' }, removal: { state: 'order-issued' }, inCanadaSince: '2022-11-01' },
    exploiters: ['employer'],
    contexts: ['labour'],
    sector: 'restaurant',
    facts: [
      yes('debt-bondage', 'destination'), yes('wage-manipulation'), yes('labour-law-violations'), yes('excessive-hours'), yes('vulnerable-economic', 'destination'),
      no('documents-confiscated', 'destination'), unknown('threat-of-denunciation', 'destination'), unknown('deceived-wages'),
    ],
    events: { employmentEnded: '2026-06-15', hcRefused: '2025-12-01' },
    goals: ['stay-in-canada', 'recover-wages'],
    consents: { contactPolice: 'yes', contactImmigrationAuthorities: 'yes', fileComplaintsNamingEmployer: 'yes' },
  },
  'forced marriage abroad, permanent resident (ON)': {
    contractVersion: 1,
    asOf: '2026-04-20',
    person: { ageBand: 'adult', province: 'ON', immigrationStatus: 'permanent-resident', relationshipBasedStatus: 'yes' },
    exploiters: ['family-member', 'spouse-or-partner'],
    contexts: ['forced-marriage'],
    facts: [yes('marriage-without-free-consent'), yes('taken-abroad-to-marry'), yes('threats-of-violence', 'recruitment'), yes('violence-or-threats-to-family', 'recruitment'), yes('cultural-or-religious-beliefs', 'recruitment')],
    goals: ['safety'],
    consents: { contactPolice: 'undecided', contactImmigrationAuthorities: 'undecided', fileComplaintsNamingEmployer: 'undecided' },
  },
  'first sitting, little known yet (NS)': {
    contractVersion: 1,
    asOf: '2026-01-09',
    person: { ageBand: 'unknown', province: 'NS', immigrationStatus: 'unknown' },
    exploiters: ['unknown'],
    contexts: [],
    facts: [unknown('documents-confiscated', 'destination'), yes('fear-for-safety')],
  },
  'visitor in construction, wages unpaid, no coercion (MB)': {
    contractVersion: 1,
    asOf: '2026-08-03',
    person: { ageBand: 'adult', province: 'MB', immigrationStatus: 'visitor', permitExpiry: '2026-12-01', criminalCharges: 'no' },
    exploiters: ['employer'],
    contexts: ['labour'],
    sector: 'construction',
    facts: [yes('low-or-no-pay'), yes('hazardous-work'), yes('no-social-protection'), no('violence', 'destination'), no('documents-confiscated', 'destination'), no('debt-bondage', 'destination'), no('threats-of-violence', 'destination')],
    events: { employmentEnded: '2026-07-01' },
    goals: ['recover-wages', 'regularize-temporarily'],
    consents: { contactPolice: 'no', contactImmigrationAuthorities: 'undecided', fileComplaintsNamingEmployer: 'yes' },
  },
  'caregiver on open permit, TRP holder renewal due (SK)': {
    contractVersion: 1,
    asOf: '2026-10-10',
    person: { ageBand: 'adult', province: 'SK', immigrationStatus: 'temporary-resident-permit', permitExpiry: '2026-11-15', inCanadaSince: '2021-02-01' },
    exploiters: ['employer'],
    contexts: ['domestic-servitude', 'labour'],
    facts: [
      yes('deceived-housing'), yes('deceived-contract'), yes('isolation-confinement-surveillance', 'destination'), yes('excessive-hours'), yes('very-bad-working-conditions'),
      yes('threat-of-worse-conditions'), yes('under-strong-influence'), yes('unfamiliar-area', 'destination'),
    ],
    goals: ['stay-in-canada', 'compensation'],
    consents: { contactPolice: 'yes', contactImmigrationAuthorities: 'yes', fileComplaintsNamingEmployer: 'yes' },
  },
};
