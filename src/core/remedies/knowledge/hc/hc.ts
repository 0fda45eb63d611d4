// Humanitarian and compassionate application, IRPA s. 25(1). Research notes §2.
import { described, otherwise, risk, row, START_NOT_RESEARCHED } from '../../build';
import { barEnds, barRuns, barUncertain, claimPending, continuumAtLeast, hasStatus, isOutOfStatus, removalInMotion } from '../../facts';
import { barRule } from '../../bars';
import type { RemedyKnowledge } from '../../model';
import { addMonthsClamped } from '../../../dates/iso-date';
import { billC12NotInForce, irpa, irpaXml, researchNotes, secondarySource, seedReport, REVIEW_DATE_NOT_RECORDED, HC_SOURCES } from '../../sources';
import {
  BILL_C12_ENACTED,
  barDateUnknownRow,
  inadmissibilityRisksFor,
  notForCitizensOrPermanentResidents,
  notYetInForce,
  registerBarRows,
} from '../common/common';
import { wordingOf } from '../../../wording';
import { remedyData } from '../../model';
import data from './hc.json';
import en from './wording/en.json';
import fr from './wording/fr.json';

/** This file's sentences, by code (./wording/en.json, ./wording/fr.json). */
const wording = wordingOf('remedies/knowledge/hc', { en, fr });

const S25_1_2_C = irpaXml(
  's. 25(1.2)(c) "less than 12 months have passed since (i) the day on which the foreign national\u2019s claim for refugee protection was rejected or determined to be withdrawn \u2014 after substantive evidence was heard \u2014 or abandoned by the Refugee Protection Division ..."; exceptions s. 25(1.21)',
);
const S25_2 = irpaXml(
  's. 25(2) "The Minister may not grant permanent resident status to a foreign national referred to in subsection 9(1) if the foreign national does not meet the province\u2019s selection criteria applicable to that foreign national"; s. 9(1) (sole provincial responsibility for selection)',
);

/** The sources this file cites, from the register (sources.ts). */
const { cimm, reform, stj } = HC_SOURCES;

