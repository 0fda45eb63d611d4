// Spreading the first conversations over several sittings. Trafficked clients rarely tell their
// story in one meeting, and should not be made to: safety and immediate needs come first, then
// consent and confidentiality, then the story in the order it happened, and goals last, once
// the options can be discussed. The guide only proposes; what was covered is what the
// practitioner recorded on each sitting. Codes only: the UI words them.

export const INTAKE_TOPICS = [
  'safety',
  'immediate-needs',
  'consent-and-confidentiality',
  'immigration-status',
  'recruitment',
  'journey',
  'work',
  'living-conditions',
  'control',
  'exit',
  'after-exit',
  'documents',
  'goals',
] as const;
export type IntakeTopic = (typeof INTAKE_TOPICS)[number];

/** Topics a first sitting should not go past until they are covered. */
export const FIRST_TOPICS: readonly IntakeTopic[] = ['safety', 'immediate-needs', 'consent-and-confidentiality'];
/** A sitting that covers more than this is long for someone recounting trauma. */
export const TOPICS_PER_SITTING = 3;

export interface SittingRecord {
  heldOn: string;
  couldSpeakFreely: 'yes' | 'no' | 'unsure';
  topicsCovered: readonly IntakeTopic[];
  topicsLater: readonly IntakeTopic[];
}

export type IntakeCaution = 'could-not-speak-freely' | 'safety-not-yet-covered';

export interface IntakeGuide {
  /** Covered in some sitting and not since left for later. */
  done: IntakeTopic[];
  /** Not yet covered, in the order to take them. */
  remaining: IntakeTopic[];
  /** Left for later at the latest sitting that mentioned them: take them first next time, if safe. */
  revisit: IntakeTopic[];
  /** A proposal for the next sitting: at most TOPICS_PER_SITTING, first topics before anything else. */
  nextSitting: IntakeTopic[];
  cautions: IntakeCaution[];
}

const order = (topics: Iterable<IntakeTopic>) => INTAKE_TOPICS.filter((t) => new Set(topics).has(t));

export function intakeGuide(sittings: readonly SittingRecord[]): IntakeGuide {
  // Walk sittings in date order (stable for equal dates); the latest word on a topic wins.
  const sorted = [...sittings].sort((a, b) => (a.heldOn < b.heldOn ? -1 : a.heldOn > b.heldOn ? 1 : 0));
  const state = new Map<IntakeTopic, 'done' | 'later'>();
  for (const s of sorted) {
    for (const t of s.topicsCovered) state.set(t, 'done');
    for (const t of s.topicsLater) state.set(t, 'later');
  }
  const done = order([...state].filter(([, v]) => v === 'done').map(([t]) => t));
  const revisit = order([...state].filter(([, v]) => v === 'later').map(([t]) => t));
  const remaining = INTAKE_TOPICS.filter((t) => state.get(t) !== 'done');

  // Safety first, always; otherwise the first topics, then what was left for later, then the rest.
  const first = remaining.filter((t) => FIRST_TOPICS.includes(t));
  const rest = [...revisit.filter((t) => !FIRST_TOPICS.includes(t)), ...remaining.filter((t) => !FIRST_TOPICS.includes(t) && !revisit.includes(t))];
  const nextSitting = (first.length > 0 ? first : rest).slice(0, TOPICS_PER_SITTING);

  const cautions: IntakeCaution[] = [];
  const last = sorted.at(-1);
  // Someone else in the room, or fear: re-check safety before anything else next time.
  if (last && last.couldSpeakFreely !== 'yes') {
    cautions.push('could-not-speak-freely');
    if (!nextSitting.includes('safety')) nextSitting.unshift('safety');
    if (nextSitting.length > TOPICS_PER_SITTING) nextSitting.length = TOPICS_PER_SITTING;
  }
  if (!done.includes('safety')) cautions.push('safety-not-yet-covered');
  return { done, remaining, revisit, nextSitting, cautions };
}
