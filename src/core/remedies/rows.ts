// A remedy's rows are data and code keyed by the same ids. The data file (knowledge/<id>/<id>.json)
// holds each row's id, its versions (start date, effect or level, citations into the register of
// sources) and their order; the TypeScript file holds, under the same id, the condition (`when`),
// the `details` that fill a sentence's {placeholders}, and a level worked out from the facts. The
// loader joins them and refuses an id written on one side only.
import type { Localized } from '../wording';
import { filled } from '../wording';
import { described, practiceNote, risk, row } from './build';
import { PERMIT_HOLDER_CLASS } from './knowledge/common/common';
import {
  remedyDataSchema,
  type CitationRef,
  type EligibilityRowData,
  type EligibilityRule,
  type Fact,
  type RiskRowData,
  type RemedyKnowledge,
  type RiskRule,
  SHEET_FIELDS,
} from './model';
import { periodsOf } from './dated';
import { citationOf } from './sources';

/** What the TypeScript file says of an eligibility row: its condition, and what fills its sentence. */
export interface RowCode {
  when: EligibilityRule['when'];
  details?: EligibilityRule['details'];
  /** Values that fill the sentence's {placeholders} once, whatever the facts (e.g. a sentence shared by several rows). */
  fills?: Record<string, string | Localized>;
  /** The banner of a version the data file marks `"verify": true`. */
  verify?: Localized;
}

/** What the TypeScript file says of a risk rule: its condition, and its level when the data file says "by-condition". */
export interface RiskCode {
  when: RiskRule['when'];
  level?: Exclude<RiskRule['level'], string>;
  fills?: Record<string, string | Localized>;
  verify?: Localized;
}

export interface RemedyCode {
  eligibility: Record<string, RowCode>;
  risks: Record<string, RiskCode>;
  /** Rows written once in knowledge/common, placed where the data file lists `{ "id": …, "shared": true }`. */
  shared?: (EligibilityRule | RiskRule)[];
}

/** The condition of a row that applies whatever the facts (the last row of every table, so every remedy always gets an answer). */
export const ALWAYS: { readonly when: () => true } = Object.freeze({ when: () => true });

class RowsError extends Error {
  override name = 'RowsError';
}

/** Ids on one side only: in the data file without code, or in the code without a row in the data file. */
function unmatchedIds(file: { eligibility?: { id: string }[]; risks?: { id: string }[] }, code: RemedyCode): string[] {
  const problems: string[] = [];
  const shared = new Set((code.shared ?? []).map((r) => r.id));
  const listed = new Set<string>();
  for (const [kind, rows, written] of [
    ['eligibility', file.eligibility ?? [], code.eligibility],
    ['risks', file.risks ?? [], code.risks],
  ] as const) {
    for (const entry of rows) {
      listed.add(entry.id);
      if ('shared' in entry) {
        if (!shared.has(entry.id)) problems.push(`${kind} row "${entry.id}" is marked shared but no shared row has that id`);
      } else if (!Object.hasOwn(written, entry.id)) problems.push(`${kind} row "${entry.id}" has no condition in the TypeScript file`);
    }
    for (const id of Object.keys(written))
      if (!rows.some((r) => r.id === id && !('shared' in r))) problems.push(`${kind} condition "${id}" has no row in the data file`);
  }
  for (const id of shared) if (!listed.has(id)) problems.push(`shared row "${id}" is not listed in the data file`);
  return problems;
}

/**
 * The eligibility table and risk rules of a remedy, from its data file and its code. Throws when
 * an id is written on one side only, a row cites a source the register does not hold, a by-condition
 * level has no function (or a fixed level has one), or a sentence code has no wording.
 */
