// Refugee claim: eligibility to be referred to the IRB (IRPA ss. 99–101), read in Justice Canada's
// XML consolidation (IRPA current to 2026-03-31, with S.C. 2026, c. 4 — Bill C-12 — and its
// transitional s. 75; IRPR current to 2026-06-14). Research notes §4.
import type { EntryRoute } from '../../../contract';
import { deadline, described, otherwise, risk, row, START_NOT_RESEARCHED } from '../../build';
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
import { billC12Commentary as c12, irpa, irpr, READ_IN_OFFICIAL_XML, researchNotes, sc2026c4Xml, stcaPage, REFUGEE_CLAIM_SOURCES } from '../../sources';
import { notForCitizensOrPermanentResidents, inadmissibilityRisksFor } from '../common/common';
import { addDays, type IsoDate } from '../../../dates/iso-date';
import { filled, wordingOf } from '../../../wording';
import { remedyData } from '../../model';
import data from './refugee-claim.json';
import en from './wording/en.json';
import fr from './wording/fr.json';

/** This file's sentences, by code (./wording/en.json, ./wording/fr.json). */
const wording = wordingOf('remedies/knowledge/refugee-claim', { en, fr });

/** The sources this file cites, from the register (sources.ts). */
const { ineligibility } = REFUGEE_CLAIM_SOURCES;
/** A provision read in the official XML while encoding these rows. */
const act = (pinpoint: string) => irpa(pinpoint, 'official-text', { lastReviewed: READ_IN_OFFICIAL_XML });
const regs = (pinpoint: string) => irpr(pinpoint, 'official-text', { lastReviewed: READ_IN_OFFICIAL_XML });

/**
 * S.C. 2026, c. 4, s. 75: paras. 101(1)(b.1), (b.2) and s. 101(1.1) apply to claims made from the day
 * Bill C-2 was introduced (3 June 2025, first reading, secondary sources); they came into force on
 * royal assent, 26 March 2026 (the in-force date the consolidation gives them; s. 75(b)).
 */
