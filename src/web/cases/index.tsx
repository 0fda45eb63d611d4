import type { RouteObject } from 'react-router';
import type { Capability, CaseTab } from '../shell/capability';
import { DatesTab } from '../calendar/dates-tab';
import { ActivityTab } from './activity-tab';
import { CaseListPage } from './case-list-page';
import { CasePage, ContributedTab } from './case-page';
import { ClosingTab } from './closing-tab';
import { ConsentsTab } from './consents-tab';
import { NewCasePage } from './new-case-page';
import { OverviewTab } from './overview-tab';
import { SittingsTab } from './sittings-tab';
import { StoryTab } from './story-tab';
import { TeamTab } from './team-tab';
import './cases.css';
import './case-tabs.css';

/** The case page's own tabs, in order; tabs from other capabilities (caseTabs) follow them. */
const OWN_TABS = [
  { id: 'overview', path: '', element: <OverviewTab /> },
  { id: 'sittings', path: 'sittings', element: <SittingsTab /> },
  { id: 'dates', path: 'dates', element: <DatesTab /> },
  { id: 'story', path: 'story', element: <StoryTab /> },
  { id: 'consents', path: 'consents', element: <ConsentsTab /> },
  { id: 'team', path: 'team', element: <TeamTab /> },
  { id: 'activity', path: 'activity', element: <ActivityTab /> },
  { id: 'closing', path: 'closing', element: <ClosingTab /> },
] as const;

function caseRoutes(contributed: readonly CaseTab[]): RouteObject[] {
  return [
    { path: 'cases', element: <CaseListPage /> },
    { path: 'cases/new', element: <NewCasePage /> },
    {
      path: 'cases/:code',
      element: <CasePage contributed={contributed} />,
      children: [
        ...OWN_TABS.map((tab) => (tab.path ? { path: tab.path, element: tab.element } : { index: true, element: tab.element })),
        ...contributed.map((tab) => ({ path: tab.path, element: <ContributedTab tab={tab} /> })),
      ],
    },
  ];
}

/**
 * The cases capability. It is handed the tabs other capabilities contribute as a function, read
 * when the router is built (once every capability module has loaded), so that it need not import
 * the list of capabilities that lists it.
 */
export function casesCapability(contributedTabs: () => readonly CaseTab[]): Capability {
  return {
    id: 'cases',
    get routes() {
      return caseRoutes(contributedTabs());
    },
    nav: [{ to: '/cases', label: 'cases:nav.cases', roles: ['admin', 'lawyer', 'legal-worker', 'support-worker'] }],
  };
}
