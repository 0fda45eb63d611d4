import type { Compartment } from '../core/access';
import type { Keyring } from '../platform/crypto';
import { decryptFieldText, encryptField, openChunk, sealChunk, unwrapDataKey, type DataKey, type FileChunkContext } from '../platform/crypto';

// One case's data key, unwrapped for the length of a request. Every ciphertext is bound to its
// table, column and row id, so a value copied to another row or case fails to open.
export class CaseVault {
  readonly #key: DataKey;
  constructor(
    key: DataKey,
    readonly caseId: string,
  ) {
    this.#key = key;
  }

  seal(table: string, column: string, rowId: string, value: string): Buffer {
    return encryptField(this.#key, value, { table, column, rowId });
  }

  open(table: string, column: string, rowId: string, sealed: Uint8Array): string {
    return decryptFieldText(this.#key, sealed, { table, column, rowId });
  }

  sealJson(table: string, column: string, rowId: string, value: unknown): Buffer {
    return this.seal(table, column, rowId, JSON.stringify(value));
  }

  openJson<T>(table: string, column: string, rowId: string, sealed: Uint8Array): T {
    return JSON.parse(this.open(table, column, rowId, sealed)) as T;
  }

  /** Opens a nullable column; null stays null. */
  maybeJson<T>(table: string, column: string, rowId: string, sealed: Uint8Array | null): T | null {
    return sealed ? this.openJson<T>(table, column, rowId, sealed) : null;
  }

  maybeText(table: string, column: string, rowId: string, sealed: Uint8Array | null): string | null {
    return sealed ? this.open(table, column, rowId, sealed) : null;
  }

  /** Seals and opens the chunks of one stored file (evidence), bound to its item, file, index and whether it is the last. */
  fileChunks(where: FileChunkContext): FileChunkCodec {
    const key = this.#key;
    return {
      seal: (index, last, plain) => sealChunk(key, where, index, last, plain),
      open: (index, last, sealed) => openChunk(key, where, index, last, sealed),
    };
  }

  toJSON(): object {
    return { caseId: this.caseId };
  }
}

export interface FileChunkCodec {
  seal(index: number, last: boolean, plain: Uint8Array): Buffer;
  open(index: number, last: boolean, sealed: Uint8Array): Buffer;
}

/**
 * The column name a narrative value is sealed under: its compartment is part of the associated
 * data, so someone who can write to the database but holds no key cannot move privileged text
 * into the team compartment; the moved value no longer opens.
 */
export const inCompartment = (column: string, compartment: Compartment): string => `${column}@${compartment}`;

export function openVault(keyring: Keyring, row: { id: string; wrapped_key: Uint8Array }): CaseVault {
  return new CaseVault(unwrapDataKey(keyring, row.wrapped_key, row.id), row.id);
}
