import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { assessmentSchema, REMEDY_IDS } from '../../src/core/contract';

const root = resolve(import.meta.dirname, '../..');
const fixture = join(root, 'tests/fixtures/case-facts-domestic-worker.json');
const out = mkdtempSync(join(tmpdir(), 'hb-cli-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

function harbour(args: string[], input?: string) {
  const { DATABASE_URL: _ignored, ...env } = process.env;
  return spawnSync(process.execPath, [join(root, 'bin/harbour.js'), ...args], { cwd: root, encoding: 'utf8', input, env: { ...env, HARBOUR_DATA_DIR: out } });
}

describe('harbour assess', () => {
  it('prints an assessment document that validates against the contract', () => {
    const run = harbour(['assess', fixture]);
    expect(run.status).toBe(0);
    const doc = assessmentSchema.parse(JSON.parse(run.stdout));
    expect(doc.remedies).toHaveLength(REMEDY_IDS.length);
    expect(doc.flags.map((f) => f.id)).toContain('imminent-removal');
  });

  it('reads standard input with -', () => {
    const run = harbour(['assess', '-'], readFileSync(fixture, 'utf8'));
    expect(run.status).toBe(0);
  });

  it('exits 2 and names every offending field', () => {
    const bad = {
      contractVersion: 1,
      asOf: '2026-13-01',
      person: { ageBand: 'adult', province: 'XX', immigrationStatus: 'no-status' },
      facts: [
        { id: 'violence', answer: 'yes' },
        { id: 'made-up', answer: 'yes' },
      ],
      colour: 'blue',
    };
    const run = harbour(['assess', '-'], JSON.stringify(bad));
    expect(run.status).toBe(2);
    for (const path of ['asOf', 'person.province', 'facts[0].phase', 'facts[1].id', '"colour"']) expect(run.stderr).toContain(path);
  });

  it('accepts every field of the December 2026 contract additions and names the field of each misuse', () => {
    const facts = JSON.parse(readFileSync(fixture, 'utf8')) as { person: Record<string, unknown> };
    const person = {
      ...facts.person,
      entries: [
        { date: '2024-01-10', via: 'air' },
        { date: '2026-02-01', via: 'land-from-us-at-port' },
      ],
      priorRefugeeClaim: { outcome: 'withdrawn', date: '2026-07-01', withdrawnAfterSubstantiveEvidence: 'no' },
      refugeeHistoryAbroad: 'none',
      prra: { state: 'pending', date: '2026-10-01' },
      maintainedStatus: 'yes',
      witnessInProceedings: 'no',
      designatedForeignNational: 'unknown',
    };
    expect(harbour(['assess', '-'], JSON.stringify({ ...facts, person })).status).toBe(0);
    const misuse = {
      ...person,
      entries: [{ date: '2026-02-01', via: 'air' }, { date: '2024-01-10' }],
      refugeeHistoryAbroad: 'elsewhere',
      priorRefugeeClaim: { outcome: 'rejected', withdrawnAfterSubstantiveEvidence: 'yes' },
      prra: { state: 'maybe' },
    };
    const run = harbour(['assess', '-'], JSON.stringify({ ...facts, person: misuse }));
    expect(run.status).toBe(2);
    for (const path of [
      'person.refugeeHistoryAbroad',
      'person.entries[1].date',
      'person.priorRefugeeClaim.withdrawnAfterSubstantiveEvidence',
      'person.prra.state',
    ])
      expect(run.stderr).toContain(path);
  });

  it('answers in French with --lang fr: every sentence French, ids, codes and dates as in English', () => {
    const en = assessmentSchema.parse(JSON.parse(harbour(['assess', fixture]).stdout));
    const run = harbour(['assess', fixture, '--lang', 'fr']);
    expect(run.status, run.stderr).toBe(0);
    const fr = assessmentSchema.parse(JSON.parse(run.stdout));
    expect(fr.remedies.map((r) => [r.id, r.eligibility, r.deadline?.date, r.risks.map((k) => `${k.id} ${k.level}`)])).toEqual(
      en.remedies.map((r) => [r.id, r.eligibility, r.deadline?.date, r.risks.map((k) => `${k.id} ${k.level}`)]),
    );
    expect(fr.flags.map((f) => f.id)).toEqual(en.flags.map((f) => f.id));
    expect(fr.plan.steps.map((s) => s.remedy)).toEqual(en.plan.steps.map((s) => s.remedy));
    const removal = fr.flags.find((f) => f.id === 'imminent-removal')!;
    expect(removal.why).toContain('Le renvoi est prévu le 2026-12-08');
    expect(fr.plan.tradeOffs.join(' ')).not.toBe(en.plan.tradeOffs.join(' '));
    const frReasons = fr.remedies.flatMap((r) => r.reasons);
    const enReasons = new Set(en.remedies.flatMap((r) => r.reasons));
    expect(frReasons.filter((r) => enReasons.has(r))).toEqual([]);
  });

  it('exits 2 with a sentence for a language it does not write in, before reading the file', () => {
    for (const lang of ['es', 'FR', '']) {
      const run = harbour(['assess', join(out, 'no-such-file.json'), '--lang', lang]);
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(/--lang: .* is not a language the assessment is written in; use en or fr\./);
      expect(run.stdout).toBe('');
    }
  });

  it('exits 2 on a file that is not JSON', () => {
    const run = harbour(['assess', '-'], '{not json');
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/not valid JSON/);
  });
});

describe('harbour sheet', () => {
  it('writes a French PDF options sheet', () => {
    const file = join(out, 'sheet.pdf');
    const run = harbour(['sheet', fixture, '--lang', 'fr', '--format', 'pdf', '--out', file]);
    expect(run.status).toBe(0);
    expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
    const text = spawnSync('pdftotext', [file, '-'], { encoding: 'utf8' }).stdout;
    expect(text).toContain('information juridique');
  });

  it('refuses an unknown language with exit 2', () => {
    expect(harbour(['sheet', fixture, '--lang', 'xx', '--out', join(out, 'x.pdf')]).status).toBe(2);
  });
});

describe('harbour knowledge', () => {
  it('reports verified, secondary and unverified counts by jurisdiction', () => {
    const run = harbour(['knowledge', 'report', '--as-of', '2026-11-28', '--json']);
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.totals.total).toBeGreaterThan(100);
    expect(report.byJurisdiction.PE.review).toBe('reviewed');
  });
});

describe('usage', () => {
  it('exits 0 for --help and 2 for an unknown command', () => {
    expect(harbour(['--help']).status).toBe(0);
    expect(harbour(['assess', '--help']).status).toBe(0);
    expect(harbour(['no-such-command']).status).toBe(2);
  });
});
