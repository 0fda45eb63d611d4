// Setup and invitation links carry their token in the fragment (#token=…) so it never reaches
// server logs. Read it once, then remove it from the address bar and the history entry.
const captured = new Map<string, string>();

export function takeHashToken(pathname: string): string | null {
  const match = /(?:^#|&)token=([^&]+)/.exec(window.location.hash);
  if (match?.[1]) {
    captured.set(pathname, decodeURIComponent(match[1]));
    window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
  }
  // Kept in memory so React's double render in development still finds it.
  return captured.get(pathname) ?? null;
}
