// Queries and changes for the directory and referrals (docs/referrals.md). Filters travel in the
// query string (they are not client data); a referral's purpose goes in request bodies only.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../platform/api';
import { caseKeys } from '../cases/api';

export interface Bilingual {
  en: string;
  fr: string | null;
}

export interface DirectoryEntry {
  id: string;
  name: Bilingual;
  kinds: string[];
  services: string[];
  jurisdictions: string[];
  regions: string[];
  languages: string[];
  serves: { statusRequired: boolean | null; genders: string[] | null; ages: 'adults' | 'youth' | 'children-and-youth' | null; sectors: string[] };
  contact: { phone: string | null; website: string | null; email: string | null; hours: Bilingual | null };
  safetyNotes: Bilingual | null;
  acceptsLawyerReferrals: boolean | null;
  sources: { url: string; title: string; covers: string[] }[];
  lastReviewed: string;
  confirmBeforeReferring: boolean;
}

export type Visibility = 'organisation' | 'instance';

export interface ListedEntry {
  entry: DirectoryEntry;
  origin: 'seed' | 'local';
  /** Who sees a local entry: my organisation, or everyone on this Harbour. */
  visibility: Visibility | null;
  inHarbour: boolean;
  /** Whether the entry is my organisation's own (its people edit it). */
  mine: boolean;
  stale: boolean;
}

export interface SearchResult extends ListedEntry {
  meets: string[];
  speaks: string[];
}

export interface DirectoryFilters {
  province?: string;
  service?: string;
  language?: string;
  text?: string;
}

export interface Packet {
  header: { province: string; languages: string[]; interpreterNeeded: boolean };
  categories: string[];
  sections: { category: string; items: { key: string; value: string }[] }[];
  purpose: string;
}

export interface Referral {
  id: string;
  entryId: string;
  entryName: Bilingual | null;
  inHarbour: boolean;
  categories: string[];
  status: string;
  followUpOn: string | null;
  consent: 'in-effect' | 'ended';
  createdAt: string;
}

export interface Incoming {
  id: string;
  fromOrganisation: string;
  entryName: string | null;
  categories: string[];
  status: string;
  createdAt: string;
  access: 'open' | 'ended';
  linkedCaseCode: string | null;
  packet?: Packet | null;
}

const queryOf = (filters: DirectoryFilters) => {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(filters)) if (v) params.set(k, v);
  const text = params.toString();
  return text ? `?${text}` : '';
};

const casePath = (code: string) => `/api/cases/${encodeURIComponent(code)}/referrals`;

export const useDirectory = (filters: DirectoryFilters) =>
  useQuery({
    queryKey: ['directory', filters],
    queryFn: () => api.get<{ results: SearchResult[] }>(`/api/directory${queryOf(filters)}`).then((r) => r.results),
    staleTime: 60_000,
  });

export const useSuggestions = (code: string, filters: DirectoryFilters) =>
  useQuery({
    queryKey: [...caseKeys.part(code, 'referral-suggestions'), filters],
    queryFn: () => api.get<{ needs: { service: string }[]; results: SearchResult[] }>(`${casePath(code)}/suggestions${queryOf(filters)}`),
  });

export const useReferrals = (code: string) =>
  useQuery({ queryKey: caseKeys.part(code, 'referrals'), queryFn: () => api.get<{ referrals: Referral[] }>(casePath(code)).then((r) => r.referrals) });

export const useReceived = (code: string) =>
  useQuery({
    queryKey: caseKeys.part(code, 'referrals-received'),
    queryFn: () =>
      api.get<{ received: { id: string; access: 'open' | 'ended'; packet: Packet | null }[] }>(`${casePath(code)}/received`).then((r) => r.received),
  });

export interface NewReferral {
  entryId: string;
  categories: string[];
  purpose: string;
  language: 'en' | 'fr';
}

export const referralsApi = {
  preview: (code: string, body: NewReferral) => api.post<{ packet: Packet; recipientInHarbour: boolean }>(`${casePath(code)}/preview`, body),
  send: (code: string, body: NewReferral) => api.post<{ referral: Referral }>(casePath(code), body),
};

export function useSendReferral(code: string, onDone: () => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewReferral) => referralsApi.send(code, body),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: caseKeys.part(code, 'referrals') });
      onDone();
    },
  });
}

export const useIncoming = (enabled = true) =>
  useQuery({
    queryKey: ['referrals', 'incoming'],
    queryFn: () => api.get<{ referrals: Incoming[] }>('/api/referrals/incoming').then((r) => r.referrals),
    enabled,
  });

export const useIncomingOne = (id: string | null) =>
  useQuery({
    queryKey: ['referrals', 'incoming', id],
    queryFn: () => api.get<{ referral: Incoming }>(`/api/referrals/incoming/${encodeURIComponent(id!)}`).then((r) => r.referral),
    enabled: id !== null,
  });

export function useAnswerIncoming(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (answer: 'accept' | 'acknowledged' | 'declined') =>
      answer === 'accept'
        ? api.post<{ referral: Incoming }>(`/api/referrals/incoming/${encodeURIComponent(id)}/accept`)
        : api.post<{ referral: Incoming }>(`/api/referrals/incoming/${encodeURIComponent(id)}/status`, { status: answer }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['referrals', 'incoming'] }),
  });
}

export const NEXT_STATUSES: Record<string, string[]> = {
  sent: ['acknowledged', 'accepted', 'declined'],
  acknowledged: ['accepted', 'declined'],
  accepted: ['outcome'],
  declined: [],
  outcome: [],
};
export const OUTCOMES = ['service-provided', 'client-did-not-attend', 'not-eligible', 'no-capacity', 'other'] as const;

export function useUpdateReferral(code: string, id: string, onDone: () => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { status?: string; outcome?: string; followUpOn?: string | null }) =>
      api.patch<{ referral: Referral }>(`${casePath(code)}/${encodeURIComponent(id)}`, body),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: caseKeys.part(code, 'referrals') });
      onDone();
    },
  });
}

// ---- An organisation's own entries ----

export type EntryFields = Omit<DirectoryEntry, 'id' | 'lastReviewed'>;
export interface EntryBody {
  entry: EntryFields;
  visibility: Visibility;
  receivesReferralsHere: boolean;
}
export interface EntryChange {
  at: string;
  reviewedOn: string;
  changed: string[];
  by: string | null;
}

const entryPath = (id: string) => `/api/directory/${encodeURIComponent(id)}`;

export const useEntry = (id: string | null) =>
  useQuery({ queryKey: ['directory', 'entry', id], queryFn: () => api.get<{ entry: ListedEntry }>(entryPath(id!)).then((r) => r.entry), enabled: id !== null });

export const useEntryChanges = (id: string | null) =>
  useQuery({
    queryKey: ['directory', 'entry', id, 'changes'],
    queryFn: () => api.get<{ changes: EntryChange[] }>(`${entryPath(id!)}/changes`).then((r) => r.changes),
    enabled: id !== null,
  });

/** Adds an entry (no id) or saves one (its id); every directory list is fresh afterwards. */
export function useSaveEntry(id: string | null, onDone: (entry: ListedEntry) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: EntryBody) =>
      (id ? api.patch<{ entry: ListedEntry }>(entryPath(id), body) : api.post<{ entry: ListedEntry }>('/api/directory', body)).then((r) => r.entry),
    onSuccess: async (entry) => {
      await queryClient.invalidateQueries({ queryKey: ['directory'] });
      onDone(entry);
    },
  });
}
