// The versioned ciphertext format, stored as bytes (a bytea column):
//
//   version(1) | kind(1) | keyIdLength(1) | keyId(ASCII) | nonce(12) | tag(16) | ciphertext
//
// The header (version, kind, key id) is part of the AES-GCM associated data, together with the
// context the caller binds (table, column, row id; or the case id for a wrapped key), so moving
// a ciphertext to another row or swapping key ids fails authentication.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { CiphertextFormatError, DecryptionError } from './errors';

const FORMAT_VERSION = 1;
export const KIND = { field: 1, dataKey: 2, keyCheck: 3, fileChunk: 4 } as const;
export type Kind = (typeof KIND)[keyof typeof KIND];
const NONCE = 12;
const TAG = 16;

/** Length-prefixed UTF-8 parts, so ("ab","c") and ("a","bc") never encode alike. */
function encodeContext(parts: readonly string[]): Buffer {
  return Buffer.concat(
    parts.flatMap((part) => {
      const bytes = Buffer.from(part, 'utf8');
      const length = Buffer.alloc(4);
      length.writeUInt32BE(bytes.length);
      return [length, bytes];
    }),
  );
}

function header(kind: Kind, keyId: string): Buffer {
  const id = Buffer.from(keyId, 'ascii');
  if (id.length === 0 || id.length > 255 || !/^[\x21-\x7e]+$/.test(keyId)) throw new RangeError(`invalid key id "${keyId}"`);
  return Buffer.concat([Buffer.from([FORMAT_VERSION, kind, id.length]), id]);
}

export function seal(kind: Kind, keyId: string, key: Uint8Array, plaintext: Uint8Array, context: readonly string[]): Buffer {
  const head = header(kind, keyId);
  // Random 96-bit nonces: NIST SP 800-38D §8.3 caps a key at 2^32 such encryptions; a per-case
  // data key, or a KEK that only wraps data keys, stays many orders of magnitude below that.
  const nonce = randomBytes(NONCE);
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  cipher.setAAD(Buffer.concat([head, encodeContext(context)]));
  const ct = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([head, nonce, cipher.getAuthTag(), ct]);
}

export interface Parsed {
  kind: Kind;
  keyId: string;
  head: Buffer;
  nonce: Buffer;
  tag: Buffer;
  ct: Buffer;
}

export function parse(bytes: Uint8Array, expectedKind: Kind): Parsed {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.length < 3) throw new CiphertextFormatError(`${buf.length} bytes is too short`);
  if (buf[0] !== FORMAT_VERSION) throw new CiphertextFormatError(`format version ${buf[0]} is not supported (expected ${FORMAT_VERSION})`);
  if (buf[1] !== expectedKind) throw new CiphertextFormatError(`kind ${buf[1]} where kind ${expectedKind} was expected`);
  const idLength = buf[2]!;
  const start = 3 + idLength;
  if (idLength === 0 || buf.length < start + NONCE + TAG) throw new CiphertextFormatError('truncated header');
  return {
    kind: expectedKind,
    keyId: buf.subarray(3, start).toString('ascii'),
    head: buf.subarray(0, start),
    nonce: buf.subarray(start, start + NONCE),
    tag: buf.subarray(start + NONCE, start + NONCE + TAG),
    ct: buf.subarray(start + NONCE + TAG),
  };
}

export function open(parsed: Parsed, key: Uint8Array, context: readonly string[], what: string): Buffer {
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, parsed.nonce, { authTagLength: TAG });
    decipher.setAAD(Buffer.concat([parsed.head, encodeContext(context)]));
    decipher.setAuthTag(parsed.tag);
    return Buffer.concat([decipher.update(parsed.ct), decipher.final()]);
  } catch {
    throw new DecryptionError(what);
  }
}
