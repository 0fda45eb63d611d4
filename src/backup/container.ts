// The encrypted backup file. A backup is a stream, so it is sealed in chunks (the STREAM
// construction of Hoang, Reyhanitabar, Rogaway and Vizár, 2015) with AES-256-GCM:
//
//   "HARBOUR-BACKUP\n" | u32 header length | header (JSON) | record*
//   record = u32 (ciphertext length | FINAL_BIT) | ciphertext | tag(16)
//
// Each chunk's nonce is its counter, and its associated data is the header's SHA-256, the counter
// and a final flag, so chunks cannot be reordered, dropped, swapped between backups, or cut off
// after a chunk boundary. The key is fresh for every backup (random salt), so counter nonces never
// repeat under one key. Nothing is written to the reader before its chunk has authenticated.
import {
  createCipheriv,
  createDecipheriv,
  createHash,
  hkdfSync,
  randomBytes,
  scrypt as scryptCallback,
  type BinaryLike,
  type ScryptOptions,
} from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';
import { z } from 'zod';

const MAGIC = Buffer.from('HARBOUR-BACKUP\n', 'ascii');
const FINAL_BIT = 0x8000_0000;
const TAG = 16;
const CHUNK_BYTES = 64 * 1024;
const MAX_HEADER = 16 * 1024;

// scrypt at N = 2^17, r = 8 (128 MiB, ~0.3 s): OWASP's recommended minimum for passwords, which
// a backup passphrase resembles. Stored in the header so it can be raised without breaking old files.
const SCRYPT = { N: 2 ** 17, r: 8, p: 1 } as const;
export const MIN_PASSPHRASE_LENGTH = 12;

const headerSchema = z.strictObject({
  format: z.literal('harbour-backup'),
  // 2: the plaintext may hold evidence files (./format). Version 1 files read the same way; a
  // Harbour that only knows 1 refuses a 2 at its header, before reading anything.
  version: z.union([z.literal(1), z.literal(2)]),
  createdAt: z.string(),
  key: z.discriminatedUnion('kind', [
    // A key derived with HKDF-SHA256 from the master key (KEK) with this id, and a per-backup salt.
    z.strictObject({ kind: z.literal('master-key'), kekId: z.string().min(1).max(100), salt: z.string() }),
    z.strictObject({
      kind: z.literal('passphrase'),
      kdf: z.literal('scrypt'),
      N: z
        .number()
        .int()
        .min(2 ** 14)
        .max(2 ** 22),
      r: z.number().int().min(8).max(32),
      p: z.number().int().min(1).max(4),
      salt: z.string(),
    }),
  ]),
});
export type BackupHeader = z.infer<typeof headerSchema>;

export class BackupFileError extends Error {
  override name = 'BackupFileError';
}

/** What unlocks a backup: the backup root key derived from a KEK (platform/crypto backupRootKey), or a passphrase. */
export type BackupSecret = { kind: 'master-key'; kekId: string; rootKey: (kekId: string) => Buffer | undefined } | { kind: 'passphrase'; passphrase: string };

function scrypt(password: BinaryLike, salt: BinaryLike, keylen: number, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => scryptCallback(password, salt, keylen, options, (error, key) => (error ? reject(error) : resolve(key))));
}

export function newHeader(secret: BackupSecret, createdAt: Date): BackupHeader {
  const salt = randomBytes(32).toString('base64');
  const key: BackupHeader['key'] =
    secret.kind === 'master-key' ? { kind: 'master-key', kekId: secret.kekId, salt } : { kind: 'passphrase', kdf: 'scrypt', ...SCRYPT, salt };
  return { format: 'harbour-backup', version: 2, createdAt: createdAt.toISOString(), key };
}

export async function deriveBackupKey(header: BackupHeader, secret: BackupSecret): Promise<Buffer> {
  const salt = Buffer.from(header.key.salt, 'base64');
  if (header.key.kind === 'master-key') {
    if (secret.kind !== 'master-key')
      throw new BackupFileError(
        'This backup is encrypted with the master key, not a passphrase: restore it with the master key it was made under (HARBOUR_MASTER_KEY or the key file).',
      );
    const root = secret.rootKey(header.key.kekId);
    if (!root)
      throw new BackupFileError(
        `This backup was made under master key ${header.key.kekId}, which is not in the keyring. Set HARBOUR_MASTER_KEY (or HARBOUR_PREVIOUS_MASTER_KEYS) to that key, or put its key file in HARBOUR_KEY_DIR.`,
      );
    return Buffer.from(hkdfSync('sha256', root, salt, Buffer.from('harbour/backup/v1'), 32));
  }
  if (secret.kind !== 'passphrase') throw new BackupFileError('This backup is protected by a passphrase: pass --passphrase-file.');
  const { N, r, p } = header.key;
  return scrypt(secret.passphrase.normalize('NFKC'), salt, 32, { N, r, p, maxmem: 256 * N * r + 16 * 1024 * 1024 });
}

function nonceOf(counter: bigint): Buffer {
  const nonce = Buffer.alloc(12);
  nonce.writeBigUInt64BE(counter, 4);
  return nonce;
}

function aadOf(headerHash: Buffer, counter: bigint, final: boolean): Buffer {
  const tail = Buffer.alloc(9);
  tail.writeBigUInt64BE(counter, 0);
  tail[8] = final ? 1 : 0;
  return Buffer.concat([headerHash, tail]);
}

