import { en, type ScreeningLocale } from './en';
import { fr } from './fr';

export type { ScreeningLocale };
export const LOCALES = ['en', 'fr'] as const;
export type Locale = (typeof LOCALES)[number];

/** All wording for screening codes, by locale. */
export const screeningText: Record<Locale, ScreeningLocale> = { en, fr };
