import type { TFunction } from 'i18next';
import { DIMENSION_IDS, FACT_PHASES, type FactId } from '../../core/contract/identifiers';
import { indicator } from '../../core/screening';
import { screeningText } from '../../core/screening/text';

// Results name facts and dimensions by code ("documents-confiscated (strong)", "act@recruitment",
// "coercion-at-destination (met)"). These turn the codes into the practitioner's words.

export type Lang = 'en' | 'fr';

const isFact = (id: string): id is FactId => id in FACT_PHASES;
const isDimension = (id: string): id is (typeof DIMENSION_IDS)[number] => (DIMENSION_IDS as readonly string[]).includes(id);

/** A fact's practitioner wording; the id itself when it is unknown to this version. */
export function factName(id: string, lang: Lang): string {
  return isFact(id) ? indicator(id).practitioner[lang] : id;
}

/** The question put to the person for a fact, without the phase lead-in. */
export function factQuestion(id: string, lang: Lang): string {
  return isFact(id) ? indicator(id).question[lang] : id;
}

export function describeRef(ref: string, lang: Lang, t: TFunction): string {
  const match = /^([\w-]+)(?:@(recruitment|destination))?(?: \(([\w-]+)\))?$/.exec(ref);
  if (!match) return ref;
  const [, id, phase, qualifier] = match as unknown as [string, string, string | undefined, string | undefined];
  const text = screeningText[lang];
  const name = isDimension(id) ? text.dimensions[id] : factName(id, lang);
  const parts = [name];
  if (phase) parts.push(t(`screening:phase.${phase}`));
  if (qualifier) {
    const q = qualifier as keyof typeof text.strengths & keyof typeof text.statuses;
    parts.push(text.strengths[q] ?? text.statuses[q] ?? qualifier);
  }
  return parts.length > 1 ? `${parts[0]} (${parts.slice(1).join(', ')})` : parts[0]!;
}