function encodeHeader(header: BackupHeader): Buffer {
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32BE(json.length);
  return Buffer.concat([MAGIC, length, json]);
}

/** A transform that turns plaintext into the sealed file, header first. */
export function sealStream(header: BackupHeader, key: Buffer): Transform {
  const head = encodeHeader(header);
  const headerHash = createHash('sha256').update(head).digest();
  let counter = 0n;
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let wroteHeader = false;
  const sealChunk = (stream: Transform, plaintext: Buffer, final: boolean) => {
    const cipher = createCipheriv('aes-256-gcm', key, nonceOf(counter));
    cipher.setAAD(aadOf(headerHash, counter, final));
    const ct = Buffer.concat([cipher.update(plaintext), cipher.final()]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE((ct.length | (final ? FINAL_BIT : 0)) >>> 0);
    stream.push(Buffer.concat([length, ct, cipher.getAuthTag()]));
    counter++;
  };
  return new Transform({
    transform(chunk: Buffer, _encoding, done: TransformCallback) {
      if (!wroteHeader) {
        this.push(head);
        wroteHeader = true;
      }
      pending.push(chunk);
      pendingBytes += chunk.length;
      while (pendingBytes >= CHUNK_BYTES) {
        const all = Buffer.concat(pending);
        sealChunk(this, all.subarray(0, CHUNK_BYTES), false);
        const rest = all.subarray(CHUNK_BYTES);
        pending = [rest];
        pendingBytes = rest.length;
      }
      done();
    },
    flush(done: TransformCallback) {
      if (!wroteHeader) this.push(head);
      sealChunk(this, Buffer.concat(pending), true);
      pending = [];
      done();
    },
  });
}

/** Reads exactly `n` bytes from an async byte source, or fewer at its end. */
class ByteReader {
  #buffer = Buffer.alloc(0);
  #done = false;
  constructor(private readonly source: AsyncIterator<Buffer>) {}
  async read(n: number): Promise<Buffer> {
    while (this.#buffer.length < n && !this.#done) {
      const next = await this.source.next();
      if (next.done) this.#done = true;
      else this.#buffer = Buffer.concat([this.#buffer, next.value]);
    }
    const out = this.#buffer.subarray(0, n);
    this.#buffer = this.#buffer.subarray(out.length);
    return out;
  }
  async atEnd(): Promise<boolean> {
    return (await this.read(1)).length === 0;
  }
}

/** Reads and checks the header only (no key needed): which key or passphrase the file wants. */
export async function readHeader(source: AsyncIterable<Buffer>): Promise<{ header: BackupHeader; reader: ByteReader; headerHash: Buffer }> {
  const reader = new ByteReader(source[Symbol.asyncIterator]());
  const magic = await reader.read(MAGIC.length);
  if (!magic.equals(MAGIC)) throw new BackupFileError('This is not a Harbour backup file (it does not start with HARBOUR-BACKUP).');
  const lengthBytes = await reader.read(4);
  const length = lengthBytes.length === 4 ? lengthBytes.readUInt32BE() : 0;
  if (length === 0 || length > MAX_HEADER) throw new BackupFileError('The backup file header is damaged.');
  const json = await reader.read(length);
  let parsed: unknown;
  try {
    parsed = JSON.parse(json.toString('utf8'));
  } catch {
    throw new BackupFileError('The backup file header is damaged.');
  }
  const header = headerSchema.safeParse(parsed);
  if (!header.success) throw new BackupFileError('The backup file header is not one this version of Harbour can read.');
  const headerHash = createHash('sha256')
    .update(Buffer.concat([magic, lengthBytes, json]))
    .digest();
  return { header: header.data, reader, headerHash };
}

/** Yields authenticated plaintext chunks; throws on any tampering, truncation or wrong key. */
export async function* openChunks(reader: ByteReader, headerHash: Buffer, key: Buffer): AsyncGenerator<Buffer> {
  let counter = 0n;
  for (;;) {
    const lengthBytes = await reader.read(4);
    if (lengthBytes.length === 0)
      throw new BackupFileError('The backup file is incomplete: it ends before its last part (was it copied while still being written?).');
    if (lengthBytes.length < 4) throw new BackupFileError('The backup file is incomplete or damaged.');
    const word = lengthBytes.readUInt32BE();
    const final = (word & FINAL_BIT) !== 0;
    const length = word & ~FINAL_BIT;
    if (length > CHUNK_BYTES) throw new BackupFileError('The backup file is damaged (a part is larger than any Harbour writes).');
    const body = await reader.read(length + TAG);
    if (body.length < length + TAG) throw new BackupFileError('The backup file is incomplete: it was cut off.');
    const decipher = createDecipheriv('aes-256-gcm', key, nonceOf(counter));
    decipher.setAAD(aadOf(headerHash, counter, final));
    decipher.setAuthTag(body.subarray(length));
    let plaintext: Buffer;
    try {
      plaintext = Buffer.concat([decipher.update(body.subarray(0, length)), decipher.final()]);
    } catch {
      throw new BackupFileError(
        counter === 0n
          ? 'The backup could not be decrypted: wrong master key or passphrase, or the file is damaged.'
          : `The backup file is damaged or was altered (part ${counter + 1n} does not authenticate).`,
      );
    }
    counter++;
    yield plaintext;
    if (final) {
      if (!(await reader.atEnd())) throw new BackupFileError('The backup file has data after its last part: it was altered.');
      return;
    }
  }
}
