import { caseFactsSchema, type CaseFacts, type CaseFactsInput, type Context } from '../contract';

// Shorthand for scenario tables: "documents-confiscated@destination" is a yes,
// "fear-for-safety=no" an explicit answer. Single-phase facts need no phase.

export interface Given {
  ageBand?: 'minor' | 'adult' | 'unknown';
  contexts?: Context[];
  person?: Partial<CaseFactsInput['person']>;
  facts?: string[];
}

export function given({ ageBand = 'adult', contexts = ['labour'], person = {}, facts = [] }: Given = {}): CaseFacts {
  return caseFactsSchema.parse({
    contractVersion: 1,
    asOf: '2026-11-28',
    person: { ageBand, province: 'ON', immigrationStatus: 'work-permit-employer-specific', ...person },
    contexts,
    facts: facts.map((spec) => {
      const [ref, answer = 'yes'] = spec.split('=') as [string, string | undefined];
      const [id, phase] = ref.split('@') as [string, string | undefined];
      return phase ? { id, phase, answer } : { id, answer };
    }),
  });
}
