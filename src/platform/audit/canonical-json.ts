// Canonical JSON: object keys sorted by code unit, no whitespace, undefined properties dropped.
// The same value always serialises to the same bytes, so a hash over it is reproducible.
export type Json = string | number | boolean | null | readonly Json[] | { readonly [key: string]: Json | undefined };

export function canonicalJson(value: Json): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError(`${value} has no JSON form`);
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v as Json)).join(',')}]`;
  const object = value as { readonly [key: string]: Json | undefined };
  const keys = Object.keys(object)
    .filter((k) => object[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(object[k]!)}`).join(',')}}`;
}
