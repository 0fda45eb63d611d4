// Queries and mutations for the case file. Query keys start with ['case', code] so one
// invalidation refreshes everything about a case after a change.
import { keepPreviousData, useMutation, useInfiniteQuery, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, request } from '../platform/api';
import type { ActivityEntry, CaseHeader, CaseSummary, Consents, Fragment, IntakeGuide, Person, Reassignment, Sitting, TeamMember, Timeline } from './types';

const base = (code: string) => `/api/cases/${encodeURIComponent(code)}`;

export const caseKeys = {
  list: (status: 'open' | 'closed') => ['cases', 'list', status] as const,
  all: (code: string) => ['case', code.toUpperCase()] as const,
  part: (code: string, part: string) => ['case', code.toUpperCase(), part] as const,
};

export const casesApi = {
  base,
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, body),
  delete: <T>(path: string, body?: unknown) => request<T>('DELETE', path, body),
};

/**
 * The case header (code, province, languages, safe contact, access, break-glass notices).
 * Other capabilities' case tabs reuse it: `const header = useCaseHeader(useParams().code!)`.
 */
export function useCaseHeader(code: string) {
  return useQuery({
    queryKey: caseKeys.part(code, 'header'),
    queryFn: () => api.get<{ case: CaseHeader }>(base(code)).then((r) => r.case),
    staleTime: 30_000,
  });
}

function usePart<T>(code: string, part: string, path: string, enabled = true) {
  return useQuery({ queryKey: caseKeys.part(code, part), queryFn: () => api.get<T>(`${base(code)}${path}`), enabled, staleTime: 15_000 });
}

/** My cases, a page at a time (newest first); `fetchNextPage` follows the server's cursor. */
export const useCaseList = (status: 'open' | 'closed') =>
  useInfiniteQuery({
    queryKey: caseKeys.list(status),
    initialPageParam: '',
    queryFn: ({ pageParam }) => api.get<{ cases: CaseSummary[]; nextCursor?: string }>(`/api/cases?status=${status}${pageParam ? `&after=${pageParam}` : ''}`),
    getNextPageParam: (last) => last.nextCursor,
    select: (data) => data.pages.flatMap((p) => p.cases),
  });
export const useTeam = (code: string, enabled = true) => usePart<{ team: TeamMember[]; reassignments: Reassignment[] }>(code, 'team', '/team', enabled);
/** Whom the team picker offers for this case: my organisation, and another once the client consents to share with it. */
export const useTeamCandidates = (code: string, enabled = true) => usePart<{ people: Person[] }>(code, 'team-candidates', '/team/candidates', enabled);
/** Organisation names (no people): recipients a consent to share can name. */
export const useOrganisations = (enabled = true) =>
  useQuery({
    queryKey: ['directory', 'organisations'],
    queryFn: () => api.get<{ organisations: { id: string; name: string }[] }>('/api/directory/organisations').then((r) => r.organisations),
    enabled,
    staleTime: 60_000,
  });
/** A service of the directory of services that a consent to refer or share can name (src/referrals). */
export interface ServiceRecipient {
  /** What the consent names: the receiving organisation on this Harbour, else the directory entry. */
  recipient: string;
  name: { en: string; fr: string | null };
  jurisdictions: string[];
}
/** Services of the directory whose name (or region, service) matches `text`; every service when empty. */
export const useServiceRecipients = (text: string, enabled = true) =>
  useQuery({
    queryKey: ['directory', 'recipients', text],
    queryFn: () =>
      api
        .get<{ results: { entry: { name: ServiceRecipient['name']; jurisdictions: string[] }; consentRecipient: string }[] }>(
          `/api/directory${text ? `?text=${encodeURIComponent(text)}` : ''}`,
        )
        .then((r) => r.results.map((x): ServiceRecipient => ({ recipient: x.consentRecipient, name: x.entry.name, jurisdictions: x.entry.jurisdictions }))),
    enabled,
    staleTime: 60_000,
    placeholderData: keepPreviousData,
  });
export const useSittings = (code: string) => usePart<{ sittings: Sitting[] }>(code, 'sittings', '/sittings');
export const useIntakeGuide = (code: string) => usePart<IntakeGuide>(code, 'intake-guide', '/intake-guide');
export const useFragments = (code: string) => usePart<{ fragments: Fragment[] }>(code, 'fragments', '/fragments');
export const useTimeline = (code: string) => usePart<Timeline>(code, 'timeline', '/timeline');
export const useConsents = (code: string) => usePart<Consents>(code, 'consents', '/consents');
export const useActivity = (code: string, enabled = true) => usePart<{ entries: ActivityEntry[] }>(code, 'activity', '/activity', enabled);
/** People of my own organisation (names for the ledger's recorders). */
export const useDirectory = (enabled = true) =>
  useQuery({
    queryKey: ['directory', 'people'],
    queryFn: () => api.get<{ people: Person[] }>('/api/directory/people').then((r) => r.people),
    enabled,
    staleTime: 60_000,
  });

/**
 * A change to a case: runs `send`, then refreshes what is known about the case (and the case
 * lists) and calls `onDone` with the answer. The header is fetched again only when the change
 * can alter it: each fetch of the header is a "viewed" line in the case's activity log.
 */
export function useCaseMutation<TInput, TOutput>(
  code: string,
  send: (input: TInput) => Promise<TOutput>,
  onDone?: (output: TOutput, input: TInput) => void,
  options: { header?: boolean } = {},
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: async (output, input) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: caseKeys.all(code), predicate: (query) => options.header === true || query.queryKey[2] !== 'header' }),
        queryClient.invalidateQueries({ queryKey: ['cases'] }),
      ]);
      onDone?.(output, input);
    },
  });
}
