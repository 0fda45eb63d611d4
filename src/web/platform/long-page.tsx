import { useEffect, type MouseEvent, type ReactNode } from 'react';
import './long-page.css';

// Long pages (the remedies navigator, the screening result) open with a summary and links that
// jump to each part; their long blocks fold in <details>. Printing shows everything: the print
// style unfolds every <details>, and the page opens them before the browser prints (and closes
// again those it opened).

export interface Jump {
  /** The id of the heading to move to (it has tabIndex -1 so it can take the focus). */
  target: string;
  label: string;
}

/** Opens every <details> around `el`, so what it points into can be seen. */
function unfold(el: HTMLElement) {
  for (let d = el.closest('details'); d; d = d.parentElement?.closest('details') ?? null) d.open = true;
}

function jump(event: MouseEvent<HTMLAnchorElement>, target: string) {
  const el = document.getElementById(target);
  if (!el) return;
  // The router owns the address: move the view and the focus here instead of changing the URL.
  event.preventDefault();
  unfold(el);
  el.scrollIntoView({ block: 'start' });
  el.focus({ preventScroll: true });
}

/** A link to a part of this page (a heading with tabIndex -1): moves the view and the focus there. */
export function JumpLink({ target, children }: { target: string; children: ReactNode }) {
  return (
    <a href={`#${target}`} onClick={(e) => jump(e, target)}>
      {children}
    </a>
  );
}

/** "On this page": a link to each part, usable by keyboard; the focus moves to the part's heading. */
export function JumpLinks({ label, jumps }: { label: string; jumps: readonly Jump[] }) {
  return (
    <nav className="jump-links no-print" aria-label={label}>
      <ul>
        {jumps.map((j) => (
          <li key={j.target}>
            <JumpLink target={j.target}>{j.label}</JumpLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** While this page is shown, printing (by its button, a menu or Ctrl+P) unfolds every folded block first. */
export function usePrintUnfolds(): void {
  useEffect(() => {
    let opened: HTMLDetailsElement[] = [];
    const before = () => {
      opened = [...document.querySelectorAll<HTMLDetailsElement>('main details:not([open])')];
      for (const d of opened) d.open = true;
    };
    const after = () => {
      for (const d of opened) d.open = false;
      opened = [];
    };
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
}
