// Queries and changes for a case's evidence. Uploads send the file itself (the browser streams
// it from disk); the file name travels percent-encoded in a header, never in the address.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ApiError, getCsrfToken } from '../platform/api';
import { caseKeys } from '../cases/api';
import type { EvidenceItem, HistoryEntry, RemedyChecklist } from './model';

export const evidencePath = (code: string) => `/api/cases/${encodeURIComponent(code)}/evidence`;

export const useEvidence = (code: string) =>
  useQuery({ queryKey: caseKeys.part(code, 'evidence'), queryFn: () => api.get<{ items: EvidenceItem[] }>(evidencePath(code)).then((r) => r.items) });

export const useChecklist = (code: string, lang: string) =>
  useQuery({
    queryKey: [...caseKeys.part(code, 'evidence'), 'checklist', lang],
    queryFn: () => api.get<{ checklist: RemedyChecklist[] }>(`${evidencePath(code)}/checklist?lang=${lang}`).then((r) => r.checklist),
  });

export const useHistory = (code: string, id: string, enabled: boolean) =>
  useQuery({
    queryKey: [...caseKeys.part(code, 'evidence'), 'history', id],
    queryFn: () => api.get<{ history: HistoryEntry[] }>(`${evidencePath(code)}/${encodeURIComponent(id)}/history`).then((r) => r.history),
    enabled,
  });

async function errorOf(response: Response): Promise<ApiError> {
  const body = (await response.json().catch(() => null)) as {
    error?: { code?: string; message?: string; fields?: { path: string; message: string }[] };
  } | null;
  return new ApiError({
    status: response.status,
    code: body?.error?.code ?? 'request-failed',
    message: body?.error?.message ?? response.statusText,
    fields: body?.error?.fields ?? [],
  });
}

async function send(method: string, path: string, body: BodyInit, headers: Record<string, string>): Promise<Response> {
  const csrf = getCsrfToken();
  const response = await fetch(path, { method, credentials: 'same-origin', headers: { ...headers, ...(csrf ? { 'X-CSRF-Token': csrf } : {}) }, body }).catch(
    (cause: unknown) => {
      throw new ApiError({ status: 0, code: 'network-error', message: cause instanceof Error ? cause.message : 'Network error' });
    },
  );
  if (!response.ok) throw await errorOf(response);
  return response;
}

export const evidenceApi = {
  add: (code: string, body: object) => api.post<{ item: EvidenceItem }>(evidencePath(code), body),
  change: (code: string, id: string, body: object) => api.patch<{ item: EvidenceItem }>(`${evidencePath(code)}/${encodeURIComponent(id)}`, body),
  upload: async (code: string, id: string, file: File) =>
    (
      await send('PUT', `${evidencePath(code)}/${encodeURIComponent(id)}/file`, file, {
        'Content-Type': 'application/octet-stream',
        Accept: 'application/json',
        'X-File-Name': encodeURIComponent(file.name),
      })
    ).json() as Promise<{ item: EvidenceItem }>,
  bundle: async (code: string, lang: string): Promise<{ blob: Blob; filename: string }> => {
    const response = await send('POST', `${evidencePath(code)}/bundle`, JSON.stringify({ lang }), {
      'Content-Type': 'application/json',
      Accept: 'application/zip, application/json',
    });
    const filename = /filename="?([^";]+)"?/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? `${code}-evidence.zip`;
    return { blob: await response.blob(), filename };
  },
};

/** A change to the evidence, then the list, the checklist and the histories are read again. */
export function useEvidenceChange<TInput, TOutput>(code: string, run: (input: TInput) => Promise<TOutput>, onDone?: (output: TOutput) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: async (output) => {
      await queryClient.invalidateQueries({ queryKey: caseKeys.part(code, 'evidence') });
      onDone?.(output);
    },
  });
}
