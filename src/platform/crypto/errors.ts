// Typed errors for keys and ciphertexts. Each message says what was found, what was expected,
// and where to read more, because the person reading it is an operator at start-up.

const DOC = 'See docs/security/encryption.md.';

export type KeyErrorCode =
  | 'key-mismatch'
  | 'key-missing'
  | 'invalid-master-key'
  | 'key-file-invalid'
  | 'key-file-inside-database-folder'
  | 'key-file-permissions'
  | 'ciphertext-format'
  | 'authentication-failed';

abstract class HarbourKeyError extends Error {
  abstract readonly code: KeyErrorCode;
}

export class KeyMismatchError extends HarbourKeyError {
  readonly code = 'key-mismatch';
  override readonly name = 'KeyMismatchError';
  constructor(
    readonly expectedKeyId: string,
    readonly loadedKeyIds: readonly string[],
    subject: 'master key' | 'data key' = 'master key',
  ) {
    super(
      `the ${subject} does not match the key that protects this data (key id ${expectedKeyId}; loaded: ${loadedKeyIds.join(', ') || 'none'}). ` +
        (subject === 'data key'
          ? 'The ciphertext belongs to another case, or the case was given a new data key.'
          : `Harbour will not start with a different key, because it could not read existing case files. Set HARBOUR_MASTER_KEY, ` +
            `or restore the key file, to the key in use when the data was written; after a rotation, also pass the previous keys. ${DOC}`),
    );
  }
}

export class MissingKeyError extends HarbourKeyError {
  readonly code = 'key-missing';
  override readonly name = 'MissingKeyError';
  constructor(where: string) {
    super(
      `no master key found (${where}), but this installation already holds encrypted data. Harbour will not create a new key, ` +
        `because a new key cannot read the existing case files. Restore the key file from its backup or set HARBOUR_MASTER_KEY. ${DOC}`,
    );
  }
}

export class InvalidMasterKeyError extends HarbourKeyError {
  readonly code = 'invalid-master-key';
  override readonly name = 'InvalidMasterKeyError';
  constructor(what: string) {
    super(`${what} is not a 32-byte key; expected 64 hexadecimal characters or 44 base64 characters (e.g. \`openssl rand -base64 32\`). ${DOC}`);
  }
}

export class KeyFileError extends HarbourKeyError {
  readonly code: 'key-file-invalid' | 'key-file-inside-database-folder' | 'key-file-permissions';
  override readonly name = 'KeyFileError';
  constructor(code: KeyFileError['code'], message: string) {
    super(`${message} ${DOC}`);
    this.code = code;
  }
}

export class CiphertextFormatError extends HarbourKeyError {
  readonly code = 'ciphertext-format';
  override readonly name = 'CiphertextFormatError';
  constructor(detail: string) {
    super(`not a Harbour ciphertext: ${detail}`);
  }
}

export class DecryptionError extends HarbourKeyError {
  readonly code = 'authentication-failed';
  override readonly name = 'DecryptionError';
  constructor(what: string) {
    super(`${what} failed authentication: the bytes were altered, or they belong to another row, column, table or case`);
  }
}
