import { BREAK_GLASS_REASON_MIN_LETTERS } from './model';

// A reason an admin must give (break-glass, reassignment) is read by the team, who judge it; the
// core only refuses what says nothing: one letter repeated, keyboard runs, too few words.

const VOWEL = /[aeiouyàáâãäåæèéêëìíîïòóôõöøùúûüýÿœ]/iu;
const LATIN = /^[\p{Script=Latin}]+$/u;
const MIN_DIFFERENT_LETTERS = BREAK_GLASS_REASON_MIN_LETTERS;

/**
 * At least `minWords` different words of two letters or more, using at least six different
 * letters. A word of one letter repeated does not count, and in Latin script a word needs a vowel
 * ("zxcv hjkl" is not a reason); other scripts count every word.
 */
export function isReasonInWords(reason: string, minWords: number): boolean {
  const words = reason.toLocaleLowerCase().match(/\p{L}[\p{L}\p{M}'’-]*/gu) ?? [];
  const distinct = new Set(
    words
      .map((w) => w.replace(/['’-]+$/u, ''))
      .filter((w) => {
        const letters = [...w.matchAll(/\p{L}/gu)].map((m) => m[0]);
        return letters.length >= 2 && new Set(letters).size > 1 && (!LATIN.test(letters.join('')) || VOWEL.test(w));
      }),
  );
  const letters = new Set([...distinct].flatMap((w) => [...w.matchAll(/\p{L}/gu)].map((m) => m[0])));
  return distinct.size >= minWords && letters.size >= MIN_DIFFERENT_LETTERS;
}
