import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { BackupFormatError, readPlaintext, sectionLine, type PlaintextPart } from './format';

const CASE = '0b6f4a51-6f5e-4d7c-9a37-2f8e1d0c9b11';
const FILE = '5d2c9e0a-1b3f-4a6d-8e7c-9f0a1b2c3d4e';

/** Feeds `bytes` to the reader in pieces of `size`, so boundaries fall everywhere. */
async function* pieces(bytes: Buffer, size: number): AsyncGenerator<Buffer> {
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

type Read = { line: string } | { file: string; bytes: Buffer };

async function readAll(bytes: Buffer, size: number, consume = true): Promise<Read[]> {
  const out: Read[] = [];
  for await (const part of readPlaintext(pieces(bytes, size)) as AsyncGenerator<PlaintextPart>) {
    if (part.kind === 'line') out.push({ line: part.text });
    else {
      const chunks: Buffer[] = [];
      if (consume) for await (const c of part.bytes) chunks.push(c);
      out.push({ file: part.entry.fileId, bytes: Buffer.concat(chunks) });
    }
  }
  return out;
}

function plaintext(file: Buffer): Buffer {
  return Buffer.concat([
    sectionLine({ table: 'users', columns: ['id'], count: 1 }),
    Buffer.from('{"id":"é straddles chunks"}\n'),
    sectionLine({ file: { caseId: CASE, fileId: FILE, size: file.length } }),
    file,
    Buffer.from('\n'),
    sectionLine({ manifest: { harbourVersion: 't', createdAt: 'now', migrations: [], tables: [] } }),
  ]);
}

describe('the plaintext of a backup', () => {
  // Sealed bytes are random: newlines and '#' inside a file must not be taken for lines.
  const file = Buffer.concat([Buffer.from('\n#{"file":\n'), randomBytes(50_000)]);

  it('gives back lines and a file byte for byte, whatever the piece size', async () => {
    for (const size of [1, 7, 4096, 65_536, 1_000_000]) {
      const read = await readAll(plaintext(file), size);
      expect(read.map((r) => ('line' in r ? r.line.slice(0, 10) : 'FILE'))).toEqual(['#{"table":', '{"id":"é s', 'FILE', '#{"manifes']);
      expect((read[2] as { bytes: Buffer }).bytes.equals(file)).toBe(true);
    }
  });

  it('reads a backup made before files were included: lines only', async () => {
    const old = Buffer.from('#{"table":"users","columns":["id"],"count":1}\n{"id":"x"}\n#{"manifest":{}}\n');
    expect(await readAll(old, 5)).toEqual([{ line: '#{"table":"users","columns":["id"],"count":1}' }, { line: '{"id":"x"}' }, { line: '#{"manifest":{}}' }]);
  });

  it('skips the bytes of a file its reader left unread', async () => {
    const read = await readAll(plaintext(file), 1000, false);
    expect(read.at(-1)).toEqual({ line: '#{"manifest":{"harbourVersion":"t","createdAt":"now","migrations":[],"tables":[]}}' });
  });

  it('refuses a file cut short, or longer than its section says', async () => {
    const whole = plaintext(file);
    const cut = whole.subarray(0, whole.indexOf(file) + 1000);
    await expect(readAll(cut, 333)).rejects.toThrow(/ends in the middle of an evidence file/);
    const longer = Buffer.concat([
      sectionLine({ file: { caseId: CASE, fileId: FILE, size: 3 } }),
      Buffer.from('abcd\n'),
      sectionLine({ manifest: { harbourVersion: 't', createdAt: 'now', migrations: [], tables: [] } }),
    ]);
    await expect(readAll(longer, 2)).rejects.toThrow(/longer than its section says/);
  });

  it('refuses a file section naming anything but two ids (no paths out of the evidence folder)', async () => {
    for (const entry of [
      { caseId: '../../etc', fileId: FILE, size: 1 },
      { caseId: CASE, fileId: `${FILE}/../x`, size: 1 },
      { caseId: CASE, fileId: FILE, size: -1 },
      { caseId: CASE, fileId: FILE },
    ]) {
      const bytes = Buffer.concat([Buffer.from(`#${JSON.stringify({ file: entry })}\n`), Buffer.from('x\n')]);
      await expect(readAll(bytes, 10)).rejects.toThrow(BackupFormatError);
    }
  });
});
