// Look law up as of a date. Versions are inclusive at both ends: a version applies on
// `effective.from`, on `effective.until`, and on every day between.
import type { Dated, Fact } from './model';

export function inForce(record: Pick<Dated, 'effective'>, asOf: string): boolean {
  const { from, until } = record.effective;
  return from <= asOf && (until === undefined || asOf <= until);
}

/** The one version of a value in force at asOf; undefined before the first version. */
export function valueAt<T>(versions: readonly Fact<T>[] | undefined, asOf: string): Fact<T> | undefined {
  return versions?.find((version) => inForce(version, asOf));
}

/** The rules (eligibility rows, risk rules) in force at asOf, in their written order. */
export function rulesAt<R extends Pick<Dated, 'effective'>>(rules: readonly R[], asOf: string): R[] {
  return rules.filter((rule) => inForce(rule, asOf));
}
