// Envelope encryption: each case has its own data key; the data key is stored only wrapped
// (encrypted) by a KEK. Deleting a case's wrapped data key makes all its ciphertexts unreadable
// (crypto-shredding); see docs/security/encryption.md for what that means for backups.
import { randomBytes } from 'node:crypto';
import { inspect } from 'node:util';
import { CiphertextFormatError, KeyMismatchError } from './errors';
import { KIND, open, parse, seal } from './format';
import { keyIdOf, type Keyring } from './keyring';

export class DataKey {
  readonly id: string;
  readonly #material: Buffer;
  constructor(material: Uint8Array) {
    if (material.length !== 32) throw new RangeError(`a data key has 32 bytes, not ${material.length}`);
    this.#material = Buffer.from(material);
    this.id = keyIdOf('dk', this.#material);
  }
  /** Key material for platform/crypto only. */
  get material(): Buffer {
    return this.#material;
  }
  toJSON(): object {
    return { id: this.id };
  }
  [inspect.custom](): string {
    return `DataKey(${this.id})`;
  }
}

/** What the data key for secrets that belong to no case (TOTP seeds) is wrapped under; rotation rewraps it like a case key. */
export const SYSTEM_KEY_ID = 'system:secrets';

export function newDataKey(): DataKey {
  return new DataKey(randomBytes(32));
}

/** Binds a field ciphertext to where it is stored. Use the row's primary key, never a name. */
export interface FieldContext {
  table: string;
  column: string;
  rowId: string;
}

const dataKeyContext = (caseId: string) => ['harbour/data-key/v1', caseId];
const fieldContext = (aad: FieldContext) => ['harbour/field/v1', aad.table, aad.column, aad.rowId];

/** Wraps a case's data key under the current KEK, bound to the case id. Store the bytes with the case. */
export function wrapDataKey(keyring: Keyring, dataKey: DataKey, caseId: string): Buffer {
  return seal(KIND.dataKey, keyring.currentId, keyring.current, dataKey.material, dataKeyContext(caseId));
}

/** The id of the KEK that wrapped these bytes (to find keys that still need rewrapping). */
export function wrappingKekId(wrapped: Uint8Array): string {
  return parse(wrapped, KIND.dataKey).keyId;
}

export function unwrapDataKey(keyring: Keyring, wrapped: Uint8Array, caseId: string): DataKey {
  const parsed = parse(wrapped, KIND.dataKey);
  const kek = keyring.kek(parsed.keyId);
  if (!kek) throw new KeyMismatchError(parsed.keyId, keyring.ids);
  return new DataKey(open(parsed, kek, dataKeyContext(caseId), `the data key of case ${caseId}`));
}

/** Rewraps under the current KEK after a rotation; the data key, and so every field, is unchanged. */
export function rewrapDataKey(keyring: Keyring, wrapped: Uint8Array, caseId: string): { wrapped: Buffer; changed: boolean } {
  if (wrappingKekId(wrapped) === keyring.currentId) return { wrapped: Buffer.from(wrapped), changed: false };
  return { wrapped: wrapDataKey(keyring, unwrapDataKey(keyring, wrapped, caseId), caseId), changed: true };
}

// Plaintexts are padded to a multiple of 32 bytes (ISO/IEC 7816-4: 0x80 then zeros), so a
// ciphertext does not reveal the exact length of a short value such as a name.
const PAD_BLOCK = 32;

function pad(plain: Buffer): Buffer {
  const padded = Buffer.alloc((Math.floor(plain.length / PAD_BLOCK) + 1) * PAD_BLOCK);
  plain.copy(padded);
  padded[plain.length] = 0x80;
  return padded;
}

function unpad(padded: Buffer): Buffer {
  let end = padded.length - 1;
  while (end >= 0 && padded[end] === 0) end--;
  if (end < 0 || padded[end] !== 0x80) throw new CiphertextFormatError('bad padding');
  return padded.subarray(0, end);
}

export function encryptField(dataKey: DataKey, plaintext: string | Uint8Array, aad: FieldContext): Buffer {
  const bytes = typeof plaintext === 'string' ? Buffer.from(plaintext, 'utf8') : Buffer.from(plaintext);
  return seal(KIND.field, dataKey.id, dataKey.material, pad(bytes), fieldContext(aad));
}

export function decryptField(dataKey: DataKey, ciphertext: Uint8Array, aad: FieldContext): Buffer {
  const parsed = parse(ciphertext, KIND.field);
  if (parsed.keyId !== dataKey.id) throw new KeyMismatchError(parsed.keyId, [dataKey.id], 'data key');
  return unpad(open(parsed, dataKey.material, fieldContext(aad), `${aad.table}.${aad.column} of row ${aad.rowId}`));
}

export function decryptFieldText(dataKey: DataKey, ciphertext: Uint8Array, aad: FieldContext): string {
  return new TextDecoder('utf-8', { fatal: true }).decode(decryptField(dataKey, ciphertext, aad));
}
