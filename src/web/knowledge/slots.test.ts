import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { webTranslators } from '../../../tests/support/translators';
import { listRemedies, showRemedy } from '../../core/remedies';
import type { RemedyId } from '../../core/contract';
import { templateParts } from './slots';

let t: Record<'en' | 'fr', TFunction>;
let missing: string[];

beforeAll(async () => {
  ({ t, missing } = await webTranslators(['knowledge']));
});

const said = (parts: ReturnType<typeof templateParts>) => parts.map((p) => ('slot' in p ? `[${p.words}]` : p.text)).join('');

describe('a rule’s reason shown without a case', () => {
  it('names its blanks in the reader’s words', () => {
    expect(said(templateParts('No PRRA until {opens}: 12 months after the claim was rejected.', t.en))).toBe(
      'No PRRA until [the day it opens]: 12 months after the claim was rejected.',
    );
    expect(said(templateParts('Pas d’ERAR avant le {opens} : 12 mois après le rejet.', t.fr))).toBe(
      'Pas d’ERAR avant le [jour de l’ouverture] : 12 mois après le rejet.',
    );
    expect(said(templateParts('Claims up to ${limit} ({forum}).', t.en))).toBe("Claims up to $[the province's limit] ([the province's court]).");
  });

  it('has words for every blank of every remedy’s reasons, in English and French', () => {
    let blanks = 0;
    for (const { id } of listRemedies())
      for (const rule of showRemedy(id as RemedyId)!.eligibility)
        for (const lang of ['en', 'fr'] as const) {
          const parts = templateParts(rule.reason[lang], t[lang]);
          blanks += parts.filter((p) => 'slot' in p).length;
          expect(said(parts), `${id} ${rule.id}`).not.toMatch(/[{}]/);
        }
    expect(blanks).toBeGreaterThan(20);
    expect(missing).toEqual([]);
  });
});
