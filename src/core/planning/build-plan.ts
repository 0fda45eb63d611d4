// Builds one plan for one strategy: sort the open remedies into steps, hold back the ones that
// wait for consent, and say why each is where it is. Deterministic: ties break on the contract's
// remedy order, never on object or map iteration order of the input.
import { daysBetween, compareDates, type IsoDate } from '../dates/iso-date';
import { REMEDY_IDS, type CaseFacts, type ConsentKey, type RemedyId, type RemedyResult } from '../contract';
import type { Bar } from './bars';
import type { PlanNote, StrategyId } from './notes';
import { kept, mapped } from '../lists';
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

// The contract's order of remedies, as a lookup built once (indexOf, without the search).
const REMEDY_RANK = new Map<string, number>(REMEDY_IDS.map((id, i) => [id, i]));
const rank = (id: RemedyId) => REMEDY_RANK.get(id) ?? -1;
const isOpen = (r: RemedyResult) => r.eligibility === 'likely' || r.eligibility === 'possible';

export function isImminentRemoval(facts: CaseFacts, asOf: IsoDate, flaggedImminent: boolean): boolean {
  const removal = facts.person.removal;
  if (flaggedImminent) return true;
  if (removal?.state !== 'scheduled') return false;
  if (!removal.date) return true; // scheduled with no known date: cannot rule out imminence
  const days = daysBetween(asOf, removal.date as IsoDate);
  return days >= 0 && days <= IMMINENT_REMOVAL_DAYS;
}

/**
 * What every strategy's plan starts from, worked out once per case: the open remedies in the
 * contract's order, and for each what does not depend on the strategy (consent, bars, tier,
 * goals served). rankPlans builds three plans from one of these.
 */
export interface PlanningBasis {
  ctx: PlanningContext;
  goals: ReadonlySet<string>;
  open: readonly OpenRemedy[];
}

interface OpenRemedy {
  remedy: RemedyResult;
  consent: ConsentKey | null;
  /** Why it cannot be a step in any plan, if it cannot. */
  held: { code: 'consent-refused' } | { code: 'awaiting-decision' } | { code: 'barred'; bar: Bar } | undefined;
  answersRemoval: boolean;
  highRisks: readonly RiskOutLike['id'][];
  tier: number;
  immigration: boolean;
  goalsServed: number;
}

export function planningBasis(ctx: PlanningContext): PlanningBasis {
  const { facts, asOf } = ctx;
  const goals = new Set<string>(facts.goals);
  const tier = (r: RemedyResult): number => {
    if (ctx.bars.some((b) => b.remedy === r.id && b.effect === 'blocks' && b.until)) return 3;
    if (ctx.imminentRemoval && ruleFor(r.id).answersImminentRemoval) return 0;
    if (r.deadline && daysBetween(asOf, r.deadline.date as IsoDate) <= DEADLINE_MATTERS_DAYS) return 1;
    return 2;
  };
  const open = mapped(
    kept(ctx.remedies, isOpen).sort((a, b) => rank(a.id) - rank(b.id)),
    (remedy): OpenRemedy => {
      // The engine's results carry their reason codes (RemedyEvaluation); a bare contract result has none.
      const consent = consentKeyFor(remedy.id, facts.person.province, (remedy as { reasonCodes?: readonly string[] }).reasonCodes);
      const decision = consent ? facts.consents[consent] : 'yes';
      const openEndedBar = ctx.bars.find((b) => b.remedy === remedy.id && b.effect === 'blocks' && !b.until);
      const held: OpenRemedy['held'] =
        consent && decision === 'no'
          ? { code: 'consent-refused' }
          : consent && decision === 'undecided'
            ? { code: 'awaiting-decision' }
            : openEndedBar
              ? { code: 'barred', bar: openEndedBar }
              : undefined;
      const rule = ruleFor(remedy.id);
      return {
        remedy,
        consent,
        held,
        answersRemoval: ctx.imminentRemoval && rule.answersImminentRemoval,
        highRisks: mapped(
          kept(remedy.risks, (r) => r.level === 'high' && HARM_RISKS.has(r.id)),
          (r) => r.id,
        ),
        tier: held ? -1 : tier(remedy),
        immigration: rule.immigration,
        goalsServed: kept(goalsServedBy(remedy.id), (g) => goals.has(g)).length,
      };
    },
  );
  return { ctx, goals, open };
}

