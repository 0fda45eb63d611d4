import { sql, type ExpressionBuilder, type Kysely, type Selectable } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import {
  authorize,
  type AccessDecision,
  type Actor,
  type BreakGlassGrant,
  type CaseAccessFacts,
  type CaseAccessRequest,
  type Compartment,
  type TeamMember,
} from '../core/access';
import { parseCaseCode } from '../core/cases';
import { sharingInEffect, type ConsentOverride, type DataCategory, type LedgerEntry } from '../core/consent';
import type { SignedInPerson } from '../accounts';
import { AppError } from '../platform/http/app-error';
import type { AppContext } from '../platform/http/context';
import type { CasesTable, Database } from '../platform/db/schema';
import { executePrepared } from '../platform/db/prepared';
import { openVault, type CaseVault } from './case-vault';
import { dayOf } from './dates';

export type CaseRow = Selectable<CasesTable>;

/** The one body every "you may not know about this case" answer carries, missing or not. */
export const CASE_NOT_FOUND_MESSAGE = 'There is no case with this code that you can see.';
const caseNotFound = () => new AppError('not-found', CASE_NOT_FOUND_MESSAGE);
const CASE_CLOSED_MESSAGE = 'This case is closed: it can no longer be changed.';

/**
 * The policy decided on the case row as read when the request began; the case may have been
 * closed (or deleted) since. Every write calls this first inside its own transaction: it reads
 * the status again under a FOR NO KEY UPDATE row lock, which a concurrent close (an UPDATE of the
 * row) must wait for, and which waits for a close already under way. So a write either commits
 * before the close, or sees the case closed and is refused: none lands after it. (Not FOR SHARE:
 * two writes that both update the case row would each hold a share lock and deadlock upgrading
 * it; this lock is the one their UPDATE takes anyway, so writes to one case simply queue.)
 */
export async function stillOpen(trx: Kysely<Database>, scope: Pick<CaseScope, 'row'>): Promise<void> {
  const current = await trx.selectFrom('cases').select('status').where('id', '=', scope.row.id).forNoKeyUpdate().executeTakeFirst();
  if (!current) throw caseNotFound();
  if (current.status === 'closed') throw new AppError('forbidden', CASE_CLOSED_MESSAGE);
}

/** Who is acting on the case, and what the policy decided for the route's action. */
export interface CaseScope {
  row: CaseRow;
  facts: CaseAccessFacts;
  actor: Actor;
  grants: BreakGlassGrant[];
  decision: Extract<AccessDecision, { allow: true }>;
  vault: CaseVault;
  /** The team role of the actor on this case, if any. */
  teamRole: TeamMember['teamRole'] | null;
  now: Date;
  lastSittingOn: string | null;
  /** Whether the case has break-glass grants at all (so nobody reads them for nothing). */
  hasGrants: boolean;
  /** The data categories the route reaches (what a consent to share must name for another organisation's member). */
  categories: readonly DataCategory[];
}

/** What `openCase` and the lists read along with the row, in the same round trip. */
export interface AlongWithCase {
  team: TeamMember[];
  lastSittingOn: string | null;
  hasGrants: boolean;
}

export type CaseAccess = { action: CaseAccessRequest['action']; compartment?: Compartment; categories?: readonly DataCategory[] };

export function actorOf(person: SignedInPerson): Actor {
  return { id: person.user.id, orgId: person.organisation.id, role: person.user.role };
}

const memberOf = (r: {
  user_id: string;
  organisation_id: string;
  team_role: TeamMember['teamRole'];
  supervised_by: string | null;
  vouched_by: string | null;
}): TeamMember => ({
  userId: r.user_id,
  orgId: r.organisation_id,
  teamRole: r.team_role,
  ...(r.supervised_by ? { supervisedBy: r.supervised_by } : {}),
  ...(r.vouched_by ? { vouchedBy: r.vouched_by } : {}),
});

/**
 * The consents to share with other organisations in effect today. Read only when the person
 * asking belongs to another organisation (the ledger is sealed, so it costs a read and a decrypt).
 */
export async function sharingOf(db: Kysely<Database>, vault: CaseVault, now: Date) {
  const [entries, overrides] = await Promise.all([
    db.selectFrom('case_consents').select(['id', 'entry']).where('case_id', '=', vault.caseId).orderBy('position').execute(),
    db.selectFrom('case_overrides').select(['id', 'entry']).where('case_id', '=', vault.caseId).orderBy('recorded_at').execute(),
  ]);
  const ledger = entries.map((e) => vault.openJson<LedgerEntry>('case_consents', 'entry', e.id, e.entry));
  const active = overrides.map((o) => vault.openJson<ConsentOverride>('case_overrides', 'entry', o.id, o.entry));
  return sharingInEffect(ledger, dayOf(now), active);
}

