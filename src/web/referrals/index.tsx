import type { Capability } from '../shell/capability';
import { DirectoryPage } from './directory-page';
import { EntryFormPage } from './entry-form-page';
import { IncomingPage } from './incoming-page';
import { ReferralsTab } from './referrals-tab';

const PRACTITIONERS = ['lawyer', 'legal-worker', 'support-worker'] as const;

/**
 * Referrals and the directory of services (docs/referrals.md): the directory page, the case's
 * Referrals tab (find a service, choose what leaves, send, track) and the organisation's queue of
 * referrals received from others on this Harbour.
 */
export const referralsCapability: Capability = {
  id: 'referrals',
  routes: [
    { path: 'directory', element: <DirectoryPage /> },
    { path: 'directory/new', element: <EntryFormPage /> },
    { path: 'directory/:id/edit', element: <EntryFormPage /> },
    { path: 'referrals/incoming', element: <IncomingPage /> },
  ],
  nav: [
    { to: '/directory', label: 'referrals:nav.directory' },
    { to: '/referrals/incoming', label: 'referrals:nav.incoming', roles: PRACTITIONERS },
  ],
  caseTabs: [{ id: 'referrals', path: 'referrals', label: 'referrals:tab', element: <ReferralsTab />, roles: PRACTITIONERS }],
};
