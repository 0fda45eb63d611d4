// Runs one remedy's knowledge against the facts as of facts.asOf: the eligibility table (first
// decisive row wins; notes add reasons), deadlines, collateral-harm rules and citations.
import type { CitationOut, ConsentKey, Eligibility, RemedyResult, RiskLevel } from '../contract';
import { compareDates, localeOrderOfDates } from '../dates/iso-date';
import { inForce, memoByPeriod, rulesAt } from './dated';
import { consentFor } from './consent';
import {
  PARAM_IDS,
  type Citation,
  type ComputedDeadline,
  type EligibilityRule,
  type EvaluationContext,
  type Localized,
  type ParamId,
  type RemedyKnowledge,
  type RiskRule,
  type UrgencyRole,
} from './model';
import { citesNotFound, sourceTitle } from './sources';
import en from './wording/en.json';
import fr from './wording/fr.json';
import { wordingOf } from '../wording';

export type Locale = 'en' | 'fr';

export interface RemedyEvaluation extends RemedyResult {
  name: string;
  reasonCodes: string[];
  /** Ids of the collateral-harm rules that fired. */
  riskCodes: string[];
  practiceNotes: string[];
  /** Law in motion affecting this result: a reviewer must confirm before relying on it. */
  verify: string[];
  deadlines: (ComputedDeadline & { passed: boolean })[];
  consentNeeded: ConsentKey | 'none';
  producesEvidenceFor: RemedyResult['id'][];
  urgencyRole: UrgencyRole;
  jurisdiction: { code: string; reviewed: boolean };
}

const LEVEL_RANK: Record<RiskLevel, number> = { low: 0, medium: 1, high: 2 };

// The evaluator's own sentences (./wording/{en,fr}.json); the rules' sentences are in each remedy's folder.
const wording = wordingOf('remedies', { en, fr });
export const NOT_REVIEWED_REASON: Localized = wording('jurisdiction-not-yet-reviewed.reason');
export const LIMITATION_PASSED_REASON: Localized = wording('limitation-period-passed.reason');

function fill(text: string, details: Record<string, string>): string {
  // Most wording has no {placeholder}; it is returned as it is without running the pattern.
  if (!text.includes('{')) return text;
  return text.replace(/\{(\w+)\}/g, (whole, key: string) => details[key] ?? whole);
}

/** A citation as the assessment gives it; in French it carries the provision's official French wording where the knowledge has it. */
export function citationOut(c: Citation, locale: Locale = 'en'): CitationOut {
  // Two literal shapes rather than a conditional spread: the same properties in the same order, built faster.
  const verified = c.verification === 'official-text';
  const out: CitationOut = c.url
    ? { source: c.source, pinpoint: c.pinpoint, verified, verification: c.verification, lastReviewed: c.lastReviewed, url: c.url }
    : { source: c.source, pinpoint: c.pinpoint, verified, verification: c.verification, lastReviewed: c.lastReviewed };
  if (c.quote !== undefined) out.quote = c.quote;
  if (locale === 'fr' && c.quoteFr !== undefined) out.quoteFr = c.quoteFr;
  return out;
}

/** The deadline to show: the earliest still open; if all have passed, the latest that passed. */
export function primaryDeadline<D extends { date: string }>(deadlines: D[], asOf: string): D | undefined {
  const open = deadlines.filter((d) => compareDates(d.date as never, asOf as never) >= 0).sort((a, b) => localeOrderOfDates(a.date, b.date));
  if (open.length) return open[0];
  return [...deadlines].sort((a, b) => localeOrderOfDates(b.date, a.date))[0];
}

/**
 * An eligibility row as the evaluator reads it: every row in one shape (absent parts are
 * undefined), with the key ids of its citations (see CitationKeys). Reading many rows of one
 * shape is cheaper than reading rows of several shapes. The knowledge's functions do not use `this`.
 */
interface PreparedRow {
  id: string;
  effect: EligibilityRule['effect'];
  when: EligibilityRule['when'];
  reason: Localized;
  details: EligibilityRule['details'];
  verify: Localized | undefined;
  citations: readonly Citation[];
  citationIds: readonly number[];
}

/** A risk rule in the same spirit: `level` is either a level or, in `levelOf`, a function. */
interface PreparedRisk {
  id: string;
  risk: RiskRule['risk'];
  level: RiskLevel | undefined;
  levelOf: ((ctx: EvaluationContext) => RiskLevel) | undefined;
  when: RiskRule['when'];
  why: Localized;
  verify: Localized | undefined;
  citations: readonly Citation[];
  citationIds: readonly number[];
}

