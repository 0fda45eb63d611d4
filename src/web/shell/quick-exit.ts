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
  document.title = '';
  queryClient.cancelQueries().catch(() => undefined);
  queryClient.clear();
  setCsrfToken(null);
  try {
    window.sessionStorage.clear();
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
