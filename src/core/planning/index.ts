// Placeholder until the planner lands: the public surface other modules rely on.
import type { CaseFacts, Plan } from '../contract';
import type { ScreeningResult } from '../screening';
import type { RemediesResult } from '../remedies';

export interface PlanningResult {
  plan: Plan;
  alternatives: Plan[];
}

export function planStrategy(_facts: CaseFacts, _screening: ScreeningResult, _remedies: RemediesResult): PlanningResult {
  return { plan: { steps: [], awaitingDecision: [], excluded: [], tradeOffs: [] }, alternatives: [] };
}
