// Builds one plan for one strategy: sort the open remedies into steps, hold back the ones that
// wait for consent, and say why each is where it is. Deterministic: ties break on the contract's
// remedy order, never on object or map iteration order of the input.
import { daysBetween, compareDates, type IsoDate } from '../dates/iso-date';
import { REMEDY_IDS, type CaseFacts, type ConsentKey, type RemedyId, type RemedyResult } from '../contract';
import type { Bar } from './bars';
import type { PlanNote, StrategyId } from './notes';
import { HARM_RISKS } from './score';
import { consentKeyFor, goalsServedBy, ruleFor } from './sequencing-rules';

export type RiskOutLike = RemedyResult['risks'][number];

/** A deadline "matters" for ordering when it ends within this many days of asOf. */
export const DEADLINE_MATTERS_DAYS = 90;
/** Contract: imminent removal means removal scheduled within 30 days. */
export const IMMINENT_REMOVAL_DAYS = 30;

export interface DetailedStep {
  order: number;
  remedy: RemedyId;
  notes: PlanNote[];
  producesEvidenceFor: RemedyId[];
}

export interface DetailedPlan {
  strategy: StrategyId;
  steps: DetailedStep[];
  awaitingDecision: { remedy: RemedyId; consentNeeded: ConsentKey; risks: RiskOutLike[] }[];
  excluded: { remedy: RemedyId; note: PlanNote }[];
}

export interface PlanningContext {
  facts: CaseFacts;
  asOf: IsoDate;
  remedies: RemedyResult[];
  bars: Bar[];
  imminentRemoval: boolean;
}

const rank = (id: RemedyId) => REMEDY_IDS.indexOf(id);
const isOpen = (r: RemedyResult) => r.eligibility === 'likely' || r.eligibility === 'possible';

export function isImminentRemoval(facts: CaseFacts, asOf: IsoDate, flaggedImminent: boolean): boolean {
  const removal = facts.person.removal;
  if (flaggedImminent) return true;
  if (removal?.state !== 'scheduled') return false;
  if (!removal.date) return true; // scheduled with no known date: cannot rule out imminence
  const days = daysBetween(asOf, removal.date as IsoDate);
  return days >= 0 && days <= IMMINENT_REMOVAL_DAYS;
}

