import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REMEDY_IDS } from '../../core/contract';
import { listRemedies } from '../../core/remedies';
import { remedyNamer } from './remedy-names';

// What GET /api/knowledge/remedies sends (src/knowledge/routes.ts): each remedy's id and name.
const served = listRemedies().map((k) => ({ id: k.id, name: k.name }));
const casesWording = (lang: 'en' | 'fr') =>
  JSON.parse(readFileSync(join(import.meta.dirname, '..', 'locales', lang, 'cases.json'), 'utf8')) as Record<string, unknown>;

describe('remedy names in the consent forms and ledger', () => {
  it.each(['en', 'fr'])('names every remedy from the server in %s, never by its id', (lang) => {
    const name = remedyNamer(served, lang, 'a remedy');
    for (const id of REMEDY_IDS) {
      expect(name(id)).not.toBe(id);
      expect(name(id)).toBe(lang === 'fr' ? listRemedies().find((k) => k.id === id)!.name.fr : listRemedies().find((k) => k.id === id)!.name.en);
    }
  });

  it('shows "a remedy", not a raw key, for a remedy the server has not named (loading, or no longer catalogued)', () => {
    expect(remedyNamer(undefined, 'en', 'A remedy')('hc')).toBe('A remedy');
    expect(remedyNamer(served, 'fr', 'Un recours')('remedy-added-tomorrow')).toBe('Un recours');
  });

  it('keeps no copy of the remedy names in the web wording, so adding a remedy needs no web edit', () => {
    for (const lang of ['en', 'fr'] as const) {
      expect(casesWording(lang)).not.toHaveProperty('remedies');
      expect((casesWording(lang).consents as Record<string, string>).unknownRemedy).toBeTruthy();
    }
  });
});

describe('remedy names across the web', () => {
  it('no component looks a remedy name up in the locale files (they hold none: the server names remedies)', async () => {
    const { readdirSync } = await import('node:fs');
    const web = join(import.meta.dirname, '..');
    const sources = (readdirSync(web, { recursive: true }) as string[]).filter((f) => /\.tsx?$/.test(f) && !f.endsWith('.test.ts'));
    const offenders = sources.filter((f) => /[`'"]remedies\.\$\{/.test(readFileSync(join(web, f), 'utf8')));
    expect(offenders).toEqual([]);
  });
});