/** Whether deciding for this person needs the case's consents to share (they are from another organisation). */
export const needsSharing = (actor: Actor, row: Pick<CaseRow, 'organisation_id'>) => actor.role !== 'admin' && actor.orgId !== row.organisation_id;

/** Who is decided with something only the case's key opens: an admin of the holding organisation (grants), a partner on the team (consents to share). */
function keyedDecision(actor: Actor, orgId: string, team: readonly TeamMember[]) {
  return {
    mayHoldGrant: actor.role === 'admin' && actor.orgId === orgId,
    sharedWithMe: needsSharing(actor, { organisation_id: orgId }) && team.some((m) => m.userId === actor.id),
  };
}

export async function grantsOf(db: Kysely<Database>, vault: CaseVault): Promise<(BreakGlassGrant & { byDisplayName: string })[]> {
  const rows = await db
    .selectFrom('case_break_glass as g')
    .innerJoin('users as u', 'u.id', 'g.by_user')
    .select(['g.id', 'g.by_user', 'g.reason', 'g.granted_at', 'g.expires_at', 'u.display_name'])
    .where('g.case_id', '=', vault.caseId)
    .orderBy('g.granted_at')
    .execute();
  return rows.map((g) => ({
    id: g.id,
    caseId: vault.caseId,
    by: g.by_user,
    byDisplayName: g.display_name,
    reason: vault.open('case_break_glass', 'reason', g.id, g.reason),
    grantedAt: g.granted_at.toISOString(),
    expiresAt: g.expires_at.toISOString(),
  }));
}

function accessRequest(facts: CaseAccessFacts, access: CaseAccess, categories: readonly DataCategory[]): CaseAccessRequest {
  if (access.action === 'case:read-narrative' || access.action === 'case:write-narrative') {
    return { action: access.action, case: facts, compartment: access.compartment ?? 'privileged', categories };
  }
  return { action: access.action, case: facts, categories } as CaseAccessRequest;
}

/** The policy's answer for another action on an already opened case (e.g. per fragment), within the route's categories unless others are named. */
export function decide(scope: Pick<CaseScope, 'actor' | 'facts' | 'grants' | 'now' | 'categories'>, access: CaseAccess): AccessDecision {
  return authorize(scope.actor, accessRequest(scope.facts, access, access.categories ?? scope.categories), {
    now: scope.now.toISOString(),
    grants: scope.grants,
  });
}

export function may(scope: CaseScope, access: CaseAccess): boolean {
  return decide(scope, access).allow;
}

/**
 * Sub-selects of a query on `cases as c` for what is read along with a case (its active team,
 * last sitting, whether it has break-glass grants), so a case or a page of cases costs one round trip.
 */
export function alongWithCase(eb: ExpressionBuilder<Database & { c: CasesTable }, 'c'>) {
  return [
    jsonArrayFrom(
      eb
        .selectFrom('case_team as t')
        .innerJoin('users as u', 'u.id', 't.user_id')
        .select(['t.user_id', 'u.organisation_id', 't.team_role', 't.supervised_by', 't.vouched_by'])
        .whereRef('t.case_id', '=', 'c.id')
        .where('u.status', '=', 'active'),
    ).as('along_team'),
    eb
      .selectFrom('case_sittings as s')
      .select((s) => s.fn.max('s.held_on').as('last'))
      .whereRef('s.case_id', '=', 'c.id')
      .as('along_last_sitting'),
    eb.exists(eb.selectFrom('case_break_glass as g').select('g.id').whereRef('g.case_id', '=', 'c.id')).as('along_has_grants'),
  ] as const;
}

export function readAlong(row: { along_team: Parameters<typeof memberOf>[0][]; along_last_sitting: unknown; along_has_grants: unknown }): AlongWithCase {
  return {
    team: row.along_team.map(memberOf),
    lastSittingOn: row.along_last_sitting === null ? null : String(row.along_last_sitting),
    hasGrants: Boolean(row.along_has_grants),
  };
}

/**
 * Finds the case behind a code and asks the access policy. Anyone the policy answers
 * `not-found` gets exactly the answer for a code that does not exist. A break-glass use is
 * audited with its grant id every time.
 */
/** No case has this id (gen_random_uuid never gives it): what a missing code is looked up as. */
const NIL_UUID = '00000000-0000-0000-0000-000000000000';

