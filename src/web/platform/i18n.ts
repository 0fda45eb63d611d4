import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';

export const LANGUAGES = ['en', 'fr'] as const;
export type Language = (typeof LANGUAGES)[number];

// Only the chosen language is kept in localStorage, so the sign-in page opens in it.
// Nothing else about the person or their work is ever written to browser storage.
const LANGUAGE_KEY = 'harbour.language';

type Resources = Record<string, Record<string, Record<string, unknown>>>;

// Every capability adds its own namespace as locales/<lang>/<namespace>.json; they are picked up here.
const files = import.meta.glob<Record<string, unknown>>('../locales/*/*.json', { eager: true, import: 'default' });

function collectResources(modules: Record<string, Record<string, unknown>>): Resources {
  const resources: Resources = {};
  for (const [file, content] of Object.entries(modules)) {
    const match = /locales\/([a-z]{2})\/([\w-]+)\.json$/.exec(file);
    if (!match) continue;
    const [, lang, ns] = match as unknown as [string, string, string];
    (resources[lang] ??= {})[ns] = content;
  }
  return resources;
}

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

function storedLanguage(): Language | null {
  try {
    const value = window.localStorage.getItem(LANGUAGE_KEY);
    return isLanguage(value) ? value : null;
  } catch {
    return null;
  }
}

function browserLanguage(): Language {
  return navigator.language?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

export async function initI18n(): Promise<typeof i18next> {
  const resources = collectResources(files);
  await i18next.use(initReactI18next).init({
    resources,
    lng: storedLanguage() ?? browserLanguage(),
    fallbackLng: 'en',
    supportedLngs: [...LANGUAGES],
    ns: Object.keys(resources.en ?? {}),
    defaultNS: 'common',
    interpolation: { escapeValue: false }, // React escapes already.
    returnNull: false,
  });
  document.documentElement.lang = i18next.language;
  i18next.on('languageChanged', (lng) => {
    document.documentElement.lang = lng;
  });
  return i18next;
}

/** Switches the interface language and remembers it on this device (language only). */
export async function switchLanguage(language: Language): Promise<void> {
  try {
    window.localStorage.setItem(LANGUAGE_KEY, language);
  } catch {
    // Private windows may refuse storage; the switch still applies for this visit.
  }
  if (i18next.language !== language) await i18next.changeLanguage(language);
}

// A language picked before signing in, during this visit. It is kept for the account at sign-in
// rather than replaced by the account's older preference.
let chosenBeforeSignIn: Language | null = null;

export function rememberChoiceBeforeSignIn(language: Language | null): void {
  chosenBeforeSignIn = language;
}

export function choiceBeforeSignIn(): Language | null {
  return chosenBeforeSignIn;
}

export function currentLanguage(): Language {
  return isLanguage(i18next.language) ? i18next.language : 'en';
}
