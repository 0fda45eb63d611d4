import type { Fact, Jurisdiction } from '../core/remedies/model';
import { SHOW_WORDS } from './knowledge-words';

// `harbour knowledge show BC`: a jurisdiction's values as a lawyer reviews them, each version with its
// dates, verification and citations: the same data as its file, jurisdictions/<code>/<code>.json.

type Lang = 'en' | 'fr';
type Describe = (label: string, d: Fact<unknown>, lang: Lang) => void;

/** One value's fields in words: numbers and codes as they are, sentences in the reader's language, statuses one by one. */
function valueText(value: Record<string, unknown>, lang: Lang): string {
  return Object.entries(value)
    .map(([key, v]) => {
      if (v === null) return `${key}: ${SHOW_WORDS[lang].notFound}`;
      if (typeof v === 'object' && 'en' in v && 'fr' in v) return `${key}: ${(v as Record<Lang, string>)[lang]}`;
      if (typeof v === 'object')
        return `${key}: ${Object.entries(v)
          .map(([k, x]) => `${k} ${String(x)}`)
          .join(', ')}`;
      return `${key}: ${String(v)}`;
    })
    .join('; ');
}

export function printJurisdiction(j: Jurisdiction, lang: Lang, out: (line?: string) => void, describeDated: Describe): void {
  out(`${j.name[lang]} (${j.code}) — ${SHOW_WORDS[lang].review[j.review.status]}`);
  out(`  ${j.review.note[lang]}`);
  const params = Object.entries(j.params);
  if (!params.length) out(`  ${SHOW_WORDS[lang].noProvincialValues}`);
  for (const [id, versions] of params) {
    out(`  ${id}:`);
    for (const version of (versions ?? []) as Fact<unknown>[]) {
      out(`    ${valueText(version.value as Record<string, unknown>, lang)}`);
      describeDated('', version, lang);
    }
  }
}
