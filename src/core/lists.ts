// filter and map for the hot paths of the assessment, as loops pushing onto a fresh [] literal.
//
// Why: V8 gives every array an element kind. The arrays filter() and map() return start with
// the kind for small integers and change kind when the first string or object goes in, so an
// empty result and a non-empty one have different kinds; code the JIT optimized for one kind is
// thrown away, and compiled again, when the other turns up. Arrays made by one [] literal learn
// their kind once (V8 remembers it per literal), empty or not. In a fresh process that
// recompiling was a large part of the cost of the first few hundred assessments.

/** xs.filter(keep), same elements in the same order. */
export function kept<T>(xs: readonly T[], keep: (x: T) => boolean): T[] {
  const out: T[] = [];
  for (let i = 0; i < xs.length; i++) if (keep(xs[i]!)) out.push(xs[i]!);
  return out;
}

/** xs.map(f), same elements in the same order. */
export function mapped<T, U>(xs: readonly T[], f: (x: T, index: number) => U): U[] {
  const out: U[] = [];
  for (let i = 0; i < xs.length; i++) out.push(f(xs[i]!, i));
  return out;
}
