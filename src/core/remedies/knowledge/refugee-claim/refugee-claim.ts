// Refugee claim: eligibility to be referred to the IRB (IRPA ss. 99–101), read in Justice Canada's
// XML consolidation (IRPA current to 2026-03-31, with S.C. 2026, c. 4 — Bill C-12 — and its
// transitional s. 75; IRPR current to 2026-06-14). Research notes §4.
import type { EntryRoute } from '../../../contract';
import { deadline } from '../../build';
import {
  answered,
  claimPending,
  criminalCharges,
  daysSinceEntry,
  entriesInto,
  hasStatus,
  isCitizenOrPermanentResident,
  lastEntry,
  oneYearBarStart,
  priorClaim,
  removalInMotion,
} from '../../facts';
import type { EvaluationContext, RemedyKnowledge } from '../../model';
import { periodAt, periodEnd } from '../../periods';
import { notForCitizensOrPermanentResidents, inadmissibilityRisksFor } from '../common/common';
import { addDays, type IsoDate } from '../../../dates/iso-date';
import { filled, wordingOf } from '../../../wording';
import { remedyData } from '../../model';
import { ALWAYS, factsOf, sheetOf, offersOf, rulesOf } from '../../rows';
import data from './refugee-claim.json';
import en from './wording/en.json';
import fr from './wording/fr.json';

/** This file's sentences, by code (./wording/en.json, ./wording/fr.json). */
const wording = wordingOf('remedies/knowledge/refugee-claim', { en, fr });

/**
 * S.C. 2026, c. 4, s. 75: paras. 101(1)(b.1), (b.2) and s. 101(1.1) apply to claims made from the day
 * Bill C-2 was introduced (3 June 2025, first reading, secondary sources); they came into force on
 * royal assent, 26 March 2026 (the in-force date the consolidation gives them; s. 75(b)).
 */
const BILL_APPLIES_FROM = '2025-06-03';
/** IRPR s. 159.4(1.1), the 14-day rule between ports of entry, in force 25 March 2023 (consolidation). */
const BETWEEN_PORTS_RULE_FROM = '2023-03-25';
const BETWEEN_PORTS_DAYS = 14;
const VERIFY = wording('refugee-claim.verify');

/** The one-year window: the entry that starts it, where that date came from, and its last day (the anniversary). */
function oneYearWindow(ctx: EvaluationContext) {
  const start = oneYearBarStart(ctx);
  const period = periodAt('refugee-claim-one-year', ctx.asOf);
  if (start === undefined || start === 'before-cutoff' || !period) return undefined;
  return { ...start, ends: periodEnd(start.date, period.value) };
}
const caughtByOneYearBar = (ctx: EvaluationContext) => {
  const w = oneYearWindow(ctx);
  return w !== undefined && ctx.asOf > w.ends;
};
const oneYearDetails = (ctx: EvaluationContext) => {
  const w = oneYearWindow(ctx)!;
  return { entry: w.date, ends: w.ends, field: w.field };
};

/** s. 101(1)(b.2): an entry between ports along the US land border, the claim made 14 days or more after it. */
const lateAfterBetweenPorts = (ctx: EvaluationContext) =>
  entriesInto(ctx).find((e) => e.via === 'land-from-us-between-ports' && daysSinceEntry(ctx, e.date) >= BETWEEN_PORTS_DAYS);

/**
 * s. 101(1)(e) with IRPR s. 159.4: the Agreement reaches a claim made on arrival at a land port of
 * entry from the United States, and (from 25 March 2023) one made less than 14 days after crossing
 * between ports (s. 159.4(1.1)). The last entry is the one a claim now would follow.
 */
function safeThirdCountryEntry(ctx: EvaluationContext) {
  const e = lastEntry(ctx);
  if (!e) return undefined;
  const days = daysSinceEntry(ctx, e.date);
  if (e.via === 'land-from-us-at-port' && days === 0) return e;
  if (e.via === 'land-from-us-between-ports' && ctx.asOf >= BETWEEN_PORTS_RULE_FROM && days >= 0 && days < BETWEEN_PORTS_DAYS) return e;
  return undefined;
}
const stcaDetails = (ctx: EvaluationContext) => {
  const e = safeThirdCountryEntry(ctx)!;
  return { entry: e.date, b2from: addDays(e.date as IsoDate, BETWEEN_PORTS_DAYS) };
};

