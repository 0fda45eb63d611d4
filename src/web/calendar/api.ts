// Queries and changes for the calendar. Keys start with 'calendar' so one invalidation refreshes
// the list, the month, the home page and the feed after a date is added or removed.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, request } from '../platform/api';
import { caseKeys } from '../cases/api';
import { calendarPath, type CalendarItem, type CaseDate, type FeedState } from './model';

const datesPath = (code: string) => `/api/cases/${encodeURIComponent(code)}/dates`;

export const calendarKeys = {
  all: ['calendar'] as const,
  range: (from: string, to: string, lang: string) => ['calendar', 'items', from, to, lang] as const,
  feed: ['calendar', 'feed'] as const,
};

/** Every dated item of my cases from `from` to `to` (inclusive), labels in `lang`. */
export function useCalendar(range: { from: string; to: string }, lang: string, enabled = true) {
  return useQuery({
    queryKey: calendarKeys.range(range.from, range.to, lang),
    queryFn: () => api.get<{ items: CalendarItem[] }>(calendarPath(range, lang)).then((r) => r.items),
    enabled,
    staleTime: 30_000,
  });
}

/** The dates entered by hand on one case. */
export const useCaseDates = (code: string) =>
  useQuery({
    queryKey: caseKeys.part(code, 'dates'),
    queryFn: () => api.get<{ dates: CaseDate[] }>(datesPath(code)).then((r) => r.dates),
    staleTime: 15_000,
  });

/** Adds (body: kind, date, time?, note?) or removes a date on a case, then refreshes the case and the calendar. */
export function useCaseDateChange<TInput, TOutput>(code: string, send: (input: TInput) => Promise<TOutput>, onDone?: (output: TOutput) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: async (output) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: caseKeys.part(code, 'dates') }),
        queryClient.invalidateQueries({ queryKey: calendarKeys.all }),
      ]);
      onDone?.(output);
    },
  });
}

export const datesApi = {
  add: (code: string, body: { kind: string; date: string; time?: string; note?: string }) => api.post<{ date: CaseDate }>(datesPath(code), body),
  remove: (code: string, id: string) => request<void>('DELETE', `${datesPath(code)}/${encodeURIComponent(id)}`),
};

export const useFeed = () => useQuery({ queryKey: calendarKeys.feed, queryFn: () => api.get<FeedState>('/api/calendar/feed') });

export const feedApi = {
  create: () => api.post<{ url: string }>('/api/calendar/feed'),
  revoke: () => request<void>('DELETE', '/api/calendar/feed'),
};