const BILL_APPLIES_FROM = '2025-06-03';
const ROYAL_ASSENT = '2026-03-26';
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
  legalBasis: [
    described(wording('refugee-claim.legalBasis.0'), {
      effective: START_NOT_RESEARCHED,
      citations: [irpa('ss. 96–97, 99–101', 'secondary'), ineligibility('s. 101(1) grounds', 'secondary')],
    }),
  ],
  /** Where the evidence links and goals of the data file come from (practice reasoning from the research notes, unless a provision). */
  sequencingBasis: [irpa('ss. 99–101', 'official-text'), researchNotes('§14.5: sequence the H&C or TRP before a weak claim', 'secondary')],
  yields: [
    { kind: 'protection', text: wording('refugee-claim.yields.0.text') },
    {
      kind: 'income',
      text: wording('refugee-claim.yields.1.text'),
    },
  ],
  timeline: described(wording('refugee-claim.timeline'), {
    effective: START_NOT_RESEARCHED,
    citations: [irpa('—', 'unverified')],
  }),
  fees: described(wording('refugee-claim.fees'), {
    effective: START_NOT_RESEARCHED,
    citations: [irpa('—', 'unverified')],
  }),
  evidence: [wording('refugee-claim.evidence.0')],
  eligibility: [
    notForCitizensOrPermanentResidents('refugee-claim'),
    row({
      effective: START_NOT_RESEARCHED,
      id: 'refugee-claim.already-protected',
      effect: 'not-applicable',
      when: (ctx) => hasStatus(ctx, 'protected-person') || priorClaim(ctx)?.outcome === 'accepted',
      reason: wording('refugee-claim.already-protected.reason'),
      citations: [act('s. 101(1)(a)')],
    }),
    row({
      effective: START_NOT_RESEARCHED,
      id: 'refugee-claim.already-pending',
      effect: 'not-applicable',
      when: claimPending,
      reason: wording('refugee-claim.already-pending.reason'),
      citations: [ineligibility('s. 101(1)', 'secondary')],
    }),
    row({
      effective: START_NOT_RESEARCHED,
      id: 'refugee-claim.prior-claim-rejected',
      effect: 'not-applicable',
      when: (ctx) => priorClaim(ctx)?.outcome === 'rejected',
      reason: wording('refugee-claim.prior-claim-rejected.reason'),
      citations: [act('s. 101(1)(b)')],
    }),
    row({
      effective: START_NOT_RESEARCHED,
      id: 'refugee-claim.prior-claim-withdrawn',
      effect: 'not-applicable',
      when: (ctx) => priorClaim(ctx)?.outcome === 'withdrawn',
      reason: wording('refugee-claim.prior-claim-withdrawn.reason'),
      citations: [act('s. 101(1)(c)')],
    }),
    row({
      effective: START_NOT_RESEARCHED,
      id: 'refugee-claim.prior-claim-abandoned',
      effect: 'not-applicable',
      when: (ctx) => priorClaim(ctx)?.outcome === 'abandoned',
      reason: wording('refugee-claim.prior-claim-abandoned.reason'),
      citations: [act('s. 101(1)(c)')],
    }),
    row({
      effective: START_NOT_RESEARCHED,
      id: 'refugee-claim.prior-claim-ineligible',
      effect: 'not-applicable',
      when: (ctx) => priorClaim(ctx)?.outcome === 'ineligible',
      reason: wording('refugee-claim.prior-claim-ineligible.reason'),
      citations: [act('s. 101(1)(c)')],
    }),
    row({
      effective: START_NOT_RESEARCHED,
      id: 'refugee-claim.removal-order',
      effect: 'not-applicable',
      when: removalInMotion,
      reason: wording('refugee-claim.removal-order.reason'),
      citations: [act('s. 99(3)')],
    }),
    row({
      id: 'refugee-claim.one-year-bar',
      effect: 'unlikely',
      when: caughtByOneYearBar,
      effective: { from: BILL_APPLIES_FROM, until: '2026-03-25' },
      verify: VERIFY,
      reason: wording('refugee-claim.one-year-bar.reason'),
      citations: [c12('proposed s. 101(1)(b.1)', 'secondary')],
    }),
    row({
      id: 'refugee-claim.one-year-bar',
      effect: 'not-applicable',
      when: caughtByOneYearBar,
      effective: { from: ROYAL_ASSENT },
      details: oneYearDetails,
      reason: filled(wording('refugee-claim.one-year-bar.reason.2'), { TERMINATION: TERMINATION }),
      citations: [act('s. 101(1)(b.1), (1.1) and (1.2); s. 49(2)(b)'), sc2026c4Xml('s. 75 (claims made on or after the day Bill C-2 was introduced)')],
    }),
    row({
      id: 'refugee-claim.between-ports-after-14-days',
      effect: 'unlikely',
      when: (ctx) => lateAfterBetweenPorts(ctx) !== undefined,
      effective: { from: BILL_APPLIES_FROM, until: '2026-03-25' },
      verify: VERIFY,
      reason: wording('refugee-claim.between-ports-after-14-days.reason'),
      citations: [c12('proposed s. 101(1)(b.2)', 'secondary')],
    }),
    row({
      id: 'refugee-claim.between-ports-after-14-days',
      effect: 'not-applicable',
      when: (ctx) => lateAfterBetweenPorts(ctx) !== undefined,
      effective: { from: ROYAL_ASSENT },
      details: (ctx) => ({ entry: lateAfterBetweenPorts(ctx)!.date }),
      reason: filled(wording('refugee-claim.between-ports-after-14-days.reason.2'), { TERMINATION: TERMINATION }),
      citations: [
        act('s. 101(1)(b.2) and (1.2); s. 49(2)(b)'),
        regs('s. 159.4(1.1)'),
        sc2026c4Xml('s. 75 (claims made on or after the day Bill C-2 was introduced)'),
      ],
    }),
    row({
      effective: START_NOT_RESEARCHED,
      id: 'refugee-claim.safe-third-country',
      effect: 'unlikely',
      when: (ctx) => safeThirdCountryEntry(ctx) !== undefined,
      details: stcaDetails,
      reason: wording('refugee-claim.safe-third-country.reason'),
      citations: [act('s. 101(1)(e)'), regs('ss. 159.2–159.6'), stcaPage('where the Agreement applies; exceptions', 'secondary')],
    }),
    row({
      effective: { from: '2019-06-21' },
      id: 'refugee-claim.claim-in-information-sharing-country',
      effect: 'unlikely',
      when: (ctx) => history(ctx) === 'claim-in-information-sharing-country',
      reason: filled(wording('refugee-claim.claim-in-information-sharing-country.reason'), { TERMINATION: TERMINATION }),
      citations: [act('s. 101(1)(c.1), in force 21 June 2019 (S.C. 2019, c. 29)')],
    }),
    row({
      effective: START_NOT_RESEARCHED,
      id: 'refugee-claim.recognized-elsewhere',
      effect: 'unlikely',
      when: (ctx) => history(ctx) === 'recognized-as-refugee-elsewhere',
      reason: wording('refugee-claim.recognized-elsewhere.reason'),
      citations: [act('s. 101(1)(d)')],
    }),
    row({
      effective: START_NOT_RESEARCHED,
      id: 'refugee-claim.entry-date-needed',
      effect: 'unknown',
      when: (ctx) => ctx.asOf >= BILL_APPLIES_FROM && oneYearBarStart(ctx) === undefined,
      reason: wording('refugee-claim.entry-date-needed.reason'),
      citations: [act('s. 101(1)(b.1) and (1.1)')],
    }),
    row({
      effective: START_NOT_RESEARCHED,
      id: 'refugee-claim.criminality-note',
      effect: 'note',
      when: criminalCharges,
      reason: wording('refugee-claim.criminality-note.reason'),
      citations: [act('s. 101(1)(f) and (2); s. 100(2)(b)')],
    }),
    row({
      effective: START_NOT_RESEARCHED,
      id: 'refugee-claim.stca-unaccompanied-minor',
      effect: 'note',
      when: (ctx) => safeThirdCountryEntry(ctx) !== undefined && ctx.facts.person.ageBand === 'minor',
      reason: wording('refugee-claim.stca-unaccompanied-minor.reason'),
      citations: [regs('s. 159.5(e)')],
    }),
    otherwise(
      'refugee-claim.merits-depend-on-risk',
      'possible',
      wording('refugee-claim.merits-depend-on-risk.reason'),
      [irpa('ss. 96–97', 'secondary')],
      START_NOT_RESEARCHED,
    ),
    // Notes on what is not known yet: they follow the answer, and only while no row above closes the claim.
    row({
      effective: START_NOT_RESEARCHED,
      id: 'refugee-claim.land-port-entry-note',
      effect: 'note',
      when: (ctx) => !claimClosed(ctx) && lastEntry(ctx)?.via === 'land-from-us-at-port' && safeThirdCountryEntry(ctx) === undefined,
      details: (ctx) => ({ entry: lastEntry(ctx)!.date }),
      reason: wording('refugee-claim.land-port-entry-note.reason'),
      citations: [regs('s. 159.4(1)'), stcaPage('where the Agreement applies', 'secondary')],
    }),
    row({
      effective: START_NOT_RESEARCHED,
      id: 'refugee-claim.entry-route-unknown',
      effect: 'note',
      when: (ctx) => !claimClosed(ctx) && (lastEntry(ctx) === undefined || (lastEntry(ctx)!.via ?? 'unknown') === 'unknown'),
      reason: wording('refugee-claim.entry-route-unknown.reason'),
      citations: [act('s. 101(1)(b.2) and (e)'), regs('s. 159.4(1.1)')],
    }),
    row({
      effective: START_NOT_RESEARCHED,
      id: 'refugee-claim.history-abroad-unknown',
      effect: 'note',
      when: (ctx) => !claimClosed(ctx) && (history(ctx) === undefined || history(ctx) === 'unknown'),
      reason: wording('refugee-claim.history-abroad-unknown.reason'),
      citations: [act('s. 101(1)(c.1) and (d)')],
    }),
  ],
  risks: [
    risk({
      effective: START_NOT_RESEARCHED,
      id: 'refugee-claim.bars-if-refused',
      risk: 'bars-later-remedies',
      level: 'high',
      basis: 'law',
      when: () => true,
      why: wording('refugee-claim.bars-if-refused.why'),
      citations: [irpa('ss. 24(4), 25(1.2)(b)–(c), 112(2)(b.1)', 'secondary')],
    }),
    risk({
      effective: START_NOT_RESEARCHED,
      id: 'refugee-claim.removal-order-if-refused',
      risk: 'status-jeopardy',
      level: 'medium',
      basis: 'law',
      when: () => true,
      why: wording('refugee-claim.removal-order-if-refused.why'),
      citations: [act('s. 49(2)')],
    }),
    risk({
      effective: START_NOT_RESEARCHED,
      id: 'refugee-claim.ineligible-claim-terminated',
      risk: 'status-jeopardy',
      level: 'high',
      basis: 'law',
      when: mayBeFoundIneligible,
      why: wording('refugee-claim.ineligible-claim-terminated.why'),
      citations: [act('s. 101(1.2); s. 49(2)(a)–(b); s. 112(2)(b)')],
    }),
    risk({
      effective: START_NOT_RESEARCHED,
      id: 'refugee-claim.coerced-facilitation',
      risk: 'status-jeopardy',
      level: 'high',
      basis: 'law',
      when: (ctx) => answered(ctx, 'coerced-into-facilitating'),
      why: wording('refugee-claim.coerced-facilitation.why'),
      citations: [act('s. 37(1)(b); s. 101(1)(f); s. 112(3)(a)')],
    }),
    risk({
      effective: START_NOT_RESEARCHED,
      id: 'refugee-claim.hearing',
      risk: 'retraumatization',
      level: 'medium',
      basis: 'law',
      when: () => true,
      why: wording('refugee-claim.hearing.why'),
      citations: [irpa('s. 170', 'unverified')],
    }),
    ...inadmissibilityRisksFor('refugee-claim'),
  ],
  practiceNotes: [],
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
