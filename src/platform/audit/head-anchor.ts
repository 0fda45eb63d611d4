// The audit trail's head (its newest entry's seq and hash), recorded outside the database: in a
// small file in the key folder, signed with an HMAC under a key derived from the master key.
// The chain itself proves that no entry was altered, inserted or reordered; only this record
// proves that none was cut off the end. Someone who can write the database but not read the key
// folder can delete the newest entries (or all of them), but `harbour audit verify` then finds a
// trail shorter than its recorded head, or another entry at that seq, and says so.
//
// The file is not rewritten per entry (that would be a file write and fsync per request): the
// server advances it every few seconds when the trail has grown, and at shutdown; every command
// that opened the database advances it as it ends. Entries newer than the last write (a few
// seconds' worth) are therefore not yet covered; see docs/THREAT-MODEL.md.
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import { auditHeadKey, auditKeys, type Keyring } from '../crypto';
import type { Database } from '../db/schema';
import { canonicalJson } from './canonical-json';
import { verifyChain, type ChainBreak } from './chain';
import { toChained } from './audit-log';

export interface AuditHead {
  seq: number;
  hash: string;
}

interface AnchorFile {
  format: 'harbour-audit-head';
  version: 1;
  /** Which database this head belongs to (a key folder may serve more than one, e.g. after a restore). */
  database: string;
  seq: number;
  hash: string;
  at: string;
  keyId: string;
  mac: string;
}

export type AnchorRead =
  | { kind: 'none'; file: string }
  | { kind: 'recorded'; file: string; head: AuditHead; at: string; keyId: string }
  | { kind: 'invalid'; file: string; reason: string };

/**
 * A stable identity of the database: PostgreSQL's cluster identifier and the database's oid.
 * A restore into a new data folder or a new database gets a new one, so it never meets the head
 * of the installation it was copied from.
 */
export async function databaseIdentity(db: Kysely<Database>): Promise<string> {
  const oid = await sql<{ id: string }>`select oid::text as id from pg_database where datname = current_database()`.execute(db);
  const cluster = await sql<{ id: string }>`select system_identifier::text as id from pg_control_system()`.execute(db).then(
    (r) => r.rows[0]?.id ?? '',
    () => '', // not every managed PostgreSQL lets an ordinary role read the control data
  );
  return createHash('sha256')
    .update(`${cluster}:${oid.rows[0]?.id ?? ''}`)
    .digest('hex')
    .slice(0, 24);
}

export function anchorFileFor(keyDir: string, database: string): string {
  return join(keyDir, `harbour-audit-head-${database}.json`);
}

function macOf(key: Buffer, body: Omit<AnchorFile, 'mac'>): string {
  return createHmac('sha256', key)
    .update(canonicalJson({ ...body }))
    .digest('hex');
}

export function readAnchor(keyring: Keyring, file: string, database: string): AnchorRead {
  if (!existsSync(file)) return { kind: 'none', file };
  let content: AnchorFile;
  try {
    content = JSON.parse(readFileSync(file, 'utf8')) as AnchorFile;
  } catch {
    return { kind: 'invalid', file, reason: 'it is not JSON' };
  }
  if (
    content?.format !== 'harbour-audit-head' ||
    content.version !== 1 ||
    !Number.isInteger(content.seq) ||
    typeof content.hash !== 'string' ||
    typeof content.mac !== 'string'
  ) {
    return { kind: 'invalid', file, reason: 'it is not a Harbour audit head record' };
  }
  if (content.database !== database) return { kind: 'invalid', file, reason: 'it belongs to another database' };
  const key = auditHeadKey(keyring, String(content.keyId));
  if (!key) return { kind: 'invalid', file, reason: `it was signed under master key ${content.keyId}, which is not in the keyring` };
  const { mac, ...body } = content;
  const expected = Buffer.from(macOf(key, body), 'hex');
  const given = Buffer.from(mac, 'hex');
  if (given.length !== expected.length || !timingSafeEqual(given, expected))
    return { kind: 'invalid', file, reason: 'its signature does not match (the file was altered)' };
  return { kind: 'recorded', file, head: { seq: content.seq, hash: content.hash }, at: content.at, keyId: content.keyId };
}

/** Writes the record to a temporary file, flushes it, and renames it over the old one: never half a record. */
export function writeAnchor(keyring: Keyring, file: string, database: string, head: AuditHead, now: Date): void {
  const body: Omit<AnchorFile, 'mac'> = {
    format: 'harbour-audit-head',
    version: 1,
    database,
    seq: head.seq,
    hash: head.hash,
    at: now.toISOString(),
    keyId: keyring.currentId,
  };
  const content: AnchorFile = { ...body, mac: macOf(auditHeadKey(keyring, keyring.currentId)!, body) };
  mkdirSync(join(file, '..'), { recursive: true, mode: 0o700 });
  const temp = `${file}.${randomBytes(6).toString('hex')}.tmp`;
  const fd = openSync(temp, 'wx', 0o600);
  try {
    writeSync(fd, `${JSON.stringify(content, null, 2)}\n`);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temp, file);
}

