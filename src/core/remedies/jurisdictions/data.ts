// A jurisdiction's data file (jurisdictions/<code>/<code>.json) read into the record the engine
// uses. The file holds every provincial value with its versions, citations and sources; its
// sentences are wording codes of the jurisdiction's wording files. Nothing here is law: the loader
// only joins the three and refuses what cannot be joined.
import { filled } from '../../wording';
import { fact } from '../build';
import {
  jurisdictionDataSchema,
  sentenceKeysOf,
  type Fact,
  type Jurisdiction,
  type Localized,
  type ParamId,
  type ParamTable,
  type ParamVersionData,
  type SentenceData,
  type SourceEntry,
} from '../model';
import { citationAmong, periodsOf } from '../rows';

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
 * The jurisdiction a data file describes. Versions are written oldest first and each ends the day
 * before the next starts; the engine lists them newest first. Throws on an invalid file, a citation
 * of an unknown source, a source id outside the jurisdiction's prefix, or a sentence code without wording.
 */
export function jurisdictionOf(file: unknown, wording: (code: string) => Localized): Jurisdiction {
  const parsed = jurisdictionDataSchema.safeParse(file);
  if (!parsed.success) throw new JurisdictionDataError(`jurisdiction data file is invalid: ${JSON.stringify(parsed.error.issues)}`);
  const data = parsed.data;
  const sources: Readonly<Record<string, SourceEntry>> = data.sources ?? {};
  const prefix = `${data.code.toLowerCase()}.`;
  const foreign = Object.keys(sources).filter((id) => !id.startsWith(prefix));
  if (foreign.length) throw new JurisdictionDataError(`${data.code}: source ids must start with "${prefix}": ${foreign.join(', ')}`);

  const params: Record<string, Fact<unknown>[]> = {};
  for (const [id, versions] of Object.entries(data.params) as [ParamId, ParamVersionData[] | undefined][]) {
    if (!versions) continue;
    const facts = periodsOf(`${data.code} ${id}`, versions, (v) => v.value === null).map(({ version, effective }) =>
      fact(valueOf(id, version.value!, wording), {
        effective,
        citations: version.citations!.map((ref) => citationAmong(sources, ref)),
        ...(version.verify ? { verify: wording(version.verify) } : {}),
      }),
    );
    params[id] = facts.reverse();
  }
  return {
    code: data.code,
    name: wording(data.name),
    review: { status: data.review.status, note: wording(data.review.note) },
    params: params as ParamTable,
  };
}