const history = (ctx: EvaluationContext) => ctx.facts.person.refugeeHistoryAbroad;
const CLOSED_OUTCOMES = ['accepted', 'rejected', 'withdrawn', 'abandoned', 'ineligible'];

/** A row above already answers "no claim": the notes on missing facts would only add noise. */
const claimClosed = (ctx: EvaluationContext) =>
  isCitizenOrPermanentResident(ctx) ||
  hasStatus(ctx, 'protected-person') ||
  claimPending(ctx) ||
  CLOSED_OUTCOMES.includes(priorClaim(ctx)?.outcome ?? '') ||
  removalInMotion(ctx) ||
  (ctx.asOf >= BILL_APPLIES_FROM && (caughtByOneYearBar(ctx) || lateAfterBetweenPorts(ctx) !== undefined));

/** The claim could be found ineligible on a ground the facts point to but do not settle. */
const mayBeFoundIneligible = (ctx: EvaluationContext) =>
  safeThirdCountryEntry(ctx) !== undefined || history(ctx) === 'claim-in-information-sharing-country' || history(ctx) === 'recognized-as-refugee-elsewhere';

const PORT_ROUTES: readonly EntryRoute[] = ['air', 'sea', 'land-from-us-at-port'];
/** A pending claim made at a port of entry: its recorded date is the day of an entry through a port. */
function pendingPortOfEntryClaim(ctx: EvaluationContext) {
  const claim = priorClaim(ctx);
  if (claim?.outcome !== 'pending' || claim.date === undefined) return undefined;
  return entriesInto(ctx).some((e) => e.date === claim.date && PORT_ROUTES.includes(e.via ?? 'unknown')) ? claim.date : undefined;
}

const TERMINATION = wording('refugee-claim.termination');

