// The plaintext inside a backup (gzip-compressed, then sealed by ./container): lines of text,
// and the sealed evidence files as raw bytes.
//
//   #{"table":"users","columns":[…],"count":2}     a table starts; its rows follow
//   {"id":"…","email":"…",…}                       one row: PostgreSQL's to_jsonb(row)
//   #{"file":{"caseId":…,"fileId":…,"size":N}}     an evidence file: exactly N bytes follow,
//   <N bytes>\n                                    still sealed with its case key, then a newline
//   #{"manifest":{…}}                              last line: counts, digests, audit head
//
// Rows are PostgreSQL's own JSON for the row, and restore reads them back with
// jsonb_populate_recordset, so every type (bytea, timestamptz, jsonb, arrays) round-trips
// through PostgreSQL's own input and output functions. Files come after every table, so a
// backup made before files were included (no file sections) reads the same way.

export interface BackupManifest {
  harbourVersion: string;
  createdAt: string;
  /** Migrations applied to the database the backup was taken from. */
  migrations: string[];
  /** Every table in dump order, with its row count and the SHA-256 of its rows' JSON lines. */
  tables: { name: string; count: number; digest: string }[];
  /** The newest audit entry: a restore proves the trail reaches it unchanged. */
  auditHead?: { seq: number; hash: string };
  /** Every evidence file saved, with the SHA-256 of its sealed bytes. Absent in backups made before files were included. */
  files?: (BackupFileEntry & { sha256: string })[];
  /** Evidence files recorded in the database but absent from the data folder when the backup was taken (file ids). */
  filesMissing?: string[];
}

/** One sealed evidence file: where it goes (data folder/evidence/caseId/fileId.sealed) and its length. */
export interface BackupFileEntry {
  caseId: string;
  fileId: string;
  size: number;
}

export type BackupLine = { table: string; columns: string[]; count: number } | { file: BackupFileEntry } | { manifest: BackupManifest };

export type BackupProgress =
  | { phase: 'table'; table: string; rows: number; total: number }
  | { phase: 'table-done'; table: string; rows: number; total: number }
  | { phase: 'files'; files: number; total: number }
  | { phase: 'verify' }
  | { phase: 'done'; file?: string };

export class BackupFormatError extends Error {
  override name = 'BackupFormatError';
}

/** Section lines start with '#', which no row (a JSON object) can. */
export function sectionLine(value: BackupLine): Buffer {
  return Buffer.from(`#${JSON.stringify(value)}\n`, 'utf8');
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A file section's entry, checked: ids only (never a path), so a backup cannot write outside the evidence folder. */
function fileEntry(value: unknown): BackupFileEntry {
  const v = value as Partial<BackupFileEntry> | null;
  if (
    typeof v !== 'object' ||
    v === null ||
    typeof v.caseId !== 'string' ||
    !UUID.test(v.caseId) ||
    typeof v.fileId !== 'string' ||
    !UUID.test(v.fileId) ||
    typeof v.size !== 'number' ||
    !Number.isSafeInteger(v.size) ||
    v.size < 0
  ) {
    throw new BackupFormatError('The backup names an evidence file in a form Harbour does not write.');
  }
  return { caseId: v.caseId, fileId: v.fileId, size: v.size };
}

/** A part of the plaintext: a line (without its newline), or a file whose bytes must be read before the next part. */
export type PlaintextPart = { kind: 'line'; text: string } | { kind: 'file'; entry: BackupFileEntry; bytes: AsyncGenerator<Buffer> };

/**
 * Splits the plaintext into lines and file sections without holding more than a line or a chunk
 * in memory: a file's bytes are handed on as they arrive. Bytes of a file its reader left unread
 * are skipped before the next part.
 */
export async function* readPlaintext(source: AsyncIterable<Buffer>): AsyncGenerator<PlaintextPart> {
  const it = source[Symbol.asyncIterator]();
  let pending: Buffer = Buffer.alloc(0);
  const more = async (): Promise<boolean> => {
    const next = await it.next();
    if (next.done) return false;
    pending = pending.length ? Buffer.concat([pending, next.value]) : next.value;
    return true;
  };
  const readLine = async (): Promise<string | undefined> => {
    const parts: Buffer[] = [];
    for (;;) {
      const newline = pending.indexOf(0x0a);
      if (newline >= 0) {
        parts.push(pending.subarray(0, newline));
        pending = pending.subarray(newline + 1);
        return Buffer.concat(parts).toString('utf8');
      }
      parts.push(pending);
      pending = Buffer.alloc(0);
      if (!(await more())) {
        const rest = Buffer.concat(parts);
        return rest.length ? rest.toString('utf8') : undefined;
      }
    }
  };
  try {
    yield* parts();
  } finally {
    // Stops the source when the reader stops early (a refused backup), so nothing keeps flowing.
    await it.return?.();
  }
  async function* parts(): AsyncGenerator<PlaintextPart> {
    for (;;) {
      const text = await readLine();
      if (text === undefined) return;
      if (!text.startsWith('#{"file":')) {
        yield { kind: 'line', text };
        continue;
      }
      let parsed: { file?: unknown };
      try {
        parsed = JSON.parse(text.slice(1)) as { file?: unknown };
      } catch {
        throw new BackupFormatError('The backup has a damaged evidence file section.');
      }
      const entry = fileEntry(parsed.file);
      let remaining = entry.size;
      const take = async (): Promise<Buffer> => {
        if (pending.length === 0 && !(await more())) throw new BackupFormatError('The backup ends in the middle of an evidence file.');
        const piece = pending.subarray(0, Math.min(remaining, pending.length));
        pending = pending.subarray(piece.length);
        remaining -= piece.length;
        return piece;
      };
      async function* bytes(): AsyncGenerator<Buffer> {
        while (remaining > 0) yield await take();
      }
      yield { kind: 'file', entry, bytes: bytes() };
      // Whatever the consumer left unread is skipped, so the next part starts where it should.
      while (remaining > 0) await take();
      if (pending.length === 0 && !(await more())) throw new BackupFormatError('The backup ends in the middle of an evidence file.');
      if (pending[0] !== 0x0a) throw new BackupFormatError('The backup has an evidence file longer than its section says.');
      pending = pending.subarray(1);
    }
  }
}
