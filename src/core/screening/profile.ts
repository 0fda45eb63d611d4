import type { CaseFacts } from '../contract';
import type { Profile } from './catalogue';

export const PROFILE_NOTES = ['age-unknown-treated-as-adult', 'context-unknown-treated-as-labour'] as const;
export type ProfileNote = (typeof PROFILE_NOTES)[number];

export interface ProfileChoice {
  child: boolean;
  profiles: Profile[];
  notes: ProfileNote[];
}

/**
 * Which ILO 2009 lists apply. Age comes from person.ageBand; an unknown age is read as adult,
 * the stricter list (means required), and the result says so. The sexual list applies when the
 * contexts include "sexual"; every other context uses the labour list. When both apply, each
 * dimension is read under both lists and the higher status is kept.
 */
export function chooseProfiles(facts: CaseFacts): ProfileChoice {
  const notes: ProfileNote[] = [];
  const child = facts.person.ageBand === 'minor';
  if (facts.person.ageBand === 'unknown') notes.push('age-unknown-treated-as-adult');
  const age = child ? 'child' : 'adult';
  const sexual = facts.contexts.includes('sexual');
  const labour = facts.contexts.some((c) => c !== 'sexual');
  if (facts.contexts.length === 0) notes.push('context-unknown-treated-as-labour');
  const profiles: Profile[] = [];
  if (labour || !sexual) profiles.push(`${age}-labour`);
  if (sexual) profiles.push(`${age}-sexual`);
  return { child, profiles, notes };
}
