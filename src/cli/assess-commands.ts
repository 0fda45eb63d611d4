import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Command } from 'commander';
import { assess, assessFacts, ASSESSMENT_LANGS, caseFactsSchema, isAssessmentLang, parseWith } from '../core';
import { UsageError } from './usage-error';

function readJsonInput(file: string): unknown {
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
    .option('--lang <lang>', `language of every sentence: ${ASSESSMENT_LANGS.join(' or ')} (ids, codes and dates are the same in each)`, 'en')
    .action((file: string, o: { lang: string }) => {
      if (!isAssessmentLang(o.lang))
        throw new UsageError(`--lang: "${o.lang}" is not a language the assessment is written in; use ${ASSESSMENT_LANGS.join(' or ')}.`);
      const result = assess(readJsonInput(file), { lang: o.lang });
      if (!result.ok) {
        throw new UsageError(
          `the case-facts document has ${result.issues.length} problem(s):\n${result.issues.map((i) => `  ${i.path}: ${i.message}`).join('\n')}`,
        );
      }
      process.stdout.write(`${JSON.stringify(result.value, null, 2)}\n`);
    });
}

const SHEET_LANGS = ['en', 'fr', 'es', 'tl', 'zh-Hans', 'pa'] as const;

export function registerSheetCommand(program: Command): void {
  program
    .command('sheet')
    .description("Build the client's options sheet from a case-facts document: one page per option, in plain language.")
    .argument('<file>', 'path to the case-facts JSON, or - for standard input')
    .option('--lang <lang>', `language: ${SHEET_LANGS.join(', ')}`, 'en')
    .option('--format <format>', 'pdf or docx', 'pdf')
    .requiredOption('--out <path>', 'where to write the document (an existing file is kept unless --force)')
    .option('--force', 'replace the file at --out if it exists')
    .action(async (file: string, o: { lang: string; format: string; out: string; force?: boolean }) => {
      if (existsSync(o.out) && !o.force) throw new UsageError(`--out: ${o.out} already exists; choose a new file name, or add --force to replace it.`);
      if (!existsSync(dirname(resolve(o.out)))) throw new UsageError(`--out: the folder ${dirname(resolve(o.out))} does not exist; create it first.`);
      if (!(SHEET_LANGS as readonly string[]).includes(o.lang))
        throw new UsageError(`--lang: "${o.lang}" is not available; use one of ${SHEET_LANGS.join(', ')}.`);
      if (o.format !== 'pdf' && o.format !== 'docx') throw new UsageError(`--format: "${o.format}" is not supported; use pdf or docx.`);
      const parsed = parseWith(caseFactsSchema, readJsonInput(file));
      if (!parsed.ok)
        throw new UsageError(
          `the case-facts document has ${parsed.issues.length} problem(s):\n${parsed.issues.map((i) => `  ${i.path}: ${i.message}`).join('\n')}`,
        );
      const { buildOptionsSheet } = await import('../documents');
      const bytes = await buildOptionsSheet(
        { facts: parsed.value, assessment: assessFacts(parsed.value) },
        { lang: o.lang as (typeof SHEET_LANGS)[number], format: o.format },
      );
      writeFileSync(o.out, bytes);
      process.stderr.write(
        `Wrote ${o.out} (${bytes.length} bytes, ${o.lang}, ${o.format}).${['en', 'fr'].includes(o.lang) ? '' : ' This translation has not been reviewed yet; the document says so on every page.'}\n`,
      );
    });
}
