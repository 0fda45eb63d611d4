import type { Eligibility, RemedyId } from '../contract/identifiers';
import type { EvidenceItemFacts, EvidenceRequest } from './model';

// "What is still missing": for each remedy in play, its evidence list (the knowledge's
// "evidence needed", as the assessment gives it) set against the items linked to it. A need is
// held when an item linked to it is held, requested when one is only requested, and missing
// otherwise. Remedies in play are those the assessment finds likely or possible, and any remedy
// an item has been linked to (the practitioner says it is in play).

export const NEED_STATES = ['held', 'requested', 'missing'] as const;
export type NeedState = (typeof NEED_STATES)[number];

/** The part of an assessment's remedy result the checklist reads. */
export interface RemedyEvidenceList {
  id: RemedyId;
  eligibility: Eligibility;
  /** The knowledge's evidence list, in the reader's language, in its own order. */
  evidenceNeeded: readonly string[];
}

export interface ChecklistNeed {
  /** Position in the remedy's evidence list: what an item's link names. */
  need: number;
  text: string;
  state: NeedState;
  /** Exhibit numbers of the items linked to this need. */
  exhibits: number[];
  /** The earliest follow-up among the outstanding requests, when the need is only requested. */
  request?: EvidenceRequest & { overdue: boolean };
}

export interface RemedyChecklist {
  remedy: RemedyId;
  eligibility: Eligibility;
  /** Why it is on the list: the assessment, or only because items were linked to it. */
  inPlayBecause: 'assessment' | 'linked';
  needs: ChecklistNeed[];
  /** Items linked to the remedy without naming one of its needs. */
  otherExhibits: number[];
  counts: Record<NeedState, number>;
}

const IN_PLAY: readonly Eligibility[] = ['likely', 'possible'];

function earliestRequest(items: readonly EvidenceItemFacts[], asOf: string): ChecklistNeed['request'] {
  const requests = items.flatMap((i) => (i.status === 'requested' && i.request ? [i.request] : []));
  if (requests.length === 0) return undefined;
  const key = (r: EvidenceRequest) => r.followUpOn ?? '9999-12-31';
  const first = [...requests].sort((a, b) => key(a).localeCompare(key(b)) || a.requestedOn.localeCompare(b.requestedOn))[0]!;
  return { ...first, overdue: first.followUpOn !== undefined && first.followUpOn < asOf };
}

function needOf(need: number, text: string, linked: readonly EvidenceItemFacts[], asOf: string): ChecklistNeed {
  const exhibits = linked.map((i) => i.exhibit).sort((a, b) => a - b);
  if (linked.some((i) => i.status === 'held')) return { need, text, state: 'held', exhibits };
  const request = earliestRequest(linked, asOf);
  if (linked.some((i) => i.status === 'requested')) return { need, text, state: 'requested', exhibits, ...(request ? { request } : {}) };
  return { need, text, state: 'missing', exhibits };
}

/** The checklist of every remedy in play, as of a day (for overdue follow-ups), in the assessment's order. */
export function evidenceChecklist(remedies: readonly RemedyEvidenceList[], items: readonly EvidenceItemFacts[], asOf: string): RemedyChecklist[] {
  const linkedTo = (remedy: RemedyId) => items.filter((i) => i.supports.some((l) => l.remedy === remedy));
  return remedies.flatMap((r): RemedyChecklist[] => {
    const linked = linkedTo(r.id);
    const byAssessment = IN_PLAY.includes(r.eligibility);
    if (!byAssessment && linked.length === 0) return [];
    const needs = r.evidenceNeeded.map((text, need) =>
      needOf(
        need,
        text,
        linked.filter((i) => i.supports.some((l) => l.remedy === r.id && l.need === need)),
        asOf,
      ),
    );
    const otherExhibits = linked
      .filter((i) => i.supports.some((l) => l.remedy === r.id && (l.need === undefined || l.need >= r.evidenceNeeded.length)))
      .map((i) => i.exhibit)
      .sort((a, b) => a - b);
    const counts = { held: 0, requested: 0, missing: 0 };
    for (const n of needs) counts[n.state]++;
    return [{ remedy: r.id, eligibility: r.eligibility, inPlayBecause: byAssessment ? 'assessment' : 'linked', needs, otherExhibits, counts }];
  });
}
