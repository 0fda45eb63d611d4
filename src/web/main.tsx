import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { capabilities } from './capabilities';
import { isApiError } from './platform/api';
import { initI18n } from './platform/i18n';
import { leaveAgainAfterQuickExit, neutraliseTitlesLeftBehind } from './shell/quick-exit';
import { createRouter } from './shell/router';
import './styles.css';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // Client errors (401, 403, 404) will not fix themselves; retry only network or server trouble.
      retry: (count, error) => count < 2 && !(isApiError(error) && error.status >= 400 && error.status < 500),
      refetchOnWindowFocus: false,
    },
  },
});

// After a quick exit, coming back with the back button leaves again before anything is shown.
if (!leaveAgainAfterQuickExit())
  void initI18n().then((i18n) => {
    neutraliseTitlesLeftBehind(() => i18n.t('common:discreet.title'));
    const router = createRouter(capabilities);
    createRoot(document.getElementById('root')!).render(
      <StrictMode>
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </StrictMode>,
    );
  });
