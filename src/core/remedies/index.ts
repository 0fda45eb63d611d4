// Placeholder until the remedies knowledge lands: the public surface other modules rely on.
import type { CaseFacts, FlagOut, RemedyResult } from '../contract';
import type { ScreeningResult } from '../screening';

export interface RemediesResult {
  remedies: RemedyResult[];
  flags: FlagOut[];
  knowledgeVersion: string;
}

export function evaluateRemedies(_facts: CaseFacts, _screening: ScreeningResult): RemediesResult {
  return { remedies: [], flags: [], knowledgeVersion: '2026-11-28' };
}