export function rulesOf(file: unknown, wording: (code: string) => Localized, code: RemedyCode): { eligibility: EligibilityRule[]; risks: RiskRule[] } {
  const parsed = remedyDataSchema.safeParse(file);
  if (!parsed.success) throw new RowsError(`remedy data file is invalid: ${JSON.stringify(parsed.error.issues)}`);
  const data = parsed.data;
  const where = data.id;
  if (!data.eligibility) throw new RowsError(`${where}: the data file lists no eligibility rows`);
  const problems = unmatchedIds(data, code);
  if (problems.length) throw new RowsError(`${where}: ${problems.join('; ')}`);
  const sharedOf = (id: string) => (code.shared ?? []).filter((r) => r.id === id);

  const eligibility = data.eligibility.flatMap((entry): EligibilityRule[] => {
    if ('shared' in entry) return sharedOf(entry.id) as EligibilityRule[];
    const rowData: EligibilityRowData = entry;
    const c = code.eligibility[rowData.id]!;
    return periodsOf(rowData.id, rowData.versions, (v) => v.effect === null).map(({ version, effective }) => {
      const v = version as Extract<EligibilityRowData['versions'][number], { citations: unknown }>;
      const sentence = wording(v.reason ?? `${rowData.id}.reason`);
      if (v.verify && !c.verify) throw new RowsError(`${rowData.id}: a version asks to be verified but the code gives no banner`);
      return row({
        id: rowData.id,
        effect: v.effect,
        when: c.when,
        reason: c.fills ? filled(sentence, c.fills) : sentence,
        effective,
        citations: v.citations.map(citationOf),
        ...(c.details ? { details: c.details } : {}),
        ...(v.verify ? { verify: c.verify } : {}),
      });
    });
  });

  const risks = (data.risks ?? []).flatMap((entry): RiskRule[] => {
    if ('shared' in entry) return sharedOf(entry.id) as RiskRule[];
    const riskData: RiskRowData = entry;
    const c = code.risks[riskData.id]!;
    return periodsOf(riskData.id, riskData.versions, (v) => v.level === null).map(({ version, effective }) => {
      const v = version as Extract<RiskRowData['versions'][number], { citations: unknown }>;
      if ((v.level === 'by-condition') !== (c.level !== undefined))
        throw new RowsError(`${riskData.id}: the level is "${v.level}" in the data file but the code ${c.level ? 'gives' : 'does not give'} a level function`);
      if (v.verify && !c.verify) throw new RowsError(`${riskData.id}: a version asks to be verified but the code gives no banner`);
      const sentence = wording(v.why ?? `${riskData.id}.why`);
      return risk({
        id: riskData.id,
        risk: riskData.risk,
        level: v.level === 'by-condition' ? c.level! : v.level,
        basis: riskData.basis,
        when: c.when,
        why: c.fills ? filled(sentence, c.fills) : sentence,
        effective,
        citations: v.citations.map(citationOf),
        ...(v.verify ? { verify: c.verify } : {}),
      });
    });
  });
  return { eligibility, risks };
}

/** The shared facts a legal basis may name (`{ "shared": "permit-holder-class" }`), written once in knowledge/common. */
const SHARED: Record<string, Fact<Localized>> = { 'permit-holder-class': PERMIT_HOLDER_CLASS };

/**
 * A remedy's legal basis, timeline, fees and sequencing basis, from its data file: each fact's start
 * and citations are data, its sentence the wording code `<remedy>.legalBasis.<n>`, `<remedy>.timeline`
 * or `<remedy>.fees`.
 */
export function factsOf(file: unknown, wording: (code: string) => Localized) {
  const parsed = remedyDataSchema.safeParse(file);
  if (!parsed.success) throw new RowsError(`remedy data file is invalid: ${JSON.stringify(parsed.error.issues)}`);
  const { id, legalBasis, timeline, fees, sequencingBasis } = parsed.data;
  if (!legalBasis || !timeline || !fees || !sequencingBasis)
    throw new RowsError(`${id}: the data file lacks its legal basis, timeline, fees or sequencing basis`);
  const fact = (code: string, data: { from: string; citations: CitationRef[] }) =>
    described(wording(code), { effective: { from: data.from === 'not-researched' ? null : data.from }, citations: data.citations.map(citationOf) });
  return {
    legalBasis: legalBasis.map((entry, n) => ('shared' in entry ? SHARED[entry.shared]! : fact(`${id}.legalBasis.${n}`, entry))),
    timeline: fact(`${id}.timeline`, timeline),
    fees: fact(`${id}.fees`, fees),
    sequencingBasis: sequencingBasis.map(citationOf),
  };
}

/** The remedy in the client's words for the options sheet: the wording codes `<remedy>.sheet.<field>` (name, what, could, long, need, next, bring). */
export function sheetOf(file: unknown, wording: (code: string) => Localized): { sheet: RemedyKnowledge['sheet'] } {
  const parsed = remedyDataSchema.safeParse(file);
  if (!parsed.success) throw new RowsError(`remedy data file is invalid: ${JSON.stringify(parsed.error.issues)}`);
  const { id } = parsed.data;
  return { sheet: Object.fromEntries(SHEET_FIELDS.map((field) => [field, wording(`${id}.sheet.${field}`)])) as RemedyKnowledge['sheet'] };
}

/**
 * What a remedy yields, the evidence it typically needs and its practice notes, from its data file:
 * the kinds, the number of items of evidence and the notes' citations are data; the sentences are
 * the wording codes `<remedy>.yields.<n>.text`, `<remedy>.evidence.<n>` and `<note id>.text`.
 */
export function offersOf(file: unknown, wording: (code: string) => Localized): Pick<RemedyKnowledge, 'yields' | 'evidence' | 'practiceNotes'> {
  const parsed = remedyDataSchema.safeParse(file);
  if (!parsed.success) throw new RowsError(`remedy data file is invalid: ${JSON.stringify(parsed.error.issues)}`);
  const { id, yields, evidence, practiceNotes = [] } = parsed.data;
  if (!yields || !evidence) throw new RowsError(`${id}: the data file lacks what the remedy yields or the evidence it needs`);
  return {
    yields: yields.map((kind, n) => ({ kind, text: wording(`${id}.yields.${n}.text`) })),
    evidence: Array.from({ length: evidence }, (_, n) => wording(`${id}.evidence.${n}`)),
    practiceNotes: practiceNotes.map((note) => practiceNote(note.id, wording(`${note.id}.text`), note.citations.map(citationOf))),
  };
}
