// A jurisdiction's data file (jurisdictions/<code>/<code>.json) read into the record the engine
// uses. The file holds every provincial value with its versions, citations and sources; its
// sentences are wording codes of the jurisdiction's wording files. Nothing here is law: the loader
// only joins the three and refuses what cannot be joined.
import { filled } from '../../wording';
import { fact } from '../build';
import { PERIOD_IDS, type CitationRef, type Fact, type Jurisdiction, type Localized, type ParamId, type ParamTable, type PeriodId } from '../model';
import { jurisdictionDataSchema, sentenceKeysOf, type ParamVersionData, type PeriodVersionData, type SentenceData, type SourceEntry } from '../data-schemas';
import type { Period } from '../periods';
import { periodsOf } from '../dated';
import { citationAmong } from '../sources';

class JurisdictionDataError extends Error {
  override name = 'JurisdictionDataError';
}

function valueOf(id: ParamId, value: Record<string, unknown>, wording: (code: string) => Localized): unknown {
  const worded = { ...value };
  for (const key of sentenceKeysOf(id)) if (worded[key] !== undefined) worded[key] = sentenceOf(worded[key] as SentenceData, wording);
  return worded;
}

function sentenceOf(data: SentenceData, wording: (code: string) => Localized): Localized {
  if (typeof data === 'string') return wording(data);
  return filled(wording(data.code), Object.fromEntries(Object.entries(data.fills).map(([name, code]) => [name, wording(code)])));
}

/**
 * A value's versions, written oldest first with `from` only, as the engine's facts newest first:
 * each version ends the day before the next starts, and a `null` value ends one.
 */
function factsOf<V extends { from: string; value: unknown; citations?: CitationRef[] }, T>(
  label: string,
  versions: readonly V[],
  sources: Readonly<Record<string, SourceEntry>>,
  read: (version: V) => { value: T; verify?: Localized },
): Fact<T>[] {
  return periodsOf(label, versions, (v) => v.value === null)
    .map(({ version, effective }) => {
      const { value, verify } = read(version);
      return fact(value, { effective, citations: version.citations!.map((ref) => citationAmong(sources, ref)), ...(verify ? { verify } : {}) });
    })
    .reverse();
}

/**
 * The jurisdiction a data file describes. Versions are written oldest first and each ends the day
 * before the next starts; the engine lists them newest first. Throws on an invalid file, a citation
 * of an unknown source, a source id outside the jurisdiction's prefix, or a sentence code without wording.
 */
export function jurisdictionOf(file: unknown, wording: (code: string) => Localized): Jurisdiction {
  const parsed = jurisdictionDataSchema.safeParse(file);
  if (!parsed.success) throw new JurisdictionDataError(`jurisdiction data file is invalid: ${JSON.stringify(parsed.error.issues)}`);
  const data = parsed.data;
  if (data.periods && data.code !== 'federal')
    throw new JurisdictionDataError(`${data.code}: only the federal file has periods (a provincial period is a parameter)`);
  const sources: Readonly<Record<string, SourceEntry>> = data.sources ?? {};
  const prefix = `${data.code.toLowerCase()}.`;
  const foreign = Object.keys(sources).filter((id) => !id.startsWith(prefix));
  if (foreign.length) throw new JurisdictionDataError(`${data.code}: source ids must start with "${prefix}": ${foreign.join(', ')}`);

  const params: Record<string, Fact<unknown>[]> = {};
  for (const [id, versions] of Object.entries(data.params) as [ParamId, ParamVersionData[] | undefined][]) {
    if (!versions) continue;
    params[id] = factsOf(`${data.code} ${id}`, versions, sources, (version) => ({
      value: valueOf(id, version.value!, wording),
      ...(version.verify ? { verify: wording(version.verify) } : {}),
    }));
  }
  return {
    code: data.code,
    name: wording(data.name),
    review: { status: data.review.status, note: wording(data.review.note) },
    params: params as ParamTable,
  };
}

/**
 * The federal periods of the federal data file, each with its versions newest first. Throws on an
 * invalid file (a period id not in PERIOD_IDS, versions out of order), a period of PERIOD_IDS the
 * file does not hold, or a citation of an unknown source.
 */
export function federalPeriodsOf(file: unknown): Record<PeriodId, Fact<Period>[]> {
  const parsed = jurisdictionDataSchema.safeParse(file);
  if (!parsed.success) throw new JurisdictionDataError(`federal data file is invalid: ${JSON.stringify(parsed.error.issues)}`);
  const { code, periods = {}, sources = {} } = parsed.data;
  if (code !== 'federal') throw new JurisdictionDataError(`${code}: federal periods are read from the federal file`);
  const missing = PERIOD_IDS.filter((id) => !periods[id]);
  if (missing.length) throw new JurisdictionDataError(`federal: no versions for the periods ${missing.join(', ')}`);
  return Object.fromEntries(
    PERIOD_IDS.map((id) => {
      const versions: PeriodVersionData[] = periods[id]!;
      return [id, factsOf(`federal period ${id}`, versions, sources, (version) => ({ value: version.value! as Period }))];
    }),
  ) as Record<PeriodId, Fact<Period>[]>;
}
