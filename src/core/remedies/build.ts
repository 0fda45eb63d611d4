// Small constructors so the knowledge files read like tables. A record's verification defaults
// to the weakest of its citations and its lastReviewed to the oldest, so a record never claims
// more certainty, or a fresher review, than its sources.
import type { Eligibility } from '../contract';
import { addDays, addMonthsClamped, type IsoDate } from '../dates/iso-date';
import type {
  Citation,
  ComputedDeadline,
  Dated,
  DeadlineKind,
  Effective,
  EligibilityRule,
  EvaluationContext,
  Fact,
  Localized,
  ParamId,
  ParamValues,
  RemedyKnowledge,
  RiskRule,
  VerificationStatus,
} from './model';

const RANK: Record<VerificationStatus, number> = { 'official-text': 2, secondary: 1, unverified: 0 };
function weakest(citations: readonly Citation[]): VerificationStatus {
  return citations.reduce<VerificationStatus>((w, c) => (RANK[c.verification] < RANK[w] ? c.verification : w), 'official-text');
}
/** The oldest review date of the citations; a citation whose review date was not recorded makes the record's unrecorded too. */
const oldest = (citations: readonly Citation[]): string | null => {
  const days = citations.map((c) => c.lastReviewed);
  return days.includes(null) ? null : (days as string[]).sort()[0]!;
};

/** Every record says when it started, or that nobody researched it: there is no default. */
type DatedInput = { effective: Effective; citations: Citation[]; verification?: VerificationStatus; lastReviewed?: string | null; verify?: Localized };
function dated(input: DatedInput): Dated {
  return {
    effective: input.effective,
    citations: input.citations,
    verification: input.verification ?? weakest(input.citations),
    lastReviewed: input.lastReviewed !== undefined ? input.lastReviewed : oldest(input.citations),
    ...(input.verify ? { verify: input.verify } : {}),
  };
}

export function fact<T>(value: T, input: DatedInput): Fact<T> {
  return { ...dated(input), value };
}

/** A practice note (what happens in practice, not a rule), as certain and as fresh as its citations. */
export function practiceNote(id: string, text: Localized, citations: Citation[]): RemedyKnowledge['practiceNotes'][number] {
  return { id, text, citations, lastReviewed: oldest(citations), verification: weakest(citations) };
}

export function described(value: Localized, input: DatedInput): Fact<Localized> {
  return { ...dated(input), value };
}

type RuleInput = DatedInput & {
  id: string;
  effect: Eligibility | 'note';
  when: EligibilityRule['when'];
  reason: Localized;
  details?: EligibilityRule['details'];
};
export function row(input: RuleInput): EligibilityRule {
  const { id, effect, when, reason, details } = input;
  return { ...dated(input), id, effect, when, reason, ...(details ? { details } : {}) };
}

type RiskInput = DatedInput & Omit<RiskRule, keyof Dated>;
export function risk(input: RiskInput): RiskRule {
  const { id, risk: riskId, level, basis, when, why } = input;
  return { ...dated(input), id, risk: riskId, level, basis, when, why };
}

/**
 * A period of N months "after" or "within N months of" an event ends on the same-numbered day
 * N months later (the anniversary), clamped to the last day of a shorter month; a filing on
 * that day is in time, the next day is late. Federal and provincial Interpretation Acts exclude
 * the first day and include the last, which gives the same result.
 */
export function endOfMonthsPeriod(trigger: string, months: number): IsoDate {
  return addMonthsClamped(trigger as IsoDate, months);
}
export function endOfDaysPeriod(trigger: string, days: number): IsoDate {
  return addDays(trigger as IsoDate, days);
}

export function deadline(input: {
  id: string;
  kind: DeadlineKind;
  event: string;
  triggerDate: string;
  date: IsoDate;
  basis: Localized;
  extension?: Localized;
  citation: Citation;
  verification?: VerificationStatus;
}): ComputedDeadline {
  const { id, kind, date, basis, extension, citation } = input;
  const trigger = { event: input.event, date: input.triggerDate as IsoDate };
  const verification = input.verification ?? input.citation.verification;
  // Two literal layouts, with and without an extension, rather than a conditional spread: same properties, same order.
  return extension ? { id, kind, date, trigger, basis, extension, citation, verification } : { id, kind, date, trigger, basis, citation, verification };
}

/** The provincial parameter in force at asOf, or undefined (unreviewed jurisdiction, or no version yet). */
export function param<K extends ParamId>(ctx: EvaluationContext, id: K): ParamValues[K] | undefined {
  return ctx.jurisdiction.param(id)?.value;
}
export function paramFact<K extends ParamId>(ctx: EvaluationContext, id: K): Fact<ParamValues[K]> | undefined {
  return ctx.jurisdiction.param(id);
}
