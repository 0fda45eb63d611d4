import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// One register of sources: every named source is declared once, in sources.ts, with the day it was
// read (or REVIEW_DATE_NOT_RECORDED). A remedy file takes its own from the object of the register
// named after it (VTIP_TRP_SOURCES, …); a jurisdiction's data file registers its own under `sources`
// (jurisdiction-files.test.ts checks that no source is written twice).

const HERE = import.meta.dirname;
const ruleFiles = ['knowledge', 'jurisdictions'].flatMap((kind) =>
  readdirSync(join(HERE, kind), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => join(HERE, kind, e.name, `${e.name}.ts`))
    .filter((f) => existsSync(f)),
);

describe('the register of sources', () => {
  it('no remedy or jurisdiction file declares a named source of its own', () => {
    const declaring = ruleFiles.filter((f) => /^(export )?const \w+ =\s*(secondarySource|ircc)\(/m.test(readFileSync(f, 'utf8')));
    expect(declaring).toEqual([]);
  });
});
