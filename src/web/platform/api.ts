// A small typed client for the Harbour JSON API. It adds the CSRF header to every
// state-changing request and turns error bodies ({error:{code, message, fields}}) into ApiError.

export interface FieldIssue {
  path: string;
  message: string;
  /** The server's code for what is wrong (src/platform/http/field-issues.ts), worded by the screen. */
  problem?: { code: string; limit?: number };
}

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fields: FieldIssue[];
  /** Seconds from the Retry-After header, when the server sent one (429). */
  readonly retryAfterSeconds: number | null;

  constructor(init: { status: number; code: string; message: string; fields?: FieldIssue[]; retryAfterSeconds?: number | null }) {
    super(init.message);
    this.name = 'ApiError';
    this.status = init.status;
    this.code = init.code;
    this.fields = init.fields ?? [];
    this.retryAfterSeconds = init.retryAfterSeconds ?? null;
  }

  /** The server's message for one field, if it sent one. */
  fieldMessage(path: string): string | undefined {
    return this.fields.find((f) => f.path === path)?.message;
  }
}

export function isApiError(error: unknown, code?: string): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}

// Held in memory only: never in storage, so the quick exit and a closed tab leave nothing behind.
let csrfToken: string | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export function getCsrfToken(): string | null {
  return csrfToken;
}

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export interface RequestOptions {
  fetchImpl?: typeof fetch;
  keepalive?: boolean;
}

function normalisePath(path: unknown): string {
  if (Array.isArray(path)) return path.map(String).join('.');
  return String(path ?? '')
    .replace(/^\//, '')
    .replace(/\//g, '.');
}

function problemOf(value: unknown): Pick<FieldIssue, 'problem'> {
  const problem = value as { code?: unknown; limit?: unknown } | null | undefined;
  if (typeof problem?.code !== 'string') return {};
  return { problem: { code: problem.code, ...(typeof problem.limit === 'number' ? { limit: problem.limit } : {}) } };
}

async function toApiError(response: Response): Promise<ApiError> {
  const retryHeader = response.headers.get('retry-after');
  const retryAfterSeconds = retryHeader !== null && /^\d+$/.test(retryHeader.trim()) ? Number(retryHeader) : null;
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    // Not JSON (a proxy error page, a dropped connection): fall through to a generic error.
  }
  const error = (body as { error?: { code?: unknown; message?: unknown; fields?: unknown } } | null)?.error;
  const fields = Array.isArray(error?.fields)
    ? error.fields.map((f: { path?: unknown; message?: unknown; problem?: unknown }) => ({
        path: normalisePath(f.path),
        message: String(f.message ?? ''),
        ...problemOf(f.problem),
      }))
    : [];
  return new ApiError({
    status: response.status,
    code: typeof error?.code === 'string' ? error.code : response.status >= 500 ? 'server-error' : 'request-failed',
    message: typeof error?.message === 'string' ? error.message : response.statusText,
    fields,
    retryAfterSeconds,
  });
}

export async function request<T>(method: Method, path: string, body?: unknown, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  let response: Response;
  try {
    response = await (options.fetchImpl ?? fetch)(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
      keepalive: options.keepalive,
    });
  } catch (cause) {
    throw new ApiError({ status: 0, code: 'network-error', message: cause instanceof Error ? cause.message : 'Network error' });
  }
  if (!response.ok) throw await toApiError(response);
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

export const api = {
  get: <T>(path: string, options?: RequestOptions) => request<T>('GET', path, undefined, options),
  post: <T>(path: string, body?: unknown, options?: RequestOptions) => request<T>('POST', path, body ?? {}, options),
  patch: <T>(path: string, body: unknown, options?: RequestOptions) => request<T>('PATCH', path, body, options),
};
