import { afterEach, describe, expect, it } from 'vitest';
import { api, ApiError, setCsrfToken } from './api';

function fakeFetch(response: Response) {
  const calls: { url: string; init: RequestInit }[] = [];
  const impl = (async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    return response;
  }) as unknown as typeof fetch;
  return { impl, calls };
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });

afterEach(() => setCsrfToken(null));

describe('api client', () => {
  it('sends the CSRF token on state-changing requests once signed in', async () => {
    setCsrfToken('abc');
    const { impl, calls } = fakeFetch(json(200, { ok: true }));
    await api.post('/api/auth/mfa/verify', { code: '123456' }, { fetchImpl: impl });
    const headers = calls[0]!.init.headers as Record<string, string>;
    expect(headers['X-CSRF-Token']).toBe('abc');
    expect(headers['Content-Type']).toBe('application/json');
    expect(calls[0]!.init.body).toBe('{"code":"123456"}');
  });

  it('does not send the CSRF token on reads', async () => {
    setCsrfToken('abc');
    const { impl, calls } = fakeFetch(json(200, { status: 'ok' }));
    await api.get('/api/health', { fetchImpl: impl });
    expect((calls[0]!.init.headers as Record<string, string>)['X-CSRF-Token']).toBeUndefined();
  });

  it('sends an empty JSON object when a POST has no body', async () => {
    const { impl, calls } = fakeFetch(new Response(null, { status: 204 }));
    await expect(api.post('/api/auth/sign-out', undefined, { fetchImpl: impl })).resolves.toBeUndefined();
    expect(calls[0]!.init.body).toBe('{}');
  });

  it('turns an error body into an ApiError with its code and field messages', async () => {
    const body = {
      error: {
        code: 'validation-failed',
        message: 'Invalid body',
        fields: [
          { path: 'password', message: 'Too short' },
          { path: ['user', 'email'], message: 'Not an email' },
        ],
      },
    };
    const { impl } = fakeFetch(json(400, body));
    const error = await api.post('/api/setup', {}, { fetchImpl: impl }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    const apiError = error as ApiError;
    expect([apiError.status, apiError.code, apiError.message]).toEqual([400, 'validation-failed', 'Invalid body']);
    expect(apiError.fieldMessage('password')).toBe('Too short');
    expect(apiError.fieldMessage('user.email')).toBe('Not an email');
  });

  it('reads Retry-After on too-many-attempts', async () => {
    const { impl } = fakeFetch(json(429, { error: { code: 'too-many-attempts', message: 'Try again in 5 minutes' } }, { 'Retry-After': '300' }));
    const error = (await api.post('/api/auth/sign-in', {}, { fetchImpl: impl }).catch((e: unknown) => e)) as ApiError;
    expect(error.code).toBe('too-many-attempts');
    expect(error.retryAfterSeconds).toBe(300);
  });

  it('gives a generic code when the error body is not JSON', async () => {
    const { impl } = fakeFetch(new Response('<html>Bad gateway</html>', { status: 502, statusText: 'Bad Gateway' }));
    const error = (await api.get('/api/session', { fetchImpl: impl }).catch((e: unknown) => e)) as ApiError;
    expect([error.status, error.code]).toEqual([502, 'server-error']);
  });

  it('reports a network failure as network-error', async () => {
    const impl = (async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof fetch;
    const error = (await api.get('/api/session', { fetchImpl: impl }).catch((e: unknown) => e)) as ApiError;
    expect([error.status, error.code]).toEqual([0, 'network-error']);
  });
});
