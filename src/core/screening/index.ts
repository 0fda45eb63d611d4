// Placeholder until the screening engine lands: the public surface other modules rely on.
import type { CaseFacts, DimensionResult, FlagOut, LegalTestResult, ContinuumPosition } from '../contract';

export interface ScreeningResult {
  continuum: ContinuumPosition;
  dimensions: DimensionResult[];
  legalTests: LegalTestResult[];
  flags: FlagOut[];
}

export function screen(_facts: CaseFacts): ScreeningResult {
  return { continuum: 'no-indicators', dimensions: [], legalTests: [], flags: [] };
}
