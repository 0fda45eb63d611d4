import type { Kysely, Selectable } from 'kysely';
import type { Compartment } from '../core/access';
import { exhibitLabel, nextExhibit, type EvidenceItemFacts, type EvidenceLink } from '../core/evidence';
import { decide, may, stillOpen, type CaseScope } from '../cases/case-access';
import { inCompartment } from '../cases/case-vault';
import { AppError } from '../platform/http/app-error';
import type { AppContext } from '../platform/http/context';
import type { Database, EvidenceFilesTable, EvidenceItemsTable } from '../platform/db/schema';
import { isPhoto } from './file-types';
import type { EvidenceDetails, EvidenceItem, ItemPatch, NewItem } from './schemas';

// Evidence items: the sealed details, the plain kind/status/links, and the current file. An
// item in a compartment the reader may not read is, to them, not there at all (the same answer
// as for an id that does not exist), like a fragment.

export type ItemRow = Selectable<EvidenceItemsTable>;
export type FileRow = Selectable<EvidenceFilesTable>;
const T = 'evidence_items';
const NO_SUCH_ITEM = 'This case has no such evidence item.';

/** The chain-of-custody actions an item's history records (each is in the audit log too). */
export type CustodyAction = 'added' | 'changed' | 'upload' | 'replacement' | 'view' | 'download' | 'export' | 'share' | 'translation' | 'integrity-failed';

function openDetails(scope: CaseScope, row: Pick<ItemRow, 'id' | 'compartment' | 'details'>): EvidenceDetails {
  return scope.vault.openJson<EvidenceDetails>(T, inCompartment('details', row.compartment), row.id, row.details);
}

function fileName(scope: CaseScope, item: Pick<ItemRow, 'compartment'>, file: FileRow): string | undefined {
  return file.file_name ? scope.vault.open('evidence_files', inCompartment('file_name', item.compartment), file.id, file.file_name) : undefined;
}

function presentFile(scope: CaseScope, item: ItemRow, file: FileRow | undefined): EvidenceItem['file'] {
  if (!file) return null;
  const name = fileName(scope, item, file);
  return {
    id: file.id,
    version: file.version,
    size: Number(file.size_bytes),
    sha256: file.sha256,
    mediaType: file.media_type,
    ...(name ? { name } : {}),
    metadataRemovedOnExport: isPhoto(file.media_type),
    uploadedAt: file.created_at.toISOString(),
  };
}

