import type { CaseFacts, FactId, FlagOut, Phase } from '../contract';
import type { Answers } from './answers';
import { screeningText, type Locale } from './text';

export const FLAG_AUDIENCES = ['everyone', 'counsel'] as const;
export type FlagAudience = (typeof FLAG_AUDIENCES)[number];

/** A contract flag plus who may see it. The extra field is dropped by the contract schema. */
export interface ScreeningFlag extends FlagOut {
  audience: FlagAudience;
}

/** Flags that only counsel may see: adapters must filter them out of anything shown to others. */
export const COUNSEL_ONLY_FLAGS = ['sex-industry-immigration-risk'] as const;

/**
 * Person fields that only counsel may see or change (the contract: "never shown to anyone but
 * counsel"). Adapters remove them from the facts before anything else is derived for others, so
 * no remedy risk or note built on them can give them away either.
 */
export const COUNSEL_ONLY_PERSON_FIELDS = ['sexIndustryWork'] as const;

/**
 * immediate-safety: a danger that may be present now. The facts record phases, not dates, so
 * "now" is read as the destination phase: violence, threats to the person or family, or
 * confinement at destination, or conduct that could reasonably make the person fear for their
 * or another's safety (the s. 279.04(1) fact).
 */
export const IMMEDIATE_SAFETY_FACTS: { fact: FactId; phase?: Phase }[] = [
  { fact: 'violence', phase: 'destination' },
  { fact: 'threats-of-violence', phase: 'destination' },
  { fact: 'violence-or-threats-to-family', phase: 'destination' },
  { fact: 'isolation-confinement-surveillance', phase: 'destination' },
  { fact: 'fear-for-safety' },
];

// IRPR s. 183(1)(b.1) binds temporary residents; citizens and permanent residents are outside it.
// An unknown status is flagged, since the person may be a temporary resident.
const OUTSIDE_IRPR_183 = new Set(['citizen', 'permanent-resident']);

export function screeningFlags(facts: CaseFacts, answers: Answers, locale: Locale = 'en'): ScreeningFlag[] {
  const text = screeningText[locale].flags;
  const flags: ScreeningFlag[] = [];
  if (facts.person.ageBand === 'minor') flags.push({ id: 'minor', level: 'urgent', why: text.minor.why, audience: 'everyone' });
  if (IMMEDIATE_SAFETY_FACTS.some((f) => answers(f.fact, f.phase) === 'yes')) {
    flags.push({ id: 'immediate-safety', level: 'urgent', why: text['immediate-safety'].why, audience: 'everyone' });
  }
  if (facts.person.sexIndustryWork === 'yes' && !OUTSIDE_IRPR_183.has(facts.person.immigrationStatus)) {
    flags.push({ id: 'sex-industry-immigration-risk', level: 'warning', why: text['sex-industry-immigration-risk'].why, audience: 'counsel' });
  }
  return flags;
}
