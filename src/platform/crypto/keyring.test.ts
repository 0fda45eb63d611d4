import { chmodSync, mkdirSync, mkdtempSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { wrapDataKey, unwrapDataKey, newDataKey } from './envelope';
import { InvalidMasterKeyError, KeyFileError, MissingKeyError } from './errors';
import { KEY_FILE_NAME, Keyring, loadOrCreateKeyring, parseMasterKey, retireKeysInFile, rotateKeyFile } from './keyring';

const HEX = '00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff';
const BASE64 = Buffer.from(HEX, 'hex').toString('base64');

let root: string;
let databaseDir: string;
let keyDir: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'harbour-keys-'));
  databaseDir = join(root, 'data', 'pg');
  keyDir = join(root, 'keys');
  mkdirSync(databaseDir, { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('parseMasterKey', () => {
  it('accepts 64 hex characters and the same key in base64, standard or url-safe', () => {
    expect(parseMasterKey(HEX).toString('hex')).toBe(HEX);
    expect(parseMasterKey(` ${BASE64}\n`).toString('hex')).toBe(HEX);
    expect(parseMasterKey(BASE64.replaceAll('+', '-').replaceAll('/', '_')).toString('hex')).toBe(HEX);
  });

  it.each([
    ['too short', HEX.slice(2)],
    ['a passphrase', 'correct horse battery staple'],
    ['16 bytes of base64', Buffer.alloc(16).toString('base64')],
    ['empty', ''],
  ])('refuses %s with a message saying what a key looks like', (_name, text) => {
    expect(() => parseMasterKey(text)).toThrow(InvalidMasterKeyError);
    expect(() => parseMasterKey(text)).toThrow(/64 hexadecimal characters or 44 base64/);
  });

  it('gives the same key the same id, whatever its encoding', () => {
    expect(new Keyring([parseMasterKey(HEX)]).currentId).toBe(new Keyring([parseMasterKey(BASE64)]).currentId);
  });
});

describe('loadOrCreateKeyring', () => {
  it('uses HARBOUR_MASTER_KEY when given and writes no key file', () => {
    const loaded = loadOrCreateKeyring({ masterKey: HEX, keyDir, databaseDir, mayCreate: true });
    expect(loaded).toMatchObject({ source: 'master-key', created: false });
    expect(() => statSync(join(keyDir, KEY_FILE_NAME))).toThrow();
  });

  it('creates a key file readable by its owner only, and warns to back it up', () => {
    const loaded = loadOrCreateKeyring({ keyDir, databaseDir, mayCreate: true });
    expect(loaded.created).toBe(true);
    expect(loaded.warning).toMatch(/Back it up now/);
    expect(statSync(loaded.keyFile!).mode & 0o777).toBe(0o600);
    expect(statSync(keyDir).mode & 0o077).toBe(0);
  });

  it('loads the same key on the next start', () => {
    const first = loadOrCreateKeyring({ keyDir, databaseDir, mayCreate: true });
    const second = loadOrCreateKeyring({ keyDir, databaseDir, mayCreate: false });
    expect(second).toMatchObject({ created: false, source: 'key-file' });
    expect(second.keyring.currentId).toBe(first.keyring.currentId);
  });

  it('never creates a new key when the database already holds encrypted data', () => {
    expect(() => loadOrCreateKeyring({ keyDir, databaseDir, mayCreate: false })).toThrow(MissingKeyError);
    expect(() => statSync(join(keyDir, KEY_FILE_NAME))).toThrow();
  });

  it('refuses a key directory inside the database folder', () => {
    expect(() => loadOrCreateKeyring({ keyDir: join(databaseDir, 'keys'), databaseDir, mayCreate: true })).toThrow(KeyFileError);
    expect(() => loadOrCreateKeyring({ keyDir: databaseDir, databaseDir, mayCreate: true })).toThrow(/inside the database folder/);
  });

  it('sees through a symbolic link that points into the database folder', () => {
    symlinkSync(databaseDir, join(root, 'innocent'));
    expect(() => loadOrCreateKeyring({ keyDir: join(root, 'innocent', 'keys'), databaseDir, mayCreate: true })).toThrow(/inside the database folder/);
  });

  it('accepts a key directory next to the database folder', () => {
    expect(loadOrCreateKeyring({ keyDir: join(root, 'data', 'pg-keys'), databaseDir, mayCreate: true }).created).toBe(true);
  });

  it.skipIf(process.platform === 'win32')('refuses a key file that other users can read', () => {
    const { keyFile } = loadOrCreateKeyring({ keyDir, databaseDir, mayCreate: true });
    chmodSync(keyFile!, 0o644);
    expect(() => loadOrCreateKeyring({ keyDir, databaseDir, mayCreate: false })).toThrow(/chmod 600/);
  });

  it('refuses a damaged key file rather than replacing it', () => {
    mkdirSync(keyDir, { recursive: true });
    writeFileSync(join(keyDir, KEY_FILE_NAME), 'not json', { mode: 0o600 });
    expect(() => loadOrCreateKeyring({ keyDir, databaseDir, mayCreate: true })).toThrow(/not a Harbour key file/);
  });
});

describe('key rotation in the key file', () => {
  it('adds a new current key and keeps the old one, so existing data stays readable', () => {
    const { keyring: before } = loadOrCreateKeyring({ keyDir, databaseDir, mayCreate: true });
    const wrapped = wrapDataKey(before, newDataKey(), 'case-1');
    const after = rotateKeyFile({ keyDir, databaseDir });
    expect(after.currentId).not.toBe(before.currentId);
    expect(after.ids).toEqual([after.currentId, before.currentId]);
    expect(() => unwrapDataKey(loadOrCreateKeyring({ keyDir, databaseDir, mayCreate: false }).keyring, wrapped, 'case-1')).not.toThrow();
    expect(statSync(join(keyDir, KEY_FILE_NAME)).mode & 0o777).toBe(0o600);
  });

  it('retires old keys only when asked, always keeping the current one', () => {
    loadOrCreateKeyring({ keyDir, databaseDir, mayCreate: true });
    const rotated = rotateKeyFile({ keyDir, databaseDir });
    expect(retireKeysInFile({ keyDir, databaseDir }, []).ids).toEqual([rotated.currentId]);
  });
});
