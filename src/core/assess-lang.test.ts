import { describe, expect, it } from 'vitest';
import { assess, assessFacts, isAssessmentLang } from './assess';
import { assessmentSchema, type Assessment, type CaseFacts } from './contract';
import { decisionsOf, generatedCases, namedCases } from './golden/golden-cases.test-support';

// An assessment in French says the same things as in English: the same ids, codes, statuses and
// dates in the same places, and every sentence in French. A sentence may be the same in both
// languages only if it is listed below, with the reason it is.

/** Where the contract document holds sentences; every other string is an id, a code, a date or citation text. */
const SENTENCE_PATHS = [
  /^remedies\[\d+\]\.(reasons|evidenceNeeded|yields)\[\d+\]$/,
  /^remedies\[\d+\]\.deadline\.basis$/,
  /^remedies\[\d+\]\.risks\[\d+\]\.why$/,
  /^flags\[\d+\]\.why$/,
  /^(plan|alternatives\[\d+\])\.steps\[\d+\]\.why$/,
  /^(plan|alternatives\[\d+\])\.awaitingDecision\[\d+\]\.risks\[\d+\]$/,
  /^(plan|alternatives\[\d+\])\.excluded\[\d+\]\.why$/,
  /^(plan|alternatives\[\d+\])\.tradeOffs\[\d+\]$/,
];
const isSentence = (path: string) => SENTENCE_PATHS.some((p) => p.test(path));

/** Sentences that are rightly the same in English and French (none so far). */
const SAME_IN_BOTH: ReadonlySet<string> = new Set<string>([]);

interface Mismatch {
  path: string;
  en: unknown;
  fr: unknown;
  problem: string;
}

/** Walks the English and French documents side by side and lists every place they disagree in a way they must not. */
function compare(en: unknown, fr: unknown, path = '', out: Mismatch[] = []): Mismatch[] {
  if (typeof en === 'string' && typeof fr === 'string') {
    if (isSentence(path)) {
      if (en === fr && !SAME_IN_BOTH.has(en)) out.push({ path, en, fr, problem: 'sentence not translated' });
      if (fr.trim() === '') out.push({ path, en, fr, problem: 'empty sentence' });
    } else if (en !== fr) out.push({ path, en, fr, problem: 'id, code, date or citation differs' });
    return out;
  }
  if (Array.isArray(en) && Array.isArray(fr)) {
    if (en.length !== fr.length) out.push({ path, en: en.length, fr: fr.length, problem: 'list lengths differ' });
    else en.forEach((x, i) => compare(x, fr[i], `${path}[${i}]`, out));
    return out;
  }
  if (en && fr && typeof en === 'object' && typeof fr === 'object') {
    const keysEn = Object.keys(en).sort();
    // A citation's official French wording (Quebec, New Brunswick) is given in French only.
    const keysFr = Object.keys(fr)
      .filter((k) => !(k === 'quoteFr' && /citations\[\d+\]$/.test(path)))
      .sort();
    if (keysEn.join() !== keysFr.join()) out.push({ path, en: keysEn, fr: keysFr, problem: 'fields differ' });
    else for (const k of keysEn) compare((en as Record<string, unknown>)[k], (fr as Record<string, unknown>)[k], path ? `${path}.${k}` : k, out);
    return out;
  }
  if (en !== fr) out.push({ path, en, fr, problem: 'values differ' });
  return out;
}

const contract = (facts: CaseFacts, lang: 'en' | 'fr'): Assessment => assessmentSchema.parse(assessFacts(facts, { lang }));

/** Every sentence of a contract document, for the checks on French wording. */
function sentences(doc: unknown, path = '', out: { path: string; text: string }[] = []) {
  if (typeof doc === 'string') {
    if (isSentence(path)) out.push({ path, text: doc });
  } else if (Array.isArray(doc)) doc.forEach((x, i) => sentences(x, `${path}[${i}]`, out));
  else if (doc && typeof doc === 'object') for (const [k, v] of Object.entries(doc)) sentences(v, path ? `${path}.${k}` : k, out);
  return out;
}

describe('assessments in English and French', () => {
  it.each(namedCases().map((c) => [c.name, c.facts] as const))('"%s": same ids, codes and dates; every sentence in French', (_name, facts) => {
    const en = contract(facts, 'en');
    const fr = contract(facts, 'fr');
    expect(compare(en, fr)).toEqual([]);
    expect(decisionsOf(assessFacts(facts, { lang: 'fr' }))).toEqual(decisionsOf(assessFacts(facts)));
    // The named cases between them have sentences in every place that holds them.
    expect(sentences(fr).length).toBeGreaterThan(0);
  });

  it('the named cases have sentences in every kind of place that holds them', () => {
    const seen = new Set<number>();
    for (const { facts } of namedCases())
      for (const { path } of sentences(contract(facts, 'fr'))) SENTENCE_PATHS.forEach((p, i) => p.test(path) && seen.add(i));
    expect([...seen].sort((a, b) => a - b)).toEqual(SENTENCE_PATHS.map((_, i) => i));
  });

  it('a seeded spread of 150 generated documents: the same decisions, ids, codes and dates; every sentence in French', () => {
    for (const facts of generatedCases(150, 7)) {
      const en = contract(facts, 'en');
      const fr = contract(facts, 'fr');
      expect(compare(en, fr), facts.asOf).toEqual([]);
      expect(decisionsOf(assessFacts(facts, { lang: 'fr' }))).toEqual(decisionsOf(assessFacts(facts)));
    }
  });

  it('English is the default', () => {
    const { facts } = namedCases()[0]!;
    expect(assessFacts(facts)).toEqual(assessFacts(facts, { lang: 'en' }));
    const input = JSON.parse(JSON.stringify(facts)) as unknown;
    expect(assess(input)).toEqual(assess(input, { lang: 'en' }));
    expect(assess(input, { lang: 'fr' })).toEqual({ ok: true, value: contract(facts, 'fr') });
  });

  it('only en and fr are assessment languages', () => {
    expect(['en', 'fr'].every(isAssessmentLang)).toBe(true);
    for (const other of ['EN', 'fr-CA', 'es', '', undefined, null, 1, ['fr']]) expect(isAssessmentLang(other)).toBe(false);
    const { facts } = namedCases()[0]!;
    expect(() => assessFacts(facts, { lang: 'es' as never })).toThrow(/written in en or fr only/);
  });
});
