import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json';
import { AuditEntryError, GENESIS_HASH, chainEntry, verifyChain, type AuditEntry, type ChainKey, type ChainMode, type ChainedAuditEntry } from './chain';

const key: ChainKey = { id: 'kek-1', key: randomBytes(32) };
const hmac: ChainMode = { mode: 'hmac', keyFor: (id) => (id === key.id ? key.key : undefined) };
const sha: ChainMode = { mode: 'sha256' };

function entry(seq: number, over: Partial<AuditEntry> = {}): AuditEntry {
  return {
    seq,
    at: `2025-03-01T10:00:${String(seq % 60).padStart(2, '0')}.000Z`,
    actorId: 'user-7',
    action: 'case:reveal-identity',
    caseId: 'case-1',
    detail: { via: 'team' },
    ...over,
  };
}

function build(n: number, k?: ChainKey): ChainedAuditEntry[] {
  const chain: ChainedAuditEntry[] = [];
  for (let seq = 1; seq <= n; seq++) chain.push(chainEntry(chain.at(-1)?.hash ?? GENESIS_HASH, entry(seq), k));
  return chain;
}

/** What an attacker with database write access but no key can do: recompute plain hashes. */
function rehash(entries: readonly ChainedAuditEntry[]): ChainedAuditEntry[] {
  const out: ChainedAuditEntry[] = [];
  for (const { prevHash: _p, hash: _h, keyId: _k, ...body } of entries) out.push(chainEntry(out.at(-1)?.hash ?? GENESIS_HASH, body));
  return out;
}

describe('canonicalJson', () => {
  it('serialises keys in a stable order and drops undefined', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, 'x'], c: null }, z: undefined })).toBe('{"a":{"c":null,"d":[1,"x"]},"b":1}');
  });
});

describe('chainEntry', () => {
  it('links each entry to the one before it', () => {
    const [first, second] = build(2, key);
    expect(first!.prevHash).toBe(GENESIS_HASH);
    expect(second!.prevHash).toBe(first!.hash);
  });

  it('gives the same hash whatever order the detail keys were written in', () => {
    const a = chainEntry(GENESIS_HASH, entry(1, { detail: { a: 'x', b: 1 } }), key);
    const b = chainEntry(GENESIS_HASH, entry(1, { detail: { b: 1, a: 'x' } }), key);
    expect(a.hash).toBe(b.hash);
  });

  it('refuses free text in the detail, so no client data can enter the audit trail', () => {
    expect(() => chainEntry(GENESIS_HASH, entry(1, { detail: { note: 'Maria told us about her employer' } }), key)).toThrow(AuditEntryError);
    expect(() => chainEntry(GENESIS_HASH, entry(1, { detail: { grant: 'bg-42', fields: ['identity', 'contact'] } }), key)).not.toThrow();
  });
});

