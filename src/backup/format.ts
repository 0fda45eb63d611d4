// The plaintext inside a backup (gzip-compressed, then sealed by ./container): lines of text.
//
//   #{"table":"users","columns":[…],"count":2}     a table starts; its rows follow
//   {"id":"…","email":"…",…}                       one row: PostgreSQL's to_jsonb(row)
//   #{"manifest":{…}}                              last line: counts, digests, audit head
//
// Rows are PostgreSQL's own JSON for the row, and restore reads them back with
// jsonb_populate_recordset, so every type (bytea, timestamptz, jsonb, arrays) round-trips
// through PostgreSQL's own input and output functions.

export interface BackupManifest {
  harbourVersion: string;
  createdAt: string;
  /** Migrations applied to the database the backup was taken from. */
  migrations: string[];
  /** Every table in dump order, with its row count and the SHA-256 of its rows' JSON lines. */
  tables: { name: string; count: number; digest: string }[];
  /** The newest audit entry: a restore proves the trail reaches it unchanged. */
  auditHead?: { seq: number; hash: string };
}

export type BackupLine = { table: string; columns: string[]; count: number } | { manifest: BackupManifest };

export type BackupProgress =
  | { phase: 'table'; table: string; rows: number; total: number }
  | { phase: 'table-done'; table: string; rows: number; total: number }
  | { phase: 'verify' }
  | { phase: 'done'; file?: string };
