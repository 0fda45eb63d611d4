// Test fixtures: case facts and hand-built remedy results, so planner tests do not depend on the
// remedies engine (written separately; only the contract types are shared).
import { caseFactsSchema, type Assessment, type CaseFacts, type CaseFactsInput, type RemedyId, type RemedyResult } from '../contract';
import type { ScreeningResult } from '../screening';
import { planStrategy, type PlannerRemedies } from './index';

type PersonInput = CaseFactsInput['person'];

export function facts(overrides: Partial<Omit<CaseFactsInput, 'person'>> & { person?: Partial<PersonInput> } = {}): CaseFacts {
  const { person, ...rest } = overrides;
  return caseFactsSchema.parse({
    contractVersion: 1,
    asOf: '2026-11-28',
    person: { ageBand: 'adult', province: 'ON', immigrationStatus: 'no-status', ...person },
    goals: ['stay-in-canada', 'recover-wages', 'safety'],
    consents: { contactPolice: 'yes', contactImmigrationAuthorities: 'yes', fileComplaintsNamingEmployer: 'yes' },
    ...rest,
  });
}

export function remedy(id: RemedyId, overrides: Partial<RemedyResult> = {}): RemedyResult {
  return { id, eligibility: 'likely', reasons: [], evidenceNeeded: [], yields: [], risks: [], citations: [], ...overrides };
}

export function remediesResult(list: RemedyResult[]): PlannerRemedies {
  return { remedies: list, flags: [] };
}

export const noScreening: ScreeningResult = { continuum: 'trafficking-indicators', dimensions: [], legalTests: [], flags: [] };

/** A typical labour-trafficking case: immigration options, money claims and a police complaint. */
export const labourCaseRemedies: RemedyResult[] = [
  remedy('vtip-trp', { risks: [{ id: 'cbsa-exposure', level: 'medium', why: 'The application tells IRCC where you are.' }] }),
  remedy('hc', {
    eligibility: 'possible',
    risks: [
      { id: 'no-stay-of-removal', level: 'high', why: 'An H&C does not stop removal.' },
      { id: 'long-wait', level: 'medium', why: 'About 20 months.' },
    ],
  }),
  remedy('removal-deferral', { eligibility: 'possible' }),
  remedy('employment-standards', {
    deadline: { date: '2028-09-30', basis: 'two years from wages due', citation: 'ESA 2000, s. 96(3)' },
    risks: [{ id: 'employer-retaliation', level: 'medium', why: 'The employer learns of the claim.' }],
  }),
  remedy('employment-insurance', { eligibility: 'possible' }),
  remedy('criminal-complaint', {
    eligibility: 'possible',
    risks: [
      { id: 'retraumatization', level: 'high', why: 'You may have to testify.' },
      { id: 'reprisal-against-family', level: 'medium', why: 'The exploiter may threaten family.' },
    ],
  }),
  remedy('victim-compensation', { eligibility: 'possible' }),
  remedy('refugee-claim', { eligibility: 'unlikely' }),
  remedy('prra', { eligibility: 'not-applicable' }),
];

/** A whole assessment document around the labour case, planned by the real planner. */
export function sampleAssessment(
  f: CaseFacts = facts({ consents: { contactPolice: 'undecided', contactImmigrationAuthorities: 'yes', fileComplaintsNamingEmployer: 'yes' } }),
): { facts: CaseFacts; assessment: Assessment } {
  const remedies = remediesResult(labourCaseRemedies);
  const { plan, alternatives } = planStrategy(f, noScreening, remedies);
  return {
    facts: f,
    assessment: {
      contractVersion: 1,
      knowledgeVersion: '2026-11-28',
      continuum: 'trafficking-indicators',
      dimensions: [],
      legalTests: [
        { id: 'criminal-code-279', status: 'met', elements: [], citations: [] },
        { id: 'palermo-art3', status: 'insufficient-information', elements: [], citations: [] },
      ],
      remedies: labourCaseRemedies,
      flags: [],
      plan,
      alternatives,
    },
  };
}
