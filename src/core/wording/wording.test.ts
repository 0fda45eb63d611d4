import { describe, expect, it } from 'vitest';
import { filled, flattened, wordingOf, wordingParityProblems } from './index';

describe('wording files', () => {
  it('looks a code up in both languages', () => {
    const w = wordingOf('test', { en: { hello: 'Hello {name}' }, fr: { hello: 'Bonjour {name}' } });
    expect(w('hello')).toEqual({ en: 'Hello {name}', fr: 'Bonjour {name}' });
  });

  it('refuses to load when a code is missing in one language', () => {
    expect(() => wordingOf('test', { en: { a: 'A', b: 'B' }, fr: { a: 'A' } })).toThrow(/"b" has no fr wording/);
  });

  it('refuses to load when the placeholders differ between languages', () => {
    expect(wordingParityProblems('test', { en: { a: 'Up to {limit}' }, fr: { a: 'Jusqu’à {plafond}' } })).toEqual([
      'test: "a" has placeholders {plafond} in fr, not those of en',
    ]);
  });

  it('refuses an empty sentence', () => {
    expect(wordingParityProblems('test', { en: { a: ' ' }, fr: { a: 'A' } })).toEqual(['test: "a" is empty in en']);
  });

  it('throws on a code nobody wrote instead of showing the raw code', () => {
    const w = wordingOf('test', { en: {}, fr: {} });
    expect(() => w('typo')).toThrow(/no wording for "typo"/);
  });

  it('fills placeholders in each language, with values worded in both', () => {
    const sentence = { en: 'Claims up to ${limit} ({forum}).', fr: 'Réclamations jusqu’à {limit} $ ({forum}).' };
    expect(filled(sentence, { limit: '35,000', forum: { en: 'Small Claims Court', fr: 'Cour des petites créances' } })).toEqual({
      en: 'Claims up to $35,000 (Small Claims Court).',
      fr: 'Réclamations jusqu’à 35,000 $ (Cour des petites créances).',
    });
  });
});

describe('flattened', () => {
  it('reads a tree of sentences as dotted codes', () => {
    expect(flattened({ flags: { x: { title: 'T', why: 'W' } }, caveat: 'C' })).toEqual({ 'flags.x.title': 'T', 'flags.x.why': 'W', caveat: 'C' });
  });

  it('refuses a value that is not a sentence', () => {
    expect(() => flattened({ a: { b: 3 } })).toThrow(/"a\.b" is neither a sentence/);
  });
});
