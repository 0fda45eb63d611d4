// Scores a plan against the client's goals and tolerance for risk, in whole numbers so the
// ranking is exact and explainable: score = goals + evidence − risk − urgency.
import type { Goal, RemedyId, RemedyResult, RiskId } from '../contract';
import type { DetailedPlan } from './build-plan';
import type { PlanNote } from './notes';
import { kept, mapped } from '../lists';
import { goalsServedBy, ruleFor } from './sequencing-rules';

export const RISK_TOLERANCES = ['low', 'medium', 'high'] as const;
export type RiskTolerance = (typeof RISK_TOLERANCES)[number];

export interface ScoreBreakdown {
  goals: number;
  evidence: number;
  risk: number;
  urgency: number;
  total: number;
}

// A goal served by a likely remedy is worth more than one served by a possible remedy, and one
// served in the first two steps earns a point for speed.
const GOAL_POINTS = { likely: 30, possible: 20 } as const;
const EARLY_BONUS = 10;
const EVIDENCE_LINK_POINTS = 5;
const RISK_WEIGHT = { low: 1, medium: 2, high: 4 } as const;
const BACKUP_ROUTE_POINTS = 5;
// Harms that taking the step can cause count against the client's tolerance. Limitations (a long
// wait, no stay of removal, cost, enforcement) are costs of the step, counted once at a flat rate,
// since not taking the step does not avoid them.
export const HARM_RISKS: ReadonlySet<RiskId> = new Set<RiskId>([
  'cbsa-exposure',
  'employer-retaliation',
  'criminal-exposure',
  'status-jeopardy',
  'public-decision',
  'retraumatization',
  'information-sharing-with-immigration',
  'bars-later-remedies',
  'reprisal-against-family',
  'inadmissibility',
]);
// How heavily risk counts: a client with low tolerance pays three times what a high-tolerance client pays.
const TOLERANCE_MULTIPLIER: Record<RiskTolerance, number> = { low: 3, medium: 2, high: 1 };
const REMOVAL_UNANSWERED = 1000;

/** The remedies by id (the last wins, as in a Map built from the list). */
export function remediesById(remedies: readonly RemedyResult[]): ReadonlyMap<RemedyId, RemedyResult> {
  const byId = new Map<RemedyId, RemedyResult>();
  for (const r of remedies) byId.set(r.id, r);
  return byId;
}

/** scorePlan with the remedies already looked up by id: the planner scores several plans over the same remedies. */
export function scorePlanWith(
  plan: DetailedPlan,
  byId: ReadonlyMap<RemedyId, RemedyResult>,
  goals: readonly Goal[],
  tolerance: RiskTolerance,
  imminentRemoval: boolean,
): ScoreBreakdown {
  let goalPoints = 0;
  for (const goal of goals) {
    const serving = kept(plan.steps, (s) => goalsServedBy(s.remedy).includes(goal));
    if (serving.length === 0) continue;
    goalPoints += Math.max(...serving.map((s) => GOAL_POINTS[byId.get(s.remedy)!.eligibility as 'likely' | 'possible']));
    goalPoints += BACKUP_ROUTE_POINTS * (serving.length - 1);
    if (serving.some((s) => s.order <= 2)) goalPoints += EARLY_BONUS;
  }
  const position = new Map(plan.steps.map((s) => [s.remedy, s.order]));
  let links = 0;
  for (const step of plan.steps) for (const target of step.producesEvidenceFor) if (position.get(target)! > step.order) links++;
  let risk = 0;
  for (const step of plan.steps)
    for (const r of byId.get(step.remedy)!.risks) risk += RISK_WEIGHT[r.level] * (HARM_RISKS.has(r.id) ? TOLERANCE_MULTIPLIER[tolerance] : 1);
  const first = plan.steps[0];
  const urgency = imminentRemoval && !(first && ruleFor(first.remedy).answersImminentRemoval) ? REMOVAL_UNANSWERED : 0;
  const evidence = links * EVIDENCE_LINK_POINTS;
  return { goals: goalPoints, evidence, risk, urgency, total: goalPoints + evidence - risk - urgency };
}

/** tradeOffs with the remedies already looked up by id. */
export function tradeOffsWith(plan: DetailedPlan, byId: ReadonlyMap<RemedyId, RemedyResult>, goals: readonly Goal[], imminentRemoval: boolean): PlanNote[] {
  const notes: PlanNote[] = [{ code: 'strategy', strategy: plan.strategy }];
  const inSteps = new Set<RemedyId>(plan.steps.map((s) => s.remedy));
  const served = new Set<Goal>();
  for (const id of inSteps) for (const goal of goalsServedBy(id)) served.add(goal);
  for (const goal of goals) if (!served.has(goal)) notes.push({ code: 'goal-unserved', goal });
  for (const step of plan.steps) {
    const high = mapped(
      kept(byId.get(step.remedy)!.risks, (r) => r.level === 'high'),
      (r) => r.id,
    );
    if (high.length) notes.push({ code: 'high-risk-accepted', remedy: step.remedy, risks: high });
  }
  if (inSteps.has('refugee-claim')) notes.push({ code: 'refugee-claim-bars-later' });
  if (plan.awaitingDecision.length) notes.push({ code: 'awaiting-decisions', count: plan.awaitingDecision.length });
  const first = plan.steps[0];
  if (imminentRemoval && !(first && ruleFor(first.remedy).answersImminentRemoval)) notes.push({ code: 'removal-unanswered' });
  return notes;
}
