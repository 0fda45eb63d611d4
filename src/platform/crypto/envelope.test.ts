import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decryptField,
  decryptFieldText,
  encryptField,
  newDataKey,
  rewrapDataKey,
  unwrapDataKey,
  wrapDataKey,
  wrappingKekId,
  type FieldContext,
} from './envelope';
import { CiphertextFormatError, DecryptionError, KeyMismatchError } from './errors';
import { Keyring } from './keyring';
import { randomBytes } from 'node:crypto';

const kek = () => randomBytes(32);
const where: FieldContext = { table: 'case_person', column: 'legal_name', rowId: 'row-1' };
const context = fc.record({ table: fc.string({ minLength: 1 }), column: fc.string({ minLength: 1 }), rowId: fc.string({ minLength: 1 }) });

function flipBit(bytes: Buffer, bit: number): Buffer {
  const copy = Buffer.from(bytes);
  copy[Math.floor(bit / 8)]! ^= 1 << (bit % 8);
  return copy;
}

describe('field encryption', () => {
  const key = newDataKey();

  it('round-trips any text, including empty text and any script', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), context, (text, aad) => {
        expect(decryptFieldText(key, encryptField(key, text, aad), aad)).toBe(text);
      }),
    );
  });

  it('round-trips any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), context, (bytes, aad) => {
        expect([...decryptField(key, encryptField(key, bytes, aad), aad)]).toEqual([...bytes]);
      }),
    );
  });

  it('fails authentication when any single bit of the stored bytes is flipped', () => {
    const sealed = encryptField(key, 'Maria Fernanda López', where);
    fc.assert(
      fc.property(fc.nat({ max: sealed.length * 8 - 1 }), (bit) => {
        expect(() => decryptField(key, flipBit(sealed, bit), where)).toThrow(); // header flips fail parsing or key lookup, the rest fail GCM
      }),
      { numRuns: 500 },
    );
  });

  it('fails authentication when the ciphertext is read with any other table, column or row', () => {
    fc.assert(
      fc.property(fc.string(), context, context, (text, stored, read) => {
        fc.pre(JSON.stringify(stored) !== JSON.stringify(read));
        expect(() => decryptField(key, encryptField(key, text, stored), read)).toThrow(DecryptionError);
      }),
    );
  });

  it('does not confuse ("ab","c") with ("a","bc") in the associated data', () => {
    const sealed = encryptField(key, 'x', { table: 'ab', column: 'c', rowId: '1' });
    expect(() => decryptField(key, sealed, { table: 'a', column: 'bc', rowId: '1' })).toThrow(DecryptionError);
  });

  it('refuses another case’s data key with a key-mismatch error naming both key ids', () => {
    const other = newDataKey();
    expect(() => decryptField(other, encryptField(key, 'x', where), where)).toThrow(KeyMismatchError);
    expect(() => decryptField(other, encryptField(key, 'x', where), where)).toThrow(key.id);
  });

  it('never produces the same ciphertext twice for the same value', () => {
    expect(encryptField(key, 'same', where).equals(encryptField(key, 'same', where))).toBe(false);
  });

  it('hides the exact length of short values: every name up to 31 bytes has the same size', () => {
    const sizes = new Set(['Al', 'Maria Fernanda López', 'Jo'.padEnd(31, 'x')].map((n) => encryptField(key, n, where).length));
    expect(sizes.size).toBe(1);
  });

  it('starts with format version 1, the field kind and the data key id', () => {
    const sealed = encryptField(key, 'x', where);
    expect([sealed[0], sealed[1]]).toEqual([1, 1]);
    expect(sealed.subarray(3, 3 + sealed[2]!).toString('ascii')).toBe(key.id);
  });

  it('rejects bytes of an unknown format version rather than guessing', () => {
    const sealed = encryptField(key, 'x', where);
    sealed[0] = 2;
    expect(() => decryptField(key, sealed, where)).toThrow(CiphertextFormatError);
  });

  it('never prints key material when logged', () => {
    expect(JSON.stringify({ key })).toBe(`{"key":{"id":"${key.id}"}}`);
  });
});

describe('data key wrapping', () => {
  it('round-trips a data key through the KEK', () => {
    const keyring = new Keyring([kek()]);
    const key = newDataKey();
    const wrapped = wrapDataKey(keyring, key, 'case-1');
    expect(wrappingKekId(wrapped)).toBe(keyring.currentId);
    expect(unwrapDataKey(keyring, wrapped, 'case-1').id).toBe(key.id);
  });

  it('fails when a wrapped key is moved to another case', () => {
    const keyring = new Keyring([kek()]);
    expect(() => unwrapDataKey(keyring, wrapDataKey(keyring, newDataKey(), 'case-1'), 'case-2')).toThrow(DecryptionError);
  });

  it('fails on any bit flip in a wrapped key', () => {
    const keyring = new Keyring([kek()]);
    const wrapped = wrapDataKey(keyring, newDataKey(), 'case-1');
    fc.assert(
      fc.property(fc.nat({ max: wrapped.length * 8 - 1 }), (bit) => {
        expect(() => unwrapDataKey(keyring, flipBit(wrapped, bit), 'case-1')).toThrow();
      }),
    );
  });

  it('refuses a wrong master key with KeyMismatchError, never silently', () => {
    const wrapped = wrapDataKey(new Keyring([kek()]), newDataKey(), 'case-1');
    expect(() => unwrapDataKey(new Keyring([kek()]), wrapped, 'case-1')).toThrow(/KeyMismatchError|does not match the key that protects this data/);
  });

  it('keeps data wrapped by a previous KEK readable after rotation, and rewraps it under the new one', () => {
    const old = kek();
    const before = new Keyring([old]);
    const key = newDataKey();
    const wrapped = wrapDataKey(before, key, 'case-1');
    const after = new Keyring([kek(), old]);
    expect(unwrapDataKey(after, wrapped, 'case-1').id).toBe(key.id);
    const { wrapped: rewrapped, changed } = rewrapDataKey(after, wrapped, 'case-1');
    expect(changed).toBe(true);
    expect(wrappingKekId(rewrapped)).toBe(after.currentId);
    expect(rewrapDataKey(after, rewrapped, 'case-1').changed).toBe(false);
    // Once rewrapped, the old KEK can be retired.
    expect(unwrapDataKey(new Keyring([after.current]), rewrapped, 'case-1').id).toBe(key.id);
  });

  it('makes a case unreadable once its wrapped data key is gone (crypto-shredding)', () => {
    const keyring = new Keyring([kek()]);
    const key = newDataKey();
    const sealed = encryptField(key, 'narrative', where);
    // Without the wrapped key, the only way in is guessing a 256-bit key: any other key fails.
    expect(() => decryptField(newDataKey(), sealed, where)).toThrow(KeyMismatchError);
    expect(wrapDataKey(keyring, key, 'case-1').includes(key.material)).toBe(false);
  });
});