/** What evaluateRemedy needs from one remedy's knowledge that does not depend on the case. */
interface PreparedRemedy {
  /** The legal basis's citations and the rules in force at a date (remembered per period). */
  lawAt: (asOf: string) => {
    basis: readonly Citation[];
    basisIds: readonly number[];
    eligibility: readonly PreparedRow[];
    risks: readonly PreparedRisk[];
  };
  /** The remedy's own wording in a locale (built once for English and French). */
  text: (locale: Locale) => RemedyText;
  keys: CitationKeys;
  /** The rest of the record that evaluation reads, in one shape for every remedy (absent parts undefined). */
  id: RemedyKnowledge['id'];
  provincial: boolean;
  /** The provincial values named after the remedy ("<remedy id>.…"; small claims also reads civil.limitation): one not found in official sources is cited in every result. */
  params: readonly ParamId[];
  deadlines: RemedyKnowledge['deadlines'];
  consentNeeded: RemedyKnowledge['consentNeeded'];
  consentByProvince: RemedyKnowledge['consentByProvince'];
  consentWaivedBy: RemedyKnowledge['consentWaivedBy'];
  producesEvidenceFor: RemedyKnowledge['producesEvidenceFor'];
  urgencyRole: RemedyKnowledge['urgencyRole'];
}

interface RemedyText {
  name: string;
  evidence: readonly string[];
  yields: readonly string[];
  practiceNotes: readonly string[];
}

const citationKey = (c: Citation) => `${c.source}|${c.pinpoint}`;

/**
 * Citations are listed once per "source|pinpoint". Every key the remedy's own knowledge uses gets
 * a small number, once, so that listing its citations needs no string building or hashing.
 */
interface CitationKeys {
  count: number;
  idOfKey: ReadonlyMap<string, number>;
  idOf: ReadonlyMap<Citation, number>;
}

/**
 * The citations of one result, each "source|pinpoint" once, in the place where it first appeared
 * and as the last citation added with it: what a Map keyed that way, built in the same order, keeps.
 */
class CitationList {
  readonly items: Citation[] = [];
  private readonly slotOfId: number[];
  private slotOfOtherKey: Map<string, number> | undefined;
  constructor(private readonly keys: CitationKeys) {
    this.slotOfId = new Array<number>(keys.count).fill(-1);
  }
  private place(slot: number, c: Citation): number {
    if (slot < 0) {
      this.items.push(c);
      return this.items.length - 1;
    }
    this.items[slot] = c;
    return slot;
  }
  /** A citation whose key id is known. */
  addWithId(c: Citation, id: number): void {
    this.slotOfId[id] = this.place(this.slotOfId[id]!, c);
  }
  addAllWithIds(cs: readonly Citation[], ids: readonly number[]): void {
    for (let i = 0; i < cs.length; i++) this.addWithId(cs[i]!, ids[i]!);
  }
  /** Any citation, for instance one a deadline built for this case. */
  add(c: Citation): void {
    const known = this.keys.idOf.get(c);
    if (known !== undefined) return this.addWithId(c, known);
    const key = citationKey(c);
    const id = this.keys.idOfKey.get(key);
    if (id !== undefined) return this.addWithId(c, id);
    this.slotOfOtherKey ??= new Map();
    this.slotOfOtherKey.set(key, this.place(this.slotOfOtherKey.get(key) ?? -1, c));
  }
}

