import type { Capability } from '../shell/capability';
import { RequireAdminDuty } from '../shell/guards';
import { MembersPage } from './members-page';

export const organisationCapability: Capability = {
  id: 'organisation',
  routes: [
    {
      path: 'organisation/members',
      element: (
        <RequireAdminDuty>
          <MembersPage />
        </RequireAdminDuty>
      ),
    },
  ],
  nav: [{ to: '/organisation/members', label: 'organisation:nav.members', adminDuty: true }],
};
