import { describe, expect, it } from 'vitest';
import { CASE_CODE_ALPHABET, caseCodeFrom, parseCaseCode } from './case-code';

describe('case codes', () => {
  it('are HB-, four symbols, a dash and two symbols from the unambiguous alphabet', () => {
    expect(caseCodeFrom(Uint8Array.from([0, 1, 2, 3, 28, 29]))).toBe('HB-2345-YZ');
  });

  it('never contain 0, O, 1, I, L or U', () => {
    expect(CASE_CODE_ALPHABET).not.toMatch(/[01OILU]/);
    for (let b = 0; b < 256; b++) expect(caseCodeFrom(Uint8Array.from([b, b, b, b, b, b]))).not.toMatch(/[01OILU]/);
  });

  it('refuses too few random bytes', () => {
    expect(() => caseCodeFrom(new Uint8Array(5))).toThrow(RangeError);
  });

  it('are read back in any case, with spaces trimmed', () => {
    expect(parseCaseCode(' hb-7q3k-m2 ')).toBe('HB-7Q3K-M2');
  });

  it('do not read text that cannot be a code', () => {
    expect(parseCaseCode('HB-7Q3K-M0')).toBeUndefined();
    expect(parseCaseCode('HB-7Q3KM2')).toBeUndefined();
    expect(parseCaseCode("HB-7Q3K-M2' or 1=1")).toBeUndefined();
  });
});
