import { useQuery } from '@tanstack/react-query';
import { api } from '../platform/api';
import type { CitationLike, Verification } from './badges';

// The knowledge API (src/knowledge/routes.ts): the law Harbour encodes, as data, for every
// signed-in person. Nothing here is about a case.

export type Localized = { en: string; fr: string };

export interface Dated {
  /** `from` null: the start was not researched. */
  effective: { from: string | null; until?: string };
  citations: CitationLike[];
  lastReviewed: string | null;
  verification: Verification;
  verify?: Localized;
}

export interface RemedySummary {
  id: string;
  scope: 'federal' | 'provincial';
  name: Localized;
  description: Localized;
  verification: Record<Verification, number>;
}

export interface RemedyDetail {
  id: string;
  scope: 'federal' | 'provincial';
  name: Localized;
  description: Localized;
  decisionMaker: Localized;
  legalBasis: (Dated & { value: Localized })[];
  consentNeeded: string;
  producesEvidenceFor: string[];
  yields: { kind: string; text: Localized }[];
  timeline: Dated & { value: Localized };
  fees: Dated & { value: Localized };
  evidence: Localized[];
  eligibility: (Dated & { id: string; effect: string; reason: Localized })[];
  risks: (Dated & { id: string; risk: string; level: string; basis: 'law' | 'practice'; why: Localized })[];
  practiceNotes: { id: string; text: Localized; citations: CitationLike[]; lastReviewed: string | null; verification: Verification }[];
  deadlineRules: string[];
  deadlines: (
    | { id: string; period: string; versions: (Dated & { value: { length: number; unit: 'days' | 'months' } })[] }
    | { id: string; provincial: true }
    | { id: string; onTheEventDate: true }
  )[];
  bars: { id: string; trigger: string; months?: number; effect: 'blocks' | 'caution'; effective: Dated['effective']; citation: CitationLike }[];
}

export interface Jurisdiction {
  code: string;
  name: Localized;
  review: { status: 'reviewed' | 'not-yet-reviewed'; note: Localized };
  params: Record<string, (Dated & { value: unknown })[]>;
}

/** starts: values whose start date was researched or not; reviewNotRecorded: values nobody dated the reading of. */
interface ReportCounts {
  checked: number;
  notFound: number;
  stale: number;
  starts: { researched: number; notResearched: number };
  reviewNotRecorded: number;
  total: number;
}

export interface KnowledgeReport {
  asOf: string;
  staleAfterDays: number;
  /**
   * checked: official text whose quote a test found in law/federal/ (also in counts['official-text']);
   * notFound: values citing "Not found in official sources as of …"; they are also in counts.unverified.
   */
  byJurisdiction: Record<string, ReportCounts & { review: string; counts: Record<Verification, number> }>;
  totals: Record<Verification, number> & ReportCounts;
  staleFacts: string[];
}

export interface IndicatorWeighting {
  dimension: string;
  phase: string;
  iloItem: string;
  strength: Record<string, string>;
  strengthVerification: Record<string, Verification>;
}

export interface Indicator {
  id: string;
  kind: string;
  weightings: IndicatorWeighting[];
  contexts: string[];
  practitioner: Localized;
  question: Localized;
  why: Localized;
  citations: CitationLike[];
}

const key = (...rest: string[]) => ['knowledge', ...rest];
const forever = { staleTime: Infinity };

export const useRemedies = () =>
  useQuery({
    queryKey: key('remedies'),
    queryFn: () => api.get<{ knowledgeVersion: string; remedies: RemedySummary[] }>('/api/knowledge/remedies'),
    ...forever,
  });
export const useRemedy = (id: string) =>
  useQuery({ queryKey: key('remedy', id), queryFn: () => api.get<RemedyDetail>(`/api/knowledge/remedies/${encodeURIComponent(id)}`), ...forever });
export const useJurisdictions = () =>
  useQuery({
    queryKey: key('jurisdictions'),
    queryFn: () => api.get<{ jurisdictions: Jurisdiction[] }>('/api/knowledge/jurisdictions').then((r) => r.jurisdictions),
    ...forever,
  });
export const useReport = () => useQuery({ queryKey: key('report'), queryFn: () => api.get<KnowledgeReport>('/api/knowledge/report'), ...forever });
/** The words the indicators page puts around the indicators, in one language. */
export interface IndicatorWording {
  caveats: Record<string, string>;
  profiles: Record<string, string>;
  dimensions: Record<string, string>;
  strengths: Record<string, string>;
}

export const useIndicators = (lang: 'en' | 'fr') =>
  useQuery({
    queryKey: key('indicators', lang),
    queryFn: () => api.get<{ caveats: string[]; indicators: Indicator[]; wording: IndicatorWording }>(`/api/knowledge/indicators?lang=${lang}`),
    ...forever,
  });

/** Picks the reader's language from a bilingual value. */
export const pick = (value: Localized, lang: string): string => (lang === 'fr' ? value.fr : value.en);
export const isLocalized = (v: unknown): v is Localized => typeof v === 'object' && v !== null && 'en' in v && 'fr' in v;
