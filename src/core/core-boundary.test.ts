import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// The core must stay usable from the CLI, the server and the browser alike, so it may import
// only itself and a short list of pure libraries. Anything else (node:*, the database, React,
// process.env, the clock) belongs in an adapter.
const ALLOWED_PACKAGES = new Set(['zod']);
const TEST_ONLY_PACKAGES = new Set(['vitest', 'fast-check', 'node:fs', 'node:path', 'node:url']);
const FORBIDDEN_GLOBALS = [/\bprocess\.env\b/, /\bDate\.now\(/, /\bnew Date\(\s*\)/, /\bfetch\(/, /\bMath\.random\(/];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

const coreDir = import.meta.dirname;
const files = sourceFiles(coreDir);

describe('the pure core', () => {
  it.each(files.map((f) => [relative(coreDir, f), f]))('%s imports nothing outside the core but pure libraries', (_name, file) => {
    const text = readFileSync(file, 'utf8');
    const isTest = /\.test(-support)?\.tsx?$/.test(file); // support files are imported by tests only
    const specifiers = [...text.matchAll(/(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1] ?? m[2]!);
    for (const spec of specifiers) {
      if (spec.startsWith('.')) {
        expect(join(file, '..', spec).startsWith(coreDir), `${spec} leaves the core`).toBe(true);
        continue;
      }
      const allowed = ALLOWED_PACKAGES.has(spec) || (isTest && TEST_ONLY_PACKAGES.has(spec));
      expect(allowed, `core file imports "${spec}"`).toBe(true);
    }
    if (!isTest) for (const pattern of FORBIDDEN_GLOBALS) expect(text, `core file uses ${pattern}`).not.toMatch(pattern);
  });
});
