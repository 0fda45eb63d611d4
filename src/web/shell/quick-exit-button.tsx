import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { createEscapeSequence, leaveAgainAfterQuickExit, quickExit } from './quick-exit';

/** Listens for Escape pressed three times quickly, anywhere on the page. */
export function useQuickExitShortcut(): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    const onKey = createEscapeSequence(() => quickExit({ queryClient }));
    const listener = (event: KeyboardEvent) => {
      if (!event.repeat) onKey(event);
    };
    // If the browser restores this page from its back/forward cache after a quick exit, leave
    // again for the neutral site rather than show anything of Harbour.
    const onPageShow = (event: PageTransitionEvent) => {
      if (event.persisted) leaveAgainAfterQuickExit(window, true);
    };
    window.addEventListener('keydown', listener, { capture: true });
    window.addEventListener('pageshow', onPageShow);
    return () => {
      window.removeEventListener('keydown', listener, { capture: true });
      window.removeEventListener('pageshow', onPageShow);
    };
  }, [queryClient]);
}

export function QuickExitButton() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  return (
    <button type="button" className="quick-exit" onClick={() => quickExit({ queryClient })} aria-describedby="quick-exit-hint">
      <svg aria-hidden="true" focusable="false" viewBox="0 0 20 20" width="18" height="18">
        <path d="M8 3H4v14h4M12 6l4 4-4 4M16 10H8" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
      {t('quickExit.button')}
    </button>
  );
}