export function buildPlanFrom(basis: PlanningBasis, strategy: StrategyId): DetailedPlan {
  const { ctx, goals } = basis;
  const plan: DetailedPlan = { strategy, steps: [], awaitingDecision: [], excluded: [] };
  const candidates: OpenRemedy[] = [];

  for (const o of basis.open) {
    const { remedy, consent, held } = o;
    if (held?.code === 'consent-refused') {
      plan.excluded.push({ remedy: remedy.id, note: { code: 'consent-refused', consent: consent! } });
      continue;
    }
    if (held?.code === 'awaiting-decision') {
      plan.awaitingDecision.push({ remedy: remedy.id, consentNeeded: consent!, risks: remedy.risks });
      continue;
    }
    if (held?.code === 'barred') {
      plan.excluded.push({ remedy: remedy.id, note: { code: 'barred', bar: held.bar.code, pinpoint: held.bar.citation.pinpoint } });
      continue;
    }
    if (strategy === 'low-exposure' && o.highRisks.length > 0 && !o.answersRemoval) {
      plan.excluded.push({ remedy: remedy.id, note: { code: 'left-out-high-risk', risks: o.highRisks.slice() } });
      continue;
    }
    candidates.push(o);
  }

  // Looked up by id as the rules name remedies: the tier by id (the last candidate with an id
  // gives it, as a Map built from the list does) and the candidate by id (the first, as find does).
  const tierOf = new Map(candidates.map((o) => [o.remedy.id, o.tier]));
  const firstWithId = new Map<RemedyId, OpenRemedy>();
  for (const o of candidates) if (!firstWithId.has(o.remedy.id)) firstWithId.set(o.remedy.id, o);

  // Evidence edges a → b, kept only when they do not pull a step ahead of a more urgent tier,
  // and, in the status-first strategy, never hold back an immigration application.
  const edges = new Map<RemedyId, RemedyId[]>();
  for (const o of candidates) {
    const targets = kept(ruleFor(o.remedy.id).producesEvidenceFor, (t) => tierOf.has(t));
    edges.set(
      o.remedy.id,
      kept(targets, (t) => tierOf.get(o.remedy.id)! <= tierOf.get(t)! && !(strategy === 'status-first' && ruleFor(t).immigration && !o.immigration)),
    );
  }
  const indegree = new Map(candidates.map((o) => [o.remedy.id, 0]));
  for (const targets of edges.values()) for (const t of targets) indegree.set(t, indegree.get(t)! + 1);

  // Each candidate's sort key is fixed for the whole plan, so it is worked out once, not per comparison.
  const keys = new Map(
    candidates.map((o): [OpenRemedy, (number | string)[]] => [
      o,
      [
        tierOf.get(o.remedy.id)!,
        tierOf.get(o.remedy.id) === 1 ? o.remedy.deadline!.date : '',
        strategy === 'status-first' && !o.immigration ? 1 : 0,
        o.remedy.eligibility === 'likely' ? 0 : 1,
        -o.goalsServed,
        rank(o.remedy.id),
      ],
    ]),
  );
  const before = (a: OpenRemedy, b: OpenRemedy) => {
    const [ka, kb] = [keys.get(a)!, keys.get(b)!];
    for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return ka[i]! < kb[i]! ? -1 : 1;
    return 0;
  };

  // Kahn's order, taking the ready step with the least key each time; among equal keys, the one
  // that became ready first. That is what a stable sort of the ready list followed by taking its
  // head gives, without sorting again on every step.
  const ordered: OpenRemedy[] = [];
  const ready = candidates.filter((o) => indegree.get(o.remedy.id) === 0);
  while (ready.length > 0) {
    let least = 0;
    for (let i = 1; i < ready.length; i++) if (before(ready[i]!, ready[least]!) < 0) least = i;
    const next = ready.splice(least, 1)[0]!;
    ordered.push(next);
    for (const t of edges.get(next.remedy.id) ?? []) {
      indegree.set(t, indegree.get(t)! - 1);
      if (indegree.get(t) === 0) ready.push(firstWithId.get(t)!);
    }
  }

  const placed = new Set<RemedyId>();
  plan.steps = mapped(ordered, (o, i) => {
    const r = o.remedy;
    const notes = stepNotes(
      ctx,
      r,
      tierOf.get(r.id)!,
      goals,
      kept([...placed], (p) => edges.get(p)?.includes(r.id) ?? false),
    );
    placed.add(r.id);
    const evidenceFor = kept(ruleFor(r.id).producesEvidenceFor, (t) => tierOf.has(t));
    if (evidenceFor.length) notes.push({ code: 'evidence-for', remedies: evidenceFor });
    return { order: i + 1, remedy: r.id, notes, producesEvidenceFor: evidenceFor };
  });
  return plan;
}

function stepNotes(ctx: PlanningContext, r: RemedyResult, tier: number, goals: ReadonlySet<string>, evidenceFrom: RemedyId[]): PlanNote[] {
  const notes: PlanNote[] = [];
  if (tier === 0) {
    const date = ctx.facts.person.removal?.date;
    notes.push(date ? { code: 'answers-imminent-removal', date } : { code: 'answers-imminent-removal' });
  }
  for (const bar of kept(ctx.bars, (b) => b.remedy === r.id)) {
    if (bar.effect === 'blocks' && bar.until) notes.push({ code: 'not-before', date: bar.until, bar: bar.code, pinpoint: bar.citation.pinpoint });
    if (bar.effect === 'caution') notes.push({ code: 'bar-caution', bar: bar.code, pinpoint: bar.citation.pinpoint });
    if (bar.exception === 'best-interests-of-child') notes.push({ code: 'bar-exception-child' });
  }
  if (r.deadline) notes.push({ code: 'deadline', date: r.deadline.date, passed: compareDates(r.deadline.date as IsoDate, ctx.asOf) < 0 });
  notes.push({ code: 'eligibility', level: r.eligibility as 'likely' | 'possible' });
  const served = kept(goalsServedBy(r.id), (g) => goals.has(g));
  if (served.length) notes.push({ code: 'serves-goals', goals: served });
  if (evidenceFrom.length) notes.push({ code: 'uses-evidence-from', remedies: evidenceFrom });
  return notes;
}