export function buildPlan(ctx: PlanningContext, strategy: StrategyId): DetailedPlan {
  const { facts, asOf } = ctx;
  const open = ctx.remedies.filter(isOpen).sort((a, b) => rank(a.id) - rank(b.id));
  const plan: DetailedPlan = { strategy, steps: [], awaitingDecision: [], excluded: [] };
  const candidates: RemedyResult[] = [];

  for (const remedy of open) {
    const consent = consentKeyFor(remedy.id, facts.person.province);
    const decision = consent ? facts.consents[consent] : 'yes';
    if (consent && decision === 'no') {
      plan.excluded.push({ remedy: remedy.id, note: { code: 'consent-refused', consent } });
      continue;
    }
    if (consent && decision === 'undecided') {
      plan.awaitingDecision.push({ remedy: remedy.id, consentNeeded: consent, risks: remedy.risks });
      continue;
    }
    const openEndedBar = ctx.bars.find((b) => b.remedy === remedy.id && b.effect === 'blocks' && !b.until);
    if (openEndedBar) {
      plan.excluded.push({ remedy: remedy.id, note: { code: 'barred', bar: openEndedBar.code, pinpoint: openEndedBar.citation.pinpoint } });
      continue;
    }
    const answersRemoval = ctx.imminentRemoval && ruleFor(remedy.id).answersImminentRemoval;
    const highRisks = remedy.risks.filter((r) => r.level === 'high' && HARM_RISKS.has(r.id)).map((r) => r.id);
    if (strategy === 'low-exposure' && highRisks.length > 0 && !answersRemoval) {
      plan.excluded.push({ remedy: remedy.id, note: { code: 'left-out-high-risk', risks: highRisks } });
      continue;
    }
    candidates.push(remedy);
  }

  const tier = (r: RemedyResult): number => {
    if (ctx.bars.some((b) => b.remedy === r.id && b.effect === 'blocks' && b.until)) return 3;
    if (ctx.imminentRemoval && ruleFor(r.id).answersImminentRemoval) return 0;
    if (r.deadline && daysBetween(asOf, r.deadline.date as IsoDate) <= DEADLINE_MATTERS_DAYS) return 1;
    return 2;
  };
  const tiers = new Map(candidates.map((r) => [r.id, tier(r)]));
  const inPlan = new Set(candidates.map((r) => r.id));

  // Evidence edges a → b, kept only when they do not pull a step ahead of a more urgent tier,
  // and, in the status-first strategy, never hold back an immigration application.
  const edges = new Map<RemedyId, RemedyId[]>();
  for (const r of candidates) {
    const targets = ruleFor(r.id).producesEvidenceFor.filter((t) => inPlan.has(t));
    edges.set(
      r.id,
      targets.filter((t) => tiers.get(r.id)! <= tiers.get(t)! && !(strategy === 'status-first' && ruleFor(t).immigration && !ruleFor(r.id).immigration)),
    );
  }
  const indegree = new Map(candidates.map((r) => [r.id, 0]));
  for (const targets of edges.values()) for (const t of targets) indegree.set(t, indegree.get(t)! + 1);

  const goals = new Set(facts.goals);
  const key = (r: RemedyResult): (number | string)[] => [
    tiers.get(r.id)!,
    tiers.get(r.id) === 1 ? r.deadline!.date : '',
    strategy === 'status-first' && !ruleFor(r.id).immigration ? 1 : 0,
    r.eligibility === 'likely' ? 0 : 1,
    -goalsServedBy(r.id).filter((g) => goals.has(g)).length,
    rank(r.id),
  ];
  const before = (a: RemedyResult, b: RemedyResult) => {
    const [ka, kb] = [key(a), key(b)];
    for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return ka[i]! < kb[i]! ? -1 : 1;
    return 0;
  };

  const ordered: RemedyResult[] = [];
  const ready = candidates.filter((r) => indegree.get(r.id) === 0);
  while (ready.length > 0) {
    ready.sort(before);
    const next = ready.shift()!;
    ordered.push(next);
    for (const t of edges.get(next.id) ?? []) {
      indegree.set(t, indegree.get(t)! - 1);
      if (indegree.get(t) === 0) ready.push(candidates.find((c) => c.id === t)!);
    }
  }

  const placed = new Set<RemedyId>();
  plan.steps = ordered.map((r, i) => {
    const notes = stepNotes(ctx, r, tiers.get(r.id)!, goals, [...placed].filter((p) => edges.get(p)?.includes(r.id)));
    placed.add(r.id);
    const evidenceFor = ruleFor(r.id).producesEvidenceFor.filter((t) => inPlan.has(t));
    if (evidenceFor.length) notes.push({ code: 'evidence-for', remedies: evidenceFor });
    return { order: i + 1, remedy: r.id, notes, producesEvidenceFor: evidenceFor };
  });
  return plan;
}

function stepNotes(ctx: PlanningContext, r: RemedyResult, tier: number, goals: Set<string>, evidenceFrom: RemedyId[]): PlanNote[] {
  const notes: PlanNote[] = [];
  if (tier === 0) notes.push({ code: 'answers-imminent-removal', ...(ctx.facts.person.removal?.date ? { date: ctx.facts.person.removal.date } : {}) });
  for (const bar of ctx.bars.filter((b) => b.remedy === r.id)) {
    if (bar.effect === 'blocks' && bar.until) notes.push({ code: 'not-before', date: bar.until, bar: bar.code, pinpoint: bar.citation.pinpoint });
    if (bar.effect === 'caution') notes.push({ code: 'bar-caution', bar: bar.code, pinpoint: bar.citation.pinpoint });
    if (bar.exception === 'best-interests-of-child') notes.push({ code: 'bar-exception-child' });
  }
  if (r.deadline) notes.push({ code: 'deadline', date: r.deadline.date, passed: compareDates(r.deadline.date as IsoDate, ctx.asOf) < 0 });
  notes.push({ code: 'eligibility', level: r.eligibility as 'likely' | 'possible' });
  const served = goalsServedBy(r.id).filter((g) => goals.has(g));
  if (served.length) notes.push({ code: 'serves-goals', goals: served });
  if (evidenceFrom.length) notes.push({ code: 'uses-evidence-from', remedies: evidenceFrom });
  return notes;
}
