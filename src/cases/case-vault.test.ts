import { describe, expect, it } from 'vitest';
import { Keyring, newDataKey, wrapDataKey } from '../platform/crypto';
import { CaseVault, openVault } from './case-vault';

const keyring = new Keyring([Buffer.alloc(32, 7)]);

describe('the case vault', () => {
  it('opens what it sealed, at the same table, column and row', () => {
    const vault = new CaseVault(newDataKey(), 'case-1');
    const sealed = vault.sealJson('case_fragments', 'text', 'row-1', { said: 'hello' });
    expect(vault.openJson('case_fragments', 'text', 'row-1', sealed)).toEqual({ said: 'hello' });
  });

  it('refuses a ciphertext moved to another row, column or case', () => {
    const key = newDataKey();
    const vault = new CaseVault(key, 'case-1');
    const sealed = vault.seal('case_fragments', 'text', 'row-1', 'secret');
    expect(() => vault.open('case_fragments', 'text', 'row-2', sealed)).toThrow();
    expect(() => vault.open('case_fragments', 'inconsistency_note', 'row-1', sealed)).toThrow();
    expect(() => new CaseVault(newDataKey(), 'case-2').open('case_fragments', 'text', 'row-1', sealed)).toThrow();
  });

  it('unwraps a case key only for the case it was wrapped for', () => {
    const key = newDataKey();
    const wrapped = wrapDataKey(keyring, key, 'case-1');
    const sealed = new CaseVault(key, 'case-1').seal('cases', 'identity', 'case-1', 'name');
    expect(openVault(keyring, { id: 'case-1', wrapped_key: wrapped }).open('cases', 'identity', 'case-1', sealed)).toBe('name');
    expect(() => openVault(keyring, { id: 'case-2', wrapped_key: wrapped })).toThrow();
  });

  it('never prints its key', () => {
    const vault = new CaseVault(newDataKey(), 'case-1');
    expect(JSON.stringify(vault)).toBe('{"caseId":"case-1"}');
  });
});
