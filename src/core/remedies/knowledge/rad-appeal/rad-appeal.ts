// Appeal to the Refugee Appeal Division, IRPA s. 110 with IRPR s. 159.91 and the RAD Rules (SOR/2012-257).
// Every provision was read in Justice Canada's official XML (legal review of December 2026).
// `person.priorRefugeeClaim.date` of a rejected claim is taken as the day the written reasons were received.
// Not encoded: s. 110(2)(d.1) (nationals of a designated country of origin): the contract has no such fact,
// and S.C. 2026, c. 4, s. 49(1) repeals the paragraph (not yet in force in the consolidation).
import { deadline } from '../../build';
import type { EvaluationContext, RemedyKnowledge } from '../../model';
import { periodAt, periodEnd, type PeriodId } from '../../periods';
import { notForCitizensOrPermanentResidents } from '../common/common';
import { wordingOf } from '../../../wording';
import { remedyData } from '../../model';
import { ALWAYS, factsOf, sheetOf, offersOf, rulesOf } from '../../rows';
import data from './rad-appeal.json';
import en from './wording/en.json';
import fr from './wording/fr.json';

/** This file's sentences, by code (./wording/en.json, ./wording/fr.json). */
const wording = wordingOf('remedies/knowledge/rad-appeal', { en, fr });

/** IRPR s. 159.4(1.1) (SOR/2023-58, in force 2023-03-25 per the consolidation): the STCA reaches claims made between ports. */
const STCA_BETWEEN_PORTS_FROM = '2023-03-25';

const claim = (ctx: EvaluationContext) => ctx.facts.person.priorRefugeeClaim;
const claimRejected = (ctx: EvaluationContext) => claim(ctx)?.outcome === 'rejected';
const designatedForeignNational = (ctx: EvaluationContext) => ctx.facts.person.designatedForeignNational === 'yes';
/** A rejected claim that s. 110(2)(a) does not shut out: the RAD may lie (the reasons may still shut it, s. 110(2)(c)). */
export const radMayLie = (ctx: EvaluationContext) => claimRejected(ctx) && !designatedForeignNational(ctx);

/** An entry by land from the United States that brings the Safe Third Country Agreement rules (and so s. 110(2)(d)). */
const enteredByLandFromUnitedStates = (ctx: EvaluationContext) =>
  (ctx.facts.person.entries ?? []).some(
    (e) => e.via === 'land-from-us-at-port' || (e.via === 'land-from-us-between-ports' && e.date >= STCA_BETWEEN_PORTS_FROM),
  );

/** The last day of one of the RAD's time limits, from the day the written reasons were received. */
function radLimit(ctx: EvaluationContext, id: PeriodId): string | undefined {
  const received = claim(ctx)?.date;
  const period = periodAt(id, ctx.asOf);
  return received === undefined || !period ? undefined : periodEnd(received, period.value);
}
const radDates = (ctx: EvaluationContext) => ({ fileBy: radLimit(ctx, 'rad-appeal-filing') ?? '', perfectBy: radLimit(ctx, 'rad-appeal-perfecting') ?? '' });

function radDeadline(id: 'rad-appeal.file' | 'rad-appeal.perfect', period: 'rad-appeal-filing' | 'rad-appeal-perfecting') {
  return {
    id,
    period,
    compute: (ctx: EvaluationContext) => {
      const received = claim(ctx)?.date;
      const p = periodAt(period, ctx.asOf);
      if (!radMayLie(ctx) || received === undefined || !p) return undefined;
      const file = period === 'rad-appeal-filing';
      return deadline({
        id,
        kind: 'limitation',
        event: 'priorRefugeeClaim.date',
        triggerDate: received,
        date: periodEnd(received, p.value),
        basis: file ? wording('rad-appeal.rad-deadline.compute.basis') : wording('rad-appeal.rad-deadline.compute.basis.2'),
        extension: wording('rad-appeal.rad-deadline.compute.extension'),
        citation: p.citations[0]!,
      });
    },
  };
}

export const radAppeal: RemedyKnowledge = {
  // Consent, evidence links, goals and bars are data: ./rad-appeal.json.
  // barsCreated (rad-appeal.json): a rejection by the RAD starts the 12-month bars again from its own date
  // (ss. 24(4)(b), 25(1.2)(c)(ii), 112(2)(b.1)(ii)).
  ...remedyData(data),
  name: wording('rad-appeal.name'),
  /** The name inside a sentence of the plan ("Uses evidence from: …"). */
  nameInSentence: wording('rad-appeal.nameInSentence'),
  description: wording('rad-appeal.description'),
  decisionMaker: wording('rad-appeal.decisionMaker'),
  // Legal basis, timeline, fees and sequencing basis: dates and citations are data (./rad-appeal.json).
  ...factsOf(data, wording),
  ...sheetOf(data, wording),
  // What it yields, the evidence it needs and its practice notes: kinds, count and citations are data (./rad-appeal.json).
  ...offersOf(data, wording),
  // Rows: ids, effects, levels, dates and citations are data (./rad-appeal.json); their conditions, by the same ids, are here.
  ...rulesOf(data, wording, {
    eligibility: {
      'rad-appeal.not-yet-in-force': ALWAYS,
      'rad-appeal.no-rejected-claim': { when: (ctx) => !['rejected', 'ineligible', 'withdrawn', 'abandoned'].includes(claim(ctx)?.outcome ?? '') },
      'rad-appeal.ineligible-claim': { when: (ctx) => claim(ctx)?.outcome === 'ineligible' },
      'rad-appeal.withdrawn-or-abandoned': { when: (ctx) => ['withdrawn', 'abandoned'].includes(claim(ctx)?.outcome ?? '') },
      'rad-appeal.designated-foreign-national': { when: (ctx) => claimRejected(ctx) && designatedForeignNational(ctx) },
      'rad-appeal.safe-third-country-exception': { when: (ctx) => claimRejected(ctx) && enteredByLandFromUnitedStates(ctx) },
      'rad-appeal.reasons-date-unknown': { when: (ctx) => claimRejected(ctx) && claim(ctx)?.date === undefined },
      'rad-appeal.no-credible-basis-check': { when: radMayLie },
      'rad-appeal.designated-foreign-national-unknown': {
        when: (ctx) => claimRejected(ctx) && ctx.facts.person.designatedForeignNational !== 'yes' && ctx.facts.person.designatedForeignNational !== 'no',
      },
      'rad-appeal.time-to-file-passed': {
        when: (ctx) => {
          const fileBy = radLimit(ctx, 'rad-appeal-filing');
          return claimRejected(ctx) && fileBy !== undefined && ctx.asOf > fileBy;
        },
        details: radDates,
      },
      'rad-appeal.in-time': { when: () => true, details: radDates },
    },
    risks: {
      'rad-appeal.later-bars-move': { when: claimRejected },
    },
    shared: [notForCitizensOrPermanentResidents('rad-appeal')],
  }),

  deadlines: [radDeadline('rad-appeal.file', 'rad-appeal-filing'), radDeadline('rad-appeal.perfect', 'rad-appeal-perfecting')],
};
