import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Every namespace must exist in every language with the same keys, so no screen ever shows a
// raw key or falls back to English mid-sentence. Plural forms differ by language (French has
// _many), so plural suffixes are compared as one key.
const localesDir = import.meta.dirname;
const languages = readdirSync(localesDir, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

function flatten(value: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (child !== null && typeof child === 'object') for (const [k, v] of flatten(child, path)) out.set(k, v);
    else out.set(path, String(child));
  }
  return out;
}

function load(lang: string, ns: string): Map<string, string> {
  return flatten(JSON.parse(readFileSync(join(localesDir, lang, `${ns}.json`), 'utf8')));
}

const namespaces = [
  ...new Set(
    languages.flatMap((lang) =>
      readdirSync(join(localesDir, lang))
        .filter((f) => f.endsWith('.json'))
        .map((f) => f.replace(/\.json$/, '')),
    ),
  ),
];
const baseKeys = (keys: Map<string, string>) => new Set([...keys.keys()].map((k) => k.replace(PLURAL_SUFFIX, '')));
const variables = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('locale files', () => {
  it('cover English and French', () => {
    expect(languages.sort()).toEqual(['en', 'fr']);
  });

  it.each(namespaces.flatMap((ns) => languages.map((lang) => [ns, lang])))('namespace %s exists in %s', (ns, lang) => {
    expect(readdirSync(join(localesDir, lang))).toContain(`${ns}.json`);
  });

  it.each(namespaces)('namespace %s has the same keys in every language', (ns) => {
    const [first, ...rest] = languages.map((lang) => ({ lang, keys: baseKeys(load(lang, ns)) }));
    for (const other of rest) {
      const missingInOther = [...first!.keys].filter((k) => !other.keys.has(k));
      const missingInFirst = [...other.keys].filter((k) => !first!.keys.has(k));
      expect(missingInOther, `${ns}: keys in ${first!.lang} missing from ${other.lang}`).toEqual([]);
      expect(missingInFirst, `${ns}: keys in ${other.lang} missing from ${first!.lang}`).toEqual([]);
    }
  });

  it.each(namespaces)('namespace %s uses the same {{variables}} and no empty texts in every language', (ns) => {
    const [en, ...others] = languages.map((lang) => load(lang, ns));
    for (const other of others) {
      for (const [key, text] of other) {
        expect(text.trim(), `${ns}:${key} is empty`).not.toBe('');
        const match = en!.get(key) ?? en!.get(key.replace(PLURAL_SUFFIX, '_other'));
        if (match !== undefined) expect(variables(text), `${ns}:${key}`).toEqual(variables(match));
      }
    }
  });
});
