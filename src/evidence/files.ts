import { rm } from 'node:fs/promises';
import { Readable } from 'node:stream';
import sharp from 'sharp';
import { decide, stillOpen, type CaseScope } from '../cases/case-access';
import { inCompartment } from '../cases/case-vault';
import { AppError } from '../platform/http/app-error';
import type { AppContext } from '../platform/http/context';
import { isPhoto, sniffMediaType } from './file-types';
import { presentItem, readableItem, recordCustody, type FileRow } from './items';
import { checkSealedFile, readSealedFile, sealedFilePath, writeSealedFile } from './sealed-file';
import type { EvidenceItem } from './schemas';

// Files of evidence items: streamed in, sealed in chunks with the case key, hashed on the way
// (docs/decisions/0018-evidence-files.md). Every copy that leaves is checked against the hash
// recorded at upload first; a photo leaves re-encoded without its metadata.

const DAMAGED =
  'The stored file no longer matches the hash recorded when it was uploaded: it was changed outside Harbour. Nothing was sent. Restore the data folder from a backup and run `harbour evidence verify`.';

const codecOf = (scope: CaseScope, file: { item_id: string; id: string }) => scope.vault.fileChunks({ itemId: file.item_id, fileId: file.id });
const pathOf = (ctx: AppContext, file: { case_id: string; id: string }) => sealedFilePath(ctx.config.dataDir, file.case_id, file.id);

/** A file name as sent in the upload header: percent-encoded UTF-8, at most 255 characters, no path. */
export function uploadedName(header: string | string[] | undefined): string | undefined {
  if (typeof header !== 'string' || header.length === 0) return undefined;
  let name: string;
  try {
    name = decodeURIComponent(header);
  } catch {
    throw new AppError('invalid-input', 'Some fields need attention.', [{ path: 'x-file-name', message: 'must be percent-encoded UTF-8' }]);
  }
  // No folders, and no control characters (a name is shown, never used as a path).
  name = [...name.replace(/^.*[\\/]/, '')]
    .filter((ch) => ch.charCodeAt(0) >= 0x20 && ch.charCodeAt(0) !== 0x7f)
    .join('')
    .trim();
  if (name.length > 255)
    throw new AppError('invalid-input', 'Some fields need attention.', [{ path: 'x-file-name', message: 'must be at most 255 characters' }]);
  return name || undefined;
}

const tooLarge = (maxBytes: number) => () =>
  new AppError('payload-too-large', `The file is larger than the ${Math.round(maxBytes / (1024 * 1024))} MB this Harbour accepts.`);

/** Stores a new version of the item's file from the request body stream. */
export async function uploadFile(
  ctx: AppContext,
  scope: CaseScope,
  itemId: string,
  body: AsyncIterable<Uint8Array>,
  input: { name?: string; declaredLength?: number },
): Promise<EvidenceItem> {
  const { row, file: previous } = await readableItem(ctx, scope, itemId);
  if (!decide(scope, { action: 'case:write-narrative', compartment: row.compartment }).allow) {
    throw new AppError('forbidden', `Your place on this case does not allow writing to the ${row.compartment} compartment.`);
  }
  // Refused before a byte is stored; the transaction below checks again under the case's row lock.
  if (scope.row.status === 'closed') throw new AppError('forbidden', 'This case is closed: it can no longer be changed.');
  const maxBytes = ctx.config.evidenceMaxBytes;
  if (input.declaredLength !== undefined && input.declaredLength > maxBytes) throw tooLarge(maxBytes)();
  const fileId = crypto.randomUUID();
  const target = { id: fileId, item_id: row.id, case_id: scope.row.id };
  let mediaType = 'application/octet-stream';
  const written = await writeSealedFile(pathOf(ctx, target), body, codecOf(scope, target), {
    maxBytes,
    tooLarge: tooLarge(maxBytes),
    inspectHead: async (head) => {
      mediaType = await sniffMediaType(head);
    },
  });
  const action = previous ? 'replacement' : 'upload';
  try {
    const stored = await ctx.db.transaction().execute(async (trx) => {
      await stillOpen(trx, scope);
      const file = await trx
        .insertInto('evidence_files')
        .values({
          ...target,
          version: (previous?.version ?? 0) + 1,
          size_bytes: written.size,
          sha256: written.sha256,
          media_type: mediaType,
          file_name: input.name ? scope.vault.seal('evidence_files', inCompartment('file_name', row.compartment), fileId, input.name) : null,
          created_by: scope.actor.id,
          created_at: ctx.now(),
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await trx.updateTable('evidence_items').set({ updated_at: ctx.now() }).where('id', '=', row.id).execute();
      await recordCustody(
        ctx,
        trx,
        scope,
        row.id,
        action,
        { id: fileId, sha256: written.sha256 },
        { size: written.size, mediaType, ...(previous ? { replaces: previous.id } : {}) },
      );
      return file;
    });
    return presentItem(scope, row, stored);
  } catch (error) {
    await rm(pathOf(ctx, target), { force: true });
    throw error;
  }
}

/** The original bytes of a stored file, as a stream; throws (and records it) when they no longer match the recorded hash. */
export async function checkedOriginal(ctx: AppContext, scope: CaseScope, file: FileRow): Promise<AsyncIterable<Buffer>> {
  const codec = codecOf(scope, file);
  const check = await checkSealedFile(pathOf(ctx, file), codec, file.sha256);
  if (!check.ok) {
    await recordCustody(ctx, ctx.db, scope, file.item_id, 'integrity-failed', { id: file.id, sha256: file.sha256 });
    ctx.logger.error({ event: 'evidence-integrity', fileId: file.id }, 'A stored evidence file does not match its recorded hash.');
    throw new AppError('conflict', DAMAGED);
  }
  return readSealedFile(pathOf(ctx, file), codec);
}

/** A photo without its metadata: re-encoded in its own format (sharp keeps no metadata unless asked). */
export async function withoutMetadata(original: AsyncIterable<Buffer>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of original) chunks.push(c);
  // rotate() applies the EXIF orientation to the pixels first, so the copy is not shown sideways.
  return sharp(Buffer.concat(chunks), { failOn: 'none' }).rotate().toBuffer();
}

export interface OutgoingCopy {
  body: Readable | Buffer;
  mediaType: string;
  metadataRemoved: boolean;
}

/** What leaves Harbour for a file: the checked original, or for a photo a copy without metadata. */
export async function outgoingCopy(ctx: AppContext, scope: CaseScope, file: FileRow): Promise<OutgoingCopy> {
  const original = await checkedOriginal(ctx, scope, file);
  if (isPhoto(file.media_type)) {
    try {
      return { body: await withoutMetadata(original), mediaType: file.media_type, metadataRemoved: true };
    } catch {
      throw new AppError('conflict', 'This photo could not be re-encoded without its metadata, so it was not sent. The sealed original is kept.');
    }
  }
  return { body: Readable.from(original), mediaType: file.media_type, metadataRemoved: false };
}
