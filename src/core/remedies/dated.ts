// Look law up as of a date. Versions are inclusive at both ends: a version applies on
// `effective.from`, on `effective.until`, and on every day between.
import { addDays, type IsoDate } from '../dates/iso-date';
import type { Dated, Effective, Fact } from './model';

export function inForce(record: Pick<Dated, 'effective'>, asOf: string): boolean {
  const { from, until } = record.effective;
  return (from === null || from <= asOf) && (until === undefined || asOf <= until);
}

/** The one version of a value in force at asOf; undefined before the first version. */
export function valueAt<T>(versions: readonly Fact<T>[] | undefined, asOf: string): Fact<T> | undefined {
  return versions?.find((version) => inForce(version, asOf));
}

/** The rules (eligibility rows, risk rules) in force at asOf, in their written order. */
export function rulesAt<R extends Pick<Dated, 'effective'>>(rules: readonly R[], asOf: string): R[] {
  return rules.filter((rule) => inForce(rule, asOf));
}

/**
 * Law as of a date, worked out once per period in which nothing changes. Which records are in
 * force depends only on where asOf falls among the `from` and `until` dates of those records:
 * how many of them come strictly before asOf, and whether asOf is one of them. Every asOf with
 * the same answer sees exactly the same records in force (inForce compares the same strings), so
 * the result of `build` is remembered per such period. There are at most 2n + 1 periods for n
 * distinct dates, so the memory is bounded by the knowledge, never by the cases.
 *
 * The records must not change after this is made: knowledge is validated once, when it loads.
 */
export function memoByPeriod<T>(records: readonly Pick<Dated, 'effective'>[], build: (asOf: string) => T): (asOf: string) => T {
  const dates = [...new Set(records.flatMap((r) => [r.effective.from, r.effective.until].filter((d): d is string => d != null)))].sort((a, b) =>
    a < b ? -1 : a > b ? 1 : 0,
  );
  const byPeriod = new Map<number, T>();
  return (asOf) => {
    // Binary search: `before` = how many dates are strictly before asOf.
    let lo = 0;
    let hi = dates.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (dates[mid]! < asOf) lo = mid + 1;
      else hi = mid;
    }
    const period = 2 * lo + (dates[lo] === asOf ? 1 : 0);
    let value = byPeriod.get(period);
    if (value === undefined && !byPeriod.has(period)) byPeriod.set(period, (value = build(asOf)));
    return value as T;
  };
}

class VersionsError extends Error {
  override name = 'VersionsError';
}

/** The versions of a row as effective periods: a version ends the day before the next one starts; `null` ends without a successor. */
export function periodsOf<V extends { from: string }>(id: string, versions: readonly V[], ended: (v: V) => boolean): { version: V; effective: Effective }[] {
  if (ended(versions[0]!)) throw new VersionsError(`${id}: the first version cannot be an end`);
  const out: { version: V; effective: Effective }[] = [];
  versions.forEach((version, i) => {
    if (ended(version)) return;
    const next = versions[i + 1];
    const from = version.from === 'not-researched' ? null : version.from;
    out.push({ version, effective: next ? { from, until: addDays(next.from as IsoDate, -1) } : { from } });
  });
  return out;
}
