import type { Capability } from '../shell/capability';

// Pages load on demand, so the legal data they show stays out of the first download.
const page = (load: () => Promise<{ default: () => React.ReactNode }>) => async () => ({ Component: (await load()).default });

export const knowledgeCapability: Capability = {
  id: 'knowledge',
  routes: [
    { path: 'knowledge', lazy: page(() => import('./remedies-page')) },
    { path: 'knowledge/remedies/:id', lazy: page(() => import('./remedy-page')) },
    { path: 'knowledge/jurisdictions/:code', lazy: page(() => import('./jurisdiction-page')) },
    { path: 'knowledge/report', lazy: page(() => import('./report-page')) },
    { path: 'knowledge/indicators', lazy: page(() => import('./indicators-page')) },
  ],
  nav: [{ to: '/knowledge', label: 'knowledge:nav.knowledge' }],
};
