// Case codes: what practitioners say on the phone and write on a sticky note instead of a name.
// The alphabet leaves out 0/O, 1/I/L and U (Crockford's reasons: misreading, and no accidental
// words), so a code read aloud or copied by hand still finds the case. Randomness is passed in.

export const CASE_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';
/** Random bytes a code needs: 6 characters, 30 symbols each (≈ 29 bits). */
export const CASE_CODE_BYTES = 6;

const PATTERN = new RegExp(`^HB-[${CASE_CODE_ALPHABET}]{4}-[${CASE_CODE_ALPHABET}]{2}$`);

declare const caseCodeBrand: unique symbol;
export type CaseCode = string & { readonly [caseCodeBrand]: true };

/**
 * Builds `HB-XXXX-XX` from random bytes. Each byte is reduced modulo 30; 256 = 8·30 + 16, so the
 * first 16 symbols are slightly likelier (9/256 vs 8/256), which costs well under a bit of
 * entropy and does not matter for a code that is unique by a database constraint anyway.
 */
export function caseCodeFrom(bytes: Uint8Array): CaseCode {
  if (bytes.length < CASE_CODE_BYTES) throw new RangeError(`a case code needs ${CASE_CODE_BYTES} random bytes`);
  const chars = Array.from(bytes.subarray(0, CASE_CODE_BYTES), (b) => CASE_CODE_ALPHABET[b % CASE_CODE_ALPHABET.length]!);
  return `HB-${chars.slice(0, 4).join('')}-${chars.slice(4).join('')}` as CaseCode;
}

/** Reads a code as typed: any case, surrounding spaces ignored. Undefined when it cannot be one. */
export function parseCaseCode(text: string): CaseCode | undefined {
  const upper = text.trim().toUpperCase();
  return PATTERN.test(upper) ? (upper as CaseCode) : undefined;
}
