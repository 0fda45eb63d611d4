import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// One date format per language (ADR 0020): every date a person reads, on a screen, in a table, a
// document, an e-mail or the terminal, goes through core/dates/format.ts. This test reads every
// source file of src and refuses the other ways of writing a date, so a new screen cannot bring
// back "Dec 5, 2026" next to "5 Dec 2026". A machine day (YYYY-MM-DD) comes from utcDayOf.

const srcDir = join(import.meta.dirname, '..', '..');
const FORMATTER = join(import.meta.dirname, 'format.ts');

const FORBIDDEN: [RegExp, string][] = [
  [/\btoLocaleDateString\s*\(/, 'toLocaleDateString'],
  [/\btoLocaleTimeString\s*\(/, 'toLocaleTimeString'],
  [/\btoLocaleString\s*\(/, 'toLocaleString'],
  [/\bIntl\s*\.\s*DateTimeFormat\b/, 'Intl.DateTimeFormat'],
  [/\bIntl\s*\.\s*RelativeTimeFormat\b/, 'Intl.RelativeTimeFormat'],
  [/\b(dateStyle|timeStyle)\s*:/, 'dateStyle / timeStyle'],
  [/\.to(Date|Time|UTC|GMT)String\s*\(/, 'toDateString / toTimeString / toUTCString'],
  [/\.toISOString\(\)\s*\.\s*(slice|substring|substr|split)\s*\(/, 'toISOString().slice (use utcDayOf)'],
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

/** The code without its comments, so a comment may still name what it avoids. */
const withoutComments = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');

const files = sourceFiles(srcDir).filter((f) => f !== FORMATTER);

describe('one date format per language', () => {
  it('scans the web, the documents, the CLI and the server alike', () => {
    const names = files.map((f) => relative(srcDir, f));
    for (const dir of ['web/', 'documents/', 'cli/', 'core/planning/options-sheet/', 'reminders/']) expect(names.some((n) => n.startsWith(dir))).toBe(true);
  });

  it.each(files.map((f) => [relative(srcDir, f), f]))('%s writes dates only through core/dates/format.ts', (_name, file) => {
    const code = withoutComments(readFileSync(file, 'utf8'));
    for (const [pattern, what] of FORBIDDEN) expect(code, `${what}: use formatDay / formatInstant from core/dates/format.ts`).not.toMatch(pattern);
  });
});
