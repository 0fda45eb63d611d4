import { sql } from 'kysely';
import { blindIndexCandidates } from '../../platform/crypto';
import { authorize, type Actor } from '../../core/access';
import type { AppContext } from '../../platform/http/context';
import { alongWithCase, needsSharing, readAlong, sharingOf } from '../case-access';
import { openVault } from '../case-vault';
import { AppError } from '../../platform/http/app-error';
import { executePrepared } from '../../platform/db/prepared';
import { summaryOf } from '../present';
import type { CaseSummary } from '../schemas';
import { NAME_INDEX_COLUMN } from './create-case';
import { deleteDateOf } from './retention';
import { utcDayOf } from '../../core/dates/format';

// Lists, search and counts show only cases the policy lets this person see: their own team's,
// and for admins the cases their organisation holds (to staff them). Every candidate row goes
// through authorize(), not just the SQL filter.

const PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 200;

export interface CasePage {
  cases: CaseSummary[];
  /** Pass as `after` for the next page; absent on the last page. */
  nextCursor?: string;
}

// Keyset pagination on (created_at, id), newest first: a page costs the same at case 100,000 as at case 1.
const encodeCursor = (row: { created_at: Date; id: string }) => Buffer.from(`${row.created_at.toISOString()}|${row.id}`).toString('base64url');
function decodeCursor(cursor: string): { createdAt: Date; id: string } | undefined {
  const [at, id] = Buffer.from(cursor, 'base64url').toString().split('|');
  const createdAt = new Date(at ?? '');
  return id && /^[0-9a-f-]{36}$/.test(id) && !Number.isNaN(createdAt.getTime()) ? { createdAt, id } : undefined;
}

interface Query {
  caseIds?: string[];
  status?: 'open' | 'closed';
  teamOnly: boolean;
  limit: number;
  after?: string;
}

async function visible(ctx: AppContext, actor: Actor, query: Query): Promise<CasePage> {
  // Only the columns a summary shows: the sealed identity and keys stay in the database.
  let q = ctx.db
    .selectFrom('cases as c')
    .select(['c.id', 'c.code', 'c.organisation_id', 'c.status', 'c.province', 'c.languages', 'c.interpreter_needed', 'c.created_at', 'c.closed_at'])
    .select(alongWithCase);
  if (query.caseIds) {
    if (query.caseIds.length === 0) return { cases: [] };
    q = q.where('id', 'in', query.caseIds);
  }
  if (query.status) q = q.where('status', '=', query.status);
  if (actor.role === 'admin' && !query.teamOnly) q = q.where('organisation_id', '=', actor.orgId);
  else q = q.where('id', 'in', ctx.db.selectFrom('case_team').select('case_id').where('user_id', '=', actor.id));
  const after = query.after ? decodeCursor(query.after) : undefined;
  if (query.after && !after)
    throw new AppError('invalid-input', 'The page cursor is not valid; start again from the first page.', [
      { path: 'after', message: 'is not a cursor from this list' },
    ]);
  if (after) q = q.where((eb) => eb.or([eb('created_at', '<', after.createdAt), eb.and([eb('created_at', '=', after.createdAt), eb('id', '<', after.id)])]));
  // Lists by id (a name search) vary in length; the ordinary list has a few fixed shapes worth preparing.
  const ordered = q
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(query.limit + 1);
  const rows = query.caseIds ? await ordered.execute() : await executePrepared(ctx.db, 'case-list', ordered);
  const page = rows.slice(0, query.limit);
  const now = ctx.now().toISOString();
  const cases: CaseSummary[] = [];
  for (const row of page) {
    const { team, lastSittingOn } = readAlong(row);
    // A case of another organisation is on my list only while a consent to share with mine is in effect.
    const sharing = needsSharing(actor, row) ? await sharingOfRow(ctx, row.id) : undefined;
    // The SQL narrows the candidates; the policy still decides each one.
    const decision = authorize(
      actor,
      {
        action: query.teamOnly ? 'case:read-overview' : 'case:list-visible',
        case: { id: row.id, orgId: row.organisation_id, status: row.status, team, ...(sharing ? { sharing } : {}) },
        // A hit on a name tells who the client is: another organisation needs consent to their identity.
        categories: query.caseIds ? ['identity'] : [],
      },
      { now },
    );
    if (decision.allow) cases.push(summaryOf(row, team.find((m) => m.userId === actor.id)?.teamRole ?? null, lastSittingOn));
  }
  return rows.length > query.limit ? { cases, nextCursor: encodeCursor(page[page.length - 1]!) } : { cases };
}

