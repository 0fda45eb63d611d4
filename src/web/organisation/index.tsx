import type { Capability } from '../shell/capability';
import { RequireRole } from '../shell/guards';
import { MembersPage } from './members-page';

export const organisationCapability: Capability = {
  id: 'organisation',
  routes: [
    {
      path: 'organisation/members',
      element: (
        <RequireRole roles={['admin']}>
          <MembersPage />
        </RequireRole>
      ),
    },
  ],
  nav: [{ to: '/organisation/members', label: 'organisation:nav.members', roles: ['admin'] }],
};
