// The remedy catalogue: one file per remedy, validated at load, one entry for every contract id.
// The modules are listed in remedies.generated.ts, which a test writes from the folders and the contract.
import { REMEDY_IDS, type RemedyId } from '../../contract';
import { remedyKnowledgeSchema, type RemedyKnowledge } from '../model';
import { REMEDY_MODULES } from './remedies.generated';

function load(records: readonly RemedyKnowledge[]): ReadonlyMap<RemedyId, RemedyKnowledge> {
  const byId = new Map<RemedyId, RemedyKnowledge>();
  for (const record of records) {
    const parsed = remedyKnowledgeSchema.safeParse(record);
    if (!parsed.success) throw new Error(`remedy knowledge "${record.id}" is invalid: ${parsed.error.message}`);
    if (byId.has(record.id)) throw new Error(`remedy knowledge "${record.id}" is defined twice`);
    byId.set(record.id, record); // keep the original: zod would strip nothing, but functions must stay identical
  }
  const missing = REMEDY_IDS.filter((id) => !byId.has(id));
  if (missing.length) throw new Error(`remedy knowledge missing for ${missing.join(', ')}`);
  return byId;
}

export const REMEDY_KNOWLEDGE = load(REMEDY_MODULES);
