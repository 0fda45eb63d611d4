// Wording for every code the screening emits, in ../wording/{en,fr}.json. Logic never builds
// sentences; the UI, CLI and documents render these (STYLE.md principle 13). The files are read
// as a tree (`flags.<id>.why`); when the module loads, both languages must have the same codes,
// no empty sentence and the same placeholders.
import { flattened, wordingParityProblems, WordingError } from '../../wording';
import en from '../wording/en.json';
import fr from '../wording/fr.json';

export type ScreeningLocale = typeof en;
export const LOCALES = ['en', 'fr'] as const;
export type Locale = (typeof LOCALES)[number];

const problems = wordingParityProblems('screening', { en: flattened(en), fr: flattened(fr) });
if (problems.length > 0) throw new WordingError(problems.join('\n'));

/** All wording for screening codes, by locale. */
export const screeningText: Record<Locale, ScreeningLocale> = { en, fr };