export const hc: RemedyKnowledge = {
  // Consent, evidence links, goals and bars are data: ./hc.json.
  ...remedyData(data),
  name: wording('hc.name'),
  /** The name inside a sentence of the plan ("Uses evidence from: …"). */
  nameInSentence: wording('hc.nameInSentence'),
  description: wording('hc.description'),
  decisionMaker: wording('hc.decisionMaker'),
  legalBasis: [
    described(wording('hc.legalBasis.0'), {
      effective: START_NOT_RESEARCHED,
      citations: [irpa('s. 25(1)', 'official-text'), reform('H&C bars after a refugee claim (introduced 2012)', 'secondary')],
    }),
  ],
  /** Where the evidence links and goals of the data file come from (practice reasoning from the research notes, unless a provision). */
  sequencingBasis: [
    irpa('s. 25(1), 25(1.2)(b)–(c), 25(1.21)', 'official-text'),
    researchNotes('§2: a pending meritorious H&C supports a deferral request (Legal Aid Ontario deferral page)', 'secondary'),
  ],
  yields: [
    { kind: 'status', text: wording('hc.yields.0.text') },
    {
      kind: 'permits',
      text: wording('hc.yields.1.text'),
    },
    {
      kind: 'income',
      text: wording('hc.yields.2.text'),
    },
  ],
  timeline: described(wording('hc.timeline'), { effective: START_NOT_RESEARCHED, citations: [cimm('processing times and approval rate', 'official-text')] }),
  fees: described(wording('hc.fees'), {
    effective: START_NOT_RESEARCHED,
    citations: [irpa('s. 25(1.1)', 'secondary'), secondarySource('elationvisas.com (2024)')('RPRF $575', 'secondary')],
  }),
  evidence: [wording('hc.evidence.0'), wording('hc.evidence.1'), wording('hc.evidence.2')],
  eligibility: [
    notForCitizensOrPermanentResidents('hc'),
    row({
      effective: START_NOT_RESEARCHED,
      id: 'hc.protected-person',
      effect: 'not-applicable',
      when: (ctx) => hasStatus(ctx, 'protected-person'),
      reason: wording('hc.protected-person.reason'),
      citations: [irpa('s. 21(2)', 'unverified')],
    }),
    row({
      effective: barRule('refugee-claim-pending-hc', 'hc').effective,
      id: 'hc.refugee-claim-pending',
      effect: 'not-applicable',
      when: (ctx) => barRuns(ctx, 'refugee-claim-pending-hc', 'hc'),
      reason: wording('hc.refugee-claim-pending.reason'),
      citations: [
        irpaXml(
          's. 25(1.2)(b) "the foreign national has made a claim for refugee protection that is pending before the Refugee Protection Division or the Refugee Appeal Division"',
        ),
        reform('withdrawal before substantive evidence', 'secondary'),
      ],
    }),
    row({
      effective: { from: BILL_C12_ENACTED },
      verify: notYetInForce('s. 35'),
      id: 'hc.eligible-claim-bar-not-in-force',
      effect: 'note',
      when: claimPending,
      reason: wording('hc.eligible-claim-bar-not-in-force.reason'),
      citations: [
        billC12NotInForce(
          's. 35, replacing s. 25(1.2)(b): "the foreign national has made a claim for refugee protection that has been determined to be eligible to be referred to the Refugee Protection Division or that is pending before that Division or the Refugee Appeal Division"',
        ),
      ],
    }),
    ...registerBarRows('hc', 'prra-pending-after-ineligible-claim-hc', {
      effect: 'not-applicable',
      id: 'pending-prra-bar',
      runs: wording('hc.pending-prra-bar.runs'),
      uncertain: {
        effect: 'note',
        reason: wording('hc.pending-prra-bar.uncertain.reason'),
      },
      citations: [
        irpaXml(
          's. 25(1.2)(b.1) "the foreign national made a claim for refugee protection that was determined to be ineligible to be referred to the Refugee Protection Division and they made an application for protection to the Minister that is pending"',
        ),
      ],
    }),
    ...registerBarRows('hc', 'designated-foreign-national-5-years-hc', {
      effect: 'unlikely',
      id: 'designated-foreign-national-bar',
      until: wording('hc.designated-foreign-national-bar.until'),
      runs: wording('hc.designated-foreign-national-bar.runs'),
      uncertain: {
        effect: 'note',
        reason: wording('hc.designated-foreign-national-bar.uncertain.reason'),
      },
      citations: [
        irpaXml(
          's. 25(1.01) "A designated foreign national may not make a request under subsection (1) (a) if they have made a claim for refugee protection but have not made an application for protection, until five years after the day on which a final determination in respect of the claim is made; (b) if they have made an application for protection, until five years after the day on which a final determination in respect of the application is made; or (c) in any other case, until five years after the day on which they become a designated foreign national."',
        ),
      ],
    }),
    row({
      effective: barRule('refugee-rejected-12-months-hc', 'hc').effective,
      id: 'hc.refugee-rejection-bar',
      effect: 'unlikely',
      when: (ctx) => barRuns(ctx, 'refugee-rejected-12-months-hc', 'hc'),
      reason: wording('hc.refugee-rejection-bar.reason'),
      details: (ctx) => barEnds(ctx, 'refugee-rejected-12-months-hc', 'hc'),
      citations: [S25_1_2_C, reform('failed claimants barred for 12 months', 'secondary')],
    }),
    row({
      effective: barRule('refugee-rejected-12-months-hc', 'hc').effective,
      id: 'hc.withdrawal-evidence-unknown',
      effect: 'unknown',
      when: (ctx) => barUncertain(ctx, 'refugee-rejected-12-months-hc', 'hc'),
      reason: wording('hc.withdrawal-evidence-unknown.reason'),
      citations: [S25_1_2_C],
    }),
    barDateUnknownRow('hc', 'refugee-rejected-12-months-hc', 'unknown', wording('hc.eligibility.8.bar-date-unknown-row.3')),
    row({
      effective: barRule('refugee-rejected-12-months-hc', 'hc').effective,
      id: 'hc.child-exception-note',
      effect: 'note',
      when: (ctx) => barRuns(ctx, 'refugee-rejected-12-months-hc', 'hc') && ctx.facts.person.dependants === true,
      reason: wording('hc.child-exception-note.reason'),
      citations: [irpaXml('s. 25(1.21)(b) "whose removal would have an adverse effect on the best interests of a child directly affected"')],
    }),
    row({
      effective: START_NOT_RESEARCHED,
      id: 'hc.quebec-selection',
      effect: 'note',
      when: (ctx) => ctx.province === 'QC' && !hasStatus(ctx, 'citizen', 'permanent-resident', 'protected-person'),
      reason: wording('hc.quebec-selection.reason'),
      citations: [S25_2],
    }),
    row({
      effective: START_NOT_RESEARCHED,
      id: 'hc.factors-present',
      effect: 'possible',
      when: (ctx) =>
        ctx.facts.person.dependants === true ||
        continuumAtLeast(ctx, 'exploitation') ||
        (ctx.facts.person.inCanadaSince !== undefined && ctx.facts.person.inCanadaSince <= addMonthsClamped(ctx.asOf, -36)),
      reason: wording('hc.factors-present.reason'),
      citations: [stj('factors', 'secondary')],
    }),
    otherwise('hc.discretionary', 'possible', wording('hc.discretionary.reason'), [irpa('s. 25(1)', 'official-text')], START_NOT_RESEARCHED),
  ],
  risks: [
    risk({
      effective: START_NOT_RESEARCHED,
      id: 'hc.no-stay',
      risk: 'no-stay-of-removal',
      level: (ctx) => (removalInMotion(ctx) || isOutOfStatus(ctx) ? 'high' : 'medium'),
      basis: 'law',
      when: (ctx) => !hasStatus(ctx, 'citizen', 'permanent-resident'),
      why: wording('hc.no-stay.why'),
      citations: [stj('no right to remain while pending', 'secondary'), seedReport('§3.2', 'secondary')],
    }),
    risk({
      effective: START_NOT_RESEARCHED,
      id: 'hc.long-wait',
      risk: 'long-wait',
      level: 'high',
      basis: 'law',
      when: () => true,
      why: wording('hc.long-wait.why'),
      citations: [cimm('processing times; planned admissions', 'official-text')],
    }),
    risk({
      effective: START_NOT_RESEARCHED,
      id: 'hc.fees',
      risk: 'financial-cost',
      level: 'medium',
      basis: 'law',
      when: () => true,
      why: wording('hc.fees.why'),
      citations: [irpa('s. 25(1.1)', 'secondary'), secondarySource('Legal Aid Ontario, H&C page')('LAO does not pay IRCC fees', 'secondary')],
    }),
    risk({
      effective: START_NOT_RESEARCHED,
      id: 'hc.reveals-address',
      risk: 'cbsa-exposure',
      level: 'medium',
      basis: 'practice',
      when: isOutOfStatus,
      why: wording('hc.reveals-address.why'),
      citations: [researchNotes('§2 (inference)', 'secondary')],
    }),
    ...inadmissibilityRisksFor('hc'),
  ],
  practiceNotes: [
    {
      id: 'hc.limited-success',
      text: wording('hc.limited-success.text'),
      citations: [seedReport('§3.2, N. Drolet', 'secondary')],
      lastReviewed: REVIEW_DATE_NOT_RECORDED,
      verification: 'secondary',
    },
  ],
  // Leave and judicial review of a refusal is its own remedy (judicial-review.ts), with its deadline: written once there.
  deadlines: [],
};
