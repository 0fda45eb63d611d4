import { describe, expect, it, vi } from 'vitest';
import { REMEDY_IDS } from '../../contract';
import { sampleAssessment } from '../fixtures';
import { buildOptionsSheetContent } from './index';
import { requiredSheetCodes, sheetLocaleFrom, SHEET_WORDING } from './locales';

// English and French: the sheet's own files with each remedy's page from the remedy catalogue.
const { en, fr } = SHEET_WORDING;

// A draft language that has not caught up with a new remedy: Spanish without the H&C wording.
vi.mock('./wording/es.json', async (importOriginal) => {
  const actual = ((await importOriginal()) as { default: Record<string, string> }).default;
  return { default: Object.fromEntries(Object.entries(actual).filter(([code]) => !code.startsWith('remedy.hc.'))) };
});

const without = (file: Record<string, string>, prefix: string) => Object.fromEntries(Object.entries(file).filter(([code]) => !code.startsWith(prefix)));

describe('options-sheet wording files', () => {
  it('have every code of every remedy, risk and label in English and French', () => {
    for (const file of [en, fr]) expect(requiredSheetCodes().filter((code) => !(code in file))).toEqual([]);
    expect(REMEDY_IDS.every((id) => `remedy.${id}.what` in en)).toBe(true);
  });

  it('refuse to load when English or French lacks a remedy', () => {
    expect(() => sheetLocaleFrom('fr', without(fr, 'remedy.hc.'), en)).toThrow(/"remedy\.hc\.name" has no fr wording/);
    expect(() => sheetLocaleFrom('en', without(en, 'remedy.hc.'), en)).toThrow(/"remedy\.hc\.name" is required/);
  });

  it('refuse a draft whose placeholders differ from English', () => {
    expect(() => sheetLocaleFrom('tl', { 'label.date': 'Petsa: {petsa}' }, en)).toThrow(/"label\.date" has placeholders \{petsa\} in tl/);
  });

  it('let a draft language without a remedy stand in English and list it', () => {
    const locale = sheetLocaleFrom('pa', without(fr, 'remedy.hc.'), en);
    expect(locale.inEnglish).toEqual(['hc']);
    expect(locale.remedies.hc.could).toBe(en['remedy.hc.could']);
    expect(locale.remedies['vtip-trp'].could).toBe(fr['remedy.vtip-trp.could']);
  });

  it('show an option a draft language has no wording for in English, with a note in that language', () => {
    const sheet = buildOptionsSheetContent(sampleAssessment(), { lang: 'es' });
    const hc = sheet.options.find((o) => o.remedy === 'hc')!;
    expect(hc.inEnglish).toBe(true);
    expect(hc.heading).toBe(en['remedy.hc.name']);
    expect(hc.sections[0]!.paragraphs).toEqual(['Esta opción todavía no está escrita en su idioma, por eso aparece en inglés.', en['remedy.hc.what']]);
    const others = sheet.options.filter((o) => o.remedy !== 'hc');
    expect(others.length).toBeGreaterThan(0);
    for (const option of others) expect(option.inEnglish).toBeUndefined();
  });
});
