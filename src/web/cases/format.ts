// Dates and language names in the interface language. Calendar days (YYYY-MM-DD) are formatted
// in UTC so a day never shifts with the computer's time zone.
import { currentLanguage } from '../platform/i18n';

const locale = () => (currentLanguage() === 'fr' ? 'fr-CA' : 'en-CA');

export function formatDay(day: string | null | undefined): string {
  if (!day) return '';
  const date = new Date(`${day.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

export function formatInstant(instant: string | null | undefined): string {
  if (!instant) return '';
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return instant;
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

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

/** Splits "a, b" or one-per-line text into trimmed, non-empty items. */
export const splitList = (text: string) =>
  text
    .split(/[\n,;]/)
    .map((s) => s.trim())
    .filter(Boolean);
export const splitLines = (text: string) =>
  text
    .split('\n')
    .map((s) => s.trim())
    .filter(Boolean);

/** Languages often needed by clients in Canada; any other tag can be typed in. */
export const COMMON_LANGUAGES = ['en', 'fr', 'es', 'tl', 'pt', 'zh', 'ko', 'vi', 'th', 'hi', 'pa', 'ar', 'ti', 'am', 'sw', 'ro', 'uk', 'ru'] as const;
export const LANGUAGE_TAG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;
