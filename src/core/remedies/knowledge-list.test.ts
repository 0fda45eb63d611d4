import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REMEDY_IDS } from '../contract';

// The list of remedy modules (knowledge/remedies.generated.ts) is written by this test, not by hand:
// a new remedy's folder and its contract id are enough, and `npx vitest run
// src/core/remedies/knowledge-list.test.ts -u` writes the imports. The catalogue loads in the
// contract's order, which is the order of results.

const KNOWLEDGE = join(import.meta.dirname, 'knowledge');
const folders = readdirSync(KNOWLEDGE, { withFileTypes: true })
  .filter((e) => e.isDirectory() && e.name !== 'common')
  .map((e) => e.name)
  .sort();
const exportName = (id: string) => id.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

/** The file as Prettier lays it out (one import and one module per line). */
function generated(): string {
  return [
    '// Written by src/core/remedies/knowledge-list.test.ts from the contract ids and the remedy folders: do not edit',
    '// (a new remedy: its folder, its contract id, then `npx vitest run src/core/remedies/knowledge-list.test.ts -u`).',
    "import type { RemedyKnowledge } from '../model';",
    ...folders.map((id) => `import { ${exportName(id)} } from './${id}/${id}';`),
    '',
    '/** Every remedy module, in the order of the contract ids. */',
    'export const REMEDY_MODULES: readonly RemedyKnowledge[] = [',
    ...REMEDY_IDS.filter((id) => folders.includes(id)).map((id) => `  ${exportName(id)},`),
    '];',
    '',
  ].join('\n');
}

describe('the list of remedy modules', () => {
  it('every contract remedy has a folder, and every folder is a contract remedy', () => {
    expect(folders).toEqual([...REMEDY_IDS].sort());
  });

  it('each folder exports its remedy under the camel-case name of its id', () => {
    for (const id of folders) expect(readFileSync(join(KNOWLEDGE, id, `${id}.ts`), 'utf8')).toContain(`export const ${exportName(id)}: RemedyKnowledge`);
  });

  it('knowledge/remedies.generated.ts is the list these folders give (regenerate with -u)', async () => {
    await expect(generated()).toMatchFileSnapshot('./knowledge/remedies.generated.ts');
  });
});
