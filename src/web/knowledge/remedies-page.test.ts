import { describe, expect, it } from 'vitest';
import type { RemedySummary } from './api';
import { searchRemedies } from './remedies-page';

const remedy = (id: string, en: string, fr: string): RemedySummary => ({
  id,
  scope: 'federal',
  name: { en, fr },
  description: { en: `About ${en}`, fr: `À propos : ${fr}` },
  verification: { 'official-text': 1, secondary: 0, unverified: 0 },
});

const remedies = [
  remedy('wages', 'Unpaid wages claim', 'Réclamation de salaire impayé'),
  remedy('vtrp', 'Temporary resident permit', 'Permis de séjour temporaire'),
];

describe('searching the knowledge browser’s remedies', () => {
  it('finds a remedy by words of its name in the language shown, whatever the case and accents', () => {
    expect(searchRemedies(remedies, 'WAGES', 'en').map((r) => r.id)).toEqual(['wages']);
    expect(searchRemedies(remedies, 'sejour temporaire', 'fr').map((r) => r.id)).toEqual(['vtrp']);
    expect(searchRemedies(remedies, 'impaye', 'fr').map((r) => r.id)).toEqual(['wages']);
  });

  it('needs every word typed, and shows everything when nothing is typed', () => {
    expect(searchRemedies(remedies, 'permit wages', 'en')).toEqual([]);
    expect(searchRemedies(remedies, '  ', 'en')).toHaveLength(2);
  });
});
