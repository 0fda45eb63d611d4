// The options sheet's wording, one JSON file per language in wording/ keyed by code:
// `label.<name>`, `risk.<risk-id>`, `goal.<goal-id>` (each goal the client can name) and
// `leftOut.<reason>` (why an option is left out, in the client's words). Each remedy's own page,
// `remedy.<remedy-id>.<name|what|could|long|need|next|bring>`, is written in English and French
// with the remedy (`<id>.sheet.<field>` in remedies/knowledge/<id>/wording) and read here from the
// remedy catalogue; a draft language (es, tl, zh-Hans, pa) keeps its translation of those codes in
// its own file here, and without them shows that option in English with a note in the client's
// language instead of failing. Client text aims at grades 6–8 (reading-level.test.ts).
import { GOALS, REMEDY_IDS, RISK_IDS, RISK_LEVELS, type Goal, type RemedyId, type RiskId } from '../../contract';
import { REMEDY_KNOWLEDGE } from '../../remedies/knowledge';
import { SHEET_FIELDS } from '../../remedies/model';
import { wordingParityProblems, WordingError, type WordingFile } from '../../wording';
import { LEFT_OUT_REASONS, SHEET_LANGS, type LeftOutReason, type SheetLabels, type SheetLang, type SheetLocale } from './types';
import en from './wording/en.json';
import es from './wording/es.json';
import fr from './wording/fr.json';
import pa from './wording/pa.json';
import tl from './wording/tl.json';
import zhHans from './wording/zh-Hans.json';

/** The remedies' pages in English or French, under the sheet's codes `remedy.<id>.<field>`, from the remedy catalogue. */
function remedyPages(lang: 'en' | 'fr'): WordingFile {
  return Object.fromEntries(REMEDY_IDS.flatMap((id) => SHEET_FIELDS.map((field) => [`remedy.${id}.${field}`, REMEDY_KNOWLEDGE.get(id)!.sheet[field][lang]])));
}

/** Each language's whole sheet wording: English and French with the remedies' pages from the catalogue. */
export const SHEET_WORDING: Record<SheetLang, WordingFile> = {
  en: { ...en, ...remedyPages('en') },
  fr: { ...fr, ...remedyPages('fr') },
  es,
  tl,
  'zh-Hans': zhHans,
  pa,
};
/** Languages a fluent reviewer has checked; the others say they are unreviewed. */
const REVIEWED: readonly SheetLang[] = ['en', 'fr'];
const REQUIRED: readonly SheetLang[] = ['en', 'fr'];
const OPTION_FIELDS = ['name', 'what', 'could', 'long', 'need', 'next'] as const;
const LABELS = [
  'title',
  'legalInfo',
  'unreviewed',
  'preparedFor',
  'date',
  'stepInPlan',
  'awaitingDecision',
  'noRisks',
  'deadline',
  'decisionNeeded',
  'inEnglish',
  'goalsTitle',
  'goalsIntro',
  'goalServedBy',
  'goalNoneLeftOut',
  'goalNoneKnown',
  'leftOutTitle',
] as const;
const SECTIONS = ['what', 'could', 'risks', 'next', 'long', 'need', 'bring'] as const;

/** Every code the sheet needs in English and French. */
export function requiredSheetCodes(): string[] {
  return [
    ...LABELS.map((l) => `label.${l}`),
    ...SECTIONS.map((s) => `label.sections.${s}`),
    ...RISK_LEVELS.map((l) => `label.riskLevel.${l}`),
    ...REMEDY_IDS.flatMap((id) => OPTION_FIELDS.map((f) => `remedy.${id}.${f}`)),
    ...RISK_IDS.map((id) => `risk.${id}`),
    ...REMEDY_IDS.map((id) => `remedy.${id}.bring`),
    ...GOALS.map((id) => `goal.${id}`),
    ...LEFT_OUT_REASONS.map((reason) => `leftOut.${reason}`),
  ];
}

/**
 * One language's sheet wording, with English standing in (and the remedy listed in `inEnglish`)
 * where a draft language has no wording yet. Throws for a required language missing a code, for
 * a code English does not have, or for placeholders that differ from English.
 */
export function sheetLocaleFrom(lang: SheetLang, file: WordingFile, english: WordingFile): SheetLocale {
  const problems = wordingParityProblems(`options-sheet/${lang}`, { en: english, [lang]: file }).filter(
    (p) => REQUIRED.includes(lang) || !p.endsWith(`has no ${lang} wording`),
  );
  if (REQUIRED.includes(lang))
    for (const code of requiredSheetCodes()) if (file[code] === undefined) problems.push(`options-sheet/${lang}: "${code}" is required`);
  if (problems.length > 0) throw new WordingError(problems.join('\n'));

  const say = (code: string) => file[code] ?? english[code]!;
  const inEnglish = new Set<RemedyId>();
  const remedies = {} as SheetLocale['remedies'];
  for (const id of REMEDY_IDS) {
    const written = OPTION_FIELDS.every((f) => file[`remedy.${id}.${f}`] !== undefined);
    if (!written) inEnglish.add(id);
    const from = written ? file : english;
    const field = (f: (typeof OPTION_FIELDS)[number]) => from[`remedy.${id}.${f}`]!;
    remedies[id] = { name: field('name'), what: field('what'), could: field('could'), long: field('long'), need: field('need'), next: field('next') };
  }
  const risks = {} as Record<RiskId, string>;
  for (const id of RISK_IDS) risks[id] = say(`risk.${id}`);
  const bring = {} as Record<RemedyId, string>;
  for (const id of REMEDY_IDS) bring[id] = say(`remedy.${id}.bring`);
  const goals = Object.fromEntries(GOALS.map((id) => [id, say(`goal.${id}`)])) as Record<Goal, string>;
  const leftOut = Object.fromEntries(LEFT_OUT_REASONS.map((r) => [r, say(`leftOut.${r}`)])) as Record<LeftOutReason, string>;
  const labels = {
    ...Object.fromEntries(LABELS.map((l) => [l, say(`label.${l}`)])),
    sections: Object.fromEntries(SECTIONS.map((s) => [s, say(`label.sections.${s}`)])),
    riskLevel: Object.fromEntries(RISK_LEVELS.map((l) => [l, say(`label.riskLevel.${l}`)])),
  } as SheetLabels;
  return { lang, reviewed: REVIEWED.includes(lang), labels, remedies, risks, bring, goals, leftOut, inEnglish: [...inEnglish] };
}

export const SHEET_LOCALES = Object.fromEntries(SHEET_LANGS.map((lang) => [lang, sheetLocaleFrom(lang, SHEET_WORDING[lang], SHEET_WORDING.en)])) as Record<
  SheetLang,
  SheetLocale
>;
