import type { RouteObject } from 'react-router';
import type { Role } from '../accounts/session';

/** A link in the main navigation. The label is a key in the capability's locale namespace. */
export interface NavItem {
  to: string;
  /** "namespace:key", e.g. "organisation:nav.members". */
  label: string;
  /** Only these roles see the link; everyone signed in when omitted. */
  roles?: readonly Role[];
  /** Match the path exactly (for "/"). */
  end?: boolean;
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
}
