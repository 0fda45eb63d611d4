// Scenario tables for scenarios.test.ts, one file per area of law so each stays readable.
import type { Eligibility, LegalTestId, RemedyId, RiskId, RiskLevel } from '../../contract';
import type { ContinuumPosition } from '../../contract';
import type { ScreeningResult } from '../../screening';
import type { ScenarioFacts } from '../scenario-support';

export type Expect = { eligibility?: Eligibility; reasons?: string[]; risks?: Partial<Record<RiskId, RiskLevel>>; noRisks?: RiskId[] };
export interface Scenario {
  name: string;
  asOf?: string;
  facts: ScenarioFacts;
  screening?: { continuum?: ContinuumPosition; met?: LegalTestId[]; legalTests?: ScreeningResult['legalTests'] };
  expected: Partial<Record<RemedyId, Expect>>;
}

export const yes = (id: string, phase?: 'recruitment' | 'destination') => ({ id, answer: 'yes' as const, ...(phase ? { phase } : {}) });
export const worker: ScenarioFacts = { exploiters: ['employer'], contexts: ['labour'], facts: [yes('low-or-no-pay')] };
