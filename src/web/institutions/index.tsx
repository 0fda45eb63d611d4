import type { Capability } from '../shell/capability';
import { InstitutionLogTab } from './log-tab';
import { ResponseTimesPage } from './response-times-page';

const CASE_ROLES = ['admin', 'lawyer', 'legal-worker', 'support-worker'] as const;

/**
 * The institution log: a tab on each case (requests to IRCC, CBSA, the IRB … and their answers)
 * and the organisation's response times, for advocacy.
 */
export const institutionsCapability: Capability = {
  id: 'institutions',
  routes: [{ path: 'response-times', element: <ResponseTimesPage /> }],
  nav: [{ to: '/response-times', label: 'institutions:nav.responseTimes', roles: CASE_ROLES }],
  caseTabs: [{ id: 'institutions', path: 'institutions', label: 'institutions:tab', element: <InstitutionLogTab /> }],
};
