import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import i18next, { type TFunction } from 'i18next';

const locales = join(import.meta.dirname, '../../src/web/locales');

/** A namespace of the web's wording, as the browser loads it. */
export const loadWording = (lang: string, ns: string) => JSON.parse(readFileSync(join(locales, lang, `${ns}.json`), 'utf8')) as Record<string, unknown>;

/**
 * The web's translate function in English and in French, over the given namespaces (the first is
 * the default), outside a browser; every key asked for and not found is collected in `missing`.
 */
export async function webTranslators(namespaces: string[]): Promise<{ t: Record<'en' | 'fr', TFunction>; missing: string[] }> {
  const missing: string[] = [];
  const t = {} as Record<'en' | 'fr', TFunction>;
  for (const lang of ['en', 'fr'] as const) {
    const instance = i18next.createInstance();
    await instance.init({
      lng: lang,
      ns: namespaces,
      defaultNS: namespaces[0],
      resources: { [lang]: Object.fromEntries(namespaces.map((ns) => [ns, loadWording(lang, ns)])) },
      parseMissingKeyHandler: (key) => {
        missing.push(`${lang}: ${key}`);
        return key;
      },
    });
    t[lang] = instance.t;
  }
  return { t, missing };
}
