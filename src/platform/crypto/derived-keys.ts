// Keys derived from a KEK with HKDF-SHA256 (RFC 5869), one per purpose, so the blind index and
// the audit chain never use the KEK itself, and a leak of one derived key exposes nothing else.
import { createHmac, hkdfSync } from 'node:crypto';
import { KeyMismatchError } from './errors';
import { KIND, open, parse, seal } from './format';
import type { Keyring } from './keyring';

function derive(kek: Buffer, purpose: string): Buffer {
  return Buffer.from(hkdfSync('sha256', kek, Buffer.from('harbour'), Buffer.from(`harbour/${purpose}/v1`), 32));
}

/**
 * NFKC, full case folding (upper then lower turns "ß" into "ss"), whitespace collapsed and
 * trimmed. Accents are kept: "José" and "Jose" are different names to an exact lookup.
 */
export function normaliseForIndex(value: string): string {
  return value.normalize('NFKC').toUpperCase().toLowerCase().normalize('NFKC').replace(/\s+/gu, ' ').trim();
}

function indexWith(kekId: string, kek: Buffer, column: string, value: string): string {
  const normalised = normaliseForIndex(value);
  if (normalised === '') throw new RangeError('cannot index an empty value');
  const mac = createHmac('sha256', derive(kek, 'blind-index')).update(`${column}\u0000${normalised}`, 'utf8').digest('base64url');
  return `bi1:${kekId}:${mac}`;
}

/**
 * A blind index for exact lookup of a value (e.g. a client's name) without storing it: the same
 * name in the same column gives the same token, and nobody without the KEK can compute one.
 * `column` separates domains, so a name token cannot be matched against another column.
 */
export function blindIndex(keyring: Keyring, column: string, value: string): string {
  return indexWith(keyring.currentId, keyring.current, column, value);
}

/** Tokens under every KEK, current first: query `WHERE token = ANY($1)` until reindexing after a rotation finishes. */
export function blindIndexCandidates(keyring: Keyring, column: string, value: string): string[] {
  return keyring.ids.map((id) => indexWith(id, keyring.kek(id)!, column, value));
}

export interface AuditKey {
  id: string;
  key: Buffer;
}

/** The key for the audit chain's HMAC, derived from the current KEK; `byId` verifies older entries. */
export function auditKeys(keyring: Keyring): { current: AuditKey; byId: (id: string) => Buffer | undefined } {
  return {
    current: { id: keyring.currentId, key: derive(keyring.current, 'audit-chain') },
    byId: (id) => {
      const kek = keyring.kek(id);
      return kek && derive(kek, 'audit-chain');
    },
  };
}

/**
 * The key that signs the audit trail's recorded head (the anchor file kept beside the master key),
 * derived from a given KEK with its own label; undefined when the KEK is unknown.
 */
export function auditHeadKey(keyring: Keyring, kekId: string): Buffer | undefined {
  const kek = keyring.kek(kekId);
  return kek && derive(kek, 'audit-head');
}

/**
 * The root key for encrypted backups made under a KEK (each backup then derives its own key from
 * it with a random salt), so backups never use the KEK itself. Undefined when the KEK is unknown.
 */
export function backupRootKey(keyring: Keyring, kekId: string): Buffer | undefined {
  const kek = keyring.kek(kekId);
  return kek && derive(kek, 'backup-root');
}

/** A value sealed under the current KEK at first start, stored in the database. */
export type WrappedKeyCheck = Buffer;
const CHECK_PLAINTEXT = 'harbour key check v1';
const CHECK_CONTEXT = ['harbour/key-check/v1'];

export function makeKeyCheck(keyring: Keyring): WrappedKeyCheck {
  return seal(KIND.keyCheck, keyring.currentId, keyring.current, Buffer.from(CHECK_PLAINTEXT), CHECK_CONTEXT);
}

/**
 * Throws KeyMismatchError unless the keyring holds the KEK the check was sealed with. Call at
 * every start, before touching case data. `isCurrent: false` means a rotation happened: store a
 * fresh makeKeyCheck() once every wrapped data key has been rewrapped.
 */
export function verifyKeyringAgainst(keyring: Keyring, check: Uint8Array): { kekId: string; isCurrent: boolean } {
  const parsed = parse(check, KIND.keyCheck);
  const kek = keyring.kek(parsed.keyId);
  if (!kek) throw new KeyMismatchError(parsed.keyId, keyring.ids);
  try {
    if (open(parsed, kek, CHECK_CONTEXT, 'the key check').toString() !== CHECK_PLAINTEXT) throw new Error();
  } catch {
    throw new KeyMismatchError(parsed.keyId, keyring.ids);
  }
  return { kekId: parsed.keyId, isCurrent: parsed.keyId === keyring.currentId };
}
