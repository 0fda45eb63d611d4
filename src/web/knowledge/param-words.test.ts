import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadWording, webTranslators } from '../../../tests/support/translators';
import { listJurisdictions } from '../../core/remedies/catalogue';
import { paramValueLines, type ValueLine } from './param-words';

let t: Record<'en' | 'fr', TFunction>;
let missing: string[];

beforeAll(async () => {
  ({ t, missing } = await webTranslators(['knowledge', 'screening']));
});

const flat = (lines: ValueLine[]): ValueLine[] => lines.flatMap((line) => [line, ...flat(line.lines ?? [])]);

describe('a provincial value in the reader’s words', () => {
  it('words every field and code of every jurisdiction’s data, in English and French, with no field name or code left raw', () => {
    const codes = new Set<string>();
    for (const j of listJurisdictions())
      for (const versions of Object.values(j.params))
        for (const version of versions ?? []) {
          const value = version.value as Record<string, unknown>;
          for (const [field, v] of Object.entries(value)) {
            codes.add(field);
            if (typeof v === 'string') codes.add(v);
            if (v && typeof v === 'object' && !('en' in v)) for (const [k, x] of Object.entries(v)) codes.add(k).add(String(x));
          }
          for (const lang of ['en', 'fr'] as const)
            for (const line of flat(paramValueLines(value, t[lang], lang))) {
              expect(line.label).not.toBe(line.field);
              if (!line.lines) expect(line.text).not.toMatch(/^(null|undefined|)$/);
              // English words can spell a code ("eligible"); in French a code left raw shows.
              if (lang === 'fr') expect(codes.has(line.text) || codes.has(line.label), `${j.code} ${line.field}: ${line.label} ${line.text}`).toBe(false);
            }
        }
    expect(missing).toEqual([]);
  });

  it('says a time limit in months, a limit in dollars and a missing period as not found', () => {
    expect(paramValueLines({ months: 24, trigger: 'wagesDue' }, t.en, 'en')).toEqual([
      { field: 'months', label: 'Time limit', text: '24 months' },
      { field: 'trigger', label: 'Counted from', text: 'the day the wages were due' },
    ]);
    expect(paramValueLines({ months: null, trigger: null }, t.fr, 'fr').map((l) => l.text)).toEqual([
      'introuvable dans les sources officielles',
      'introuvable dans les sources officielles',
    ]);
    expect(paramValueLines({ maxDollars: 35000 }, t.en, 'en')[0]!.text).toBe('$35,000');
    expect(paramValueLines({ maxDollars: 35000 }, t.fr, 'fr')[0]!.text.replace(/\s/g, ' ')).toBe('35 000 $');
  });

  it('lists access by immigration status with the statuses named as the screening names them', () => {
    const statuses = (loadWording('fr', 'screening').person as { statuses: Record<string, string> }).statuses;
    const [line] = paramValueLines({ byStatus: { 'work-permit-employer-specific': 'ineligible', 'no-status': 'conditional' } }, t.fr, 'fr');
    expect(line!.label).toBe('Accès selon le statut d’immigration');
    expect(line!.lines!.map((l) => `${l.label}: ${l.text}`)).toEqual([
      `${statuses['work-permit-employer-specific']}: non admissible`,
      `${statuses['no-status']}: sous conditions`,
    ]);
  });
});
