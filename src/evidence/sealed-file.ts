import { createHash } from 'node:crypto';
import { mkdir, open, rename, rm, type FileHandle } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { FileChunkCodec } from '../cases/case-vault';
import { CHUNK_BYTES } from '../platform/crypto';

// An evidence file on disk: a magic line, then one record per chunk (a 4-byte length and the
// sealed chunk, platform/crypto/file-chunks.ts). Written to a `.part` file and renamed once
// complete, so a crash or a refused upload leaves no half file under the real name. Nothing
// here holds more than a chunk or two in memory.

const MAGIC = Buffer.from('HBEVID1\n', 'ascii');
/** A sealed chunk is its plaintext plus a header, nonce and tag: far below this. */
const MAX_RECORD = CHUNK_BYTES + 1024;
/** What file-type reads to sniff a type. */
const HEAD_BYTES = 4100;

/** Where the sealed bytes of one evidence file live inside the data folder (ids only, never a name). */
export function sealedFilePath(dataDir: string, caseId: string, fileId: string): string {
  return join(dataDir, 'evidence', caseId, `${fileId}.sealed`);
}

/** The stored bytes do not open: changed, cut short or lengthened outside Harbour. */
class StoredFileDamagedError extends Error {
  override name = 'StoredFileDamagedError';
}

export interface WrittenFile {
  size: number;
  sha256: string;
  head: Buffer;
}

export interface WriteOptions {
  maxBytes: number;
  /** Called once with the first bytes (up to 4100), before anything is written: throws to refuse the file. */
  inspectHead(head: Buffer): Promise<void>;
  /** Thrown when the stream goes past maxBytes. */
  tooLarge(): Error;
}

async function writeAll(fh: FileHandle, bytes: Buffer): Promise<void> {
  let offset = 0;
  while (offset < bytes.length) offset += (await fh.write(bytes, offset)).bytesWritten;
}

function record(sealed: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(sealed.length);
  return Buffer.concat([length, sealed]);
}

/** Streams `source` into a sealed file at `path`, hashing the original on the way. */
export async function writeSealedFile(path: string, source: AsyncIterable<Uint8Array>, codec: FileChunkCodec, options: WriteOptions): Promise<WrittenFile> {
  const part = `${path}.part`;
  await mkdir(dirname(path), { recursive: true, mode: 0o700 });
  const fh = await open(part, 'wx', 0o600);
  const hash = createHash('sha256');
  let size = 0;
  let index = 0;
  let head: Buffer | undefined;
  let headParts: Buffer[] = [];
  let headLength = 0;
  // Plaintext waiting to be sealed. A full chunk is held back until more bytes arrive, because
  // only then is it known not to be the last.
  let pending: Buffer[] = [];
  let pendingLength = 0;
  const sealFull = async (): Promise<void> => {
    while (pendingLength > CHUNK_BYTES) {
      const all = Buffer.concat(pending);
      await writeAll(fh, record(codec.seal(index++, false, all.subarray(0, CHUNK_BYTES))));
      pending = [all.subarray(CHUNK_BYTES)];
      pendingLength = pending[0]!.length;
    }
  };
  try {
    await writeAll(fh, MAGIC);
    for await (const piece of source) {
      const bytes = Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength);
      size += bytes.length;
      if (size > options.maxBytes) throw options.tooLarge();
      hash.update(bytes);
      if (!head) {
        headParts.push(bytes);
        headLength += bytes.length;
        if (headLength >= HEAD_BYTES) {
          head = Buffer.concat(headParts).subarray(0, HEAD_BYTES);
          headParts = [];
          await options.inspectHead(head);
        }
      }
      pending.push(bytes);
      pendingLength += bytes.length;
      if (head) await sealFull();
    }
    if (!head) {
      head = Buffer.concat(headParts);
      await options.inspectHead(head);
    }
    await sealFull();
    await writeAll(fh, record(codec.seal(index, true, Buffer.concat(pending))));
    await fh.datasync();
    await fh.close();
    await rename(part, path);
    return { size, sha256: hash.digest('hex'), head };
  } catch (error) {
    await fh.close().catch(() => undefined);
    await rm(part, { force: true });
    throw error;
  }
}

/** The original bytes of a sealed file, chunk by chunk; throws StoredFileDamagedError if any chunk does not open. */
export async function* readSealedFile(path: string, codec: FileChunkCodec): AsyncGenerator<Buffer> {
  let fh: FileHandle;
  try {
    fh = await open(path, 'r');
  } catch {
    throw new StoredFileDamagedError('the stored file is missing');
  }
  try {
    const { size } = await fh.stat();
    const read = async (position: number, length: number): Promise<Buffer> => {
      const buffer = Buffer.alloc(length);
      const { bytesRead } = await fh.read(buffer, 0, length, position);
      if (bytesRead !== length) throw new StoredFileDamagedError('the stored file is cut short');
      return buffer;
    };
    if (!(await read(0, MAGIC.length)).equals(MAGIC)) throw new StoredFileDamagedError('the stored file does not start as a sealed evidence file');
    let position = MAGIC.length;
    let index = 0;
    while (position < size) {
      const length = (await read(position, 4)).readUInt32BE(0);
      if (length > MAX_RECORD) throw new StoredFileDamagedError('a chunk of the stored file has an impossible length');
      const sealed = await read(position + 4, length);
      position += 4 + length;
      const last = position === size;
      let plain: Buffer;
      try {
        plain = codec.open(index++, last, sealed);
      } catch {
        throw new StoredFileDamagedError(`chunk ${index - 1} of the stored file does not open`);
      }
      yield plain;
      if (last) return;
    }
    throw new StoredFileDamagedError('the stored file has no last chunk');
  } finally {
    await fh.close();
  }
}

/** Opens every chunk and compares the SHA-256 of the original with the one recorded at upload. */
export async function checkSealedFile(path: string, codec: FileChunkCodec, sha256: string): Promise<{ ok: true } | { ok: false; problem: string }> {
  const hash = createHash('sha256');
  try {
    for await (const chunk of readSealedFile(path, codec)) hash.update(chunk);
  } catch (error) {
    if (error instanceof StoredFileDamagedError) return { ok: false, problem: error.message };
    throw error;
  }
  const actual = hash.digest('hex');
  return actual === sha256 ? { ok: true } : { ok: false, problem: 'the SHA-256 of the stored file differs from the one recorded at upload' };
}
