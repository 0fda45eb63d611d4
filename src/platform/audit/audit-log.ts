import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { Keyring } from '../crypto';
import { auditKeys } from '../crypto';
import { chainEntry, GENESIS_HASH, verifyChain, type ChainedAuditEntry, type ChainVerdict } from './chain';
import type { Auditor, AuditEvent } from '../http/context';

// The audit trail in PostgreSQL: one writer at a time (an advisory transaction lock), each entry
// HMAC-chained to the one before with a key derived from the master key, so someone with write
// access to the database but not the key cannot rewrite history unnoticed.

const AUDIT_LOCK = 7_274_811; // arbitrary, fixed: serialises appends across server processes
const UNIQUE_VIOLATION = '23505';

type Detail = Record<string, string | number | boolean | null>;
const fieldsOf = (event: AuditEvent) => ({
  actorId: event.actorId ?? 'anonymous',
  action: event.action,
  ...(event.caseId ? { caseId: event.caseId } : {}),
  detail: Object.fromEntries(Object.entries(event.detail ?? {}).filter(([, v]) => v !== undefined)) as Detail,
});

export function createAuditor(db: Kysely<Database>, keyring: Keyring, now: () => Date): Auditor {
  const key = auditKeys(keyring).current;

  type Head = { seq: number; hash: string };
  const rowsAfter = (prev: Head, events: AuditEvent[]) => {
    const rows = events.map((event) => {
      const at = now().toISOString();
      const entry = chainEntry(prev.hash, { seq: prev.seq + 1, at, ...fieldsOf(event) }, key);
      prev = { seq: entry.seq, hash: entry.hash };
      return {
        seq: entry.seq,
        at,
        at_text: at,
        actor_id: entry.actorId,
        action: entry.action,
        case_id: entry.caseId ?? null,
        detail: JSON.stringify(entry.detail),
        prev_hash: entry.prevHash,
        hash: entry.hash,
        key_id: entry.keyId ?? null,
      };
    });
    return { rows, head: prev };
  };

  /** Appends entries in order inside `trx`, holding the chain lock until it commits. */
  const appendLocked = async (trx: Kysely<Database>, events: AuditEvent[]): Promise<Head> => {
    await sql`select pg_advisory_xact_lock(${AUDIT_LOCK})`.execute(trx);
    const last = await trx.selectFrom('audit_log').select(['seq', 'hash']).orderBy('seq', 'desc').limit(1).executeTakeFirst();
    const { rows, head } = rowsAfter({ seq: Number(last?.seq ?? 0), hash: last?.hash ?? GENESIS_HASH }, events);
    await trx.insertInto('audit_log').values(rows).execute();
    return head;
  };

  // The last entry this process committed. A batch is first chained onto it in one statement
  // (lock, insert and commit in a single round trip). If anyone appended since, the batch's first
  // seq is taken and the primary key refuses the whole statement; the batch then takes the long
  // way (lock, read the real head, insert, commit). Entries are never chained onto a head that
  // is not committed: a rolled-back transaction's entries leave their seq free, the head still right.
  let committedHead: Head | undefined;
  const appendOnKnownHead = async (events: AuditEvent[]): Promise<boolean> => {
    if (!committedHead) return false;
    const { rows, head } = rowsAfter(committedHead, events);
    const values = rows.map(
      (r) =>
        sql`(${r.seq}::bigint, ${r.at}::timestamptz, ${r.at_text}::text, ${r.actor_id}::text, ${r.action}::text, ${r.case_id}::uuid, ${r.detail}::jsonb, ${r.prev_hash}::text, ${r.hash}::text, ${r.key_id}::text)`,
    );
    try {
      await sql`
        with chain_lock as materialized (select pg_advisory_xact_lock(${AUDIT_LOCK}))
        insert into audit_log (seq, at, at_text, actor_id, action, case_id, detail, prev_hash, hash, key_id)
        select v.* from chain_lock, (values ${sql.join(values)}) as v (seq, at, at_text, actor_id, action, case_id, detail, prev_hash, hash, key_id)
      `.execute(db);
    } catch (error) {
      committedHead = undefined;
      if ((error as { code?: string }).code === UNIQUE_VIOLATION) return false;
      throw error;
    }
    committedHead = head;
    return true;
  };

  // Entries that record a read (no change to commit with) are grouped: everything that arrives
  // while one batch commits goes into the next, so 64 concurrent reads cost one lock and one
  // fsync rather than 64 in a row. Each caller still waits until its own entry is durable.
  let queue: { event: AuditEvent; done: (error?: unknown) => void }[] = [];
  let flushing: Promise<void> | undefined;
  const flush = async (): Promise<void> => {
    while (queue.length > 0) {
      const batch = queue;
      queue = [];
      const events = batch.map((b) => b.event);
      try {
        if (!(await appendOnKnownHead(events))) committedHead = await db.transaction().execute((trx) => appendLocked(trx, events));
        for (const b of batch) b.done();
      } catch (error) {
        for (const b of batch) b.done(error);
      }
    }
    flushing = undefined;
  };

  return {
    async record(event: AuditEvent, on: Kysely<Database> = db) {
      // Inside the caller's transaction when given one, so the entry commits with the change it records.
      if (on.isTransaction) return void (await appendLocked(on, [event]));
      // Validate now, so a bad entry fails its own caller rather than its whole batch.
      chainEntry(GENESIS_HASH, { seq: 1, at: now().toISOString(), ...fieldsOf(event) });
      await new Promise<void>((resolve, reject) => {
        queue.push({ event, done: (error) => (error ? reject(error as Error) : resolve()) });
        flushing ??= flush();
      });
    },
  };
}

export function toChained(row: {
  seq: string | number;
  at_text: string;
  actor_id: string;
  action: string;
  case_id: string | null;
  detail: Record<string, unknown>;
  prev_hash: string;
  hash: string;
  key_id: string | null;
}): ChainedAuditEntry {
  return {
    seq: Number(row.seq),
    at: row.at_text,
    actorId: row.actor_id,
    action: row.action,
    ...(row.case_id ? { caseId: row.case_id } : {}),
    detail: row.detail as ChainedAuditEntry['detail'],
    prevHash: row.prev_hash,
    hash: row.hash,
    ...(row.key_id ? { keyId: row.key_id } : {}),
  };
}

/** Reads the whole trail in order and checks every link, and that it still reaches `knownHead` (recorded outside the database). */
export async function verifyAuditLog(db: Kysely<Database>, keyring: Keyring, knownHead?: { seq: number; hash: string }): Promise<ChainVerdict> {
  const rows = await db
    .selectFrom('audit_log')
    .select(['seq', 'at_text', 'actor_id', 'action', 'case_id', 'detail', 'prev_hash', 'hash', 'key_id'])
    .orderBy('seq')
    .execute();
  const keys = auditKeys(keyring);
  return verifyChain(rows.map(toChained), { mode: 'hmac', keyFor: keys.byId }, knownHead ? { knownHead } : {});
}
