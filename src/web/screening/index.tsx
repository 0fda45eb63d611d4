import { lazy, Suspense } from 'react';
import type { Capability } from '../shell/capability';
import { Loading } from '../shell/guards';

// The tab loads on demand, so the screening rules and wording stay out of the first download.
const ScreeningTab = lazy(() => import('./screening-tab'));

export const screeningCapability: Capability = {
  id: 'screening',
  caseTabs: [
    {
      id: 'screening',
      path: 'screening',
      label: 'screening:tab',
      element: (
        <Suspense fallback={<Loading />}>
          <ScreeningTab />
        </Suspense>
      ),
    },
  ],
};
