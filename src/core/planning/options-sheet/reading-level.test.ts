import { describe, expect, it } from 'vitest';
import { REMEDY_IDS } from '../../contract';
import { englishSyllables, fleschKincaidGrade, frenchSyllables, kandelMolesEase } from './reading-level';
import { SHEET_LOCALES } from './index';

// Thresholds we enforce for client text (aim: grades 6–8):
//   English: Flesch–Kincaid grade ≤ 8 for each option page and for the risk phrases.
//   French:  Kandel–Moles ease ≥ 60 for each option page (Flesch "standard" band or easier).
const FK_MAX_GRADE = 8;
const KM_MIN_EASE = 60;

const optionText = (lang: 'en' | 'fr', id: (typeof REMEDY_IDS)[number]) => {
  const t = SHEET_LOCALES[lang].remedies[id];
  return [t.what, t.could, t.long, t.need, t.next, SHEET_LOCALES[lang].bring[id]].join(' ');
};

describe('reading-level measures', () => {
  it('counts English syllables by vowel groups, ignoring a silent final e', () => {
    expect([englishSyllables('permit'), englishSyllables('take'), englishSyllables('humanitarian'), englishSyllables('the')]).toEqual([2, 1, 6, 1]);
  });

  it('counts French syllables without mute endings', () => {
    expect([frenchSyllables('permis'), frenchSyllables('demande'), frenchSyllables('travaillent'), frenchSyllables('l’immigration')]).toEqual([2, 2, 2, 4]);
  });

  it('scores a primer sentence as easy and a statute-like sentence as hard', () => {
    expect(fleschKincaidGrade('The cat sat on the mat. It was a big cat.')).toBeLessThan(2);
    expect(
      fleschKincaidGrade(
        'Notwithstanding the aforementioned considerations, the humanitarian determination necessitates comprehensive documentary substantiation.',
      ),
    ).toBeGreaterThan(15);
  });
});

describe('client text reading level', () => {
  it.each(REMEDY_IDS)(`English text for %s is at most grade ${FK_MAX_GRADE}`, (id) => {
    expect(fleschKincaidGrade(optionText('en', id))).toBeLessThanOrEqual(FK_MAX_GRADE);
  });

  it.each(REMEDY_IDS)(`French text for %s has a Kandel–Moles ease of at least ${KM_MIN_EASE}`, (id) => {
    expect(kandelMolesEase(optionText('fr', id))).toBeGreaterThanOrEqual(KM_MIN_EASE);
  });

  it(`English risk phrases are at most grade ${FK_MAX_GRADE}`, () => {
    expect(fleschKincaidGrade(Object.values(SHEET_LOCALES.en.risks).join(' '))).toBeLessThanOrEqual(FK_MAX_GRADE);
  });
});