async function sharingOfRow(ctx: AppContext, caseId: string) {
  const keyed = await ctx.db.selectFrom('cases').select(['id', 'wrapped_key']).where('id', '=', caseId).executeTakeFirstOrThrow();
  return sharingOf(ctx.db, openVault(ctx.keyring, keyed), ctx.now());
}

export function listCases(ctx: AppContext, actor: Actor, options: { status?: 'open' | 'closed'; limit?: number; after?: string } = {}): Promise<CasePage> {
  return visible(ctx, actor, { ...options, teamOnly: false, limit: options.limit ?? PAGE_SIZE });
}

/** Exact name look-up through the blind index; only cases the person is on. Audited without the name. */
export async function searchCasesByName(ctx: AppContext, actor: Actor, name: string): Promise<CaseSummary[]> {
  const tokens = blindIndexCandidates(ctx.keyring, NAME_INDEX_COLUMN, name);
  const hits = await ctx.db.selectFrom('case_name_index').select('case_id').distinct().where('token', 'in', tokens).execute();
  const { cases: found } = await visible(ctx, actor, { caseIds: hits.map((h) => h.case_id), teamOnly: true, limit: MAX_PAGE_SIZE });
  await ctx.audit.record({ actorId: actor.id, action: 'case.searched-by-name', detail: { results: found.length } });
  return found;
}

/**
 * The people of my own organisation who could join a case team (names of other organisations'
 * people are offered only per case, once the client consents to sharing: see teamCandidates).
 */
export async function directory(ctx: AppContext, actor: Actor) {
  return practitionersOf(ctx, [actor.orgId]);
}

/** Active people with a practice role in these organisations, by organisation then name. */
export async function practitionersOf(ctx: AppContext, organisationIds: readonly string[]) {
  const rows = await ctx.db
    .selectFrom('users as u')
    .innerJoin('organisations as o', 'o.id', 'u.organisation_id')
    .select(['u.id', 'u.display_name', 'u.email', 'u.role', 'u.organisation_id', 'o.name as organisation_name'])
    .where('u.status', '=', 'active')
    .where('u.role', 'in', ['lawyer', 'legal-worker', 'support-worker'])
    .where('u.organisation_id', 'in', [...organisationIds])
    .orderBy('o.name')
    .orderBy('u.display_name')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    displayName: r.display_name,
    organisationId: r.organisation_id,
    organisationName: r.organisation_name,
    role: r.role,
    email: r.email,
  }));
}

/** The organisations on this Harbour, names only: what a consent to share can name as its recipient. */
export async function organisationsDirectory(ctx: AppContext) {
  const rows = await ctx.db.selectFrom('organisations').select(['id', 'name']).orderBy('name').execute();
  return rows.map((r) => ({ id: r.id, name: r.name }));
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
    const deleteAt = deleteDateOf(closedAt, r.retention_days);
    return {
      code: r.code,
      closedAt: closedAt.toISOString(),
      outcome: r.outcome,
      retentionDays: r.retention_days,
      deleteOn: utcDayOf(deleteAt),
      overdue: deleteAt <= now,
    };
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
  return rows.map((r) => ({
    seq: Number(r.seq),
    at: r.at_text,
    actorId: r.actor_id,
    actorDisplayName: r.display_name ?? null,
    action: r.action,
    detail: r.detail as Record<string, unknown>,
  }));
}
