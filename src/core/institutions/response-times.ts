// Response times for advocacy: how long an institution takes to answer a kind of request,
// across an organisation's cases. A figure rests on at least MIN_CASES distinct cases, so that
// no single client's file can be read back out of it; fewer, and the figure is withheld.

/** The fewest distinct cases a figure may rest on. */
export const MIN_CASES = 5;

export interface AnsweredRequest {
  institution: string;
  kind: string;
  caseId: string;
  /** Whole days from sending to the answer (0: the same day). */
  days: number;
}

export type ResponseTime =
  | { institution: string; kind: string; shown: true; cases: number; answers: number; medianDays: number; p90Days: number }
  | { institution: string; kind: string; shown: false };

/**
 * The p-th percentile by the nearest-rank rule: the value at rank ceil(p/100 × n) of the sorted
 * values (no interpolation, so every figure is a number of days some answer actually took). The
 * median is the 50th percentile: the lower middle value when n is even.
 */
export function nearestRank(sortedDays: readonly number[], p: number): number {
  if (sortedDays.length === 0) throw new RangeError('no values');
  const rank = Math.max(1, Math.ceil((p / 100) * sortedDays.length));
  return sortedDays[rank - 1]!;
}

/** One figure per institution and kind of request, sorted; withheld (shown: false) below MIN_CASES distinct cases. */
export function responseTimesOf(answers: readonly AnsweredRequest[]): ResponseTime[] {
  const groups = new Map<string, AnsweredRequest[]>();
  for (const a of answers) {
    const key = `${a.institution}\u0000${a.kind}`;
    groups.set(key, [...(groups.get(key) ?? []), a]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([, group]) => {
      const { institution, kind } = group[0]!;
      const cases = new Set(group.map((g) => g.caseId)).size;
      if (cases < MIN_CASES) return { institution, kind, shown: false as const };
      const days = group.map((g) => g.days).sort((x, y) => x - y);
      return { institution, kind, shown: true as const, cases, answers: group.length, medianDays: nearestRank(days, 50), p90Days: nearestRank(days, 90) };
    });
}
