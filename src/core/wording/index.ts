/**
 * Wording out of logic: every sentence the core shows lives in per-language JSON files keyed by
 * code (`wording/en.json`, `wording/fr.json` beside the code that uses them), so a translator or a
 * lawyer reviews words without reading rules, and the rules read as codes.
 *
 * A folder's files are checked when its module loads: the same codes in both languages, no empty
 * sentence, the same `{placeholders}` in both. A code nobody wrote throws at load, so a typo fails
 * every test that imports the module rather than showing a raw code to a practitioner.
 */

/** A sentence in both of Harbour's languages. */
export interface Localized {
  en: string;
  fr: string;
}

export type WordingFile = Readonly<Record<string, string>>;

/** A `{name}` placeholder in a sentence; the name is the first group. */
export const PLACEHOLDER = /\{([a-zA-Z][\w-]*)\}/g;

/** `{name}` placeholders of a sentence, sorted, for the parity check. */
export function placeholdersOf(sentence: string): string[] {
  return [...sentence.matchAll(PLACEHOLDER)].map((m) => m[1]!).sort();
}

export class WordingError extends Error {
  override name = 'WordingError';
}

/**
 * A nested wording file (`{ "flags": { "x": { "title": … } } }`) as codes and sentences
 * (`flags.x.title`), for the parity check of folders whose code reads the wording as a tree.
 */
export function flattened(tree: object, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(tree)) {
    const code = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out[code] = value;
    else if (value !== null && typeof value === 'object') Object.assign(out, flattened(value as object, code));
    else throw new WordingError(`"${code}" is neither a sentence nor a group of sentences`);
  }
  return out;
}

/** Differences between two language files of one folder; empty when they agree. */
export function wordingParityProblems(where: string, files: Record<string, WordingFile>): string[] {
  const problems: string[] = [];
  const languages = Object.keys(files);
  const reference = languages[0];
  if (reference === undefined) return problems;
  const codes = new Set(languages.flatMap((lang) => Object.keys(files[lang]!)));
  for (const code of codes) {
    const expected = placeholdersOf(files[reference]![code] ?? '').join(',');
    for (const lang of languages) {
      const sentence = files[lang]![code];
      if (sentence === undefined) problems.push(`${where}: "${code}" has no ${lang} wording`);
      else if (sentence.trim() === '') problems.push(`${where}: "${code}" is empty in ${lang}`);
      else if (placeholdersOf(sentence).join(',') !== expected)
        problems.push(`${where}: "${code}" has placeholders {${placeholdersOf(sentence).join('}, {')}} in ${lang}, not those of ${reference}`);
    }
  }
  return problems;
}

/**
 * The lookup for one folder's wording: `w('small-claims.public-trial.why')` gives the sentence in
 * English and French. Throws when the files disagree or the code was never written.
 */
export function wordingOf(where: string, files: { en: WordingFile; fr: WordingFile }): (code: string) => Localized {
  const problems = wordingParityProblems(where, files);
  if (problems.length > 0) throw new WordingError(problems.join('\n'));
  return (code) => {
    const en = files.en[code];
    const fr = files.fr[code];
    if (en === undefined || fr === undefined) throw new WordingError(`${where}: no wording for "${code}"`);
    return { en, fr };
  };
}

/** Fills `{name}` placeholders in both languages; a value may itself be worded in both. */
export function filled(sentence: Localized, values: Record<string, string | number | Localized>): Localized {
  const fill = (text: string, lang: keyof Localized) =>
    text.replace(PLACEHOLDER, (whole, name: string) => {
      const value = values[name];
      if (value === undefined) return whole;
      return typeof value === 'object' ? value[lang] : String(value);
    });
  return { en: fill(sentence.en, 'en'), fr: fill(sentence.fr, 'fr') };
}
