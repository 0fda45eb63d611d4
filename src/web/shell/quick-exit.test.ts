import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getCsrfToken, setCsrfToken } from '../platform/api';
import {
  createEscapeSequence,
  ESCAPE_WINDOW_MS,
  leaveAgainAfterQuickExit,
  mayShowPageTitle,
  neutraliseTitlesLeftBehind,
  quickExit,
  QUICK_EXIT_URL,
} from './quick-exit';

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

/** A tab's storage, page and history, as far as the quick exit's return guard reads them. */
function tab(navigationType: string, left: boolean) {
  const storage = new Map<string, string>(left ? [['left-by-quick-exit', '1']] : []);
  const classes = new Set<string>();
  const replace = vi.fn();
  const win = {
    sessionStorage: { getItem: (k: string) => storage.get(k) ?? null, removeItem: (k: string) => void storage.delete(k) },
    location: { replace },
    document: { title: 'Case HB-7Q3K-M2 · Harbour', documentElement: { classList: { add: (c: string) => classes.add(c) } } },
    performance: { getEntriesByType: () => [{ type: navigationType }] },
  };
  return { win: win as unknown as Parameters<typeof leaveAgainAfterQuickExit>[0], storage, classes, replace };
}

describe('coming back after a quick exit', () => {
  it('leaves again for the neutral site, without a title, when the back button brings Harbour back', () => {
    const t = tab('back_forward', true);
    expect(leaveAgainAfterQuickExit(t.win)).toBe(true);
    expect(t.replace).toHaveBeenCalledWith(QUICK_EXIT_URL);
    expect(t.win!.document.title).toBe('');
    expect(t.classes.has('leaving')).toBe(true);
  });

  it('leaves again when the page is restored from the back/forward cache', () => {
    const t = tab('navigate', true);
    expect(leaveAgainAfterQuickExit(t.win, true)).toBe(true);
    expect(t.replace).toHaveBeenCalledWith(QUICK_EXIT_URL);
  });

  it('starts normally, and forgets the quick exit, when Harbour is opened again on purpose', () => {
    for (const type of ['navigate', 'reload']) {
      const t = tab(type, true);
      expect(leaveAgainAfterQuickExit(t.win)).toBe(false);
      expect(t.replace).not.toHaveBeenCalled();
      expect(t.storage.size).toBe(0);
    }
  });

  it('starts normally in a tab that never used the quick exit', () => {
    const t = tab('back_forward', false);
    expect(leaveAgainAfterQuickExit(t.win)).toBe(false);
    expect(t.replace).not.toHaveBeenCalled();
  });
});

describe('titles left behind in the history', () => {
  it('gives the page being left the neutral title as a navigation starts (Navigation API)', () => {
    const listeners = new Map<string, (event?: unknown) => void>();
    const target = { addEventListener: (type: string, fn: () => void) => listeners.set(`navigation:${type}`, fn) };
    const win = {
      document: { title: 'Case HB-7Q3K-M2 · Harbour' },
      navigation: target,
      addEventListener: (type: string, fn: () => void) => listeners.set(type, fn),
    };
    neutraliseTitlesLeftBehind(() => 'Notes', win as unknown as Window);
    listeners.get('navigation:navigate')!({ destination: { sameDocument: true } });
    expect(win.document.title).toBe('Notes');
    win.document.title = 'Cases · Harbour';
    listeners.get('beforeunload')!();
    expect(win.document.title).toBe('Notes');
  });

  it('holds the neutral title while the document is being left, until it is shown again or moves within Harbour', () => {
    const listeners = new Map<string, (event?: unknown) => void>();
    const target = { addEventListener: (type: string, fn: () => void) => listeners.set(`navigation:${type}`, fn) };
    const win = {
      document: { title: 'Mes dossiers · Harbour' },
      navigation: target,
      addEventListener: (type: string, fn: () => void) => listeners.set(type, fn),
    };
    neutraliseTitlesLeftBehind(() => 'Notes', win as unknown as Window);
    listeners.get('beforeunload')!();
    expect(mayShowPageTitle()).toBe(false);
    // A leave that goes to another document keeps the hold through its own navigate event.
    listeners.get('navigation:navigate')!({ destination: { sameDocument: false } });
    expect(mayShowPageTitle()).toBe(false);
    listeners.get('navigation:navigate')!({ destination: { sameDocument: true } });
    expect(mayShowPageTitle()).toBe(true);
    listeners.get('beforeunload')!();
    listeners.get('pageshow')!();
    expect(mayShowPageTitle()).toBe(true);
  });

  it('does so before each history.pushState where the browser has no Navigation API', () => {
    const titles: string[] = [];
    const win = {
      document: { title: 'Case HB-7Q3K-M2 · Harbour' },
      addEventListener: () => undefined,
      history: { pushState: () => titles.push(win.document.title) },
    };
    neutraliseTitlesLeftBehind(() => 'Notes', win as unknown as Window);
    win.history.pushState();
    expect(titles).toEqual(['Notes']);
  });
});
