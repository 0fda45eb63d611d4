import type { RouteModule } from '../platform/http/app';
import { accountsRoutes } from '../accounts';
import { healthRoutes } from './health-routes';
import { knowledgeRoutes } from '../knowledge/routes';
import { documentsRoutes } from '../documents/routes';
import { casesRoutes } from '../cases';
import { calendarRoutes } from '../calendar';
import { remindersRoutes } from '../reminders';
import { institutionsRoutes } from '../institutions';
import { referralRoutes } from '../referrals';

/** Every capability's routes, in one list: adding a capability means adding a line here. */
export const ROUTES: RouteModule[] = [
  healthRoutes,
  accountsRoutes,
  knowledgeRoutes,
  documentsRoutes,
  casesRoutes,
  calendarRoutes,
  remindersRoutes,
  institutionsRoutes,
  referralRoutes,
];
