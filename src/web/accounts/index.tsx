import type { Capability } from '../shell/capability';
import { AcceptInvitePage } from './accept-invite-page';
import { AccountPage } from './account-page';
import { MfaEnrolPage } from './mfa-enrol-page';
import { MfaResetPage } from './mfa-reset-page';
import { MfaVerifyPage } from './mfa-verify-page';
import { SetupPage } from './setup-page';
import { SignInPage } from './sign-in-page';

export const accountsCapability: Capability = {
  id: 'accounts',
  publicRoutes: [
    { path: 'setup', element: <SetupPage /> },
    { path: 'sign-in', element: <SignInPage /> },
    { path: 'invite', element: <AcceptInvitePage /> },
    { path: 'mfa/enrol', element: <MfaEnrolPage /> },
    { path: 'mfa/verify', element: <MfaVerifyPage /> },
    { path: 'mfa-reset', element: <MfaResetPage /> },
  ],
  routes: [{ path: 'account', element: <AccountPage /> }],
  nav: [{ to: '/account', label: 'accounts:nav.account' }],
};
