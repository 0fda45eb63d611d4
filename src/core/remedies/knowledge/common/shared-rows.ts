// The rows several remedies share are data and code keyed by the same ids, like a remedy's own
// rows (rows.ts): common.json holds each shared row's versions (start, effect or level, citations
// by source id), common.ts its condition and its sentence. The loader joins them for one remedy at
// a time and refuses an id written on one side only.
import type { Eligibility, RemedyId, RiskLevel } from '../../../contract';
import type { Localized } from '../../../wording';
import { row, risk } from '../../build';
import { type BarId, type Citation, type Effective, type EligibilityRule, type RiskRule } from '../../model';
import { commonDataSchema, type CommonData } from '../../data-schemas';
import { periodsOf } from '../../dated';
import { citationOf } from '../../sources';

/** What common.ts says of a shared eligibility row: its condition, and the banner of a version marked `"verify": true`. */
export interface SharedRowCode {
  when: EligibilityRule['when'];
  verify?: Localized;
}

/** What common.ts says of a shared risk rule: its condition, and its level when the data says "by-condition". */
export interface SharedRiskCode {
  when: RiskRule['when'];
  level?: Exclude<RiskRule['level'], string>;
}

export interface CommonCode {
  eligibility: Record<string, SharedRowCode>;
  risks: Record<string, SharedRiskCode>;
  /** The rows of a bar of the register whose effects and citations the data file gives (barRows). */
  barRows: readonly string[];
}

class CommonDataError extends Error {
  override name = 'CommonDataError';
}

/** Ids on one side only: in common.json without code, or in common.ts without a row in common.json. */
function unmatchedIds(data: CommonData, code: CommonCode): string[] {
  const problems: string[] = [];
  for (const [kind, rows, written] of [
    ['eligibility', data.eligibility, Object.keys(code.eligibility)],
    ['risks', data.risks, Object.keys(code.risks)],
    ['barRows', data.barRows, code.barRows],
  ] as const) {
    for (const { id } of rows) if (!written.includes(id)) problems.push(`${kind} row "${id}" has no code in common.ts`);
    for (const id of written) if (!rows.some((r) => r.id === id)) problems.push(`${kind} code "${id}" has no row in common.json`);
  }
  return problems;
}

/**
 * The shared rows of common.json joined with their code. Throws when an id is written on one side
 * only, a row cites a source the register does not hold, a "by-condition" level has no function
 * (or a fixed one has), or a version asks to be verified and the code gives no banner.
 */
export function sharedRulesOf(file: unknown, code: CommonCode) {
  const parsed = commonDataSchema.safeParse(file);
  if (!parsed.success) throw new CommonDataError(`common.json is invalid: ${JSON.stringify(parsed.error.issues)}`);
  const data = parsed.data;
  const problems = unmatchedIds(data, code);
  if (problems.length) throw new CommonDataError(`common.json: ${problems.join('; ')}`);
  const riskOf = (id: string) => data.risks.find((r) => r.id === id)!;
  for (const entry of data.risks)
    for (const v of entry.versions) {
      if (v.level === null) continue;
      if ((v.level === 'by-condition') !== (code.risks[entry.id]!.level !== undefined))
        throw new CommonDataError(
          `${entry.id}: the level is "${v.level}" in common.json but common.ts ${code.risks[entry.id]!.level ? 'gives' : 'does not give'} a level function`,
        );
    }
  for (const entry of data.eligibility)
    for (const v of entry.versions)
      if (v.effect !== null && v.verify && !code.eligibility[entry.id]!.verify)
        throw new CommonDataError(`${entry.id}: a version asks to be verified but common.ts gives no banner`);
  // Every citation resolves now, not when a remedy first places the row.
  for (const cite of [
    ...data.eligibility.flatMap((r) => r.versions.flatMap((v) => ('citations' in v ? v.citations : []))),
    ...data.risks.flatMap((r) => [
      ...r.versions.flatMap((v) => ('citations' in v ? v.citations : [])),
      ...Object.values(r.byRemedy ?? {}).flatMap((b) => b?.citations ?? []),
    ]),
    ...data.barRows.flatMap((r) => r.citations),
    ...Object.values(data.facts).flatMap((f) => f.citations),
  ])
    citationOf(cite);

  return {
    /** The shared eligibility row `id` placed in `remedy` (`<remedy>.<id>`), one rule per version. */
    eligibility(id: string, remedy: RemedyId | string, reason: Localized): EligibilityRule[] {
      const entry = data.eligibility.find((r) => r.id === id);
      if (!entry) throw new CommonDataError(`common.json has no eligibility row "${id}"`);
      const c = code.eligibility[id]!;
      return periodsOf(id, entry.versions, (v) => v.effect === null).map(({ version, effective }) => {
        const v = version as Extract<(typeof entry.versions)[number], { citations: unknown }>;
        return row({
          effective,
          ...(v.verify ? { verify: c.verify } : {}),
          id: `${remedy}.${id}`,
          effect: v.effect,
          when: c.when,
          reason,
          citations: v.citations.map(citationOf),
        });
      });
    },
    /**
     * The shared risk rule `id` placed in `remedy`, one rule per version: a fixed level unless the
     * remedy passes its own (`level`), the remedy's level of `byRemedy` for "by-remedy", and the
     * remedy's citations of `byRemedy` after the version's.
     */
    risk(id: string, remedy: RemedyId | string, why: Localized, level?: RiskLevel): RiskRule[] {
      const entry = riskOf(id);
      if (!entry) throw new CommonDataError(`common.json has no risk rule "${id}"`);
      const c = code.risks[id]!;
      const own = entry.byRemedy?.[remedy as RemedyId];
      return periodsOf(id, entry.versions, (v) => v.level === null).map(({ version, effective }) => {
        const v = version as Extract<(typeof entry.versions)[number], { citations: unknown }>;
        const levelHere = v.level === 'by-condition' ? c.level! : v.level === 'by-remedy' ? own?.level : (level ?? v.level);
        if (levelHere === undefined) throw new CommonDataError(`${id}: the level is "by-remedy" but common.json gives none for ${remedy}`);
        return risk({
          effective,
          id: `${remedy}.${id}`,
          risk: entry.risk,
          level: levelHere,
          basis: entry.basis,
          when: c.when,
          why,
          citations: [...v.citations, ...(own?.citations ?? [])].map(citationOf),
        });
      });
    },
    /** What a bar's rows add to the bar of the register: the bar, the effects, the citations. */
    barRows(id: string): { bar: BarId; effect: Eligibility; uncertain: Eligibility | 'note'; citations: Citation[] } {
      const entry = data.barRows.find((r) => r.id === id);
      if (!entry) throw new CommonDataError(`common.json has no bar rows "${id}"`);
      return { bar: entry.bar, effect: entry.effect, uncertain: entry.uncertain, citations: entry.citations.map(citationOf) };
    },
    /** A shared fact's start and citations. */
    fact(id: keyof CommonData['facts']): { effective: Effective; citations: Citation[] } {
      const f = data.facts[id];
      return { effective: { from: f.from === 'not-researched' ? null : f.from }, citations: f.citations.map(citationOf) };
    },
  };
}
