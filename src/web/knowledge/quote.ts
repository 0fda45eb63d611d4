// The words of a provision shown under its citation: for a reader in French, the official French
// wording of a Quebec or New Brunswick provision (`quoteFr`) where the knowledge has it; otherwise the
// machine-checked quote of the official federal text, which is in English.

/** The quote to show and its language, or undefined when the citation quotes nothing the reader can be shown. */
export function quoteToShow(
  c: { quote?: string; quoteFr?: string },
  language: string,
): { text: string; lang: 'en' | 'fr'; label: 'quote' | 'quoteFr' } | undefined {
  if (c.quoteFr && language.startsWith('fr')) return { text: c.quoteFr, lang: 'fr', label: 'quoteFr' };
  return c.quote ? { text: c.quote, lang: 'en', label: 'quote' } : undefined;
}
