// What the planner needs to know about each remedy to put it in order: the consent it needs,
// whose evidence it produces, the goals it serves, whether it answers an imminent removal and
// whether it is an immigration application. All of it is read from the remedy knowledge, where
// it is written once with its sources; nothing here restates the law.
import { REMEDY_IDS, type ConsentKey, type Goal, type Province, type RemedyId } from '../contract';
import { consentFor } from '../remedies/consent';
import { REMEDY_KNOWLEDGE } from '../remedies/knowledge';
import type { RemedyKnowledge } from '../remedies/model';

function knowledgeOf(remedy: RemedyId): RemedyKnowledge {
  const k = REMEDY_KNOWLEDGE.get(remedy);
  if (!k) throw new Error(`no knowledge for ${remedy}`); // the catalogue test proves every id has one
  return k;
}

export interface RemedyRole {
  producesEvidenceFor: readonly RemedyId[];
  answersImminentRemoval: boolean;
  immigration: boolean;
}

// Worked out once when the module loads: the planner asks for these in its inner loops.
const ROLES = new Map<RemedyId, RemedyRole>(
  REMEDY_IDS.map((id) => {
    const k = knowledgeOf(id);
    return [id, { producesEvidenceFor: k.producesEvidenceFor, answersImminentRemoval: k.urgencyRole !== 'none', immigration: k.immigrationApplication }];
  }),
);

export function ruleFor(remedy: RemedyId): RemedyRole {
  return ROLES.get(remedy)!; // every contract id is in ROLES (knowledgeOf throws at load otherwise)
}

/**
 * The consent the client must give before anyone acts on this remedy in this province; null when none.
 * The result's reason codes may waive it (consent.ts), e.g. a victim of trafficking reporting to a community agency.
 */
export function consentKeyFor(remedy: RemedyId, province: Province, reasonCodes: readonly string[] = []): ConsentKey | null {
  const key = consentFor(knowledgeOf(remedy), province, reasonCodes);
  return key === 'none' ? null : key;
}

export function goalsServedBy(remedy: RemedyId): readonly Goal[] {
  return knowledgeOf(remedy).goals;
}