// Built once per remedy: the knowledge is fixed once it has loaded (validated then).
const prepared = new WeakMap<RemedyKnowledge, PreparedRemedy>();
function prepare(k: RemedyKnowledge): PreparedRemedy {
  let p = prepared.get(k);
  if (p) return p;
  const idOfKey = new Map<string, number>();
  const idOf = new Map<Citation, number>();
  for (const c of [...k.legalBasis, ...k.eligibility, ...k.risks].flatMap((r) => r.citations)) {
    const key = citationKey(c);
    if (!idOfKey.has(key)) idOfKey.set(key, idOfKey.size);
    idOf.set(c, idOfKey.get(key)!);
  }
  const keys: CitationKeys = { count: idOfKey.size, idOfKey, idOf };
  const ids = (cs: readonly Citation[]) => cs.map((c) => idOf.get(c)!);
  const rows = new Map<EligibilityRule, PreparedRow>(
    k.eligibility.map((r) => [
      r,
      {
        id: r.id,
        effect: r.effect,
        when: r.when,
        reason: r.reason,
        details: r.details,
        verify: r.verify,
        citations: r.citations,
        citationIds: ids(r.citations),
      },
    ]),
  );
  const risks = new Map<RiskRule, PreparedRisk>(
    k.risks.map((r) => [
      r,
      {
        id: r.id,
        risk: r.risk,
        level: typeof r.level === 'function' ? undefined : r.level,
        levelOf: typeof r.level === 'function' ? r.level : undefined,
        when: r.when,
        why: r.why,
        verify: r.verify,
        citations: r.citations,
        citationIds: ids(r.citations),
      },
    ]),
  );
  const lawAt = memoByPeriod([...k.legalBasis, ...k.eligibility, ...k.risks], (asOf) => {
    const basis = k.legalBasis.filter((f) => inForce(f, asOf)).flatMap((f) => f.citations);
    return {
      basis,
      basisIds: ids(basis),
      eligibility: rulesAt(k.eligibility, asOf).map((rule) => rows.get(rule)!),
      risks: rulesAt(k.risks, asOf).map((rule) => risks.get(rule)!),
    };
  });
  const textIn = (locale: Locale): RemedyText => ({
    name: k.name[locale],
    evidence: k.evidence.map((e) => e[locale]),
    yields: k.yields.map((y) => y.text[locale]),
    practiceNotes: k.practiceNotes.map((n) => n.text[locale]),
  });
  const texts: Partial<Record<string, RemedyText>> = { en: textIn('en'), fr: textIn('fr') };
  p = {
    lawAt,
    text: (locale) => (Object.hasOwn(texts, locale) ? texts[locale]! : textIn(locale)),
    keys,
    id: k.id,
    provincial: k.scope === 'provincial',
    params: k.scope === 'provincial' ? PARAM_IDS.filter((id) => id.startsWith(`${k.id}.`) || (k.id === 'small-claims' && id === 'civil.limitation')) : [],
    deadlines: k.deadlines,
    consentNeeded: k.consentNeeded,
    consentByProvince: k.consentByProvince,
    consentWaivedBy: k.consentWaivedBy,
    producesEvidenceFor: k.producesEvidenceFor,
    urgencyRole: k.urgencyRole,
  };
  prepared.set(k, p);
  return p;
}

const DEADLINE_KEYS = ['id', 'kind', 'date', 'trigger', 'basis', 'citation', 'verification'].join();
const DEADLINE_KEYS_WITH_EXTENSION = ['id', 'kind', 'date', 'trigger', 'basis', 'extension', 'citation', 'verification'].join();

/**
 * `{ ...d, passed }`. A spread followed by a property is very slow in V8, so the two layouts
 * deadline() builds are copied property by property, in the same order; anything else is spread.
 */
function withPassed(d: ComputedDeadline, passed: boolean): ComputedDeadline & { passed: boolean } {
  if (Object.getOwnPropertySymbols(d).length === 0) {
    const layout = Object.keys(d).join();
    if (layout === DEADLINE_KEYS)
      return { id: d.id, kind: d.kind, date: d.date, trigger: d.trigger, basis: d.basis, citation: d.citation, verification: d.verification, passed };
    if (layout === DEADLINE_KEYS_WITH_EXTENSION)
      return {
        id: d.id,
        kind: d.kind,
        date: d.date,
        trigger: d.trigger,
        basis: d.basis,
        extension: d.extension,
        citation: d.citation,
        verification: d.verification,
        passed,
      };
  }
  return { ...d, passed };
}

