import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { noteText } from '../../src/core/planning';
import { indicator, screeningText } from '../../src/core/screening';
import { repoRoot } from '../support/e2e-server';

// Law written once (issue #12): the browser shows the server's legal view and no longer ships the
// legal engine (screening, remedies, planning) or its wording. Built into a folder of its own, so
// the browser tier's dist/web is left alone.

let outDir: string;
let scripts: { file: string; text: string }[];

function jsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? jsFiles(join(dir, e.name)) : e.name.endsWith('.js') ? [join(dir, e.name)] : [],
  );
}

beforeAll(() => {
  outDir = mkdtempSync(join(tmpdir(), 'harbour-web-bundle-'));
  const build = spawnSync(
    process.execPath,
    [join(repoRoot, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'src/web/vite.config.ts', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'],
    // As `npm run build` makes it: the test runner's NODE_ENV=test would make React's development build.
    { cwd: repoRoot, encoding: 'utf8', timeout: 240_000, env: { ...process.env, NODE_ENV: 'production' } },
  );
  if (build.status !== 0) throw new Error(`The web build failed:\n${build.stdout}\n${build.stderr}`);
  scripts = jsFiles(outDir).map((file) => ({ file: relative(outDir, file), text: readFileSync(file, 'utf8') }));
}, 300_000);
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

/** Text only the legal engine carries: rule ids, source names and its sentences, in both languages. */
const ENGINE = [
  'evaluateRemedies',
  'prra.refugee-rejection-bar',
  'Operational Bulletin 440-H',
  screeningText.en.continuumReasons['person-level-rule-met'],
  screeningText.fr.continuumReasons['person-level-rule-met'],
  screeningText.en.personRule.child.slice(0, 40),
  screeningText.en.caveats['ilo-weights-expert-consensus'],
  screeningText.en.flags['sex-industry-immigration-risk'].why.slice(0, 60),
  indicator('documents-confiscated').question.en,
  indicator('documents-confiscated').question.fr,
  noteText({ code: 'strategy', strategy: 'evidence-first' }, 'en').slice(0, 40),
  noteText({ code: 'strategy', strategy: 'evidence-first' }, 'fr').slice(0, 40),
];

describe('the web bundle', () => {
  it('is what the browser runs: the pages’ own wording is there', () => {
    expect(scripts.length).toBeGreaterThan(1);
    const all = scripts.map((s) => s.text).join('\n');
    // A positive control: the search below reads the text the build emits.
    expect(all).toContain('Risks for this client');
    expect(all).toContain('Risques pour cette personne');
  });

  it.each(ENGINE)('no longer carries the legal engine: %s', (needle) => {
    expect(needle.length).toBeGreaterThan(10);
    expect(scripts.filter((s) => s.text.includes(needle)).map((s) => s.file)).toEqual([]);
  });

  it('reports its size', () => {
    const raw = scripts.reduce((n, s) => n + Buffer.byteLength(s.text), 0);
    const gzip = scripts.reduce((n, s) => n + gzipSync(s.text, { level: 9 }).length, 0);
    console.info(`web bundle: ${scripts.length} scripts, ${raw} bytes, ${gzip} bytes gzipped`);
    expect(gzip).toBeGreaterThan(0);
  });
});