export async function openCase(ctx: AppContext, actor: Actor, code: string, access: CaseAccess): Promise<CaseScope> {
  const parsed = parseCaseCode(code);
  if (!parsed) throw caseNotFound();
  // First what the policy needs, and nothing else: the case's organisation, status and team. The
  // code is joined to the cases rather than filtered on, so the statement returns one row whether
  // or not a case has the code (nulls when none has). A missing case and one the actor may
  // not know about then cost the same statement, the same row and the same policy decision, and
  // neither reads the case's sealed columns (no timing oracle).
  const [found] = await executePrepared(
    ctx.db,
    'open-case-access',
    ctx.db
      // `c.id` is the case's id, or the nil uuid when no case has the code, so the sub-selects
      // look the same indexes up either way.
      .selectFrom(sql<{ id: string }>`(select coalesce((select id from cases where code = ${parsed}::text), ${NIL_UUID}::uuid) as id)`.as('c'))
      .leftJoin('cases as found', 'found.id', 'c.id')
      .select(['found.id', 'found.organisation_id', 'found.status'])
      .select((eb) => alongWithCase(eb as unknown as Parameters<typeof alongWithCase>[0])),
  );
  if (!found) throw new Error('the open-case statement returned no row');
  const along = readAlong(found);
  const facts: CaseAccessFacts = { id: found.id ?? '', orgId: found.organisation_id ?? '', status: found.status ?? 'open', team: along.team };
  // Only an admin of the holding organisation can hold a grant, and such an admin may know the
  // case exists; for everyone else the decision needs no grants, so it is taken before the row is read.
  // A member of another organisation on the team is decided with the consents to share, which
  // need the case's key; they know the case exists, so they skip the early decision.
  const { mayHoldGrant, sharedWithMe } = keyedDecision(actor, facts.orgId, along.team);
  if (!mayHoldGrant && !sharedWithMe) {
    const decision = authorize(actor, accessRequest(facts, access, access.categories ?? []), { now: ctx.now().toISOString(), grants: [] });
    if (found.id === null || (!decision.allow && decision.deny === 'not-found')) throw caseNotFound();
  }
  if (found.id === null) throw caseNotFound();
  const [row] = await executePrepared(ctx.db, 'open-case-row', ctx.db.selectFrom('cases').selectAll().where('id', '=', found.id));
  if (!row) throw caseNotFound();
  return scopeOf(ctx, actor, row, access, along);
}

/** What is read along with a case already in hand (a new case, a changed team). */
async function alongOf(db: Kysely<Database>, caseId: string): Promise<AlongWithCase> {
  return readAlong(await db.selectFrom('cases as c').select(alongWithCase).where('c.id', '=', caseId).executeTakeFirstOrThrow());
}

export async function scopeOf(ctx: AppContext, actor: Actor, row: CaseRow, access: CaseAccess, along?: AlongWithCase): Promise<CaseScope> {
  const { team, lastSittingOn, hasGrants } = along ?? (await alongOf(ctx.db, row.id));
  const now = ctx.now();
  // Grants matter only to admins of the holding organisation, consents to share only to members
  // of another organisation (and only if they are on the team); nobody else needs the key opened to decide.
  const { mayHoldGrant, sharedWithMe } = keyedDecision(actor, row.organisation_id, team);
  const vaultFirst = mayHoldGrant || sharedWithMe ? openVault(ctx.keyring, row) : undefined;
  const grants = vaultFirst && mayHoldGrant && hasGrants ? await grantsOf(ctx.db, vaultFirst) : [];
  const sharing = vaultFirst && sharedWithMe ? await sharingOf(ctx.db, vaultFirst, now) : undefined;
  const facts: CaseAccessFacts = { id: row.id, orgId: row.organisation_id, status: row.status, team, ...(sharing ? { sharing } : {}) };
  const categories = access.categories ?? [];
  const decision = authorize(actor, accessRequest(facts, access, categories), { now: now.toISOString(), grants });
  if (!decision.allow) {
    if (decision.deny === 'not-found') throw caseNotFound();
    throw new AppError('forbidden', 'Your place on this case does not allow this.');
  }
  if (decision.via === 'break-glass') {
    await ctx.audit.record({
      actorId: actor.id,
      action: 'case.break-glass-used',
      caseId: row.id,
      detail: { grantId: decision.grantId, policy: access.action, compartment: access.compartment ?? null },
    });
  }
  const member = team.find((m) => m.userId === actor.id);
  return {
    row,
    facts,
    actor,
    grants,
    decision,
    vault: vaultFirst ?? openVault(ctx.keyring, row),
    teamRole: member?.teamRole ?? null,
    now,
    lastSittingOn,
    hasGrants,
    categories,
  };
}
