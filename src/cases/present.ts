import type { Kysely } from 'kysely';
import type { TeamRole } from '../core/access';
import type { Database } from '../platform/db/schema';
import type { CaseRow, CaseScope } from './case-access';
import { grantsOf, may } from './case-access';
import type { CaseHeader, CaseSummary, SafeContact } from './schemas';
import type { OUTCOMES } from './schemas';

export function summaryOf(
  row: Pick<CaseRow, 'code' | 'status' | 'province' | 'languages' | 'interpreter_needed' | 'created_at' | 'closed_at'>,
  myTeamRole: TeamRole | null,
  lastSittingOn: string | null,
): CaseSummary {
  return {
    code: row.code,
    status: row.status,
    province: row.province,
    languages: row.languages,
    interpreterNeeded: row.interpreter_needed,
    myTeamRole,
    createdAt: row.created_at.toISOString(),
    closedAt: row.closed_at?.toISOString() ?? null,
    lastSittingOn,
  };
}

/** The case header: what every team member sees first. Identity stays hidden until revealed. */
export async function headerOf(db: Kysely<Database>, scope: CaseScope): Promise<CaseHeader> {
  const { row, vault } = scope;
  const grants = scope.grants.length > 0 || !scope.hasGrants ? scope.grants : await grantsOf(db, vault);
  const nowIso = scope.now.toISOString();
  return {
    ...summaryOf(row, scope.teamRole, scope.lastSittingOn),
    outcome: (row.outcome as (typeof OUTCOMES)[number] | null) ?? null,
    access: scope.decision.via,
    identityRecorded: row.identity !== null,
    // Another organisation's member sees the safe-contact rules only if the consent to share names 'contact'.
    safeContact: may(scope, { action: 'case:read-overview', categories: ['contact'] })
      ? vault.maybeJson<SafeContact>('cases', 'safe_contact', row.id, row.safe_contact)
      : null,
    breakGlass: (grants as Awaited<ReturnType<typeof grantsOf>>).map((g) => ({
      id: g.id,
      byUserId: g.by,
      byDisplayName: g.byDisplayName,
      reason: g.reason,
      grantedAt: g.grantedAt,
      expiresAt: g.expiresAt,
      active: g.grantedAt <= nowIso && nowIso < g.expiresAt,
    })),
  };
}
