import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { wordingParityProblems, type WordingFile } from '../wording';
import { SHEET_FIELDS } from './model';

// The remedies' sentences live in wording/en.json and wording/fr.json beside the code that uses
// them (one folder per remedy and per jurisdiction, and ./wording for the evaluator and flags).
// Each folder's files are checked for parity when its module loads; these tests check what a
// load cannot: that nothing was left inline, and that no sentence is orphaned by a renamed code.

const HERE = import.meta.dirname;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]));
}
const all = filesUnder(HERE);
const code = all.filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.endsWith('.test-support.ts'));
const wordingFolders = [...new Set(all.filter((f) => /\/wording\/en\.json$/.test(f)).map((f) => dirname(f)))];
type RowData = { id: string; shared?: true };
const read = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as WordingFile;

describe('remedy wording files', () => {
  it('no sentence is written inline as an English/French pair in the remedy logic', () => {
    const inline = code.filter((f) => /\bt\(\s*['"`]/.test(readFileSync(f, 'utf8'))).map((f) => relative(HERE, f));
    expect(inline).toEqual([]);
  });

  it('finds the wording of the evaluator, of every remedy and of every reviewed jurisdiction', () => {
    const folders = wordingFolders.map((f) => relative(HERE, dirname(f)) || '.');
    expect(folders).toContain('.');
    expect(folders).toContain('knowledge/small-claims');
    expect(folders).toContain('jurisdictions/on');
    expect(folders.length).toBeGreaterThanOrEqual(30);
  });

  it.each(wordingFolders.map((f) => [relative(HERE, f), f]))('%s: both languages have the same codes and placeholders', (_name, folder) => {
    expect(wordingParityProblems(folder, { en: read(join(folder, 'en.json')), fr: read(join(folder, 'fr.json')) })).toEqual([]);
  });

  it.each(wordingFolders.map((f) => [relative(HERE, f), f]))('%s: every sentence is used by the code or the data file beside it', (_name, folder) => {
    const owner = dirname(folder);
    const source = code
      .filter((f) => dirname(f) === owner)
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    // A remedy's data file names a row's sentence when it is not the row's own `<id>.reason` (`<id>.why` for a risk)…
    const dataFile = join(owner, `${basename(owner)}.json`);
    const data = existsSync(dataFile) ? readFileSync(dataFile, 'utf8') : '';
    const rows = existsSync(dataFile)
      ? (JSON.parse(data) as {
          id?: string;
          eligibility?: RowData[];
          risks?: RowData[];
          legalBasis?: unknown[];
          yields?: unknown[];
          evidence?: number;
          practiceNotes?: { id: string }[];
        })
      : {};
    // …and its legal basis, timeline and fees are `<remedy>.legalBasis.<n>`, `<remedy>.timeline` and `<remedy>.fees`;
    // its page of the options sheet is `<remedy>.sheet.<field>`; what it yields, its evidence and its practice notes are
    // `<remedy>.yields.<n>.text`, `<remedy>.evidence.<n>` and `<note id>.text`.
    const ownSentences = new Set([
      ...(rows.yields ?? []).map((_, n) => `${rows.id}.yields.${n}.text`),
      ...Array.from({ length: rows.evidence ?? 0 }, (_, n) => `${rows.id}.evidence.${n}`),
      ...(rows.practiceNotes ?? []).map((note) => `${note.id}.text`),
      ...(rows.legalBasis ?? []).map((_, n) => `${rows.id}.legalBasis.${n}`),
      ...(rows.id ? [`${rows.id}.timeline`, `${rows.id}.fees`, ...SHEET_FIELDS.map((f) => `${rows.id}.sheet.${f}`)] : []),
      ...(rows.eligibility ?? []).filter((r) => !r.shared).map((r) => `${r.id}.reason`),
      ...(rows.risks ?? []).filter((r) => !r.shared).map((r) => `${r.id}.why`),
    ]);
    const unused = Object.keys(read(join(folder, 'en.json'))).filter((c) => !source.includes(`'${c}'`) && !data.includes(`"${c}"`) && !ownSentences.has(c));
    expect(unused).toEqual([]);
  });
});