export const refugeeClaim: RemedyKnowledge = {
  // Consent, evidence links, goals and bars are data: ./refugee-claim.json.
  ...remedyData(data),
  name: wording('refugee-claim.name'),
  /** The name inside a sentence of the plan ("Uses evidence from: …"). */
  nameInSentence: wording('refugee-claim.nameInSentence'),
  description: wording('refugee-claim.description'),
  decisionMaker: wording('refugee-claim.decisionMaker'),
  // Legal basis, timeline, fees and sequencing basis: dates and citations are data (./refugee-claim.json).
  ...factsOf(data, wording),
  ...sheetOf(data, wording),
  // What it yields, the evidence it needs and its practice notes: kinds, count and citations are data (./refugee-claim.json).
  ...offersOf(data, wording),
  // Rows: ids, effects, levels, dates and citations are data (./refugee-claim.json); their conditions, by the same ids, are here.
  ...rulesOf(data, wording, {
    eligibility: {
      'refugee-claim.already-protected': { when: (ctx) => hasStatus(ctx, 'protected-person') || priorClaim(ctx)?.outcome === 'accepted' },
      'refugee-claim.already-pending': { when: claimPending },
      'refugee-claim.prior-claim-rejected': { when: (ctx) => priorClaim(ctx)?.outcome === 'rejected' },
      'refugee-claim.prior-claim-withdrawn': { when: (ctx) => priorClaim(ctx)?.outcome === 'withdrawn' },
      'refugee-claim.prior-claim-abandoned': { when: (ctx) => priorClaim(ctx)?.outcome === 'abandoned' },
      'refugee-claim.prior-claim-ineligible': { when: (ctx) => priorClaim(ctx)?.outcome === 'ineligible' },
      'refugee-claim.removal-order': { when: removalInMotion },
      'refugee-claim.one-year-bar': { when: caughtByOneYearBar, details: oneYearDetails, fills: { TERMINATION: TERMINATION }, verify: VERIFY },
      'refugee-claim.between-ports-after-14-days': {
        when: (ctx) => lateAfterBetweenPorts(ctx) !== undefined,
        details: (ctx) => ({ entry: lateAfterBetweenPorts(ctx)!.date }),
        fills: { TERMINATION: TERMINATION },
        verify: VERIFY,
      },
      'refugee-claim.safe-third-country': { when: (ctx) => safeThirdCountryEntry(ctx) !== undefined, details: stcaDetails },
      'refugee-claim.claim-in-information-sharing-country': {
        when: (ctx) => history(ctx) === 'claim-in-information-sharing-country',
        fills: { TERMINATION: TERMINATION },
      },
      'refugee-claim.recognized-elsewhere': { when: (ctx) => history(ctx) === 'recognized-as-refugee-elsewhere' },
      'refugee-claim.entry-date-needed': { when: (ctx) => ctx.asOf >= BILL_APPLIES_FROM && oneYearBarStart(ctx) === undefined },
      'refugee-claim.criminality-note': { when: criminalCharges },
      'refugee-claim.stca-unaccompanied-minor': { when: (ctx) => safeThirdCountryEntry(ctx) !== undefined && ctx.facts.person.ageBand === 'minor' },
      'refugee-claim.merits-depend-on-risk': ALWAYS,
      'refugee-claim.land-port-entry-note': {
        when: (ctx) => !claimClosed(ctx) && lastEntry(ctx)?.via === 'land-from-us-at-port' && safeThirdCountryEntry(ctx) === undefined,
        details: (ctx) => ({ entry: lastEntry(ctx)!.date }),
      },
      'refugee-claim.entry-route-unknown': {
        when: (ctx) => !claimClosed(ctx) && (lastEntry(ctx) === undefined || (lastEntry(ctx)!.via ?? 'unknown') === 'unknown'),
      },
      'refugee-claim.history-abroad-unknown': { when: (ctx) => !claimClosed(ctx) && (history(ctx) === undefined || history(ctx) === 'unknown') },
    },
    risks: {
      'refugee-claim.bars-if-refused': ALWAYS,
      'refugee-claim.removal-order-if-refused': ALWAYS,
      'refugee-claim.ineligible-claim-terminated': { when: mayBeFoundIneligible },
      'refugee-claim.coerced-facilitation': { when: (ctx) => answered(ctx, 'coerced-into-facilitating') },
      'refugee-claim.hearing': ALWAYS,
    },
    shared: [notForCitizensOrPermanentResidents('refugee-claim'), ...inadmissibilityRisksFor('refugee-claim')],
  }),

  deadlines: [
    {
      id: 'refugee-claim.one-year-window',
      period: 'refugee-claim-one-year',
      compute: (ctx) => {
        const w = oneYearWindow(ctx);
        if (!w || w.ends < BILL_APPLIES_FROM || ctx.asOf < BILL_APPLIES_FROM || claimPending(ctx)) return undefined;
        return deadline({
          id: 'refugee-claim.one-year-window',
          kind: 'claim-window',
          event: w.field === 'person.entries' ? 'entries' : 'inCanadaSince',
          triggerDate: w.date,
          date: w.ends,
          basis: filled(wording('refugee-claim.one-year-window.basis'), { date: w.date, field: w.field }),
          citation: periodAt('refugee-claim-one-year', ctx.asOf)!.citations[0]!,
        });
      },
    },
    {
      id: 'refugee-claim.basis-of-claim-port-of-entry',
      period: 'refugee-basis-of-claim-port-of-entry',
      compute: (ctx) => {
        const claimed = pendingPortOfEntryClaim(ctx);
        const period = periodAt('refugee-basis-of-claim-port-of-entry', ctx.asOf);
        if (claimed === undefined || !period) return undefined;
        return deadline({
          id: 'refugee-claim.basis-of-claim-port-of-entry',
          kind: 'limitation',
          event: 'priorRefugeeClaim.date',
          triggerDate: claimed,
          date: periodEnd(claimed, period.value),
          basis: filled(wording('refugee-claim.basis-of-claim-port-of-entry.basis'), { claimed: claimed }),
          extension: wording('refugee-claim.basis-of-claim-port-of-entry.extension'),
          citation: period.citations[0]!,
        });
      },
    },
  ],
};
