// The plan the practitioner adopted for a case, and whether it still exists. A plan is known by
// where it places the remedies (its steps in order, those awaiting a decision, those left out):
// the same sameness rankPlans uses to show identical plans once. When the facts change and no
// ranked plan places the remedies as the adopted one did, the adopted plan is gone: the case
// falls back to the recommended plan, and says so, until someone adopts a plan again.
import type { StrategyId } from './notes';

interface Placement {
  steps: readonly { remedy: string }[];
  awaitingDecision: readonly { remedy: string }[];
  excluded: readonly { remedy: string }[];
}

/** What is stored when a practitioner adopts a plan. */
export interface AdoptedPlan {
  strategy: StrategyId;
  /** planKey of the plan adopted. */
  key: string;
  /** The day it was adopted. */
  on: string;
}

export type Adoption =
  { status: 'none' } | { status: 'adopted'; index: number; strategy: StrategyId; on: string } | { status: 'gone'; strategy: StrategyId; on: string };

/** The plan's placement of remedies as one string: equal keys, the same plan. */
export function planKey(plan: Placement): string {
  const ids = (items: readonly { remedy: string }[]) => items.map((i) => i.remedy).join(',');
  return `steps:${ids(plan.steps)}|awaiting:${ids(plan.awaitingDecision)}|excluded:${ids(plan.excluded)}`;
}

/** Which of the ranked plans (best first) the adopted one is, or that it is gone, or that none was adopted. */
export function resolveAdoption(plans: readonly Placement[], adopted: AdoptedPlan | undefined): Adoption {
  if (!adopted) return { status: 'none' };
  const index = plans.findIndex((p) => planKey(p) === adopted.key);
  return index >= 0 ? { status: 'adopted', index, strategy: adopted.strategy, on: adopted.on } : { status: 'gone', strategy: adopted.strategy, on: adopted.on };
}
