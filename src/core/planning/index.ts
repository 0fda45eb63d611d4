// The strategy planner: from the screening and the remedies, ranked plans the client can choose
// between. Each strategy orders the same open remedies a different way; each plan is scored
// against the client's goals and tolerance for risk, and the best one is recommended.
import type { IsoDate } from '../dates/iso-date';
import type { CaseFacts, FlagOut, Plan, RemedyResult } from '../contract';
import type { ScreeningResult } from '../screening';
import { findBars } from './bars';
import { buildPlan, isImminentRemoval, type DetailedPlan, type PlanningContext } from './build-plan';
import { noteText, RISK_NAMES, type PlanLang, type PlanNote, type StrategyId } from './notes';
import { scorePlan, tradeOffs, type RiskTolerance, type ScoreBreakdown } from './score';

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
}

export interface RankedPlan extends DetailedPlan {
  score: ScoreBreakdown;
  tradeOffs: PlanNote[];
}

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
  const ranked = STRATEGIES.map((strategy, index) => {
    const plan = buildPlan(ctx, strategy);
    return {
      index,
      plan: { ...plan, score: scorePlan(plan, ctx.remedies, facts.goals, tolerance, ctx.imminentRemoval), tradeOffs: tradeOffs(plan, ctx.remedies, facts.goals, ctx.imminentRemoval) },
    };
  }).sort((a, b) => b.plan.score.total - a.plan.score.total || a.index - b.index);

  const seen = new Set<string>();
  return ranked
    .map((r) => r.plan)
    .filter((plan) => {
      const signature = JSON.stringify([plan.steps.map((s) => s.remedy), plan.awaitingDecision.map((a) => a.remedy), plan.excluded.map((e) => e.remedy)]);
      if (seen.has(signature)) return false;
      seen.add(signature);
      return true;
    });
}

/** A ranked plan in the contract's shape, with its explanations in English or French. */
export function toContractPlan(plan: RankedPlan, lang: PlanLang = 'en'): Plan {
  return {
    steps: plan.steps.map((s) => ({ order: s.order, remedy: s.remedy, why: s.notes.map((n) => noteText(n, lang)).join(' '), producesEvidenceFor: s.producesEvidenceFor })),
    awaitingDecision: plan.awaitingDecision.map((a) => ({
      remedy: a.remedy,
      consentNeeded: a.consentNeeded,
      risks: a.risks.map((r) => `${RISK_NAMES[lang][r.id]} (${r.level}): ${r.why}`),
    })),
    excluded: plan.excluded.map((e) => ({ remedy: e.remedy, why: noteText(e.note, lang) })),
    tradeOffs: plan.tradeOffs.map((n) => noteText(n, lang)),
  };
}

export function planStrategy(facts: CaseFacts, screening: ScreeningResult, remedies: PlannerRemedies, options: PlanningOptions = {}): PlanningResult {
  const [best, ...rest] = rankPlans(facts, screening, remedies, options).map((p) => toContractPlan(p));
  return { plan: best!, alternatives: rest };
}

export { findBars, type Bar, type BarCode } from './bars';
export { noteText, REMEDY_NAMES, GOAL_NAMES, CONSENT_NAMES, RISK_NAMES, type PlanLang, type PlanNote, type StrategyId } from './notes';
export { RISK_TOLERANCES, type RiskTolerance, type ScoreBreakdown } from './score';
export { SEQUENCING_RULES, SEQUENCING_LAST_REVIEWED, consentKeyFor, ruleFor, type SequencingRule } from './sequencing-rules';
export { DEADLINE_MATTERS_DAYS, IMMINENT_REMOVAL_DAYS } from './build-plan';
