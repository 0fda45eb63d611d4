import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { assess } from '../core';
import { UsageError } from './usage-error';

export function readJsonInput(file: string): unknown {
  let text: string;
  try {
    text = file === '-' ? readFileSync(0, 'utf8') : readFileSync(file, 'utf8');
  } catch {
    throw new UsageError(`cannot read ${file === '-' ? 'standard input' : `"${file}"`}: check the path.`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new UsageError(`${file === '-' ? 'standard input' : file} is not valid JSON (${(error as Error).message}).`);
  }
}

export function registerAssessCommands(program: Command): void {
  program
    .command('assess')
    .description('Assess a case-facts document (JSON, see shared contract) and print the assessment document.')
    .argument('<file>', 'path to the case-facts JSON, or - for standard input')
    .action((file: string) => {
      const result = assess(readJsonInput(file));
      if (!result.ok) {
        throw new UsageError(`the case-facts document has ${result.issues.length} problem(s):\n${result.issues.map((i) => `  ${i.path}: ${i.message}`).join('\n')}`);
      }
      process.stdout.write(`${JSON.stringify(result.value, null, 2)}\n`);
    });
}
