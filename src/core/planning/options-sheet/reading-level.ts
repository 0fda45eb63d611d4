// Reading-level measures for the client texts. Pure and approximate: syllables are counted by
// vowel groups, which is what the published formulas were calibrated on in practice.
//   Flesch–Kincaid grade (English): 0.39 × words/sentence + 11.8 × syllables/word − 15.59
//   Kandel–Moles ease (French):     207 − 1.015 × words/sentence − 73.6 × syllables/word
// (Kandel & Moles 1958 adapted Flesch's reading ease to French; higher is easier, 60–70 is
// "standard", about grades 8–9 in Flesch's table.)

export interface TextCounts {
  sentences: number;
  words: number;
  syllables: number;
}

const WORD = /[\p{L}’']+/gu;

function sentenceCount(text: string): number {
  const parts = text.split(/[.!?:;]+(?:\s|$)/).filter((s) => WORD.test(s) && (WORD.lastIndex = 0) === 0);
  return Math.max(1, parts.length);
}

export function englishSyllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (w.length <= 3) return 1;
  const trimmed = w.replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, (m) => m[0]!).replace(/^y/, '');
  const groups = trimmed.match(/[aeiouy]+/g);
  // "ia" and "io" are two syllables (Canadian, violence) except in -cial, -tion, -gion and the like.
  const split = trimmed.match(/[^ctsgx](?:ia|io)/g)?.length ?? 0;
  return Math.max(1, (groups ? groups.length : 1) + split);
}

export function frenchSyllables(word: string): number {
  const w = word
    .toLowerCase()
    .replace(/^[a-z]['’]/, '')
    .replace(/[^a-zàâäéèêëîïôöùûüÿœæ]/g, '');
  if (w.length <= 2) return 1;
  // Mute endings: a final -e, -es or verbal -ent after a consonant does not make a syllable.
  const trimmed = w.replace(/([^aeiouyàâäéèêëîïôöùûüÿœæ])(?:e|es|ent)$/, '$1');
  const groups = trimmed.match(/[aeiouyàâäéèêëîïôöùûüÿœæ]+/g);
  return Math.max(1, groups ? groups.length : 1);
}

function countText(text: string, syllables: (word: string) => number): TextCounts {
  const words = text.match(WORD) ?? [];
  return { sentences: sentenceCount(text), words: words.length, syllables: words.reduce((n, w) => n + syllables(w), 0) };
}

export function fleschKincaidGrade(text: string): number {
  const c = countText(text, englishSyllables);
  if (c.words === 0) return 0;
  return 0.39 * (c.words / c.sentences) + 11.8 * (c.syllables / c.words) - 15.59;
}

export function kandelMolesEase(text: string): number {
  const c = countText(text, frenchSyllables);
  if (c.words === 0) return 100;
  return 207 - 1.015 * (c.words / c.sentences) - 73.6 * (c.syllables / c.words);
}
