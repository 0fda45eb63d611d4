// An append-only, hash-chained audit trail. Each entry's hash covers the previous hash and a
// canonical serialisation of the entry, so changing, removing, inserting or reordering entries
// breaks the chain at the first affected seq.
//
// Two modes. 'sha256' lets anyone recompute the chain, so someone with write access to the
// database can rewrite history and rehash everything after it. 'hmac' keys the chain with a key
// derived from the KEK (platform/crypto auditKeys), which lives outside the database: use
// 'hmac'. Neither mode notices the newest entries being cut off; keep the head (seq and hash)
// somewhere else too (a log line, the backup manifest) and pass it as `knownHead`.
import { createHash, createHmac } from 'node:crypto';
import { z } from 'zod';
import { canonicalJson } from './canonical-json';

export const GENESIS_HASH = '0'.repeat(64);

// Detail carries codes and ids only: no spaces, so no names, narratives or free text fit.
const code = z.string().regex(/^[A-Za-z0-9._:@/-]{0,200}$/, 'audit detail holds codes and ids only (no spaces or free text)');
const detailValue = z.union([code, z.number().finite(), z.boolean(), z.null(), z.array(z.union([code, z.number().finite()])).max(50)]);

export const auditEntrySchema = z.strictObject({
  seq: z.number().int().positive(),
  at: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?Z$/, 'an instant in UTC, e.g. 2025-03-01T10:00:00.000Z'),
  actorId: code.min(1),
  action: code.min(1),
  caseId: code.min(1).optional(),
  detail: z.record(z.string().regex(/^[A-Za-z][A-Za-z0-9_-]{0,63}$/), detailValue),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export interface ChainedAuditEntry extends AuditEntry {
  prevHash: string;
  hash: string;
  /** Set in 'hmac' mode: the id of the KEK the chain key was derived from. */
  keyId?: string;
}

export interface ChainKey {
  id: string;
  key: Uint8Array;
}

export class AuditEntryError extends Error {
  override readonly name = 'AuditEntryError';
}

function digest(prevHash: string, entry: AuditEntry, key: ChainKey | undefined): string {
  const { seq, at, actorId, action, caseId, detail } = entry;
  const body = canonicalJson({ seq, at, actorId, action, caseId, detail, keyId: key?.id });
  const mac = key ? createHmac('sha256', key.key) : createHash('sha256');
  return mac.update(`${prevHash}\n${body}`, 'utf8').digest('hex');
}

/** Seals the next entry. Pass the key (recommended) for the 'hmac' mode. */
export function chainEntry(prevHash: string, entry: AuditEntry, key?: ChainKey): ChainedAuditEntry {
  const parsed = auditEntrySchema.safeParse(entry);
  if (!parsed.success) throw new AuditEntryError(parsed.error.issues.map((i) => `${i.path.join('.') || '(entry)'}: ${i.message}`).join('; '));
  const { seq, at, actorId, action, caseId, detail } = parsed.data;
  const clean: AuditEntry = { seq, at, actorId, action, ...(caseId !== undefined && { caseId }), detail };
  return { ...clean, prevHash, hash: digest(prevHash, clean, key), ...(key && { keyId: key.id }) };
}

export type ChainMode = { mode: 'sha256' } | { mode: 'hmac'; keyFor: (keyId: string) => Uint8Array | undefined };

export type ChainBreak = 'invalid-entry' | 'seq-gap' | 'broken-link' | 'unkeyed-entry' | 'unknown-key' | 'hash-mismatch' | 'truncated' | 'rewritten';

export type ChainVerdict = { ok: true; count: number; head: { seq: number; hash: string } | null } | { ok: false; seq: number; reason: ChainBreak };

export interface VerifyOptions {
  /** Where the given entries start: the entry before them (default: the very start of the trail). */
  after?: { seq: number; hash: string };
  /**
   * A head recorded elsewhere earlier (the chain may have grown since). A chain that no longer
   * reaches it is truncated; one that reaches it with another hash was rewritten.
   */
  knownHead?: { seq: number; hash: string };
}

export function verifyChain(entries: readonly ChainedAuditEntry[], mode: ChainMode, options: VerifyOptions = {}): ChainVerdict {
  let expectedSeq = (options.after?.seq ?? 0) + 1;
  let prevHash = options.after?.hash ?? GENESIS_HASH;
  for (const entry of entries) {
    const { prevHash: storedPrev, hash, keyId, ...body } = entry;
    if (!auditEntrySchema.safeParse(body).success) return { ok: false, seq: entry.seq ?? expectedSeq, reason: 'invalid-entry' };
    if (entry.seq !== expectedSeq) return { ok: false, seq: expectedSeq, reason: 'seq-gap' };
    if (storedPrev !== prevHash) return { ok: false, seq: entry.seq, reason: 'broken-link' };
    let key: ChainKey | undefined;
    if (mode.mode === 'hmac') {
      // An entry without a key id in an hmac chain is a downgrade: anyone could have computed it.
      if (keyId === undefined) return { ok: false, seq: entry.seq, reason: 'unkeyed-entry' };
      const material = mode.keyFor(keyId);
      if (!material) return { ok: false, seq: entry.seq, reason: 'unknown-key' };
      key = { id: keyId, key: material };
    } else if (keyId !== undefined) {
      return { ok: false, seq: entry.seq, reason: 'unknown-key' };
    }
    if (digest(storedPrev, body, key) !== hash) return { ok: false, seq: entry.seq, reason: 'hash-mismatch' };
    prevHash = hash;
    expectedSeq++;
  }
  const last = entries.at(-1);
  const head = last ? { seq: last.seq, hash: last.hash } : (options.after ?? null);
  const known = options.knownHead;
  if (known) {
    if ((head?.seq ?? 0) < known.seq) return { ok: false, seq: expectedSeq, reason: 'truncated' };
    const atKnown = known.seq === options.after?.seq ? options.after : entries.find((e) => e.seq === known.seq);
    if (atKnown?.hash !== known.hash) return { ok: false, seq: known.seq, reason: 'rewritten' };
  }
  return { ok: true, count: entries.length, head };
}
