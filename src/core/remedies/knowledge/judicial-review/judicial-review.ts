// Leave and judicial review at the Federal Court, IRPA ss. 72–74, with the stay of IRPR s. 231 and the
// Federal Court's immigration rules (SOR/93-22). Every provision was read in Justice Canada's official XML
// (legal review of December 2026). The 15 days are the period 'judicial-review-in-canada' of periods.ts, shared
// with the H&C and PRRA deadlines; the decisions it counts from are the ones the case facts record.
import { deadline } from '../../build';
import { removalInMotion } from '../../facts';
import type { EvaluationContext, Localized, RemedyKnowledge } from '../../model';
import { periodAt, periodEnd } from '../../periods';
import { radMayLie } from '../rad-appeal/rad-appeal';
import { wordingOf } from '../../../wording';
import { remedyData } from '../../model';
import { ALWAYS, factsOf, sheetOf, offersOf, rulesOf } from '../../rows';
import data from './judicial-review.json';
import en from './wording/en.json';
import fr from './wording/fr.json';

/** This file's sentences, by code (./wording/en.json, ./wording/fr.json). */
const wording = wordingOf('remedies/knowledge/judicial-review', { en, fr });

/** Refugee-claim outcomes that are decisions the person can bring to the Court (an accepted or pending claim is not). */
const REVIEWABLE_CLAIM_OUTCOMES: readonly string[] = ['rejected', 'ineligible', 'withdrawn', 'abandoned'];
const claim = (ctx: EvaluationContext) => ctx.facts.person.priorRefugeeClaim;
const claimDecided = (ctx: EvaluationContext) => REVIEWABLE_CLAIM_OUTCOMES.includes(claim(ctx)?.outcome ?? '');
const anyDecision = (ctx: EvaluationContext) => claimDecided(ctx) || ctx.facts.events.hcRefused !== undefined || ctx.facts.events.prraRefused !== undefined;

/** The recorded decision dates the 15 days count from. */
function decisionDates(ctx: EvaluationContext): string[] {
  const dates: string[] = [];
  const claimDate = claim(ctx)?.date;
  if (claimDecided(ctx) && claimDate !== undefined) dates.push(claimDate);
  if (ctx.facts.events.hcRefused !== undefined) dates.push(ctx.facts.events.hcRefused);
  if (ctx.facts.events.prraRefused !== undefined) dates.push(ctx.facts.events.prraRefused);
  return dates;
}
/** The last day to apply for leave against each recorded decision, earliest first. */
function leaveEnds(ctx: EvaluationContext): string[] {
  const period = periodAt('judicial-review-in-canada', ctx.asOf);
  if (!period) return [];
  return decisionDates(ctx)
    .map((d) => periodEnd(d, period.value) as string)
    .sort();
}

/**
 * A decision whose leave application does not itself stay removal: only leave against a RAD decision
 * does (IRPR s. 231(1)), and not for a designated foreign national (s. 231(2)).
 */
const noAutomaticStay = (ctx: EvaluationContext) =>
  ctx.facts.events.hcRefused !== undefined ||
  ctx.facts.events.prraRefused !== undefined ||
  ['ineligible', 'withdrawn', 'abandoned'].includes(claim(ctx)?.outcome ?? '') ||
  (claim(ctx)?.outcome === 'rejected' && ctx.facts.person.designatedForeignNational === 'yes');

const EXTENSION = wording('judicial-review.extension');

function leaveDeadline(id: string, event: string, dateOf: (ctx: EvaluationContext) => string | undefined, basis: Localized) {
  return {
    id,
    period: 'judicial-review-in-canada' as const,
    compute: (ctx: EvaluationContext) => {
      const decided = dateOf(ctx);
      const period = periodAt('judicial-review-in-canada', ctx.asOf);
      if (decided === undefined || !period) return undefined;
      return deadline({
        id,
        kind: 'judicial-review',
        event,
        triggerDate: decided,
        date: periodEnd(decided, period.value),
        basis,
        extension: EXTENSION,
        citation: period.citations[0]!,
      });
    },
  };
}

export const judicialReview: RemedyKnowledge = {
  // Consent, evidence links, goals and bars are data: ./judicial-review.json.
  // consentNeeded (judicial-review.json): the application is served on the other party, the Minister (s. 72(2)(b)).
  ...remedyData(data),
  name: wording('judicial-review.name'),
  /** The name inside a sentence of the plan ("Uses evidence from: …"). */
  nameInSentence: wording('judicial-review.nameInSentence'),
  description: wording('judicial-review.description'),
  decisionMaker: wording('judicial-review.decisionMaker'),
  // Legal basis, timeline, fees and sequencing basis: dates and citations are data (./judicial-review.json).
  ...factsOf(data, wording),
  ...sheetOf(data, wording),
  // What it yields, the evidence it needs and its practice notes: kinds, count and citations are data (./judicial-review.json).
  ...offersOf(data, wording),
  // Rows: ids, effects, levels, dates and citations are data (./judicial-review.json); their conditions, by the same ids, are here.
  ...rulesOf(data, wording, {
    eligibility: {
      'judicial-review.no-decision': { when: (ctx) => !anyDecision(ctx) },
      'judicial-review.decision-date-unknown': { when: (ctx) => decisionDates(ctx).length === 0 },
      'judicial-review.refugee-appeal-first': { when: radMayLie },
      'judicial-review.time-passed': {
        when: (ctx) => {
          const ends = leaveEnds(ctx);
          return ends.length > 0 && ends.every((end) => end < ctx.asOf);
        },
        details: (ctx) => ({ ended: leaveEnds(ctx).at(-1) ?? '' }),
      },
      'judicial-review.leave-open': { when: () => true, details: (ctx) => ({ until: leaveEnds(ctx).find((end) => end >= ctx.asOf) ?? '' }) },
    },
    risks: {
      'judicial-review.no-automatic-stay': { when: noAutomaticStay, level: (ctx) => (removalInMotion(ctx) ? 'high' : 'medium') },
      'judicial-review.later-bars-move': {
        when: (ctx) => ['rejected', 'withdrawn', 'abandoned'].includes(claim(ctx)?.outcome ?? '') || ctx.facts.events.prraRefused !== undefined,
      },
      'judicial-review.public-decision': ALWAYS,
      'judicial-review.fee': ALWAYS,
    },
  }),

  deadlines: [
    leaveDeadline(
      'judicial-review.refugee-decision',
      'priorRefugeeClaim.date',
      (ctx) => (claimDecided(ctx) ? claim(ctx)?.date : undefined),
      wording('judicial-review.deadlines.0.leave-deadline.3'),
    ),
    leaveDeadline('judicial-review.hc', 'hcRefused', (ctx) => ctx.facts.events.hcRefused, wording('judicial-review.deadlines.1.leave-deadline.3')),
    leaveDeadline('judicial-review.prra', 'prraRefused', (ctx) => ctx.facts.events.prraRefused, wording('judicial-review.deadlines.2.leave-deadline.3')),
  ],
};