export type AnchorCheck =
  | { ok: true; head: AuditHead | null; previous: AuditHead | null; advanced: boolean }
  | { ok: false; reason: ChainBreak | 'anchor-invalid'; seq?: number; recorded?: AuditHead; detail: string };

const ENTRY_COLUMNS = ['seq', 'at_text', 'actor_id', 'action', 'case_id', 'detail', 'prev_hash', 'hash', 'key_id'] as const;

/**
 * Checks that the trail still reaches its recorded head, and that every entry after it chains on
 * correctly, then records the new head. Reads only the entries since the recorded head. With no
 * record yet, the current head is recorded as found (verifying the whole trail is `audit verify`'s job).
 */
export async function advanceAnchor(db: Kysely<Database>, keyring: Keyring, keyDir: string, now: Date, known?: { database: string }): Promise<AnchorCheck> {
  const database = known?.database ?? (await databaseIdentity(db));
  const file = anchorFileFor(keyDir, database);
  const anchor = readAnchor(keyring, file, database);
  if (anchor.kind === 'invalid') return { ok: false, reason: 'anchor-invalid', detail: `The recorded audit head ${file} cannot be trusted: ${anchor.reason}.` };
  if (anchor.kind === 'none') {
    const last = await db.selectFrom('audit_log').select(['seq', 'hash']).orderBy('seq', 'desc').limit(1).executeTakeFirst();
    if (!last) return { ok: true, head: null, previous: null, advanced: false };
    const head = { seq: Number(last.seq), hash: last.hash };
    writeAnchor(keyring, file, database, head, now);
    return { ok: true, head, previous: null, advanced: true };
  }
  const recorded = anchor.head;
  const rows = await db.selectFrom('audit_log').select(ENTRY_COLUMNS).where('seq', '>=', recorded.seq).orderBy('seq').execute();
  const first = rows[0];
  if (!first || Number(first.seq) !== recorded.seq) {
    return {
      ok: false,
      reason: 'truncated',
      recorded,
      detail: `The audit trail no longer reaches its recorded head (seq ${recorded.seq}): entries were removed.`,
    };
  }
  if (first.hash !== recorded.hash)
    return {
      ok: false,
      reason: 'rewritten',
      seq: recorded.seq,
      recorded,
      detail: `The audit entry at the recorded head (seq ${recorded.seq}) has another hash: the trail was rewritten.`,
    };
  const verdict = verifyChain(rows.slice(1).map(toChained), { mode: 'hmac', keyFor: auditKeys(keyring).byId }, { after: recorded });
  if (!verdict.ok)
    return {
      ok: false,
      reason: verdict.reason,
      seq: verdict.seq,
      recorded,
      detail: `The audit trail is broken at seq ${verdict.seq} (${verdict.reason}), after its recorded head.`,
    };
  const head = verdict.head ?? recorded;
  // Re-signed under the current key after a rotation, so retiring the old key later keeps it readable.
  if (head.seq === recorded.seq && anchor.keyId === keyring.currentId) return { ok: true, head, previous: recorded, advanced: false };
  // Several processes may share this key folder (docs/operations/scale-out.md): one that moved
  // the record further while this one was checking is not moved back.
  const latest = readAnchor(keyring, file, database);
  if (latest.kind === 'recorded' && latest.head.seq > head.seq && latest.keyId === keyring.currentId)
    return { ok: true, head, previous: recorded, advanced: false };
  writeAnchor(keyring, file, database, head, now);
  return { ok: true, head, previous: recorded, advanced: true };
}

export interface AnchorWriter {
  /** Advances the record one last time (at shutdown) and stops the timer. */
  stop(): Promise<void>;
}

/**
 * Advances the recorded head every `intervalMs` while the server runs (one small indexed query
 * when nothing changed, a file write and fsync when the trail grew), and once more at stop.
 * A problem (a trail cut short under the running server) is reported once per distinct finding,
 * and the record is never moved backwards or past a break.
 */
export function startAnchorWriter(
  db: Kysely<Database>,
  keyring: Keyring,
  keyDir: string,
  options: { intervalMs: number; now: () => Date; report: (detail: string) => void },
): AnchorWriter {
  let database: string | undefined;
  let lastReport = '';
  let running: Promise<void> | undefined;
  const tick = (): Promise<void> =>
    (running ??= (async () => {
      try {
        database ??= await databaseIdentity(db);
        const check = await advanceAnchor(db, keyring, keyDir, options.now(), { database });
        if (!check.ok && check.detail !== lastReport) options.report((lastReport = check.detail));
      } catch (error) {
        // The database may be away for a moment (the pool reconnects), or the key folder not
        // writable: said once per distinct cause, and the next tick tries again.
        const code = (error as { code?: unknown }).code;
        const detail = `Could not record the audit head in ${keyDir} (${typeof code === 'string' ? code : (error as Error).name}); the record stays as it was.`;
        if (detail !== lastReport) options.report((lastReport = detail));
      } finally {
        running = undefined;
      }
    })());
  const timer = setInterval(() => void tick(), options.intervalMs);
  timer.unref();
  return {
    stop: async () => {
      clearInterval(timer);
      await running;
      await tick();
    },
  };
}