export function presentItem(scope: CaseScope, row: ItemRow, file: FileRow | undefined): EvidenceItem {
  return {
    id: row.id,
    exhibit: row.exhibit,
    label: exhibitLabel(row.exhibit),
    kind: row.kind,
    compartment: row.compartment,
    status: row.status,
    translation: row.translation,
    supports: row.supports as EvidenceLink[],
    details: openDetails(scope, row),
    file: presentFile(scope, row, file),
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

/** What the checklist needs of an item (the request dates come from the sealed details). */
export function factsOf(item: EvidenceItem): EvidenceItemFacts {
  const r = item.details.request;
  return {
    id: item.id,
    exhibit: item.exhibit,
    kind: item.kind,
    status: item.status,
    translation: item.translation,
    supports: item.supports,
    hasFile: item.file !== null,
    ...(r ? { request: { requestedOn: r.requestedOn, channel: r.channel, ...(r.followUpOn ? { followUpOn: r.followUpOn } : {}) } } : {}),
  };
}

const mayRead = (scope: CaseScope, compartment: Compartment) => may(scope, { action: 'case:read-narrative', compartment });

function assertMayWrite(scope: CaseScope, compartment: Compartment): void {
  if (!decide(scope, { action: 'case:write-narrative', compartment }).allow) {
    throw new AppError('forbidden', `Your place on this case does not allow writing to the ${compartment} compartment.`);
  }
}

/** The latest file of each item. */
async function currentFiles(db: Kysely<Database>, itemIds: string[]): Promise<Map<string, FileRow>> {
  if (itemIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('evidence_files')
    .selectAll()
    .where('item_id', 'in', itemIds)
    .distinctOn('item_id')
    .orderBy('item_id')
    .orderBy('version', 'desc')
    .execute();
  return new Map(rows.map((r) => [r.item_id, r]));
}

/** Adds an entry to the item's chain of custody and to the audit log, in the same transaction. */
export async function recordCustody(
  ctx: AppContext,
  db: Kysely<Database>,
  scope: CaseScope,
  itemId: string,
  action: CustodyAction,
  file?: { id: string; sha256: string },
  extra: Record<string, string | number | boolean | null> = {},
): Promise<void> {
  await db
    .insertInto('evidence_history')
    .values({
      item_id: itemId,
      case_id: scope.row.id,
      action,
      actor_id: scope.actor.id,
      file_id: file?.id ?? null,
      sha256: file?.sha256 ?? null,
      at: ctx.now(),
    })
    .execute();
  await ctx.audit.record(
    {
      actorId: scope.actor.id,
      action: `evidence.${action}`,
      caseId: scope.row.id,
      detail: { itemId, ...(file ? { fileId: file.id, sha256: file.sha256 } : {}), via: scope.decision.via, ...extra },
    },
    db,
  );
}

/** The items this person may read, in exhibit order, each with its current file. */
export async function readableItems(ctx: AppContext, scope: CaseScope): Promise<EvidenceItem[]> {
  const rows = (await ctx.db.selectFrom(T).selectAll().where('case_id', '=', scope.row.id).orderBy('exhibit').execute()).filter((r) =>
    mayRead(scope, r.compartment),
  );
  const files = await currentFiles(
    ctx.db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => presentItem(scope, r, files.get(r.id)));
}

export async function listItems(ctx: AppContext, scope: CaseScope): Promise<EvidenceItem[]> {
  const items = await readableItems(ctx, scope);
  await ctx.audit.record({
    actorId: scope.actor.id,
    action: 'evidence.list-read',
    caseId: scope.row.id,
    detail: { items: items.length, via: scope.decision.via },
  });
  return items;
}

/** One item the reader may read, or the same 404 as for an id that does not exist. */
export async function readableItem(ctx: AppContext, scope: CaseScope, itemId: string): Promise<{ row: ItemRow; file: FileRow | undefined }> {
  const row = await ctx.db.selectFrom(T).selectAll().where('id', '=', itemId).where('case_id', '=', scope.row.id).executeTakeFirst();
  if (!row || !mayRead(scope, row.compartment)) throw new AppError('not-found', NO_SUCH_ITEM);
  return { row, file: (await currentFiles(ctx.db, [row.id])).get(row.id) };
}

function detailsOf(input: Omit<NewItem, 'kind' | 'compartment' | 'status' | 'translation' | 'supports'>): EvidenceDetails {
  const { description, date, providedBy, obtainedHow, originalLanguage, translator, elements, request } = input;
  return {
    description,
    ...(date ? { date } : {}),
    ...(providedBy ? { providedBy } : {}),
    ...(obtainedHow ? { obtainedHow } : {}),
    ...(originalLanguage ? { originalLanguage } : {}),
    ...(translator ? { translator } : {}),
    ...(elements && elements.length > 0 ? { elements } : {}),
    ...(request ? { request } : {}),
  };
}

export async function addItem(ctx: AppContext, scope: CaseScope, input: NewItem): Promise<EvidenceItem> {
  assertMayWrite(scope, input.compartment);
  const id = crypto.randomUUID();
  return ctx.db.transaction().execute(async (trx) => {
    // Under the case's row lock (stillOpen), so two additions cannot take the same number.
    await stillOpen(trx, scope);
    const taken = await trx.selectFrom(T).select('exhibit').where('case_id', '=', scope.row.id).execute();
    const now = ctx.now();
    const row = await trx
      .insertInto(T)
      .values({
        id,
        case_id: scope.row.id,
        exhibit: nextExhibit(taken.map((t) => t.exhibit)),
        kind: input.kind,
        compartment: input.compartment,
        status: input.status,
        translation: input.translation,
        supports: JSON.stringify(input.supports),
        details: scope.vault.sealJson(T, inCompartment('details', input.compartment), id, detailsOf(input)),
        created_by: scope.actor.id,
        created_at: now,
        updated_at: now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordCustody(ctx, trx, scope, id, 'added', undefined, { kind: input.kind, compartment: input.compartment });
    return presentItem(scope, row, undefined);
  });
}

export async function updateItem(ctx: AppContext, scope: CaseScope, itemId: string, patch: ItemPatch): Promise<EvidenceItem> {
  const { row, file } = await readableItem(ctx, scope, itemId);
  assertMayWrite(scope, row.compartment);
  const before = openDetails(scope, row);
  const merged = { ...before, ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) } as EvidenceDetails & { request?: unknown };
  if (patch.request === null) delete merged.request;
  const details = detailsOf(merged as EvidenceDetails);
  return ctx.db.transaction().execute(async (trx) => {
    await stillOpen(trx, scope);
    const updated = await trx
      .updateTable(T)
      .set({
        ...(patch.kind ? { kind: patch.kind } : {}),
        ...(patch.status ? { status: patch.status } : {}),
        ...(patch.translation ? { translation: patch.translation } : {}),
        ...(patch.supports ? { supports: JSON.stringify(patch.supports) } : {}),
        details: scope.vault.sealJson(T, inCompartment('details', row.compartment), row.id, details),
        updated_at: ctx.now(),
      })
      .where('id', '=', row.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    const translationChanged = patch.translation !== undefined && patch.translation !== row.translation;
    await recordCustody(ctx, trx, scope, row.id, translationChanged ? 'translation' : 'changed', undefined, {
      fields: Object.keys(patch).sort().join('/'),
      ...(translationChanged ? { translation: patch.translation! } : {}),
    });
    return presentItem(scope, updated, file);
  });
}

export async function itemHistory(ctx: AppContext, scope: CaseScope, itemId: string) {
  const { row } = await readableItem(ctx, scope, itemId);
  const rows = await ctx.db
    .selectFrom('evidence_history as h')
    .leftJoin('users as u', 'u.id', 'h.actor_id')
    .select(['h.action', 'h.at', 'u.display_name', 'h.sha256', 'h.file_id'])
    .where('h.item_id', '=', row.id)
    .orderBy('h.at')
    .orderBy('h.id')
    .execute();
  return rows.map((h) => ({ action: h.action, at: h.at.toISOString(), by: h.display_name, sha256: h.sha256, fileId: h.file_id }));
}
