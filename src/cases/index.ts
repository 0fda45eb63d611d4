// The case-file capability: pseudonymous, encrypted case files with their team, sittings, story,
// consent ledger and screening answers. Routes are thin; the use cases hold the work.
import type { RouteModule } from '../platform/http/app';
import { caseRoutes } from './routes/case-routes';
import { consentRoutes } from './routes/consent-routes';
import { factsRoutes } from './routes/facts-routes';
import { storyRoutes } from './routes/story-routes';
import { teamRoutes } from './routes/team-routes';

export const casesRoutes: RouteModule = (app, ctx) => {
  caseRoutes(app, ctx);
  storyRoutes(app, ctx);
  consentRoutes(app, ctx);
  teamRoutes(app, ctx);
  factsRoutes(app, ctx);
};
