import type { ReactElement } from 'react';
import type { RouteObject } from 'react-router';
import type { Role } from '../accounts/session';

/** A link in the main navigation. The label is a key in the capability's locale namespace. */
export interface NavItem {
  to: string;
  /** "namespace:key", e.g. "organisation:nav.members". */
  label: string;
  /** Only these roles see the link; everyone signed in when omitted. */
  roles?: readonly Role[];
  /** Only people who hold the admin duty see the link (whatever their role). */
  adminDuty?: boolean;
  /** Match the path exactly (for "/"). */
  end?: boolean;
}

/**
 * A tab on the case page, contributed by any capability (screening, remedies …). It is rendered
 * after the case page's own tabs, as the nested route /cases/:code/<path>; read the case (code,
 * header, team, permissions) with useCase() from src/web/cases/case-context.
 */
export interface CaseTab {
  id: string;
  /** Relative to /cases/:code, e.g. "screening". */
  path: string;
  /** "namespace:key", e.g. "screening:tab". */
  label: string;
  element: ReactElement;
  /** Only these roles see the tab; everyone who can open the case when omitted. */
  roles?: readonly Role[];
}

/**
 * Each capability (accounts, organisation, cases, screening …) contributes its routes and nav
 * links here. Add a folder with an index.tsx exporting one of these, then list it in capabilities.ts.
 */
export interface Capability {
  id: string;
  /** Pages anyone can open, signed in or not (setup, sign-in, invitations). */
  publicRoutes?: RouteObject[];
  /** Pages for a signed-in person whose two-step verification is complete. */
  routes?: RouteObject[];
  nav?: NavItem[];
  /** Tabs added to the case page, after its own. */
  caseTabs?: CaseTab[];
}
