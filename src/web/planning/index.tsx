import { lazy, Suspense } from 'react';
import type { Capability } from '../shell/capability';
import { Loading } from '../shell/guards';

// Loaded on demand with the planner and the remedies knowledge it needs.
const PlanTab = lazy(() => import('./plan-tab'));

export const planningCapability: Capability = {
  id: 'planning',
  caseTabs: [
    {
      id: 'plan',
      path: 'plan',
      label: 'planning:tab',
      element: (
        <Suspense fallback={<Loading />}>
          <PlanTab />
        </Suspense>
      ),
    },
  ],
};
