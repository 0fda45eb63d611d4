// What the planner needs to know about each remedy to put it in order: the consent it needs,
// whose evidence it produces, the goals it serves, whether it answers an imminent removal and
// whether it is an immigration application. All of it is read from the remedy knowledge, where
// it is written once with its sources; nothing here restates the law.
import type { ConsentKey, Goal, Province, RemedyId } from '../contract';
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

export function ruleFor(remedy: RemedyId): RemedyRole {
  const k = knowledgeOf(remedy);
  return { producesEvidenceFor: k.producesEvidenceFor, answersImminentRemoval: k.urgencyRole !== 'none', immigration: k.immigrationApplication };
}

/** The consent the client must give before anyone acts on this remedy in this province; null when none. */
export function consentKeyFor(remedy: RemedyId, province: Province): ConsentKey | null {
  const k = knowledgeOf(remedy);
  const key = k.consentByProvince?.[province] ?? k.consentNeeded;
  return key === 'none' ? null : key;
}

export function goalsServedBy(remedy: RemedyId): readonly Goal[] {
  return knowledgeOf(remedy).goals;
}
