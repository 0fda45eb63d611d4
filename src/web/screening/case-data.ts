import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { LegalView } from '../../cases/use-cases/legal-view';
import type { Answer, Phase } from '../../core/contract/identifiers';
import { api, request } from '../platform/api';

// The case data the legal tools read: screening answers (facts), the server's legal view of them
// (worded in the reader's language by the server: the browser does not run the legal core) and the
// next questions. Query keys start with ['legal', code] so one invalidation refreshes every tab.

export type { LegalView };
export type Lang = 'en' | 'fr';

export interface StoredAnswer {
  id: string;
  phase?: Phase;
  answer: Answer;
  note?: string;
  sittingId?: string;
  fragmentIds?: string[];
}

export interface StoredPerson {
  ageBand?: 'minor' | 'adult' | 'unknown';
  immigrationStatus?: string;
  permitExpiry?: string;
  removal?: { state: 'none' | 'order-issued' | 'scheduled' | 'unknown'; date?: string };
  inCanadaSince?: string;
  priorRefugeeClaim?: {
    outcome: 'pending' | 'rejected' | 'accepted' | 'withdrawn' | 'ineligible' | 'abandoned';
    date?: string;
    withdrawnAfterSubstantiveEvidence?: 'yes' | 'no' | 'unknown';
  };
  entries?: { date: string; via?: 'air' | 'sea' | 'land-from-us-at-port' | 'land-from-us-between-ports' | 'other' | 'unknown' }[];
  refugeeHistoryAbroad?: 'none' | 'claim-in-information-sharing-country' | 'recognized-as-refugee-elsewhere' | 'unknown';
  prra?: { state: 'none' | 'pending' | 'refused' | 'allowed' | 'unknown'; date?: string };
  maintainedStatus?: 'yes' | 'no' | 'unknown';
  witnessInProceedings?: 'yes' | 'no' | 'unknown';
  designatedForeignNational?: 'yes' | 'no' | 'unknown';
  sexIndustryWork?: 'yes' | 'no' | 'unknown';
  criminalCharges?: 'yes' | 'no' | 'unknown';
  dependants?: boolean;
  relationshipBasedStatus?: 'yes' | 'no' | 'unknown';
}

export interface StoredFacts {
  person: StoredPerson;
  exploiters: string[];
  contexts: string[];
  sector?: string;
  answers: StoredAnswer[];
  events: Record<string, string | undefined>;
  goals: string[];
  /** The client's tolerance for risk, set on the plan tab. */
  riskTolerance?: 'low' | 'medium' | 'high';
}

export type FactsPatch = Partial<Omit<StoredFacts, 'answers' | 'sector' | 'person'>> & {
  /** null removes a field the server holds. */
  person?: { [K in keyof StoredPerson]?: StoredPerson[K] | null };
  sector?: string | null;
  answers?: (Omit<StoredAnswer, 'answer'> & { answer: Answer | null })[];
};

export interface ServerQuestion {
  fact: string;
  phase: Phase;
  ref: string;
  wording: { en: string; fr: string };
  why: { en: string; fr: string };
  serves: string[];
}

export interface Sitting {
  id: string;
  heldOn: string;
  mode: 'in-person' | 'phone' | 'video';
  couldSpeakFreely: 'yes' | 'no' | 'unsure';
}

export interface Fragment {
  id: string;
  text: string;
  sittingId: string | null;
  time: { label: string } | null;
}

export type Stage = 'preliminary' | 'full';

const base = (code: string) => `/api/cases/${encodeURIComponent(code)}`;
const legalKey = (code: string) => ['legal', code.toUpperCase()] as const;

export function useFacts(code: string) {
  return useQuery({ queryKey: [...legalKey(code), 'facts'], queryFn: () => api.get<{ facts: StoredFacts; updatedAt: string | null }>(`${base(code)}/facts`) });
}

/** The reader's language, as the server words legal results in it. */
function useLang(): Lang {
  const { i18n } = useTranslation();
  return i18n.language === 'fr' ? 'fr' : 'en';
}

/** The server's legal view of the case in the reader's language; switching language fetches it again. */
export function useLegalView(code: string) {
  const lang = useLang();
  return useQuery({
    queryKey: [...legalKey(code), 'legal-view', lang],
    queryFn: () => api.get<LegalView>(`${base(code)}/legal-view?lang=${lang}`),
  });
}

export function useQuestions(code: string, stage: Stage) {
  return useQuery({
    queryKey: [...legalKey(code), 'questions', stage],
    queryFn: () => api.get<{ questions: ServerQuestion[] }>(`${base(code)}/questions?stage=${stage}`).then((r) => r.questions),
  });
}

export function useSittings(code: string) {
  return useQuery({
    queryKey: [...legalKey(code), 'sittings'],
    queryFn: () => api.get<{ sittings: Sitting[] }>(`${base(code)}/sittings`).then((r) => r.sittings),
  });
}

export function useFragments(code: string) {
  return useQuery({
    queryKey: [...legalKey(code), 'fragments'],
    queryFn: () => api.get<{ fragments: Fragment[] }>(`${base(code)}/fragments`).then((r) => r.fragments),
  });
}

/** Saves part of the screening answers; every legal view of the case is refreshed afterwards. */
export function useSaveFacts(code: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (patch: FactsPatch) => request<{ facts: StoredFacts }>('PUT', `${base(code)}/facts`, patch),
    onSuccess: async (result) => {
      queryClient.setQueryData([...legalKey(code), 'facts'], (old: { updatedAt: string | null } | undefined) => ({ ...old, facts: result.facts }));
      await queryClient.invalidateQueries({ queryKey: legalKey(code) });
    },
  });
}

export function useAddSitting(code: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: {
      heldOn: string;
      durationMinutes: number;
      mode: Sitting['mode'];
      couldSpeakFreely: Sitting['couldSpeakFreely'];
      topicsCovered: string[];
    }) => api.post<{ sitting: Sitting }>(`${base(code)}/sittings`, body).then((r) => r.sitting),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...legalKey(code), 'sittings'] }),
  });
}

/** Today in the browser's time zone, as the server counts "today" in the clinic's. */
export function today(now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}
