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
