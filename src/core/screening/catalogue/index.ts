import { z } from 'zod';
import { FACT_IDS, FACT_PHASES, type DimensionId, type FactId, type Phase } from '../../contract';
import { coercionIndicators } from './coercion';
import { deceptionIndicators } from './deception';
import { exploitationIndicators } from './exploitation';
import { legalElementIndicators } from './legal-elements';
import { redFlagIndicators } from './red-flags';
import { indicatorSchema, type Indicator, type Weighting } from './schema';
import { vulnerabilityIndicators } from './vulnerability';

export * from './schema';
export { citations } from './sources';

// Checked once, when the module loads: a malformed record, a duplicate, a fact id missing from
// the catalogue, or a weighting in a phase the contract does not allow fails fast.
const catalogueSchema = z.array(indicatorSchema).superRefine((records, ctx) => {
  const seen = new Set<string>();
  records.forEach((record, i) => {
    if (seen.has(record.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `"${record.id}" is catalogued twice` });
    seen.add(record.id);
    const allowed: readonly string[] = FACT_PHASES[record.id as FactId];
    record.weightings.forEach((w, j) => {
      if (!allowed.includes(w.phase)) {
        ctx.addIssue({ code: 'custom', path: [i, 'weightings', j, 'phase'], message: `"${record.id}" cannot occur in the ${w.phase} phase` });
      }
    });
  });
  for (const id of FACT_IDS) if (!seen.has(id)) ctx.addIssue({ code: 'custom', path: [], message: `fact id "${id}" has no catalogue record` });
});

export const CATALOGUE: readonly Indicator[] = catalogueSchema.parse([
  ...deceptionIndicators,
  ...coercionIndicators,
  ...vulnerabilityIndicators,
  ...exploitationIndicators,
  ...legalElementIndicators,
  ...redFlagIndicators,
]);

const byId = new Map(CATALOGUE.map((record) => [record.id as FactId, record]));

export function indicator(id: FactId): Indicator {
  // Every FactId is present: the load-time check above guarantees it.
  return byId.get(id)!;
}

export interface DimensionItem {
  fact: FactId;
  phase: Phase;
  weighting: Weighting;
}

// Built once: the items of each element depend only on the static catalogue.
const ITEMS_BY_DIMENSION = new Map<DimensionId, readonly Readonly<DimensionItem>[]>();
for (const record of CATALOGUE) {
  for (const weighting of record.weightings) {
    const items = (ITEMS_BY_DIMENSION.get(weighting.dimension) ?? []) as DimensionItem[];
    items.push({ fact: record.id as FactId, phase: weighting.phase, weighting });
    ITEMS_BY_DIMENSION.set(weighting.dimension, items);
  }
}

/** The catalogued items of one ILO element, in catalogue order (shared: do not change them). */
export function catalogueItemsOf(dimension: DimensionId): readonly Readonly<DimensionItem>[] {
  return ITEMS_BY_DIMENSION.get(dimension) ?? [];
}

/** The catalogued items of one ILO element, in catalogue order: a fresh copy the caller may change. */
export function itemsOf(dimension: DimensionId): DimensionItem[] {
  return catalogueItemsOf(dimension).map(({ fact, phase, weighting }) => ({ fact, phase, weighting }));
}
