import type { QueryClient } from '@tanstack/react-query';
import { getCsrfToken, setCsrfToken } from '../platform/api';

/**
 * Where the quick exit goes. A busy, neutral Canadian site, so that anyone glancing at the
 * screen (or at the history) sees weather, not a legal tool. Change it here only.
 */
export const QUICK_EXIT_URL = 'https://www.theweathernetwork.com/ca';

/** Escape pressed this many times within the window triggers the quick exit. */
const ESCAPE_PRESSES = 3;
export const ESCAPE_WINDOW_MS = 1500;

/** Returns a key handler that calls onTriggered after `presses` Escapes within `windowMs`. */
export function createEscapeSequence(onTriggered: () => void, presses = ESCAPE_PRESSES, windowMs = ESCAPE_WINDOW_MS) {
  let times: number[] = [];
  return (event: { key: string; timeStamp: number }) => {
    if (event.key !== 'Escape' && event.key !== 'Esc') {
      times = [];
      return;
    }
    times = [...times, event.timeStamp].filter((t) => event.timeStamp - t <= windowMs);
    if (times.length >= presses) {
      times = [];
      onTriggered();
    }
  };
}

const LEFT_KEY = 'left-by-quick-exit';

/**
 * Called before Harbour starts in a tab. After a quick exit, the back button (or a page restored
 * from the back/forward cache) would bring Harbour back, with its name in the tab and the history:
 * instead the page hides itself, drops its title and goes straight back to the neutral site,
 * replacing its own history entry. Opening Harbour again on purpose (typing the address, a
 * bookmark, a reload) clears the flag and starts normally. Returns true when it is leaving.
 */
export function leaveAgainAfterQuickExit(win: Pick<Window, 'sessionStorage' | 'location' | 'document' | 'performance'> = window, persisted = false): boolean {
  let left: boolean;
  try {
    left = win.sessionStorage.getItem(LEFT_KEY) === '1';
  } catch {
    return false;
  }
  if (!left) return false;
  const navigation = win.performance.getEntriesByType?.('navigation')[0] as PerformanceNavigationTiming | undefined;
  if (!persisted && navigation?.type !== 'back_forward') {
    win.sessionStorage.removeItem(LEFT_KEY);
    return false;
  }
  win.document.documentElement.classList.add('leaving');
  win.document.title = '';
  win.location.replace(QUICK_EXIT_URL);
  return true;
}

let documentBeingLeft = false;

/**
 * False from the moment this document starts to be left (beforeunload, or the quick exit) until
 * it is shown again: a query answering or a language applied in that window must not give the
 * entry left behind its Harbour title back, since the browser keeps the title the entry has when
 * the next document commits.
 */
export function mayShowPageTitle(): boolean {
  return !documentBeingLeft;
}

/**
 * Every history entry Harbour leaves behind carries a neutral title ("Notes"), so the back
 * button's list never shows a Harbour page title; the page shown sets its own title again
 * (useDocumentTitle). The title is changed as a navigation starts, while the entry being left is
 * still the current one: through the Navigation API where the browser has it (pushes and
 * back/forward alike), otherwise before each history.pushState.
 */
export function neutraliseTitlesLeftBehind(neutralTitle: () => string, win: Window = window): void {
  const forget = () => {
    win.document.title = neutralTitle();
  };
  // Leaving the document (an address typed, a reload, a link out) goes through beforeunload; the
  // old document keeps running until the next one arrives, so its title is held neutral till then.
  win.addEventListener('beforeunload', () => {
    documentBeingLeft = true;
    forget();
  });
  win.addEventListener('pageshow', () => {
    documentBeingLeft = false;
  });
  const navigation = (win as Window & { navigation?: EventTarget }).navigation;
  if (navigation && typeof navigation.addEventListener === 'function') {
    navigation.addEventListener('navigate', (event) => {
      // A navigation inside Harbour means the document stays: a cancelled leave is over.
      if ((event as Event & { destination?: { sameDocument?: boolean } }).destination?.sameDocument) documentBeingLeft = false;
      forget();
    });
    return;
  }
  const push = win.history.pushState.bind(win.history);
  win.history.pushState = (...args: Parameters<History['pushState']>) => {
    documentBeingLeft = false;
    forget();
    push(...args);
  };
}

export interface QuickExitDeps {
  queryClient: QueryClient;
  fetchImpl?: typeof fetch;
  replace?: (url: string) => void;
  target?: string;
}

/**
 * Leaves Harbour at once: forget everything held in memory, ask the server to end the
 * session without waiting for the answer, and replace this page in the history.
 */
export function quickExit({ queryClient, fetchImpl = fetch, replace, target = QUICK_EXIT_URL }: QuickExitDeps): void {
  const csrf = getCsrfToken();
  // Hide the page first: on a slow laptop the next site can take a second to paint.
  document.documentElement.classList.add('leaving');
  documentBeingLeft = true;
  document.title = '';
  queryClient.cancelQueries().catch(() => undefined);
  queryClient.clear();
  setCsrfToken(null);
  try {
    window.sessionStorage.clear();
    // One bare flag, nothing about the person: "this tab left by quick exit", so that coming
    // back with the back button leaves again (leaveAgainAfterQuickExit) instead of showing Harbour.
    window.sessionStorage.setItem(LEFT_KEY, '1');
  } catch {
    // Storage may be unavailable; nothing of ours lives there anyway.
  }
  // sendBeacon cannot carry the CSRF header, so use a keepalive fetch that survives the navigation.
  try {
    fetchImpl('/api/auth/sign-out', {
      method: 'POST',
      keepalive: true,
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', ...(csrf ? { 'X-CSRF-Token': csrf } : {}) },
      body: '{}',
    }).catch(() => undefined);
  } catch {
    // Never let a failed sign-out delay leaving.
  }
  (replace ?? ((url: string) => window.location.replace(url)))(target);
}
