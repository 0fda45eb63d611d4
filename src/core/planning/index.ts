// The strategy planner: from the screening and the remedies, ranked plans the client can choose
// between. Each strategy orders the same open remedies a different way; each plan is scored
// against the client's goals and tolerance for risk, and the best one is recommended.
import type { IsoDate } from '../dates/iso-date';
import type { CaseFacts, ExclusionReason, FlagOut, Plan, RemedyResult } from '../contract';
import type { ScreeningResult } from '../screening';
import { findBars } from './bars';
import { buildPlanFrom, isImminentRemoval, planningBasis, type DetailedPlan, type PlanningContext } from './build-plan';
import { mapped } from '../lists';
import { awaitingRiskText, noteText, type PlanLang, type PlanNote, type StrategyId } from './notes';
import { remediesById, scorePlanWith, tradeOffsWith, type RiskTolerance, type ScoreBreakdown } from './score';

export interface PlanningResult {
  plan: Plan;
  alternatives: Plan[];
}

/** What the planner reads from the remedies engine: only the contract's fields. */
export interface PlannerRemedies {
  remedies: readonly RemedyResult[];
  flags: readonly FlagOut[];
}

export interface PlanningOptions {
  /** How much risk the client is willing to carry; defaults to 'low'. */
  riskTolerance?: RiskTolerance;
  /** The language of the plans' explanations; defaults to 'en'. Plans themselves do not depend on it. */
  lang?: PlanLang;
}

export interface RankedPlan extends DetailedPlan {
  score: ScoreBreakdown;
  tradeOffs: PlanNote[];
}

/** The exclusion reason code of each note the planner leaves a remedy out with. */
const EXCLUSION_REASON_OF: Partial<Record<PlanNote['code'], ExclusionReason>> = {
  'consent-refused': 'consent-refused',
  barred: 'barred',
  'left-out-high-risk': 'high-risk',
};

export const STRATEGIES: readonly StrategyId[] = ['evidence-first', 'status-first', 'low-exposure'];

/** Ranked plans with codes, best first; identical plans from different strategies appear once. */
export function rankPlans(facts: CaseFacts, screening: ScreeningResult, remedies: PlannerRemedies, options: PlanningOptions = {}): RankedPlan[] {
  const asOf = facts.asOf as IsoDate;
  const flagged = [...screening.flags, ...remedies.flags].some((f) => f.id === 'imminent-removal');
  const ctx: PlanningContext = {
    facts,
    asOf,
    remedies: [...remedies.remedies],
    bars: findBars(facts, asOf),
    imminentRemoval: isImminentRemoval(facts, asOf, flagged),
  };
  const tolerance = options.riskTolerance ?? 'low';
  const byId = remediesById(ctx.remedies);
  const basis = planningBasis(ctx);
  const ranked = mapped(STRATEGIES, (strategy, index) => {
    const plan = buildPlanFrom(basis, strategy);
    const score = scorePlanWith(plan, byId, facts.goals, tolerance, ctx.imminentRemoval);
    // The plan's own properties (the four buildPlan makes) listed out: the same object a spread makes, built faster.
    const withScore: RankedPlan = {
      strategy: plan.strategy,
      steps: plan.steps,
      awaitingDecision: plan.awaitingDecision,
      excluded: plan.excluded,
      score,
      tradeOffs: tradeOffsWith(plan, byId, facts.goals, ctx.imminentRemoval),
    };
    return { index, plan: withScore };
  }).sort((a, b) => b.plan.score.total - a.plan.score.total || a.index - b.index);

  // Two plans are the same when they list the same remedies in the same places. Compared as
  // lists of ids, which is what comparing their JSON did, without writing the JSON.
  const distinct: RankedPlan[] = [];
  for (const { plan } of ranked) if (!distinct.some((d) => samePlacement(d, plan))) distinct.push(plan);
  return distinct;
}

function sameIds(a: readonly { remedy: string }[], b: readonly { remedy: string }[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i]!.remedy !== b[i]!.remedy) return false;
  return true;
}
const samePlacement = (a: DetailedPlan, b: DetailedPlan) =>
  sameIds(a.steps, b.steps) && sameIds(a.awaitingDecision, b.awaitingDecision) && sameIds(a.excluded, b.excluded);

/** A ranked plan in the contract's shape, with its explanations in English or French. */
export function toContractPlan(plan: RankedPlan, lang: PlanLang = 'en'): Plan {
  return {
    steps: mapped(plan.steps, (s) => ({
      order: s.order,
      remedy: s.remedy,
      why: mapped(s.notes, (n) => noteText(n, lang)).join(' '),
      producesEvidenceFor: s.producesEvidenceFor,
    })),
    awaitingDecision: mapped(plan.awaitingDecision, (a) => ({
      remedy: a.remedy,
      consentNeeded: a.consentNeeded,
      risks: mapped(a.risks, (r) => awaitingRiskText(r, lang)),
    })),
    excluded: mapped(plan.excluded, (e) => ({ remedy: e.remedy, why: noteText(e.note, lang), reason: EXCLUSION_REASON_OF[e.note.code]! })),
    tradeOffs: mapped(plan.tradeOffs, (n) => noteText(n, lang)),
  };
}

export function planStrategy(facts: CaseFacts, screening: ScreeningResult, remedies: PlannerRemedies, options: PlanningOptions = {}): PlanningResult {
  const lang = options.lang ?? 'en';
  const [best, ...rest] = rankPlans(facts, screening, remedies, options).map((p) => toContractPlan(p, lang));
  return { plan: best!, alternatives: rest };
}

export { findBars, type Bar, type BarCode } from './bars';
export { noteText, REMEDY_NAMES, GOAL_NAMES, CONSENT_NAMES, RISK_NAMES, RISK_LEVEL_NAMES, type PlanLang, type PlanNote, type StrategyId } from './notes';
export { RISK_TOLERANCES, type RiskTolerance, type ScoreBreakdown } from './score';
export { consentKeyFor, goalsServedBy, ruleFor, type RemedyRole } from './sequencing-rules';
export { DEADLINE_MATTERS_DAYS, IMMINENT_REMOVAL_DAYS } from './build-plan';
export { planKey, resolveAdoption, type AdoptedPlan, type Adoption } from './adoption';
