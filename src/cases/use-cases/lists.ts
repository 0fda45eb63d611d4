import { sql } from 'kysely';
import { blindIndexCandidates } from '../../platform/crypto';
import { authorize, type Actor, type TeamRole } from '../../core/access';
import type { AppContext } from '../../platform/http/context';
import { teamOf } from '../case-access';
import { lastSittings, summaryOf } from '../present';
import type { CaseSummary } from '../schemas';
import { NAME_INDEX_COLUMN } from './create-case';

// Lists, search and counts show only cases the policy lets this person see: their own team's,
// and for admins the cases their organisation holds (to staff them). Every candidate row goes
// through authorize(), not just the SQL filter.

async function visible(ctx: AppContext, actor: Actor, caseIds: string[] | undefined, status: 'open' | 'closed' | undefined, teamOnly: boolean): Promise<CaseSummary[]> {
  let q = ctx.db.selectFrom('cases').selectAll();
  if (caseIds) {
    if (caseIds.length === 0) return [];
    q = q.where('id', 'in', caseIds);
  }
  if (status) q = q.where('status', '=', status);
  if (actor.role === 'admin' && !teamOnly) q = q.where('organisation_id', '=', actor.orgId);
  else q = q.where('id', 'in', ctx.db.selectFrom('case_team').select('case_id').where('user_id', '=', actor.id));
  const rows = await q.orderBy('created_at', 'desc').execute();
  const now = ctx.now().toISOString();
  const shown: { row: (typeof rows)[number]; teamRole: TeamRole | null }[] = [];
  for (const row of rows) {
    const team = await teamOf(ctx.db, row.id);
    const decision = authorize(actor, { action: teamOnly ? 'case:read-overview' : 'case:list-visible', case: { id: row.id, orgId: row.organisation_id, status: row.status, team } }, { now });
    if (decision.allow) shown.push({ row, teamRole: team.find((m) => m.userId === actor.id)?.teamRole ?? null });
  }
  const last = await lastSittings(ctx.db, shown.map((s) => s.row.id));
  return shown.map((s) => summaryOf(s.row, s.teamRole, last.get(s.row.id) ?? null));
}

export function listCases(ctx: AppContext, actor: Actor, status?: 'open' | 'closed'): Promise<CaseSummary[]> {
  return visible(ctx, actor, undefined, status, false);
}

/** Exact name look-up through the blind index; only cases the person is on. Audited without the name. */
export async function searchCasesByName(ctx: AppContext, actor: Actor, name: string): Promise<CaseSummary[]> {
  const tokens = blindIndexCandidates(ctx.keyring, NAME_INDEX_COLUMN, name);
  const hits = await ctx.db.selectFrom('case_name_index').select('case_id').distinct().where('token', 'in', tokens).execute();
  const found = await visible(ctx, actor, hits.map((h) => h.case_id), undefined, true);
  await ctx.audit.record({ actorId: actor.id, action: 'case.searched-by-name', detail: { results: found.length } });
  return found;
}

/** People who could join a case team, across organisations; emails only within my own. */
export async function directory(ctx: AppContext, actor: Actor) {
  const rows = await ctx.db
    .selectFrom('users as u')
    .innerJoin('organisations as o', 'o.id', 'u.organisation_id')
    .select(['u.id', 'u.display_name', 'u.email', 'u.role', 'u.organisation_id', 'o.name as organisation_name'])
    .where('u.status', '=', 'active')
    .where('u.role', 'in', ['lawyer', 'legal-worker', 'support-worker'])
    .orderBy('o.name')
    .orderBy('u.display_name')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    displayName: r.display_name,
    organisationId: r.organisation_id,
    organisationName: r.organisation_name,
    role: r.role,
    ...(r.organisation_id === actor.orgId ? { email: r.email } : {}),
  }));
}

/** Closed cases of the admin's organisation with the day each falls due for deletion. */
export async function retentionDue(ctx: AppContext, actor: Actor) {
  const rows = await ctx.db
    .selectFrom('cases as c')
    .innerJoin('organisations as o', 'o.id', 'c.organisation_id')
    .select(['c.code', 'c.closed_at', 'c.outcome', 'o.retention_days'])
    .where('c.organisation_id', '=', actor.orgId)
    .where('c.status', '=', 'closed')
    .orderBy('c.closed_at')
    .execute();
  const now = ctx.now();
  return rows.map((r) => {
    const closedAt = r.closed_at ?? now;
    const deleteAt = new Date(closedAt.getTime() + r.retention_days * 86_400_000);
    return { code: r.code, closedAt: closedAt.toISOString(), outcome: r.outcome, retentionDays: r.retention_days, deleteOn: deleteAt.toISOString().slice(0, 10), overdue: deleteAt <= now };
  });
}

export async function activityOf(ctx: AppContext, caseId: string) {
  const rows = await ctx.db
    .selectFrom('audit_log as a')
    .leftJoin('users as u', (join) => join.on(sql<boolean>`u.id::text = a.actor_id`))
    .select(['a.seq', 'a.at_text', 'a.actor_id', 'u.display_name', 'a.action', 'a.detail'])
    .where('a.case_id', '=', caseId)
    .orderBy('a.seq', 'desc')
    .limit(500)
    .execute();
  return rows.map((r) => ({ seq: Number(r.seq), at: r.at_text, actorId: r.actor_id, actorDisplayName: r.display_name ?? null, action: r.action, detail: r.detail as Record<string, unknown> }));
}
