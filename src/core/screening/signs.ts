import { FACT_PHASES, type CaseFacts, type FactId, type Phase } from '../contract';
import { indicator } from './catalogue';

// Red flags and observations: shown to the practitioner beside the results, never weighted and
// never read by a rule. Two sources: facts recorded "yes" whose catalogue kind is red-flag or
// observation, and what the sittings record about the room. A sitting where the client could not
// speak freely (or the practitioner was unsure) is an observation of third-party-speaks-for-person
// to confirm with the client alone: it is never recorded as the client's answer.

type SignSource = 'answered-yes' | 'could-not-speak-freely' | 'unsure-could-speak-freely';

/** What a sitting records about whether the client could speak freely (the sitting's date and the practitioner's answer). */
interface SittingRoom {
  heldOn: string;
  couldSpeakFreely: 'yes' | 'no' | 'unsure';
}

interface Sign {
  fact: FactId;
  kind: 'red-flag' | 'observation';
  phase?: Phase;
  source: SignSource;
  /** The sitting the observation comes from. */
  heldOn?: string;
}

/** The red flags and observations to show, answers first (in the order recorded), then sittings by date. Pure. */
export function unweightedSigns(facts: CaseFacts, sittings: readonly SittingRoom[] = []): Sign[] {
  const signs: Sign[] = [];
  // Validated facts answer each (fact, phase) once.
  for (const f of facts.facts) {
    const { kind } = indicator(f.id);
    if (f.answer !== 'yes' || (kind !== 'red-flag' && kind !== 'observation')) continue;
    signs.push({ fact: f.id, kind, ...(FACT_PHASES[f.id].length > 1 ? { phase: f.phase } : {}), source: 'answered-yes' });
  }
  const unfree = sittings.filter((s) => s.couldSpeakFreely !== 'yes').sort((a, b) => (a.heldOn < b.heldOn ? -1 : a.heldOn > b.heldOn ? 1 : 0));
  for (const s of unfree) {
    signs.push({
      fact: 'third-party-speaks-for-person',
      kind: 'observation',
      source: s.couldSpeakFreely === 'no' ? 'could-not-speak-freely' : 'unsure-could-speak-freely',
      heldOn: s.heldOn,
    });
  }
  return signs;
}
