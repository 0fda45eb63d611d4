import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { auditKeys, blindIndex, blindIndexCandidates, makeKeyCheck, normaliseForIndex, verifyKeyringAgainst } from './derived-keys';
import { KeyMismatchError } from './errors';
import { Keyring } from './keyring';

const keyring = new Keyring([randomBytes(32)]);

describe('normaliseForIndex', () => {
  it.each([
    ['  María   José\tLÓPEZ ', 'maría josé lópez'],
    ['STRAßE', 'strasse'],
    ['ＡＢＣ', 'abc'], // full-width letters fold to ASCII under NFKC
    ['e\u0301', 'é'], // a combining accent composes
  ])('normalises %j to %j', (input, expected) => {
    expect(normaliseForIndex(input)).toBe(expected);
  });

  it('keeps accents: José and Jose are different names', () => {
    expect(normaliseForIndex('José')).not.toBe(normaliseForIndex('Jose'));
  });
});

describe('blindIndex', () => {
  it('gives the same token for the same name written differently', () => {
    expect(blindIndex(keyring, 'person.name', ' maria  LOPEZ')).toBe(blindIndex(keyring, 'person.name', 'Maria Lopez'));
  });

  it('never contains the value it indexes', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 3 }).filter((s) => normaliseForIndex(s).length >= 3),
        (name) => {
          expect(blindIndex(keyring, 'person.name', name).toLowerCase()).not.toContain(normaliseForIndex(name));
        },
      ),
    );
  });

  it('differs between columns, so a token cannot be matched across them', () => {
    expect(blindIndex(keyring, 'person.name', 'Ana')).not.toBe(blindIndex(keyring, 'employer.name', 'Ana'));
  });

  it('differs under another master key, so nobody without the key can compute it', () => {
    expect(blindIndex(keyring, 'person.name', 'Ana').split(':')[2]).not.toBe(blindIndex(new Keyring([randomBytes(32)]), 'person.name', 'Ana').split(':')[2]);
  });

  it('offers a token under every key after a rotation, current first', () => {
    const rotated = new Keyring([randomBytes(32), keyring.current]);
    expect(blindIndexCandidates(rotated, 'person.name', 'Ana')).toEqual([blindIndex(rotated, 'person.name', 'Ana'), blindIndex(keyring, 'person.name', 'Ana')]);
  });

  it('refuses to index an empty value', () => {
    expect(() => blindIndex(keyring, 'person.name', '   ')).toThrow(RangeError);
  });
});

describe('key check', () => {
  it('verifies the keyring that made it', () => {
    expect(verifyKeyringAgainst(keyring, makeKeyCheck(keyring))).toEqual({ kekId: keyring.currentId, isCurrent: true });
  });

  it('stops start-up with a KeyMismatchError when another master key is loaded', () => {
    const check = makeKeyCheck(keyring);
    const other = new Keyring([randomBytes(32)]);
    expect(() => verifyKeyringAgainst(other, check)).toThrow(KeyMismatchError);
    expect(() => verifyKeyringAgainst(other, check)).toThrow(`key id ${keyring.currentId}`);
  });

  it('accepts a rotated keyring that still holds the old key, and says the check needs refreshing', () => {
    const rotated = new Keyring([randomBytes(32), keyring.current]);
    expect(verifyKeyringAgainst(rotated, makeKeyCheck(keyring))).toEqual({ kekId: keyring.currentId, isCurrent: false });
  });

  it('rejects a tampered key check', () => {
    const check = makeKeyCheck(keyring);
    check[check.length - 1]! ^= 1;
    expect(() => verifyKeyringAgainst(keyring, check)).toThrow(KeyMismatchError);
  });
});

describe('auditKeys', () => {
  it('derives a key distinct from the KEK and finds older ones by id', () => {
    const keys = auditKeys(keyring);
    expect(keys.current.id).toBe(keyring.currentId);
    expect(keys.current.key.equals(keyring.current)).toBe(false);
    expect(keys.byId(keyring.currentId)?.equals(keys.current.key)).toBe(true);
    expect(keys.byId('kek-unknown')).toBeUndefined();
  });
});
