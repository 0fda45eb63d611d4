import { describe, expect, it } from 'vitest';
import { quoteToShow } from './quote';

const reg9681 = { quoteFr: '« 3(2) Une demande en vertu du paragraphe (1) doit être faite a) dans un délai d’un an [...] »' };
const irpa = { quote: 'No foreign national may be granted permanent resident status' };

describe('the words shown under a citation', () => {
  it('a reader in French sees the official French wording of a New Brunswick or Quebec provision', () =>
    expect(quoteToShow(reg9681, 'fr')).toEqual({ text: reg9681.quoteFr, lang: 'fr', label: 'quoteFr' }));
  it('a reader in English does not: the English wording is in the pinpoint', () => expect(quoteToShow(reg9681, 'en')).toBeUndefined());
  it('the French wording takes the place of an English quote for a reader in French', () =>
    expect(quoteToShow({ ...irpa, ...reg9681 }, 'fr-CA')?.lang).toBe('fr'));
  it('a federal quote, in English, is shown in both languages', () => {
    expect(quoteToShow(irpa, 'en')).toEqual({ text: irpa.quote, lang: 'en', label: 'quote' });
    expect(quoteToShow(irpa, 'fr')).toEqual({ text: irpa.quote, lang: 'en', label: 'quote' });
  });
  it('nothing to quote, nothing shown', () => expect(quoteToShow({}, 'fr')).toBeUndefined());
});
