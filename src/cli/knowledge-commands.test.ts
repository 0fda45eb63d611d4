import { Command } from 'commander';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { knowledgeReport } from '../core/remedies';
import { registerKnowledgeCommands } from './knowledge-commands';

function run(args: string[]): string {
  const chunks: string[] = [];
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    chunks.push(String(chunk));
    return true;
  });
  try {
    const program = new Command().exitOverride();
    registerKnowledgeCommands(program);
    program.parse(['node', 'harbour', ...args]);
  } finally {
    spy.mockRestore();
  }
  return chunks.join('');
}

afterEach(() => vi.restoreAllMocks());

describe('harbour knowledge report', () => {
  it('says how many of the 13 provinces and territories are reviewed', () => {
    const text = run(['knowledge', 'report', '--as-of', '2026-12-05']);
    expect(text).toContain('Provinces and territories reviewed: 13 of 13.');
  });

  it('answers in French with --lang fr, with the same numbers in columns that line up', () => {
    const en = run(['knowledge', 'report', '--as-of', '2026-12-05']).split('\n');
    const fr = run(['knowledge', 'report', '--as-of', '2026-12-05', '--lang', 'fr']).split('\n');
    expect(fr[0]).toMatch(/^Rapport sur les connaissances au 5 déc\. 2026/);
    expect(fr).toContain('Provinces et territoires examinés : 13 sur 13.');
    const numbers = (line: string) =>
      line
        .trim()
        .split(/\s+/)
        .filter((x) => /^\d+$/.test(x));
    const totalEn = en.find((l) => l.trim().startsWith('total'))!;
    const totalFr = fr.find((l) => l.trim().startsWith('total'))!;
    expect(numbers(totalFr)).toEqual(numbers(totalEn));
    // Each number ends under the end of its heading.
    const header = fr.find((l) => l.includes('juridiction'))!;
    for (const heading of ['vérifié', 'secondaire', 'non vérifié', 'introuvable', 'non recherché'])
      expect(header.indexOf(heading) + heading.length, heading).toBeLessThanOrEqual(totalFr.length);
    expect(header.length).toBe(totalFr.length);
    expect(fr.join('\n')).not.toMatch(/reviewed|Start dates|not found =/);
  });

  it('has a "not found" column next to unverified, per jurisdiction and in the total', () => {
    const text = run(['knowledge', 'report', '--as-of', '2026-12-05']);
    const header = text.split('\n').find((l) => l.includes('jurisdiction'))!;
    expect(header).toMatch(/checked\s+read\s+secondary\s+unverified\s+not found\s+stale/);
    const report = knowledgeReport('2026-12-05');
    const total = text.split('\n').find((l) => l.trim().startsWith('total'))!;
    const numbers = total.trim().split(/\s+/).slice(1).map(Number);
    // checked, read, secondary, unverified (without not found), not found, stale, start known, not researched
    expect(numbers).toEqual([
      report.totals.checked,
      report.totals['official-text'] - report.totals.checked,
      report.totals.secondary,
      report.totals.unverified - report.totals.notFound,
      report.totals.notFound,
      report.totals.stale,
      report.totals.starts.researched,
      report.totals.starts.notResearched,
    ]);
    expect(text).toContain('not found = searched for in official sources and not found');
  });
  it('prints notFound in the JSON, per jurisdiction and in the totals', () => {
    const report = JSON.parse(run(['knowledge', 'report', '--as-of', '2026-12-05', '--json'])) as ReturnType<typeof knowledgeReport>;
    expect(typeof report.totals.notFound).toBe('number');
    for (const row of Object.values(report.byJurisdiction)) expect(row.notFound).toBeLessThanOrEqual(row.counts.unverified);
    expect(Object.values(report.byJurisdiction).reduce((n, row) => n + row.notFound, 0)).toBe(report.totals.notFound);
  });
});

describe('harbour knowledge show <jurisdiction>', () => {
  it('prints every value of a province with its versions, dates and sources, as its data file holds them', () => {
    const text = run(['knowledge', 'show', 'bc']);
    expect(text).toContain('British Columbia (BC) — reviewed');
    expect(text).toContain('  small-claims.limit:');
    expect(text).toMatch(/maxDollars: 35000;.*\n\s+\[secondary source\] in force from 1 Jun 2017/);
    expect(text).toMatch(/maxDollars: 25000;.*\n\s+\[UNVERIFIED\] in force from 1 Sep 2005 until 31 May 2017/);
    expect(text).toContain('s. 80(1.1): "Despite subsection (1) (a)');
  });

  it('answers in French with --lang fr, and says what was not found', () => {
    const text = run(['knowledge', 'show', 'NU', '--lang', 'fr']);
    expect(text).toContain('Nunavut (NU)');
    expect(text).toMatch(/months: introuvable; trigger: introuvable; body: Bureau de conformité/);
    expect(text).toContain('Not found in official sources as of 2026-12-05');
    // The words around the data are French too; ids, codes and field names stay as the file writes them.
    expect(text).toContain('Nunavut (NU) — examiné');
    expect(text).toMatch(/\[source secondaire\] date de début non recherchée; date de révision non consignée|\[texte officiel\]|\[NON VÉRIFIÉ\]/);
    expect(text).not.toMatch(/start not researched|last reviewed|official text\]|secondary source\]|UNVERIFIED\]/);
  });

  it('says federal law lives in the remedies', () => {
    expect(run(['knowledge', 'show', 'federal'])).toContain('federal law is encoded rule by rule in the remedies');
  });

  it('refuses an id that is neither a remedy nor a jurisdiction', () => {
    expect(() => run(['knowledge', 'show', 'zz'])).toThrow(/neither a remedy id nor a jurisdiction code/);
  });
});

describe('harbour knowledge show <remedy> --lang fr', () => {
  it('puts French words and French dates around the remedy, and keeps its ids and codes as the files write them', () => {
    const text = run(['knowledge', 'show', 'prra', '--lang', 'fr']);
    for (const heading of [
      '  Décideur:',
      '  Fondement juridique:',
      '  Règles d’admissibilité:',
      '  Préjudices collatéraux:',
      '  Interdictions visant ce recours:',
      '  Consentement requis:',
    ])
      expect(text).toContain(heading);
    expect(text).toMatch(/en vigueur depuis le \d{1,2} [a-zéû]+\.? \d{4}/);
    expect(text).toMatch(/ → (eligible|ineligible|blocks|caution|[a-z-]+):/);
    expect(text).not.toMatch(/Legal basis|Eligibility rules|Collateral harm|in force from|last reviewed|Consent needed/);
  });
});
