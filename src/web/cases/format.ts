// Dates (through the one shared formatter) and language names in the interface language.
import { currentLanguage } from '../platform/i18n';

export { formatDay, formatInstant } from '../platform/dates';

const locale = () => (currentLanguage() === 'fr' ? 'fr-CA' : 'en-CA');

/** "Spanish", "tagalog" … from a language tag, in the interface language; the tag itself if unknown. */
export function languageName(tag: string): string {
  try {
    const name = new Intl.DisplayNames([locale()], { type: 'language', fallback: 'none' }).of(tag);
    return name ? name.charAt(0).toLocaleUpperCase(locale()) + name.slice(1) : tag;
  } catch {
    return tag;
  }
}

export const languageList = (tags: readonly string[]) => tags.map(languageName).join(', ');

/** Today as a calendar day in the computer's own time zone (the day the practitioner is living). */
export function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** Splits one-per-line text into trimmed, non-empty items. */
export const splitLines = (text: string) =>
  text
    .split('\n')
    .map((s) => s.trim())
    .filter(Boolean);

/** Languages often needed by clients in Canada, offered as checkboxes. */
export const COMMON_LANGUAGES = ['en', 'fr', 'es', 'tl', 'pt', 'zh', 'ko', 'vi', 'th', 'hi', 'pa', 'ar', 'ti', 'am', 'sw', 'ro', 'uk', 'ru'] as const;

/**
 * Further languages, chosen by name from a list (never typed as codes): languages of people who
 * come to Canada to work or seek protection, Indigenous languages of Canada and sign languages.
 */
// prettier-ignore
const MORE_LANGUAGES = [
  'af', 'sq', 'hy', 'az', 'bn', 'bs', 'my', 'yue', 'ceb', 'hr', 'cs', 'prs', 'nl', 'fa', 'ff', 'ka', 'de', 'el', 'gu', 'ht', 'ha',
  'he', 'hu', 'ig', 'id', 'ilo', 'it', 'ja', 'km', 'kk', 'rw', 'ku', 'ky', 'lo', 'ln', 'mk', 'ms', 'ml', 'mr', 'mn', 'ne', 'om',
  'ps', 'pl', 'sr', 'sd', 'si', 'so', 'sk', 'ta', 'te', 'tr', 'tk', 'ur', 'uz', 'wo', 'yo', 'zu', 'iu', 'cr', 'oj', 'ase', 'fsl',
] as const;

/** Every language offered by name, with `keep` (tags already recorded) included, sorted by name in the interface language. */
export function languageOptions(keep: readonly string[] = []): { tag: string; name: string }[] {
  const tags = [...new Set([...COMMON_LANGUAGES, ...MORE_LANGUAGES, ...keep])];
  return tags.map((tag) => ({ tag, name: languageName(tag) })).sort((a, b) => a.name.localeCompare(b.name, locale()));
}
export const LANGUAGE_TAG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;
