import fc from 'fast-check';
import type { z } from 'zod';
import { isoDateSchema } from '../../src/core/contract';

// fast-check arbitraries read off Harbour's own zod schemas, so a property test follows the
// schema as it grows: a field added to the contract is generated without touching the test.
// Only the kinds of schema Harbour's documents use are handled; anything else fails loudly
// rather than generating something the schema would not accept. Refinements cannot be read off
// a schema, so a few schemas with a meaning (dates) are recognised by identity and given their
// own arbitrary, and callers may override any other by path.

type AnySchema = z.ZodType;
type Def = { type: string; [key: string]: unknown };
export type Overrides = Record<string, fc.Arbitrary<unknown>>;

const defOf = (schema: AnySchema) => (schema as unknown as { _zod: { def: Def } })._zod.def;
const maxOf = (def: Def, fallback: number) => {
  const checks = (def.checks ?? []) as { _zod: { def: { check: string; maximum?: number } } }[];
  const max = checks.map((c) => c._zod.def).find((c) => c.check === 'max_length')?.maximum;
  return Math.min(max ?? fallback, fallback);
};

/** Calendar dates from 1990 to 2040, month ends and leap days included. */
const isoDateArbitrary = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

/** Realistic free text: accents, scripts other than Latin, quotes and line breaks. */
const textArbitrary = (max: number) => fc.string({ unit: fc.constantFrom('a', 'é', 'ñ', '你', 'ਸ', ' ', '"', '\n', '<', '7', '-'), maxLength: max });

export function arbitraryFrom(schema: AnySchema, overrides: Overrides = {}, path = ''): fc.Arbitrary<unknown> {
  if (path in overrides) return overrides[path]!;
  if (schema === (isoDateSchema as unknown)) return isoDateArbitrary;
  const def = defOf(schema);
  switch (def.type) {
    case 'object': {
      const shape = def.shape as Record<string, AnySchema>;
      const entries = Object.entries(shape);
      const required = entries.filter(([, s]) => !isOptional(s)).map(([k]) => k);
      const record = Object.fromEntries(entries.map(([key, s]) => [key, arbitraryFrom(s, overrides, path ? `${path}.${key}` : key)]));
      return fc.record(record, { requiredKeys: required });
    }
    case 'optional':
    case 'default':
      return arbitraryFrom(def.innerType as AnySchema, overrides, path);
    case 'nullable':
      return fc.option(arbitraryFrom(def.innerType as AnySchema, overrides, path), { nil: null });
    case 'pipe':
      return arbitraryFrom(def.in as AnySchema, overrides, path);
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries as Record<string, string>));
    case 'literal':
      return fc.constantFrom(...(def.values as unknown[]));
    case 'boolean':
      return fc.boolean();
    case 'string':
      return textArbitrary(maxOf(def, 300));
    case 'array':
      return fc.uniqueArray(arbitraryFrom(def.element as AnySchema, overrides, `${path}[]`), { maxLength: maxOf(def, 6), selector: (v) => JSON.stringify(v) });
    default:
      throw new Error(`arbitraryFrom: no arbitrary for a ${def.type} schema at "${path}"; add one or pass an override`);
  }
}

function isOptional(schema: AnySchema): boolean {
  const type = defOf(schema).type;
  return type === 'optional' || type === 'default';
}
