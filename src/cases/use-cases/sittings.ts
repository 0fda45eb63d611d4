import type { Selectable } from 'kysely';
import type { Compartment } from '../../core/access';
import type { IntakeTopic } from '../../core/cases';
import { AppError } from '../../platform/http/app-error';
import type { AppContext } from '../../platform/http/context';
import type { CaseSittingsTable } from '../../platform/db/schema';
import { decide, may, stillOpen, type CaseScope } from '../case-access';
import { inCompartment } from '../case-vault';
import type { Sitting, SittingInput, SittingPatch } from '../schemas';

// Sittings: each meeting with the client. Who was present and the interpreter's name are
// sealed; the note is sealed and belongs to a compartment (support workers never read
// privileged notes).

type SittingRow = Selectable<CaseSittingsTable>;
const T = 'case_sittings';

function present(scope: CaseScope, row: SittingRow): Sitting {
  const v = scope.vault;
  const readable = may(scope, { action: 'case:read-narrative', compartment: row.note_compartment });
  const interpreterName = v.maybeText(T, 'interpreter', row.id, row.interpreter);
  return {
    id: row.id,
    heldOn: row.held_on,
    durationMinutes: row.duration_minutes,
    mode: row.mode,
    present: v.maybeJson<string[]>(T, 'present', row.id, row.present) ?? [],
    interpreter: row.interpreter_language ? { ...(interpreterName ? { name: interpreterName } : {}), language: row.interpreter_language } : null,
    couldSpeakFreely: row.could_speak_freely,
    topicsCovered: row.topics_covered as IntakeTopic[],
    topicsLater: row.topics_later as IntakeTopic[],
    note: readable ? v.maybeText(T, inCompartment('note', row.note_compartment), row.id, row.note) : null,
    noteCompartment: row.note_compartment,
    noteHidden: !readable && row.note !== null,
    createdAt: row.created_at.toISOString(),
  };
}

export async function listSittings(ctx: AppContext, scope: CaseScope): Promise<Sitting[]> {
  const rows = await ctx.db.selectFrom(T).selectAll().where('case_id', '=', scope.row.id).orderBy('held_on').orderBy('created_at').execute();
  const sittings = rows.map((r) => present(scope, r));
  // Who was present and the interpreter's name are identifying, so every listing is audited,
  // and the notes read (privileged ones counted apart) are named in the same entry.
  const notesRead = sittings.filter((s) => s.note !== null).length;
  const privileged = sittings.filter((s) => s.note !== null && s.noteCompartment === 'privileged').length;
  if (sittings.length > 0) {
    await ctx.audit.record({
      actorId: scope.actor.id,
      action: notesRead > 0 ? 'case.sitting-notes-read' : 'case.sittings-read',
      caseId: scope.row.id,
      detail: { sittings: sittings.length, notes: notesRead, privileged, via: scope.decision.via },
    });
  }
  return sittings;
}

/** Team for support workers and for anyone no lawyer of the case vouched for (they may not write privileged notes); privileged otherwise. */
function defaultCompartment(scope: CaseScope): Compartment {
  const vouched = scope.facts.team.some((m) => m.userId === scope.actor.id && m.vouchedBy !== undefined);
  return scope.teamRole === 'support-worker' || !vouched ? 'team' : 'privileged';
}

function assertMayWrite(scope: CaseScope, compartment: Compartment): void {
  const decision = decide(scope, { action: 'case:write-narrative', compartment });
  if (!decision.allow) throw new AppError('forbidden', `Your place on this case does not allow writing ${compartment} notes.`);
}

