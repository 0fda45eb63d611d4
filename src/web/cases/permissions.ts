// What the person may do on this case, read from the same policy table the server enforces
// (src/core/access/policy.ts), so the page shows only the controls that will work. The server
// still decides every request; a stale answer here only means a calm "not allowed" message.
import type { Role } from '../accounts/session';
import type { Compartment } from '../../core/access/model';
import { POLICY, type CaseAction, type CaseRule } from '../../core/access/policy';
import type { CaseHeader, TeamMember } from './types';

export interface CaseViewer {
  userId: string;
  role: Role;
}

export type CasePermissions = {
  [A in Exclude<CaseAction, 'case:read-narrative' | 'case:write-narrative'>]: boolean;
} & {
  read: (compartment: Compartment) => boolean;
  write: (compartment: Compartment) => boolean;
  /** A legal worker on the team without a supervising lawyer: privileged material is closed to them. */
  unsupervised: boolean;
};

function allowed(rule: CaseRule, header: CaseHeader, viewer: CaseViewer, team: readonly TeamMember[] | undefined): boolean {
  if (viewer.role === 'admin') {
    if (header.access === 'org-admin' && rule.orgAdmin) return true;
    if (header.access === 'break-glass') return Boolean(rule.breakGlass || rule.orgAdmin);
    return Boolean(rule.orgAdmin);
  }
  const teamRole = header.myTeamRole;
  if (!teamRole || !rule.team.includes(teamRole)) return false;
  if (rule.writes && header.status === 'closed') return false;
  if (teamRole === 'legal-worker' && rule.supervisedLegalWorkers && !isSupervised(viewer, team, rule.vouched === true)) return false;
  // Privileged material: only for members a lawyer of the case vouched for.
  if (rule.vouched && !team?.find((m) => m.userId === viewer.userId)?.vouched) return false;
  return true;
}

function isSupervised(viewer: CaseViewer, team: readonly TeamMember[] | undefined, vouched = false): boolean {
  const me = team?.find((m) => m.userId === viewer.userId);
  return Boolean(
    me && team?.some((m) => m.userId === me.supervisedBy && (m.teamRole === 'responsible-lawyer' || m.teamRole === 'lawyer') && (!vouched || m.vouched)),
  );
}

export function permissionsFor(header: CaseHeader, viewer: CaseViewer, team: readonly TeamMember[] | undefined): CasePermissions {
  const out: Record<string, unknown> = {};
  for (const [action, entry] of Object.entries(POLICY)) {
    if (entry.scope !== 'case' || !('rule' in entry)) continue;
    out[action] = allowed(entry.rule, header, viewer, team);
  }
  const byCompartment = (action: 'case:read-narrative' | 'case:write-narrative') => (compartment: Compartment) =>
    allowed(POLICY[action].byCompartment[compartment], header, viewer, team);
  out.read = byCompartment('case:read-narrative');
  out.write = byCompartment('case:write-narrative');
  out.unsupervised = header.myTeamRole === 'legal-worker' && !isSupervised(viewer, team);
  return out as CasePermissions;
}
