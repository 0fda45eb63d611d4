// The knowledge itself, for UIs and the CLI: list and show remedies, per-jurisdiction values,
// wording maps, and a review report (verification counts and stale facts by jurisdiction).
import { REMEDY_IDS, type RemedyId } from '../contract';
import { addDays, type IsoDate } from '../dates/iso-date';
import { JURISDICTIONS } from './jurisdictions';
import { REMEDY_KNOWLEDGE } from './knowledge';
import { FEDERAL_PERIODS, PERIOD_IDS } from './periods';
import { citesNotFound } from './sources';
import {
  JURISDICTION_CODES,
  VERIFICATIONS,
  type Dated,
  type JurisdictionCode,
  type RemedyKnowledge,
  type ReviewStatus,
  type VerificationStatus,
} from './model';
import { LIMITATION_PASSED_REASON, NOT_REVIEWED_REASON, type Locale } from './evaluate';

export function listRemedies(): RemedyKnowledge[] {
  return REMEDY_IDS.map((id) => REMEDY_KNOWLEDGE.get(id)!);
}
export function showRemedy(id: RemedyId): RemedyKnowledge | undefined {
  return REMEDY_KNOWLEDGE.get(id);
}
export function listJurisdictions() {
  return JURISDICTION_CODES.map((code) => JURISDICTIONS.get(code)!);
}
export function showJurisdiction(code: JurisdictionCode) {
  return JURISDICTIONS.get(code);
}

/** Every reason code → wording, in one locale; codes are rule ids plus the engine's own. */
export function reasonWording(locale: Locale): Record<string, string> {
  const map: Record<string, string> = {
    'jurisdiction-not-yet-reviewed': NOT_REVIEWED_REASON[locale],
    'limitation-period-passed': LIMITATION_PASSED_REASON[locale],
  };
  for (const k of listRemedies()) {
    for (const rule of k.eligibility) map[rule.id] ??= rule.reason[locale];
    for (const rule of k.risks) map[rule.id] ??= rule.why[locale];
  }
  return map;
}
export const REMEDY_NAMES: Record<Locale, Record<RemedyId, string>> = {
  en: Object.fromEntries(REMEDY_IDS.map((id) => [id, REMEDY_KNOWLEDGE.get(id)!.name.en])) as Record<RemedyId, string>,
  fr: Object.fromEntries(REMEDY_IDS.map((id) => [id, REMEDY_KNOWLEDGE.get(id)!.name.fr])) as Record<RemedyId, string>,
};

export interface DatedRecord {
  jurisdiction: JurisdictionCode;
  path: string;
  record: Dated;
}

const startLabel = (record: Pick<Dated, 'effective'>) => record.effective.from ?? 'start-not-researched';

/** Every dated fact: remedy facts and rules count as federal unless the remedy is provincial. */
export function allDatedRecords(): DatedRecord[] {
  const out: DatedRecord[] = [];
  for (const k of listRemedies()) {
    const j: JurisdictionCode = 'federal';
    const push = (path: string, record: Dated) => out.push({ jurisdiction: j, path: `${k.id}/${path}`, record });
    k.legalBasis.forEach((f, i) => push(`legalBasis[${i}]`, f));
    push('timeline', k.timeline);
    push('fees', k.fees);
    k.eligibility.forEach((r) => push(`eligibility/${r.id}@${startLabel(r)}`, r));
    k.risks.forEach((r) => push(`risks/${r.id}@${startLabel(r)}`, r));
  }
  for (const id of PERIOD_IDS) FEDERAL_PERIODS[id].forEach((v) => out.push({ jurisdiction: 'federal', path: `periods/${id}@${startLabel(v)}`, record: v }));
  for (const j of listJurisdictions()) {
    for (const [param, versions] of Object.entries(j.params)) {
      (versions as Dated[]).forEach((v) => out.push({ jurisdiction: j.code, path: `${j.code}/${param}@${startLabel(v)}`, record: v }));
    }
  }
  return out;
}

/**
 * `checked` counts the official-text facts whose every citation carries a quote the program found
 * in the official XML ("official text, machine-checked", ADR 0014); they are also in 'official-text',
 * so official-text − checked is the number read in the official text but not machine-checked.
 * `notFound` counts the values searched for and not found in official sources (they cite
 * `notFoundInOfficialSources(…)`); such a citation is 'unverified', so they are also in 'unverified',
 * and unverified − notFound is the number of values merely unverified.
 */
export interface KnowledgeReport {
  asOf: string;
  staleAfterDays: number;
  byJurisdiction: Record<
    string,
    {
      review: ReviewStatus;
      counts: Record<VerificationStatus, number>;
      checked: number;
      notFound: number;
      starts: StartCounts;
      stale: number;
      reviewNotRecorded: number;
      total: number;
    }
  >;
  totals: Record<VerificationStatus, number> & {
    checked: number;
    notFound: number;
    starts: StartCounts;
    stale: number;
    reviewNotRecorded: number;
    total: number;
  };
  staleFacts: string[];
}

/** An official-text fact whose every citation carries a machine-checked quote of its provision. */
const machineChecked = (record: Dated): boolean =>
  record.verification === 'official-text' && record.citations.length > 0 && record.citations.every((c) => c.quote !== undefined);

/** How many values say when they came into force (researched) and how many say nobody researched it. */
export interface StartCounts {
  researched: number;
  notResearched: number;
}

/** Counts facts by verification status and by whether their start date was researched, and lists those last reviewed more than `staleAfterDays` before asOf. */
export function knowledgeReport(asOf: string, staleAfterDays = 365): KnowledgeReport {
  const cutoff = addDays(asOf as IsoDate, -staleAfterDays);
  const zero = () => Object.fromEntries(VERIFICATIONS.map((v) => [v, 0])) as Record<VerificationStatus, number>;
  const byJurisdiction: KnowledgeReport['byJurisdiction'] = {};
  const noStarts = (): StartCounts => ({ researched: 0, notResearched: 0 });
  for (const j of listJurisdictions())
    byJurisdiction[j.code] = { review: j.review.status, counts: zero(), checked: 0, notFound: 0, starts: noStarts(), stale: 0, reviewNotRecorded: 0, total: 0 };
  const totals = { ...zero(), checked: 0, notFound: 0, starts: noStarts(), stale: 0, reviewNotRecorded: 0, total: 0 };
  const staleFacts: string[] = [];
  for (const { jurisdiction, path, record } of allDatedRecords()) {
    const row = byJurisdiction[jurisdiction]!;
    row.counts[record.verification] += 1;
    row.total += 1;
    totals[record.verification] += 1;
    totals.total += 1;
    if (machineChecked(record)) {
      row.checked += 1;
      totals.checked += 1;
    }
    if (citesNotFound(record)) {
      row.notFound += 1;
      totals.notFound += 1;
    }
    const start = record.effective.from === null ? 'notResearched' : 'researched';
    row.starts[start] += 1;
    totals.starts[start] += 1;
    if (record.lastReviewed === null) {
      row.reviewNotRecorded += 1;
      totals.reviewNotRecorded += 1;
    } else if (record.lastReviewed < cutoff) {
      row.stale += 1;
      totals.stale += 1;
      staleFacts.push(path);
    }
  }
  return { asOf, staleAfterDays, byJurisdiction, totals, staleFacts };
}
