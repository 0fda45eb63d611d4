// Files sealed in chunks (evidence, docs/decisions/0018-evidence-files.md). A file is cut into
// chunks of CHUNK_BYTES; each is sealed on its own with AES-256-GCM under the case's data key,
// its associated data naming the item, the file, the chunk's index and whether it is the last.
// So a chunk cannot be moved to another file or position, a file cannot be cut short or
// lengthened, and a change to any byte fails that chunk's authentication. Memory stays at a
// chunk or two whatever the file's size.
import { KeyMismatchError } from './errors';
import type { DataKey } from './envelope';
import { KIND, open, parse, seal } from './format';

/** Plaintext bytes per chunk. */
export const CHUNK_BYTES = 64 * 1024;

export interface FileChunkContext {
  itemId: string;
  fileId: string;
}

const chunkContext = (where: FileChunkContext, index: number, last: boolean) => [
  'harbour/file-chunk/v1',
  where.itemId,
  where.fileId,
  String(index),
  last ? 'last' : 'more',
];

export function sealChunk(dataKey: DataKey, where: FileChunkContext, index: number, last: boolean, plaintext: Uint8Array): Buffer {
  return seal(KIND.fileChunk, dataKey.id, dataKey.material, plaintext, chunkContext(where, index, last));
}

export function openChunk(dataKey: DataKey, where: FileChunkContext, index: number, last: boolean, sealed: Uint8Array): Buffer {
  const parsed = parse(sealed, KIND.fileChunk);
  if (parsed.keyId !== dataKey.id) throw new KeyMismatchError(parsed.keyId, [dataKey.id], 'data key');
  return open(parsed, dataKey.material, chunkContext(where, index, last), `chunk ${index} of file ${where.fileId}`);
}
