// Queries and changes for the institution log of a case and the organisation's response times.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, request } from '../platform/api';
import { caseKeys } from '../cases/api';
import { calendarKeys } from '../calendar/api';

/** One request or submission to an institution; what was sent, the reference and the outcome note are sensitive (request bodies only). */
export interface LogEntry {
  id: string;
  institution: string;
  kind: string;
  sentOn: string;
  whatSent?: string;
  reference?: string;
  followUpDays?: number;
  extensionDays?: number;
  answeredOn?: string;
  outcome?: string;
  outcomeNote?: string;
}

export interface ResponseTimeFigure {
  institution: string;
  kind: string;
  shown: boolean;
  cases?: number;
  answers?: number;
  medianDays?: number;
  p90Days?: number;
}

const logPath = (code: string) => `/api/cases/${encodeURIComponent(code)}/institution-log`;

export const useInstitutionLog = (code: string) =>
  useQuery({ queryKey: caseKeys.part(code, 'institution-log'), queryFn: () => api.get<{ entries: LogEntry[] }>(logPath(code)).then((r) => r.entries) });

/** Adds a request or records its answer, then refreshes the log and the calendar (its dates move). */
export function useLogChange<TInput>(code: string, send: (input: TInput) => Promise<unknown>, onDone?: () => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: caseKeys.part(code, 'institution-log') }),
        queryClient.invalidateQueries({ queryKey: calendarKeys.all }),
      ]);
      onDone?.();
    },
  });
}

export const logApi = {
  add: (code: string, body: Record<string, unknown>) => api.post<{ entry: LogEntry }>(logPath(code), body),
  answer: (code: string, id: string, body: Record<string, unknown>) => api.patch<{ entry: LogEntry }>(`${logPath(code)}/${encodeURIComponent(id)}`, body),
  remove: (code: string, id: string) => request<void>('DELETE', `${logPath(code)}/${encodeURIComponent(id)}`),
};

export const useResponseTimes = () =>
  useQuery({
    queryKey: ['institutions', 'response-times'],
    queryFn: () => api.get<{ minCases: number; figures: ResponseTimeFigure[] }>('/api/institutions/response-times'),
  });
