import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { PassThrough, type Readable } from 'node:stream';
import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import { formatDay } from '../core/dates/format';
import { exhibitLabel } from '../core/evidence';
import { requireConsent } from '../cases/use-cases/consents';
import type { CaseScope } from '../cases/case-access';
import type { AppContext } from '../platform/http/context';
import { isPhoto } from './file-types';
import { checkedOriginal, withoutMetadata } from './files';
import { itemHistory, readableItems, readableItem, recordCustody } from './items';
import type { EvidenceItem } from './schemas';
import { INDEX_WORDS, KIND_WORDS, TRANSLATION_WORDS, type BundleLang } from './text';

// The evidence bundle: a ZIP with an index (text and JSON, with each item's chain of custody),
// the files, and a SHA-256 manifest of everything in it. It leaves Harbour, so it needs the
// client's consent (to generate a document, or to share with the named organisation), and every
// item in it gets an `export` (or `share`) entry on its history. Files are checked against their
// recorded hash before anything is sent; photos go in re-encoded without their metadata. The
// ZIP is produced as it is sent: memory holds a chunk or one photo, not the bundle.

const EXTENSIONS: Record<string, string> = {
  'application/pdf': 'pdf',
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/gif': 'gif',
  'image/tiff': 'tif',
  'image/heic': 'heic',
  'text/plain': 'txt',
};
/** Already compressed: stored as they are rather than deflated again. */
const COMPRESSED = /^(image\/(jpeg|png|webp|gif|heic)|application\/pdf|application\/zip|video\/|audio\/)/;

const bundleFileName = (item: Pick<EvidenceItem, 'exhibit'>, mediaType: string) =>
  `files/exhibit-${exhibitLabel(item.exhibit)}.${EXTENSIONS[mediaType] ?? 'bin'}`;

export interface BundleRequest {
  lang: BundleLang;
  /** An organisation the bundle is shared with (needs the client's consent to share with it); none: a document for the practitioner. */
  recipient?: string;
}

function indexText(code: string, lang: BundleLang, items: EvidenceItem[], histories: Map<string, Awaited<ReturnType<typeof itemHistory>>>): string {
  const w = INDEX_WORDS[lang];
  const lines = [`${w.title} — ${code}`, ''];
  for (const item of items) {
    lines.push(`${w.exhibit} ${exhibitLabel(item.exhibit)} — ${KIND_WORDS[item.kind][lang]}: ${item.details.description}`);
    if (item.details.date) lines.push(`  ${w.date}: ${formatDay(item.details.date, lang)}`);
    lines.push(`  ${TRANSLATION_WORDS[item.translation][lang]}`);
    if (item.file) {
      lines.push(`  ${bundleFileName(item, item.file.mediaType)} — ${w.sha256Original}: ${item.file.sha256}`);
      if (isPhoto(item.file.mediaType)) lines.push(`  ${w.metadataRemoved}`);
    } else lines.push(`  (${w.noFile})`);
    lines.push(`  ${w.custody}:`);
    for (const h of histories.get(item.id) ?? []) lines.push(`    ${h.at} ${h.action}${h.by ? ` (${h.by})` : ''}${h.sha256 ? ` ${h.sha256}` : ''}`);
    lines.push('');
  }
  lines.push(w.manifest, '');
  return lines.join('\n');
}

/** Checks consent and every file, records the export, and returns the ZIP as a stream. */
export async function evidenceBundle(ctx: AppContext, scope: CaseScope, request: BundleRequest): Promise<{ stream: Readable; items: number }> {
  await requireConsent(
    ctx,
    scope,
    request.recipient
      ? { kind: 'share-with-organisation', recipient: request.recipient, categories: ['documents'] }
      : { kind: 'generate-document', categories: ['documents'] },
  );
  const items = (await readableItems(ctx, scope)).filter((i) => i.status === 'held');
  // Every file is opened and hashed before a byte is sent: a damaged one stops the bundle (409).
  const files = new Map<string, Awaited<ReturnType<typeof readableItem>>['file']>();
  for (const item of items) {
    if (!item.file) continue;
    const { file } = await readableItem(ctx, scope, item.id);
    for await (const _chunk of await checkedOriginal(ctx, scope, file!)) void _chunk;
    files.set(item.id, file);
  }
  const action = request.recipient ? 'share' : 'export';
  await ctx.db.transaction().execute(async (trx) => {
    for (const item of items) {
      const file = files.get(item.id);
      await recordCustody(ctx, trx, scope, item.id, action, file ? { id: file.id, sha256: file.sha256 } : undefined, {
        ...(request.recipient ? { recipient: request.recipient } : {}),
      });
    }
  });
  const histories = new Map(await Promise.all(items.map(async (i) => [i.id, await itemHistory(ctx, scope, i.id)] as const)));

  const out = new PassThrough();
  const zip = new Zip((error, chunk, final) => {
    if (error) return void out.destroy(error);
    out.write(chunk);
    if (final) out.end();
  });
  const manifest: string[] = [];
  const addWhole = (path: string, bytes: Buffer, store: boolean) => {
    const entry = store ? new ZipPassThrough(path) : new ZipDeflate(path, { level: 6 });
    zip.add(entry);
    entry.push(bytes, true);
    manifest.push(`${createHash('sha256').update(bytes).digest('hex')}  ${path}`);
  };
  const produce = async () => {
    const index = indexText(scope.row.code, request.lang, items, histories);
    addWhole('index.txt', Buffer.from(index, 'utf8'), false);
    const json = items.map((i) => ({
      exhibit: exhibitLabel(i.exhibit),
      kind: i.kind,
      description: i.details.description,
      date: i.details.date ?? null,
      translation: i.translation,
      supports: i.supports,
      file: i.file
        ? { path: bundleFileName(i, i.file.mediaType), sha256Original: i.file.sha256, mediaType: i.file.mediaType, metadataRemoved: isPhoto(i.file.mediaType) }
        : null,
      custody: histories.get(i.id) ?? [],
    }));
    addWhole('index.json', Buffer.from(JSON.stringify({ case: scope.row.code, exhibits: json }, null, 2), 'utf8'), false);
    for (const item of items) {
      const file = files.get(item.id);
      if (!file) continue;
      const path = bundleFileName(item, file.media_type);
      const original = await checkedOriginal(ctx, scope, file);
      if (isPhoto(file.media_type)) {
        addWhole(path, await withoutMetadata(original), true);
        continue;
      }
      const entry = COMPRESSED.test(file.media_type) ? new ZipPassThrough(path) : new ZipDeflate(path, { level: 6 });
      zip.add(entry);
      const hash = createHash('sha256');
      for await (const chunk of original) {
        hash.update(chunk);
        entry.push(chunk);
        if (out.writableNeedDrain) await once(out, 'drain');
      }
      entry.push(new Uint8Array(0), true);
      manifest.push(`${hash.digest('hex')}  ${path}`);
    }
    const manifestEntry = new ZipDeflate('manifest-sha256.txt', { level: 6 });
    zip.add(manifestEntry);
    manifestEntry.push(Buffer.from(`${manifest.join('\n')}\n`, 'utf8'), true);
    zip.end();
  };
  produce().catch((error: unknown) => out.destroy(error instanceof Error ? error : new Error('the bundle could not be produced')));
  return { stream: out, items: items.length };
}