export async function addSitting(ctx: AppContext, scope: CaseScope, input: SittingInput): Promise<Sitting> {
  const compartment = input.noteCompartment ?? defaultCompartment(scope);
  assertMayWrite(scope, compartment);
  const id = crypto.randomUUID();
  const v = scope.vault;
  return ctx.db.transaction().execute(async (trx) => {
    await stillOpen(trx, scope);
    const row = await trx
      .insertInto(T)
      .values({
        id,
        case_id: scope.row.id,
        held_on: input.heldOn,
        duration_minutes: input.durationMinutes,
        mode: input.mode,
        present: input.present.length > 0 ? v.sealJson(T, 'present', id, input.present) : null,
        interpreter: input.interpreter?.name ? v.seal(T, 'interpreter', id, input.interpreter.name) : null,
        interpreter_language: input.interpreter?.language ?? null,
        could_speak_freely: input.couldSpeakFreely,
        topics_covered: input.topicsCovered,
        topics_later: input.topicsLater,
        note: input.note ? v.seal(T, inCompartment('note', compartment), id, input.note) : null,
        note_compartment: compartment,
        created_by: scope.actor.id,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await ctx.audit.record({ actorId: scope.actor.id, action: 'case.sitting-added', caseId: scope.row.id, detail: { sittingId: id, compartment } }, trx);
    return present(scope, row);
  });
}

export async function updateSitting(ctx: AppContext, scope: CaseScope, id: string, patch: SittingPatch): Promise<Sitting> {
  const existing = await ctx.db.selectFrom(T).selectAll().where('case_id', '=', scope.row.id).where('id', '=', id).executeTakeFirst();
  if (!existing) throw new AppError('not-found', 'There is no such sitting on this case.');
  // Changing a sitting whose note you cannot read would let you overwrite it blind.
  assertMayWrite(scope, existing.note_compartment);
  if (patch.noteCompartment) assertMayWrite(scope, patch.noteCompartment);
  const v = scope.vault;
  // The compartment is sealed with the note, so moving the note reseals it.
  const compartment = patch.noteCompartment ?? existing.note_compartment;
  const moved = compartment !== existing.note_compartment;
  const text =
    patch.note !== undefined ? patch.note || null : moved ? v.maybeText(T, inCompartment('note', existing.note_compartment), id, existing.note) : undefined;
  const note = text === undefined ? undefined : text ? v.seal(T, inCompartment('note', compartment), id, text) : null;
  return ctx.db.transaction().execute(async (trx) => {
    await stillOpen(trx, scope);
    const row = await trx
      .updateTable(T)
      .set({
        ...(patch.heldOn !== undefined && { held_on: patch.heldOn }),
        ...(patch.durationMinutes !== undefined && { duration_minutes: patch.durationMinutes }),
        ...(patch.mode !== undefined && { mode: patch.mode }),
        ...(patch.present !== undefined && { present: patch.present.length > 0 ? v.sealJson(T, 'present', id, patch.present) : null }),
        ...(patch.interpreter !== undefined && {
          interpreter: patch.interpreter?.name ? v.seal(T, 'interpreter', id, patch.interpreter.name) : null,
          interpreter_language: patch.interpreter?.language ?? null,
        }),
        ...(patch.couldSpeakFreely !== undefined && { could_speak_freely: patch.couldSpeakFreely }),
        ...(patch.topicsCovered !== undefined && { topics_covered: patch.topicsCovered }),
        ...(patch.topicsLater !== undefined && { topics_later: patch.topicsLater }),
        ...(note !== undefined && { note }),
        ...(patch.noteCompartment !== undefined && { note_compartment: patch.noteCompartment }),
      })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    const fields = Object.entries(patch)
      .filter(([, value]) => value !== undefined)
      .map(([k]) => k);
    await ctx.audit.record(
      { actorId: scope.actor.id, action: 'case.sitting-changed', caseId: scope.row.id, detail: { sittingId: id, fields: fields.join('/') } },
      trx,
    );
    return present(scope, row);
  });
}

export async function sittingRecords(ctx: AppContext, caseId: string) {
  return ctx.db
    .selectFrom(T)
    .select(['held_on as heldOn', 'could_speak_freely as couldSpeakFreely', 'topics_covered', 'topics_later'])
    .where('case_id', '=', caseId)
    .execute();
}
