#!/usr/bin/env node
// Runs a TypeScript file through tsx's loader, like bin/harbour.js does for the CLI:
// `node bin/run-ts.js bench/run.ts --quick`. The remaining arguments reach the script.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { register } from 'tsx/esm/api';

const [file, ...rest] = process.argv.slice(2);
if (!file) {
  process.stderr.write('usage: node bin/run-ts.js <file.ts> [arguments…]\n');
  process.exit(2);
}
process.argv = [process.argv[0], resolve(file), ...rest];
register();
await import(pathToFileURL(resolve(file)).href);
