// Builders for scenario tables: a valid case-facts document with only what a scenario changes.
import { caseFactsSchema, type CaseFacts, type CaseFactsInput, type LegalTestId } from '../contract';
import type { ScreeningResult } from '../screening';

type PersonInput = Partial<CaseFactsInput['person']>;
export type ScenarioFacts = Omit<Partial<CaseFactsInput>, 'person'> & { person?: PersonInput };

export function caseFacts(overrides: ScenarioFacts = {}): CaseFacts {
  const { person, ...rest } = overrides;
  return caseFactsSchema.parse({
    contractVersion: 1,
    asOf: '2026-11-28',
    ...rest,
    person: { ageBand: 'adult', province: 'ON', immigrationStatus: 'no-status', ...person },
  });
}

export function screening(overrides: Partial<ScreeningResult> & { met?: LegalTestId[] } = {}): ScreeningResult {
  const { met = [], ...rest } = overrides;
  return {
    continuum: 'no-indicators',
    dimensions: [],
    legalTests: met.map((id) => ({ id, status: 'met' as const, elements: [], citations: [], notes: [] })),
    flags: [],
    ...rest,
  };
}
