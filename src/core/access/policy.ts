// The authorization policy as a table: one row per action, read by authorize().
// Routes name one of POLICY_ACTIONS; a route-enumeration test checks that every route does.
import type { Compartment, TeamRole } from './model';

export interface CaseRule {
  /** Team roles that may do this. The member's user role must also fit (TEAM_ROLES_FOR_ROLE). */
  team: readonly TeamRole[];
  /** Legal workers may do it only with a supervising lawyer on the team. */
  supervisedLegalWorkers?: boolean;
  /**
   * Only members a lawyer of the case vouched for (TeamMember.vouchedBy), and legal workers only
   * under a supervisor who was vouched for: whoever an administrator placed does not qualify.
   */
  vouched?: boolean;
  /** An admin of the owning organisation may do it without being on the team. */
  orgAdmin?: boolean;
  /** An admin of the owning organisation may do it under an unexpired break-glass grant. */
  breakGlass?: boolean;
  /** Changes the file, so it is refused once the case is closed. */
  writes?: boolean;
}

export type CasePolicyEntry = { scope: 'case'; rule: CaseRule } | { scope: 'case'; byCompartment: Record<Compartment, CaseRule> };
export type OrgPolicyEntry = { scope: 'org'; admins: 'own-organisation' };

const everyone: readonly TeamRole[] = ['responsible-lawyer', 'lawyer', 'legal-worker', 'support-worker'];
const legal: readonly TeamRole[] = ['responsible-lawyer', 'lawyer', 'legal-worker'];
const lawyers: readonly TeamRole[] = ['responsible-lawyer', 'lawyer'];
const responsible: readonly TeamRole[] = ['responsible-lawyer'];

export const POLICY = {
  // Admins see that a case exists (to staff it), never its contents without a grant.
  'case:list-visible': { scope: 'case', rule: { team: everyone, orgAdmin: true } },
  'case:read-overview': { scope: 'case', rule: { team: everyone, breakGlass: true } },
  'case:update': { scope: 'case', rule: { team: legal, writes: true } },
  'case:reveal-identity': { scope: 'case', rule: { team: everyone, breakGlass: true } },
  'case:read-narrative': {
    scope: 'case',
    byCompartment: {
      // Privilege belongs to the client; a non-lawyer admin reading it could breach it, so no break-glass.
      // Vouched: an administrator cannot open it by staffing the case with an account of their choosing.
      privileged: { team: legal, supervisedLegalWorkers: true, vouched: true },
      team: { team: everyone, breakGlass: true },
      shareable: { team: everyone, breakGlass: true },
    },
  },
  'case:write-narrative': {
    scope: 'case',
    byCompartment: {
      privileged: { team: legal, supervisedLegalWorkers: true, vouched: true, writes: true },
      team: { team: everyone, writes: true },
      shareable: { team: everyone, writes: true },
    },
  },
  // Team changes belong to the responsible lawyer. Staffing a closed case would open it to new
  // readers, so it counts as a write.
  'case:manage-team': { scope: 'case', rule: { team: responsible, writes: true } },
  // An admin may hand a case to another lawyer only when its responsible lawyer is gone (account
  // disabled): checked with the reason by checkReassignment; never by removing a working lawyer.
  'case:reassign': { scope: 'case', rule: { team: [], orgAdmin: true, writes: true } },
  'case:manage-consents': { scope: 'case', rule: { team: legal, supervisedLegalWorkers: true, writes: true } },
  'case:override-consent': { scope: 'case', rule: { team: lawyers, writes: true } },
  'case:close': { scope: 'case', rule: { team: responsible } },
  // Deletion is crypto-shredding: irreversible, so only the responsible lawyer decides it.
  'case:delete': { scope: 'case', rule: { team: responsible } },
  // "Who has looked at this file": the responsible lawyer, and the admins who answer for access.
  'case:read-audit': { scope: 'case', rule: { team: responsible, orgAdmin: true } },
  // Asking for a grant; the grant itself is checked by createBreakGlassGrant and authorize().
  'case:break-glass': { scope: 'case', rule: { team: [], orgAdmin: true } },
  'org:manage-members': { scope: 'org', admins: 'own-organisation' },
} as const satisfies Record<string, CasePolicyEntry | OrgPolicyEntry>;

export type PolicyAction = keyof typeof POLICY;
export const POLICY_ACTIONS = Object.keys(POLICY) as PolicyAction[];
export type CaseAction = { [A in PolicyAction]: (typeof POLICY)[A]['scope'] extends 'case' ? A : never }[PolicyAction];
export type CompartmentAction = 'case:read-narrative' | 'case:write-narrative';

export function isPolicyAction(name: string): name is PolicyAction {
  return Object.hasOwn(POLICY, name);
}
