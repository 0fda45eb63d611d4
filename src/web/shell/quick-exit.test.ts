import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getCsrfToken, setCsrfToken } from '../platform/api';
import { createEscapeSequence, ESCAPE_WINDOW_MS, quickExit, QUICK_EXIT_URL } from './quick-exit';

const press = (handler: ReturnType<typeof createEscapeSequence>, key: string, timeStamp: number) => handler({ key, timeStamp });

describe('the Escape shortcut', () => {
  it('triggers on the third Escape within the window', () => {
    const onTriggered = vi.fn();
    const handler = createEscapeSequence(onTriggered);
    press(handler, 'Escape', 0);
    press(handler, 'Escape', 400);
    expect(onTriggered).not.toHaveBeenCalled();
    press(handler, 'Escape', 900);
    expect(onTriggered).toHaveBeenCalledTimes(1);
  });

  it('does not trigger when the presses are spread over more than the window', () => {
    const onTriggered = vi.fn();
    const handler = createEscapeSequence(onTriggered);
    press(handler, 'Escape', 0);
    press(handler, 'Escape', 800);
    press(handler, 'Escape', ESCAPE_WINDOW_MS + 1); // the first press has expired
    expect(onTriggered).not.toHaveBeenCalled();
    press(handler, 'Escape', ESCAPE_WINDOW_MS + 300);
    expect(onTriggered).toHaveBeenCalledTimes(1);
  });

  it('starts again after any other key', () => {
    const onTriggered = vi.fn();
    const handler = createEscapeSequence(onTriggered);
    press(handler, 'Escape', 0);
    press(handler, 'Escape', 100);
    press(handler, 'a', 200);
    press(handler, 'Escape', 300);
    expect(onTriggered).not.toHaveBeenCalled();
  });
});

describe('quickExit', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('forgets cached data, signs out with keepalive and replaces the page with the neutral site', () => {
    const classes = new Set<string>();
    vi.stubGlobal('document', { documentElement: { classList: { add: (c: string) => classes.add(c) } }, title: 'Harbour' });
    vi.stubGlobal('window', { sessionStorage: { clear: vi.fn() } });
    const queryClient = new QueryClient();
    queryClient.setQueryData(['session'], { user: 'someone' });
    setCsrfToken('token-1');
    const fetchImpl = vi.fn(async () => new Response(null, { status: 204 }));
    const replace = vi.fn();

    quickExit({ queryClient, fetchImpl: fetchImpl as unknown as typeof fetch, replace });

    expect(queryClient.getQueryData(['session'])).toBeUndefined();
    expect(getCsrfToken()).toBeNull();
    expect(classes.has('leaving')).toBe(true);
    const [url, init] = fetchImpl.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/auth/sign-out');
    expect(init.keepalive).toBe(true);
    expect((init.headers as Record<string, string>)['X-CSRF-Token']).toBe('token-1');
    expect(replace).toHaveBeenCalledWith(QUICK_EXIT_URL);
  });

  it('still leaves when the sign-out request cannot even start', () => {
    vi.stubGlobal('document', { documentElement: { classList: { add: () => undefined } }, title: '' });
    vi.stubGlobal('window', { sessionStorage: { clear: () => undefined } });
    const replace = vi.fn();
    const fetchImpl = () => {
      throw new TypeError('offline');
    };
    quickExit({ queryClient: new QueryClient(), fetchImpl: fetchImpl as unknown as typeof fetch, replace });
    expect(replace).toHaveBeenCalledWith(QUICK_EXIT_URL);
  });
});