export function evaluateRemedy(knowledge: RemedyKnowledge, ctx: EvaluationContext, locale: Locale = 'en'): RemedyEvaluation {
  const k = prepare(knowledge);
  const { lawAt, text, keys } = k;
  const law = lawAt(ctx.asOf);
  const words = text(locale);
  const reasons: string[] = [];
  const reasonCodes: string[] = [];
  const verify: string[] = [];
  const citations = new CitationList(keys);
  citations.addAllWithIds(law.basis, law.basisIds);
  let eligibility: Eligibility | undefined;

  if (k.provincial && !ctx.jurisdiction.reviewed) {
    eligibility = 'unknown';
    reasonCodes.push('jurisdiction-not-yet-reviewed');
    reasons.push(NOT_REVIEWED_REASON[locale]);
  }

  for (const row of law.eligibility) {
    if (eligibility !== undefined && row.effect !== 'note') continue;
    if (!row.when(ctx)) continue;
    reasonCodes.push(row.id);
    reasons.push(fill(row.reason[locale], (row.details ? row.details(ctx) : undefined) ?? {}));
    citations.addAllWithIds(row.citations, row.citationIds);
    if (row.verify) verify.push(row.verify[locale]);
    if (row.effect !== 'note') eligibility = row.effect;
  }
  eligibility ??= 'unknown';

  const deadlines: (ComputedDeadline & { passed: boolean })[] = [];
  const deadlinesInMotion: ComputedDeadline[] = [];
  for (const d of k.deadlines) {
    const computed = d.compute(ctx);
    if (computed === undefined) continue;
    deadlines.push(withPassed(computed, compareDates(computed.date, ctx.asOf) < 0));
    if (d.lawInMotion && computed.verification !== 'official-text') deadlinesInMotion.push(computed);
  }
  const primary = primaryDeadline(deadlines, ctx.asOf);
  if (primary) citations.add(primary.citation);
  if (primary?.kind === 'limitation' && primary.passed && (eligibility === 'likely' || eligibility === 'possible')) {
    eligibility = 'unlikely';
    reasonCodes.push('limitation-period-passed');
    reasons.push(fill(LIMITATION_PASSED_REASON[locale], { date: primary.date }) + (primary.extension ? ` ${primary.extension[locale]}` : ''));
  }

  const riskCodes: string[] = [];
  // One entry per kind of risk, in the order the kinds first fire; a later rule of the same kind
  // replaces the entry with the higher level and both explanations. (A handful of entries: a
  // list searched by kind costs less than a Map.)
  const risks: RemedyResult['risks'] = [];
  if (eligibility !== 'not-applicable') {
    for (const rule of law.risks) {
      if (!rule.when(ctx)) continue;
      riskCodes.push(rule.id);
      const level = rule.levelOf ? rule.levelOf(ctx) : rule.level!;
      const why = rule.why[locale];
      const at = risks.findIndex((r) => r.id === rule.risk);
      citations.addAllWithIds(rule.citations, rule.citationIds);
      if (rule.verify) verify.push(rule.verify[locale]);
      if (at < 0) risks.push({ id: rule.risk, level, why });
      else {
        const seen = risks[at]!;
        risks[at] = { id: rule.risk, level: LEVEL_RANK[level] > LEVEL_RANK[seen.level] ? level : seen.level, why: `${seen.why} ${why}` };
      }
    }
  }

  for (const d of deadlinesInMotion) verify.push(d.basis[locale]);
  if (k.provincial) for (const d of deadlines) citations.add(d.citation);
  // A value searched for and not found in official sources says so in the result, deadline or not.
  for (const id of k.params) {
    const value = ctx.jurisdiction.param(id);
    if (value && citesNotFound(value)) for (const c of value.citations) citations.add(c);
  }
  const citationsOut: CitationOut[] = citations.items.map((c) => citationOut(c, locale));

  const applies = eligibility !== 'not-applicable';
  // Properties are added in the contract's order; `deadline` only when there is one.
  const result = {
    id: k.id,
    name: words.name,
    eligibility,
    reasons,
    reasonCodes,
    riskCodes,
    evidenceNeeded: applies ? words.evidence.slice() : [],
    yields: words.yields.slice(),
  } as RemedyEvaluation;
  if (primary)
    result.deadline = { date: primary.date, basis: primary.basis[locale], citation: `${sourceTitle(primary.citation, locale)}, ${primary.citation.pinpoint}` };
  result.deadlines = deadlines;
  result.risks = risks;
  result.citations = citationsOut;
  result.practiceNotes = applies ? words.practiceNotes.slice() : [];
  result.verify = verify.length > 1 ? [...new Set(verify)] : verify;
  result.consentNeeded = consentFor(k, ctx.province, reasonCodes);
  result.producesEvidenceFor = k.producesEvidenceFor;
  result.urgencyRole = k.urgencyRole;
  result.jurisdiction = { code: k.provincial ? ctx.province : 'federal', reviewed: !k.provincial || ctx.jurisdiction.reviewed };
  return result;
}
