import type { RouteModule } from '../platform/http/app';
import { accountRoutes } from './account-routes';
import { mfaResetRoutes } from './mfa-reset-routes';
import { organisationRoutes } from './organisation-routes';
import { setupRoutes } from './setup-routes';
import { signInRoutes } from './sign-in-routes';

export const accountsRoutes: RouteModule = (app, ctx) => {
  setupRoutes(app, ctx);
  signInRoutes(app, ctx);
  accountRoutes(app, ctx);
  organisationRoutes(app, ctx);
  mfaResetRoutes(app, ctx);
};
export { issueSetupLink, setupNeeded } from './setup-routes';
export { createInvitation } from './organisation-routes';
export { requireSession, requireRole, type SignedInPerson } from './sessions';
