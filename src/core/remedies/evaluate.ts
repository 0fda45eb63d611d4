// Runs one remedy's knowledge against the facts as of facts.asOf: the eligibility table (first
// decisive row wins; notes add reasons), deadlines, collateral-harm rules and citations.
import type { CitationOut, ConsentKey, Eligibility, RemedyResult, RiskLevel } from '../contract';
import { compareDates } from '../dates/iso-date';
import { inForce, rulesAt } from './dated';
import type { Citation, ComputedDeadline, EvaluationContext, Localized, RemedyKnowledge, UrgencyRole } from './model';

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

export const NOT_REVIEWED_REASON: Localized = {
  en: 'This province or territory has not been reviewed yet: its limits, deadlines and program rules are not encoded. Check with local counsel.',
  fr: "Cette province ou ce territoire n'a pas encore été examiné : ses délais, plafonds et règles ne sont pas encodés. Vérifiez auprès d'un avocat local.",
};
export const LIMITATION_PASSED_REASON: Localized = {
  en: 'The limitation period ended on {date}.',
  fr: 'Le délai de prescription a pris fin le {date}.',
};

function fill(text: string, details: Record<string, string>): string {
  return text.replace(/\{(\w+)\}/g, (whole, key: string) => details[key] ?? whole);
}

export function citationOut(c: Citation): CitationOut {
  return { source: c.source, pinpoint: c.pinpoint, verified: c.verification === 'official-text', verification: c.verification, lastReviewed: c.lastReviewed, ...(c.url ? { url: c.url } : {}) };
}

/** The deadline to show: the earliest still open; if all have passed, the latest that passed. */
export function primaryDeadline<D extends { date: string }>(deadlines: D[], asOf: string): D | undefined {
  const open = deadlines.filter((d) => compareDates(d.date as never, asOf as never) >= 0).sort((a, b) => a.date.localeCompare(b.date));
  if (open.length) return open[0];
  return [...deadlines].sort((a, b) => b.date.localeCompare(a.date))[0];
}

export function evaluateRemedy(k: RemedyKnowledge, ctx: EvaluationContext, locale: Locale = 'en'): RemedyEvaluation {
  const reasons: string[] = [];
  const reasonCodes: string[] = [];
  const verify: string[] = [];
  const citations: Citation[] = k.legalBasis.filter((f) => inForce(f, ctx.asOf)).flatMap((f) => f.citations);
  let eligibility: Eligibility | undefined;

  if (k.scope === 'provincial' && !ctx.jurisdiction.reviewed) {
    eligibility = 'unknown';
    reasonCodes.push('jurisdiction-not-yet-reviewed');
    reasons.push(NOT_REVIEWED_REASON[locale]);
  }

  for (const rule of rulesAt(k.eligibility, ctx.asOf)) {
    if (eligibility !== undefined && rule.effect !== 'note') continue;
    if (!rule.when(ctx)) continue;
    reasonCodes.push(rule.id);
    reasons.push(fill(rule.reason[locale], rule.details?.(ctx) ?? {}));
    citations.push(...rule.citations);
    if (rule.verify) verify.push(rule.verify[locale]);
    if (rule.effect !== 'note') eligibility = rule.effect;
  }
  eligibility ??= 'unknown';

  const deadlines = k.deadlines
    .map((d) => d.compute(ctx))
    .filter((d): d is ComputedDeadline => d !== undefined)
    .map((d) => ({ ...d, passed: compareDates(d.date, ctx.asOf) < 0 }));
  const primary = primaryDeadline(deadlines, ctx.asOf);
  if (primary) citations.push(primary.citation);
  if (primary?.kind === 'limitation' && primary.passed && (eligibility === 'likely' || eligibility === 'possible')) {
    eligibility = 'unlikely';
    reasonCodes.push('limitation-period-passed');
    reasons.push(fill(LIMITATION_PASSED_REASON[locale], { date: primary.date }) + (primary.extension ? ` ${primary.extension[locale]}` : ''));
  }

  const riskCodes: string[] = [];
  const risks = new Map<string, { id: RemedyResult['risks'][number]['id']; level: RiskLevel; why: string }>();
  if (eligibility !== 'not-applicable') {
    for (const rule of rulesAt(k.risks, ctx.asOf)) {
      if (!rule.when(ctx)) continue;
      riskCodes.push(rule.id);
      const level = typeof rule.level === 'function' ? rule.level(ctx) : rule.level;
      const why = rule.why[locale];
      const seen = risks.get(rule.risk);
      citations.push(...rule.citations);
      if (rule.verify) verify.push(rule.verify[locale]);
      if (!seen) risks.set(rule.risk, { id: rule.risk, level, why });
      else risks.set(rule.risk, { id: rule.risk, level: LEVEL_RANK[level] > LEVEL_RANK[seen.level] ? level : seen.level, why: `${seen.why} ${why}` });
    }
  }

  for (const d of deadlines) if (d.verification !== 'official-text' && d.id.startsWith('refugee-claim')) verify.push(d.basis[locale]);
  const provincialFacts = k.scope === 'provincial' ? deadlines.map((d) => d.citation) : [];
  const unique = new Map([...citations, ...provincialFacts].map((c) => [`${c.source}|${c.pinpoint}`, c]));

  return {
    id: k.id,
    name: k.name[locale],
    eligibility,
    reasons,
    reasonCodes,
    riskCodes,
    evidenceNeeded: eligibility === 'not-applicable' ? [] : k.evidence.map((e) => e[locale]),
    yields: k.yields.map((y) => y.text[locale]),
    ...(primary ? { deadline: { date: primary.date, basis: primary.basis[locale], citation: `${primary.citation.source}, ${primary.citation.pinpoint}` } } : {}),
    deadlines,
    risks: [...risks.values()],
    citations: [...unique.values()].map(citationOut),
    practiceNotes: eligibility === 'not-applicable' ? [] : k.practiceNotes.map((n) => n.text[locale]),
    verify: [...new Set(verify)],
    consentNeeded: k.consentByProvince?.[ctx.province] ?? k.consentNeeded,
    producesEvidenceFor: k.producesEvidenceFor,
    urgencyRole: k.urgencyRole,
    jurisdiction: { code: k.scope === 'federal' ? 'federal' : ctx.province, reviewed: k.scope === 'federal' || ctx.jurisdiction.reviewed },
  };
}
