import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CaseVault } from '../cases/case-vault';
import { CHUNK_BYTES, newDataKey } from '../platform/crypto';
import { checkSealedFile, readSealedFile, sealedFilePath, writeSealedFile } from './sealed-file';

const dir = mkdtempSync(join(tmpdir(), 'hb-sealed-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const vault = new CaseVault(newDataKey(), 'case-1');
const where = { itemId: 'item-1', fileId: 'file-1' };
const codec = vault.fileChunks(where);
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const options = { maxBytes: 10 * CHUNK_BYTES, inspectHead: async () => undefined, tooLarge: () => new Error('too large') };

async function* pieces(bytes: Buffer, size = 10_000) {
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

async function roundTrip(bytes: Buffer, name: string) {
  const path = join(dir, name);
  const written = await writeSealedFile(path, pieces(bytes), codec, options);
  const back: Buffer[] = [];
  for await (const chunk of readSealedFile(path, codec)) back.push(chunk);
  return { path, written, back: Buffer.concat(back) };
}

/** The records of a sealed file: [magic, ...records]. */
function records(path: string): Buffer[] {
  const bytes = readFileSync(path);
  const out = [bytes.subarray(0, 8)];
  for (let at = 8; at < bytes.length;) {
    const length = bytes.readUInt32BE(at);
    out.push(bytes.subarray(at, at + 4 + length));
    at += 4 + length;
  }
  return out;
}

describe('sealed evidence files', () => {
  it.each([
    ['an empty file', 0],
    ['one byte', 1],
    ['exactly one chunk', CHUNK_BYTES],
    ['one chunk and one byte', CHUNK_BYTES + 1],
    ['exactly three chunks', 3 * CHUNK_BYTES],
  ])('gives back %s as it went in, with its SHA-256', async (_name, size) => {
    const bytes = Buffer.alloc(size, 7);
    const { written, back, path } = await roundTrip(bytes, `${size}.sealed`);
    expect(back.equals(bytes)).toBe(true);
    expect(written).toMatchObject({ size, sha256: sha(bytes) });
    expect(await checkSealedFile(path, codec, sha(bytes))).toEqual({ ok: true });
  });

  it('fails when the last chunk is cut off, when chunks are swapped, or when opened as another file', async () => {
    const bytes = Buffer.concat([Buffer.alloc(CHUNK_BYTES, 1), Buffer.alloc(CHUNK_BYTES, 2), Buffer.alloc(100, 3)]);
    const { path } = await roundTrip(bytes, 'three.sealed');
    const [magic, a, b, c] = records(path) as [Buffer, Buffer, Buffer, Buffer];
    writeFileSync(join(dir, 'cut.sealed'), Buffer.concat([magic, a, b]));
    expect((await checkSealedFile(join(dir, 'cut.sealed'), codec, sha(bytes))).ok).toBe(false);
    writeFileSync(join(dir, 'swapped.sealed'), Buffer.concat([magic, b, a, c]));
    expect((await checkSealedFile(join(dir, 'swapped.sealed'), codec, sha(bytes))).ok).toBe(false);
    expect((await checkSealedFile(path, vault.fileChunks({ itemId: 'item-1', fileId: 'file-2' }), sha(bytes))).ok).toBe(false);
    expect((await checkSealedFile(path, new CaseVault(newDataKey(), 'case-2').fileChunks(where), sha(bytes))).ok).toBe(false);
    expect(await checkSealedFile(join(dir, 'missing.sealed'), codec, sha(bytes))).toEqual({ ok: false, problem: 'the stored file is missing' });
  });

  it('keeps nothing of a file refused on its first bytes or for its size', async () => {
    const refusing = { ...options, inspectHead: async () => Promise.reject(new Error('refused')) };
    await expect(writeSealedFile(join(dir, 'refused.sealed'), pieces(Buffer.alloc(5000)), codec, refusing)).rejects.toThrow('refused');
    await expect(writeSealedFile(join(dir, 'big.sealed'), pieces(Buffer.alloc(10 * CHUNK_BYTES + 1)), codec, options)).rejects.toThrow('too large');
    expect(readdirSync(dir).filter((f) => /refused|big/.test(f))).toEqual([]);
  });

  it('names files by case and file id only', () => {
    expect(sealedFilePath('/data', 'c-id', 'f-id')).toBe(join('/data', 'evidence', 'c-id', 'f-id.sealed'));
  });
});
