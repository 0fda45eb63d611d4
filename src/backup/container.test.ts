import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { describe, expect, it } from 'vitest';
import { BackupFileError, deriveBackupKey, newHeader, openChunks, readHeader, sealStream, type BackupSecret } from './container';

const kek = randomBytes(32);
const masterKey: BackupSecret = { kind: 'master-key', kekId: 'kek-test', rootKey: (id) => (id === 'kek-test' ? kek : undefined) };

async function seal(plaintext: Buffer, secret: BackupSecret = masterKey): Promise<Buffer> {
  const header = newHeader(secret, new Date('2026-01-02T03:04:05Z'));
  const key = await deriveBackupKey(header, secret);
  // Several writes of odd sizes, so chunk boundaries fall mid-write.
  const parts = [];
  for (let i = 0; i < plaintext.length; i += 50_001) parts.push(plaintext.subarray(i, i + 50_001));
  return buffer(Readable.from(parts).pipe(sealStream(header, key)));
}

async function open(file: Buffer, secret: BackupSecret = masterKey): Promise<Buffer> {
  const { header, reader, headerHash } = await readHeader(Readable.from([file]));
  const key = await deriveBackupKey(header, secret);
  const out: Buffer[] = [];
  for await (const chunk of openChunks(reader, headerHash, key)) out.push(chunk);
  return Buffer.concat(out);
}

describe('the sealed backup container', () => {
  const plaintext = randomBytes(300_000);

  it('gives back exactly what was sealed, across many chunks', async () => {
    expect((await open(await seal(plaintext))).equals(plaintext)).toBe(true);
  });

  it('seals an empty backup as one final chunk', async () => {
    expect((await open(await seal(Buffer.alloc(0)))).length).toBe(0);
  });

  it('does not reveal the plaintext in the file', async () => {
    const marker = Buffer.from('Maria Example, born 1990-01-01');
    expect((await seal(Buffer.concat([marker, marker]))).includes(marker)).toBe(false);
  });

  it('refuses a file with any single byte changed after the header', async () => {
    const file = await seal(plaintext);
    for (const at of [file.length - 1, file.length - 20, 200, Math.floor(file.length / 2)]) {
      const bad = Buffer.from(file);
      bad[at]! ^= 0x01;
      await expect(open(bad)).rejects.toThrow(BackupFileError);
    }
  });

  it('refuses a file cut off at a chunk boundary or mid-chunk', async () => {
    const file = await seal(plaintext);
    const firstRecordEnd = file.indexOf(Buffer.from('}'), 0) + 1 + 4 + 65_536 + 16;
    await expect(open(file.subarray(0, firstRecordEnd))).rejects.toThrow(/incomplete/);
    await expect(open(file.subarray(0, file.length - 7))).rejects.toThrow(BackupFileError);
  });

  it('refuses data appended after the final chunk', async () => {
    await expect(open(Buffer.concat([await seal(plaintext), Buffer.from('x')]))).rejects.toThrow(/after its last part/);
  });

  it('refuses a header edited to name another key', async () => {
    const file = await seal(plaintext);
    const edited = Buffer.from(file.toString('latin1').replace('kek-test', 'kek-tesu'), 'latin1');
    const other: BackupSecret = { kind: 'master-key', kekId: 'kek-tesu', rootKey: () => kek };
    await expect(open(edited, other)).rejects.toThrow(/could not be decrypted/);
  });

  it('names the missing master key when the keyring does not hold it', async () => {
    const file = await seal(plaintext);
    await expect(open(file, { kind: 'master-key', kekId: 'kek-other', rootKey: () => undefined })).rejects.toThrow(/kek-test, which is not in the keyring/);
  });

  it('opens with the right passphrase and refuses a wrong one', async () => {
    const file = await seal(plaintext.subarray(0, 1000), { kind: 'passphrase', passphrase: 'correct horse battery staple' });
    expect((await open(file, { kind: 'passphrase', passphrase: 'correct horse battery staple' })).equals(plaintext.subarray(0, 1000))).toBe(true);
    await expect(open(file, { kind: 'passphrase', passphrase: 'correct horse battery stapler' })).rejects.toThrow(/wrong master key or passphrase/);
    await expect(open(file, masterKey)).rejects.toThrow(/pass --passphrase-file/);
  });

  it('refuses a file that is not a backup', async () => {
    await expect(open(Buffer.from('PGDMP custom dump'))).rejects.toThrow(/not a Harbour backup/);
  });
});