describe.each([
  ['hmac', hmac, key],
  ['sha256', sha, undefined],
] as const)('verifyChain (%s)', (_name, mode, k) => {
  const chain = build(6, k);

  it('accepts an untouched chain and reports its head', () => {
    expect(verifyChain(chain, mode)).toEqual({ ok: true, count: 6, head: { seq: 6, hash: chain[5]!.hash } });
  });

  it('detects an altered entry at its seq', () => {
    const tampered = chain.map((e) => (e.seq === 3 ? { ...e, actorId: 'someone-else' } : e));
    expect(verifyChain(tampered, mode)).toEqual({ ok: false, seq: 3, reason: 'hash-mismatch' });
  });

  it('detects a removed entry', () => {
    expect(
      verifyChain(
        chain.filter((e) => e.seq !== 4),
        mode,
      ),
    ).toEqual({ ok: false, seq: 4, reason: 'seq-gap' });
  });

  it('detects a removed entry even when the later ones are renumbered', () => {
    const removed = chain.filter((e) => e.seq !== 4).map((e) => (e.seq > 4 ? { ...e, seq: e.seq - 1 } : e));
    expect(verifyChain(removed, mode)).toMatchObject({ ok: false, seq: 4 });
  });

  it('detects two entries swapped', () => {
    const swapped = [...chain];
    [swapped[1], swapped[2]] = [swapped[2]!, swapped[1]!];
    expect(verifyChain(swapped, mode)).toEqual({ ok: false, seq: 2, reason: 'seq-gap' });
  });

  it('detects two entries swapped with their seq numbers swapped back', () => {
    const swapped = [...chain];
    [swapped[1], swapped[2]] = [
      { ...chain[2]!, seq: 2 },
      { ...chain[1]!, seq: 3 },
    ];
    expect(verifyChain(swapped, mode)).toMatchObject({ ok: false, seq: 2 });
  });

  it('detects an inserted entry', () => {
    const forged = chainEntry(chain[1]!.hash, entry(3, { action: 'case:read-narrative' }), k);
    expect(verifyChain([...chain.slice(0, 2), forged, ...chain.slice(2)], mode)).toMatchObject({ ok: false, seq: 4 });
  });

  it('detects a truncated tail against a head kept elsewhere', () => {
    const knownHead = { seq: 6, hash: chain[5]!.hash };
    expect(verifyChain(chain.slice(0, 4), mode, { knownHead })).toEqual({ ok: false, seq: 5, reason: 'truncated' });
    expect(verifyChain(chain, mode, { knownHead: { seq: 4, hash: chain[3]!.hash } }).ok).toBe(true);
  });

  it('verifies a window of the trail from a checkpoint', () => {
    expect(verifyChain(chain.slice(3), mode, { after: { seq: 3, hash: chain[2]!.hash } }).ok).toBe(true);
    expect(verifyChain(chain.slice(3), mode)).toEqual({ ok: false, seq: 1, reason: 'seq-gap' });
  });

  it('detects any single-field change anywhere in the chain', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5 }), fc.constantFrom('at', 'actorId', 'action', 'caseId', 'detail', 'prevHash', 'hash'), (i, field) => {
        const changed = chain.map((e, j) =>
          j === i ? { ...e, [field]: field === 'detail' ? { via: 'x' } : field === 'at' ? '2030-01-01T00:00:00.000Z' : 'f'.repeat(64) } : e,
        );
        expect(verifyChain(changed, mode)).toMatchObject({ ok: false, seq: i + 1 });
      }),
    );
  });
});

describe('why the hmac chain is recommended', () => {
  const chain = build(5, key);

  it('lets a plain sha256 chain be rewritten undetectably by someone with database access', () => {
    const rewritten = rehash(build(5).map((e) => (e.seq === 2 ? { ...e, actorId: 'scapegoat' } : e)));
    expect(verifyChain(rewritten, sha).ok).toBe(true);
  });

  it('catches that sha256 rewrite only with a head kept outside the database', () => {
    const original = build(5);
    const rewritten = rehash(original.map((e) => (e.seq === 2 ? { ...e, actorId: 'scapegoat' } : e)));
    expect(verifyChain(rewritten, sha, { knownHead: { seq: 5, hash: original[4]!.hash } })).toEqual({ ok: false, seq: 5, reason: 'rewritten' });
  });

  it('catches the same rewrite of an hmac chain, since the key is not in the database', () => {
    const rewritten = rehash(chain.map((e) => (e.seq === 2 ? { ...e, actorId: 'scapegoat' } : e)));
    expect(verifyChain(rewritten, hmac)).toEqual({ ok: false, seq: 1, reason: 'unkeyed-entry' });
    const forgedKey: ChainKey = { id: key.id, key: randomBytes(32) };
    const forged: ChainedAuditEntry[] = [];
    for (const { prevHash: _p, hash: _h, keyId: _k, ...body } of chain) forged.push(chainEntry(forged.at(-1)?.hash ?? GENESIS_HASH, body, forgedKey));
    expect(verifyChain(forged, hmac)).toEqual({ ok: false, seq: 1, reason: 'hash-mismatch' });
  });

  it('reports an entry sealed with a key it does not hold', () => {
    const other = chainEntry(GENESIS_HASH, entry(1), { id: 'kek-retired', key: randomBytes(32) });
    expect(verifyChain([other], hmac)).toEqual({ ok: false, seq: 1, reason: 'unknown-key' });
  });

  it('keeps verifying across a key rotation when the old key is still known', () => {
    const newKey: ChainKey = { id: 'kek-2', key: randomBytes(32) };
    const next = chainEntry(chain.at(-1)!.hash, entry(6), newKey);
    const both: ChainMode = { mode: 'hmac', keyFor: (id) => (id === key.id ? key.key : id === newKey.id ? newKey.key : undefined) };
    expect(verifyChain([...chain, next], both).ok).toBe(true);
  });
});
