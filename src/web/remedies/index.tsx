import { lazy, Suspense } from 'react';
import type { Capability } from '../shell/capability';
import { Loading } from '../shell/guards';

// Loaded on demand: the remedies knowledge is large and only needed inside a case.
const NavigatorTab = lazy(() => import('./navigator-tab'));

export const remediesCapability: Capability = {
  id: 'remedies',
  caseTabs: [
    {
      id: 'remedies',
      path: 'remedies',
      label: 'remedies:tab',
      element: (
        <Suspense fallback={<Loading />}>
          <NavigatorTab />
        </Suspense>
      ),
    },
  ],
};
