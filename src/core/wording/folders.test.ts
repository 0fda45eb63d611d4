import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { flattened, placeholdersOf, wordingParityProblems } from './index';

// Every folder of core wording (src/core/**/wording/*.json) is checked here as well as when its
// module loads, so a folder nobody imports in a test still cannot drift: English and French
// have the same codes, no empty sentence and the same {placeholders}; a draft language (the
// options sheet's es, tl, zh-Hans, pa) may lack codes but has none English lacks.

const coreDir = join(import.meta.dirname, '..');

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

const files = walk(coreDir);
const wordingFiles = files.filter((f) => basename(dirname(f)) === 'wording' && f.endsWith('.json'));
const folders = [...new Set(wordingFiles.map((f) => dirname(f)))].sort();
// A file is flat (`"code": "sentence"`) or a tree of sentences read by dotted code (screening).
const read = (file: string) => flattened(JSON.parse(readFileSync(file, 'utf8')) as object);
// The options sheet's page of each remedy (`remedy.<id>.<field>`) is written in English with the remedy, as `<id>.sheet.<field>`.
const remedyPages = Object.fromEntries(
  wordingFiles
    .filter((f) => /remedies\/knowledge\/[^/]+\/wording\/en\.json$/.test(f))
    .flatMap((f) =>
      Object.entries(read(f)).flatMap(([code, sentence]) =>
        /^([a-z0-9-]+)\.sheet\.(\w+)$/.exec(code) ? [[`remedy.${code.replace('.sheet.', '.')}`, sentence]] : [],
      ),
    ),
);
const englishOf = (name: string, folder: string) => ({ ...read(join(folder, 'en.json')), ...(name === 'planning/options-sheet/wording' ? remedyPages : {}) });

describe('core wording folders', () => {
  it('exist for the screening, its catalogue, the plan and the options sheet', () => {
    const names = folders.map((f) => relative(coreDir, f));
    for (const expected of ['screening/wording', 'screening/catalogue/wording', 'planning/wording', 'planning/options-sheet/wording'])
      expect(names).toContain(expected);
  });

  it.each(folders.map((f) => [relative(coreDir, f), f]))('%s: English and French word the same codes with the same placeholders', (name, folder) => {
    const en = read(join(folder, 'en.json'));
    const fr = read(join(folder, 'fr.json'));
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
    expect(wordingParityProblems(name, { en, fr })).toEqual([]);
  });

  it.each(folders.map((f) => [relative(coreDir, f), f]))('%s: a draft language has no code English lacks, and the same placeholders', (name, folder) => {
    const en = englishOf(name, folder);
    const drafts = readdirSync(folder).filter((f) => f.endsWith('.json') && f !== 'en.json' && f !== 'fr.json');
    for (const draft of drafts) {
      const file = read(join(folder, draft));
      for (const [code, sentence] of Object.entries(file)) {
        expect(en[code], `${name}/${draft} "${code}" is not an English code`).toBeDefined();
        expect(sentence.trim(), `${name}/${draft} "${code}"`).not.toBe('');
        expect(placeholdersOf(sentence), `${name}/${draft} "${code}"`).toEqual(placeholdersOf(en[code]!));
      }
    }
  });
});

// Wording lives in the files above, not in the rules, the remedies' included (their folders:
// remedies/wording, remedies/knowledge/<id>/wording, remedies/jurisdictions/<code>/wording).
const checked = files.filter((f) => /\.ts$/.test(f) && !/\.test(-support)?\.ts$/.test(f));

describe('core code', () => {
  it.each(checked.map((f) => [relative(coreDir, f), f]))('%s writes no sentence as an inline t(en, fr) pair or a language ternary', (_name, file) => {
    const text = readFileSync(file, 'utf8');
    expect(text, 'inline t(en, fr) pair').not.toMatch(/(?<![\w.])t\(\s*['"`]/);
    expect(text, 'a lang === "fr" ternary').not.toMatch(/lang(uage)?\s*===\s*['"](en|fr)['"]\s*\?/);
  });
});
