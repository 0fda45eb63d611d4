import type { Selectable } from 'kysely';
import { approximateTime, compareApproximateTimes, type ApproximateTime } from '../../core/cases';
import type { Compartment } from '../../core/access';
import { AppError } from '../../platform/http/app-error';
import type { AppContext } from '../../platform/http/context';
import type { CaseFragmentsTable } from '../../platform/db/schema';
import { decide, may, stillOpen, type CaseScope } from '../case-access';
import { inCompartment } from '../case-vault';
import type { Fragment, FragmentInput, FragmentPatch } from '../schemas';
import { FRAGMENT_TAGS } from '../schemas';

// The story in pieces: each fragment is sealed, belongs to one compartment, and carries an
// approximate time. Reading is audited; a fragment in a compartment you may not read is, to
// you, not there at all.

type FragmentRow = Selectable<CaseFragmentsTable>;
const T = 'case_fragments';

function present(scope: CaseScope, row: FragmentRow): Fragment {
  const v = scope.vault;
  return {
    id: row.id,
    text: v.open(T, inCompartment('text', row.compartment), row.id, row.text),
    source: row.source,
    sittingId: row.sitting_id,
    time: v.maybeJson<ApproximateTime>(T, 'time', row.id, row.time),
    tags: row.tags as (typeof FRAGMENT_TAGS)[number][],
    compartment: row.compartment,
    inconsistencyNote: v.maybeText(T, inCompartment('inconsistency_note', row.compartment), row.id, row.inconsistency_note),
    relatedFragmentIds: row.related_fragment_ids,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

function timeOf(input: FragmentInput['time']): ApproximateTime | null {
  if (!input) return null;
  const result = approximateTime(input);
  if (!result.ok)
    throw new AppError('invalid-input', 'Some fields need attention.', [
      { path: 'time', message: result.issue === 'empty-label' ? 'label is required' : 'earliest must not be after latest' },
    ]);
  return result.value;
}

function assertMayWrite(scope: CaseScope, compartment: Compartment): void {
  if (!decide(scope, { action: 'case:write-narrative', compartment }).allow) {
    throw new AppError('forbidden', `Your place on this case does not allow writing to the ${compartment} compartment.`);
  }
}

async function assertSitting(ctx: AppContext, scope: CaseScope, sittingId: string | null | undefined): Promise<void> {
  if (!sittingId) return;
  const found = await ctx.db.selectFrom('case_sittings').select('id').where('case_id', '=', scope.row.id).where('id', '=', sittingId).executeTakeFirst();
  if (!found) throw new AppError('invalid-input', 'Some fields need attention.', [{ path: 'sittingId', message: 'is not a sitting of this case' }]);
}

/** Links go only to other fragments of this case that this person may read (the rest do not exist for them). */
async function assertRelated(ctx: AppContext, scope: CaseScope, ids: string[] | undefined, self?: string): Promise<void> {
  if (!ids || ids.length === 0) return;
  const wanted = [...new Set(ids)];
  const rows = await ctx.db.selectFrom(T).select(['id', 'compartment']).where('case_id', '=', scope.row.id).where('id', 'in', wanted).execute();
  const linkable = new Set(rows.filter((r) => r.id !== self && may(scope, { action: 'case:read-narrative', compartment: r.compartment })).map((r) => r.id));
  const index = ids.findIndex((id) => !linkable.has(id));
  if (index >= 0)
    throw new AppError('invalid-input', 'Some fields need attention.', [
      { path: `relatedFragmentIds.${index}`, message: ids[index] === self ? 'cannot link a fragment to itself' : 'is not a fragment of this case' },
    ]);
}

/** The fragments this person may read, and an audit entry saying how many of each compartment. */
export async function readableFragments(ctx: AppContext, scope: CaseScope, purpose: 'list' | 'timeline'): Promise<Fragment[]> {
  const rows = await ctx.db.selectFrom(T).selectAll().where('case_id', '=', scope.row.id).orderBy('created_at').execute();
  const readable = rows.filter((r) => may(scope, { action: 'case:read-narrative', compartment: r.compartment }));
  if (readable.length > 0) {
    const count = (c: Compartment) => readable.filter((r) => r.compartment === c).length;
    await ctx.audit.record({
      actorId: scope.actor.id,
      action: 'case.narrative-read',
      caseId: scope.row.id,
      detail: { purpose, privileged: count('privileged'), team: count('team'), shareable: count('shareable'), via: scope.decision.via },
    });
  }
  return readable.map((r) => present(scope, r));
}

export async function addFragment(ctx: AppContext, scope: CaseScope, input: FragmentInput): Promise<Fragment> {
  assertMayWrite(scope, input.compartment);
  await assertSitting(ctx, scope, input.sittingId);
  await assertRelated(ctx, scope, input.relatedFragmentIds);
  const time = timeOf(input.time);
  const id = crypto.randomUUID();
  const v = scope.vault;
  return ctx.db.transaction().execute(async (trx) => {
    await stillOpen(trx, scope);
    const row = await trx
      .insertInto(T)
      .values({
        id,
        case_id: scope.row.id,
        sitting_id: input.sittingId ?? null,
        text: v.seal(T, inCompartment('text', input.compartment), id, input.text),
        source: input.source,
        time: time ? v.sealJson(T, 'time', id, time) : null,
        tags: input.tags,
        compartment: input.compartment,
        inconsistency_note: input.inconsistencyNote ? v.seal(T, inCompartment('inconsistency_note', input.compartment), id, input.inconsistencyNote) : null,
        related_fragment_ids: input.relatedFragmentIds,
        created_by: scope.actor.id,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await ctx.audit.record(
      { actorId: scope.actor.id, action: 'case.fragment-added', caseId: scope.row.id, detail: { fragmentId: id, compartment: input.compartment } },
      trx,
    );
    return present(scope, row);
  });
}

export async function updateFragment(ctx: AppContext, scope: CaseScope, id: string, patch: FragmentPatch): Promise<Fragment> {
  const existing = await ctx.db.selectFrom(T).selectAll().where('case_id', '=', scope.row.id).where('id', '=', id).executeTakeFirst();
  // A fragment you may not read does not exist for you, so it cannot be changed either.
  if (!existing || !may(scope, { action: 'case:read-narrative', compartment: existing.compartment }))
    throw new AppError('not-found', 'There is no such fragment on this case.');
  assertMayWrite(scope, existing.compartment);
  if (patch.compartment) assertMayWrite(scope, patch.compartment);
  await assertSitting(ctx, scope, patch.sittingId);
  await assertRelated(ctx, scope, patch.relatedFragmentIds, id);
  const v = scope.vault;
  const time = patch.time === undefined ? undefined : timeOf(patch.time);
  // The compartment is sealed with the text, so a move reseals whatever the patch does not replace.
  const compartment = patch.compartment ?? existing.compartment;
  const moved = compartment !== existing.compartment;
  const text = patch.text ?? (moved ? v.open(T, inCompartment('text', existing.compartment), id, existing.text) : undefined);
  const note =
    patch.inconsistencyNote !== undefined
      ? patch.inconsistencyNote || null
      : moved
        ? v.maybeText(T, inCompartment('inconsistency_note', existing.compartment), id, existing.inconsistency_note)
        : undefined;
  return ctx.db.transaction().execute(async (trx) => {
    await stillOpen(trx, scope);
    const row = await trx
      .updateTable(T)
      .set({
        ...(text !== undefined && { text: v.seal(T, inCompartment('text', compartment), id, text) }),
        ...(patch.source !== undefined && { source: patch.source }),
        ...(patch.compartment !== undefined && { compartment: patch.compartment }),
        ...(patch.tags !== undefined && { tags: patch.tags }),
        ...(patch.sittingId !== undefined && { sitting_id: patch.sittingId }),
        ...(time !== undefined && { time: time ? v.sealJson(T, 'time', id, time) : null }),
        ...(note !== undefined && { inconsistency_note: note ? v.seal(T, inCompartment('inconsistency_note', compartment), id, note) : null }),
        ...(patch.relatedFragmentIds !== undefined && { related_fragment_ids: patch.relatedFragmentIds }),
        updated_at: ctx.now(),
      })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    const fields = Object.entries(patch)
      .filter(([, value]) => value !== undefined)
      .map(([k]) => k);
    await ctx.audit.record(
      { actorId: scope.actor.id, action: 'case.fragment-changed', caseId: scope.row.id, detail: { fragmentId: id, fields: fields.join('/') } },
      trx,
    );
    return present(scope, row);
  });
}

export interface Timeline {
  entries: { fragment: Fragment; time: ApproximateTime }[];
  undated: Fragment[];
}

/** Fragments in order of when they may have happened; the range is the uncertainty. */
export async function buildTimeline(ctx: AppContext, scope: CaseScope): Promise<Timeline> {
  const fragments = await readableFragments(ctx, scope, 'timeline');
  const dated = fragments.filter((f): f is Fragment & { time: ApproximateTime } => f.time !== null && (f.time.earliest !== null || f.time.latest !== null));
  const undated = fragments.filter((f) => !dated.includes(f as Fragment & { time: ApproximateTime }));
  return { entries: dated.sort((a, b) => compareApproximateTimes(a.time, b.time)).map((fragment) => ({ fragment, time: fragment.time })), undated };
}
