// Key-encryption keys (KEKs). The keyring holds the current KEK and the previous ones, by id,
// so data wrapped before a rotation stays readable until it is rewrapped.
// The KEK comes from HARBOUR_MASTER_KEY (passed in by the config loader; never read here) or
// from a key file created at first start, outside the database folder.
import { createHmac, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, realpathSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { inspect } from 'node:util';
import { InvalidMasterKeyError, KeyFileError, MissingKeyError } from './errors';

export const KEY_FILE_NAME = 'harbour-master-key.json';
const KEY_BYTES = 32;

/** A short, stable id for a key: an HMAC of a fixed label, which reveals nothing about the key. */
export function keyIdOf(prefix: 'kek' | 'dk', key: Uint8Array): string {
  return `${prefix}-${createHmac('sha256', key).update(`harbour/${prefix}-id/v1`).digest('hex').slice(0, 16)}`;
}

export class Keyring {
  readonly #keys: ReadonlyMap<string, Buffer>;
  readonly currentId: string;

  /** `keys[0]` is the current KEK; the rest are previous ones, still readable. */
  constructor(keys: readonly Uint8Array[]) {
    if (keys.length === 0) throw new RangeError('a keyring needs at least one key');
    const entries = keys.map((k) => {
      if (k.length !== KEY_BYTES) throw new InvalidMasterKeyError(`a key of ${k.length} bytes`);
      return [keyIdOf('kek', k), Buffer.from(k)] as const;
    });
    this.#keys = new Map(entries);
    this.currentId = entries[0]![0];
  }

  get ids(): string[] {
    return [...this.#keys.keys()];
  }

  /** Key material by id; callers inside platform/crypto only. */
  kek(id: string): Buffer | undefined {
    return this.#keys.get(id);
  }

  get current(): Buffer {
    return this.#keys.get(this.currentId)!;
  }

  // Never print key material, even by accident in a log line.
  toJSON(): object {
    return { currentId: this.currentId, ids: this.ids };
  }
  [inspect.custom](): string {
    return `Keyring(current: ${this.currentId}, ids: ${this.ids.join(', ')})`;
  }
}

/** Parses a 32-byte key given as 64 hex characters or as (url-safe) base64. */
export function parseMasterKey(text: string, what = 'HARBOUR_MASTER_KEY'): Buffer {
  const value = text.trim();
  if (/^[0-9a-fA-F]{64}$/.test(value)) return Buffer.from(value, 'hex');
  if (/^[A-Za-z0-9+/_-]{43}=?$/.test(value)) {
    const bytes = Buffer.from(value.replaceAll('-', '+').replaceAll('_', '/'), 'base64');
    if (bytes.length === KEY_BYTES) return bytes;
  }
  throw new InvalidMasterKeyError(what);
}

export function newMasterKeyText(): string {
  return randomBytes(KEY_BYTES).toString('base64');
}

export interface LoadKeyringOptions {
  /** HARBOUR_MASTER_KEY, when set. Takes precedence over any key file. */
  masterKey?: string;
  /** Keys replaced by a rotation, still needed until everything is rewrapped. */
  previousMasterKeys?: readonly string[];
  /** Where the key file lives (created 0700 if missing). Must not be inside databaseDir. */
  keyDir?: string;
  databaseDir: string;
  /** Pass false once the database holds encrypted data (e.g. a key-check row exists). */
  mayCreate: boolean;
}

export interface LoadedKeyring {
  keyring: Keyring;
  source: 'master-key' | 'key-file';
  created: boolean;
  keyFile?: string;
  /** Set when a key was created: show it to the operator. */
  warning?: string;
}

/** Resolves symlinks in the longest existing prefix, so a link cannot hide the key inside the database folder. */
function realResolve(path: string): string {
  const absolute = resolve(path);
  if (existsSync(absolute)) return realpathSync(absolute);
  const parent = dirname(absolute);
  return parent === absolute ? absolute : join(realResolve(parent), relative(parent, absolute));
}

function isInside(child: string, parent: string): boolean {
  const rel = relative(realResolve(parent), realResolve(child));
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

interface KeyFileContent {
  format: 'harbour-keyring';
  version: 1;
  /** Base64 keys, current first. */
  keys: string[];
}

function readKeyFile(file: string): Buffer[] {
  if (process.platform !== 'win32' && (statSync(file).mode & 0o077) !== 0) {
    throw new KeyFileError('key-file-permissions', `${file} can be read by other users; run \`chmod 600 ${file}\` and start again.`);
  }
  let content: KeyFileContent;
  try {
    content = JSON.parse(readFileSync(file, 'utf8')) as KeyFileContent;
  } catch {
    throw new KeyFileError('key-file-invalid', `${file} is not a Harbour key file (not JSON).`);
  }
  if (content?.format !== 'harbour-keyring' || content.version !== 1 || !Array.isArray(content.keys) || content.keys.length === 0) {
    throw new KeyFileError('key-file-invalid', `${file} is not a Harbour key file (expected format "harbour-keyring", version 1, with keys).`);
  }
  return content.keys.map((k, i) => parseMasterKey(String(k), `${file} key ${i + 1}`));
}

/** Writes the whole file to a private temporary file, then renames it over: never half a key file. */
function writeKeyFile(file: string, keys: readonly Buffer[]): void {
  const content: KeyFileContent = { format: 'harbour-keyring', version: 1, keys: keys.map((k) => k.toString('base64')) };
  const temp = `${file}.${randomBytes(6).toString('hex')}.tmp`;
  writeFileSync(temp, `${JSON.stringify(content, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
  chmodSync(temp, 0o600); // the umask may have narrowed, never widened, the mode; this pins it
  renameSync(temp, file);
}

function keyFilePath(options: LoadKeyringOptions): string {
  if (!options.keyDir) throw new MissingKeyError('HARBOUR_MASTER_KEY is not set and no key directory was given');
  if (isInside(options.keyDir, options.databaseDir)) {
    throw new KeyFileError(
      'key-file-inside-database-folder',
      `the key directory ${resolve(options.keyDir)} is inside the database folder ${resolve(options.databaseDir)}; a database backup would then carry its own key. Choose a directory outside it.`,
    );
  }
  return join(resolve(options.keyDir), KEY_FILE_NAME);
}

export function loadOrCreateKeyring(options: LoadKeyringOptions): LoadedKeyring {
  const previous = (options.previousMasterKeys ?? []).map((k, i) => parseMasterKey(k, `previous master key ${i + 1}`));
  if (options.masterKey !== undefined && options.masterKey.trim() !== '') {
    return { keyring: new Keyring([parseMasterKey(options.masterKey), ...previous]), source: 'master-key', created: false };
  }
  const file = keyFilePath(options);
  if (existsSync(file)) return { keyring: new Keyring([...readKeyFile(file), ...previous]), source: 'key-file', created: false, keyFile: file };
  if (!options.mayCreate) throw new MissingKeyError(`${file} does not exist`);

  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  const key = randomBytes(KEY_BYTES);
  writeKeyFile(file, [key]);
  return {
    keyring: new Keyring([key, ...previous]),
    source: 'key-file',
    created: true,
    keyFile: file,
    warning:
      `Harbour created a new master key in ${file}. Back it up now, somewhere other than the database backups ` +
      `(for example an encrypted USB key kept in a safe, or the organisation's password manager). Without this key ` +
      `no case file can ever be read again; with it, anyone holding a database backup can read every case file.`,
  };
}

/** Adds a new current KEK to the key file, keeping the previous ones; returns the new keyring. */
export function rotateKeyFile(options: Required<Pick<LoadKeyringOptions, 'keyDir' | 'databaseDir'>>): Keyring {
  const file = keyFilePath({ ...options, mayCreate: false });
  if (!existsSync(file)) throw new MissingKeyError(`${file} does not exist`);
  const keys = [randomBytes(KEY_BYTES), ...readKeyFile(file)];
  writeKeyFile(file, keys);
  return new Keyring(keys);
}

/** Drops KEKs that no longer protect anything (after every wrapped key was rewrapped). */
export function retireKeysInFile(options: Required<Pick<LoadKeyringOptions, 'keyDir' | 'databaseDir'>>, keepIds: readonly string[]): Keyring {
  const file = keyFilePath({ ...options, mayCreate: false });
  const keys = readKeyFile(file);
  const kept = keys.filter((k, i) => i === 0 || keepIds.includes(keyIdOf('kek', k)));
  writeKeyFile(file, kept);
  return new Keyring(kept);
}
