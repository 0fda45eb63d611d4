// Humanitarian and compassionate application, IRPA s. 25(1). Research notes §2.
import { barEnds, barRuns, barUncertain, claimPending, continuumAtLeast, hasStatus, isOutOfStatus, removalInMotion } from '../../facts';
import type { RemedyKnowledge } from '../../model';
import { addMonthsClamped } from '../../../dates/iso-date';
import { irpaXml } from '../../sources';
import { barDateUnknownRow, inadmissibilityRisksFor, notForCitizensOrPermanentResidents, notYetInForce, registerBarRows } from '../common/common';
import { wordingOf } from '../../../wording';
import { remedyData } from '../../model';
import { ALWAYS, factsOf, sheetOf, offersOf, rulesOf } from '../../rows';
import data from './hc.json';
import en from './wording/en.json';
import fr from './wording/fr.json';

/** This file's sentences, by code (./wording/en.json, ./wording/fr.json). */
const wording = wordingOf('remedies/knowledge/hc', { en, fr });

export const hc: RemedyKnowledge = {
  // Consent, evidence links, goals and bars are data: ./hc.json.
  ...remedyData(data),
  name: wording('hc.name'),
  /** The name inside a sentence of the plan ("Uses evidence from: …"). */
  nameInSentence: wording('hc.nameInSentence'),
  description: wording('hc.description'),
  decisionMaker: wording('hc.decisionMaker'),
  // Legal basis, timeline, fees and sequencing basis: dates and citations are data (./hc.json).
  ...factsOf(data, wording),
  ...sheetOf(data, wording),
  // What it yields, the evidence it needs and its practice notes: kinds, count and citations are data (./hc.json).
  ...offersOf(data, wording),
  // Rows: ids, effects, levels, dates and citations are data (./hc.json); their conditions, by the same ids, are here.
  ...rulesOf(data, wording, {
    eligibility: {
      'hc.protected-person': { when: (ctx) => hasStatus(ctx, 'protected-person') },
      'hc.refugee-claim-pending': { when: (ctx) => barRuns(ctx, 'refugee-claim-pending-hc', 'hc') },
      'hc.eligible-claim-bar-not-in-force': { when: claimPending, verify: notYetInForce('s. 35') },
      'hc.refugee-rejection-bar': {
        when: (ctx) => barRuns(ctx, 'refugee-rejected-12-months-hc', 'hc'),
        details: (ctx) => barEnds(ctx, 'refugee-rejected-12-months-hc', 'hc'),
      },
      'hc.withdrawal-evidence-unknown': { when: (ctx) => barUncertain(ctx, 'refugee-rejected-12-months-hc', 'hc') },
      'hc.child-exception-note': { when: (ctx) => barRuns(ctx, 'refugee-rejected-12-months-hc', 'hc') && ctx.facts.person.dependants === true },
      'hc.quebec-selection': { when: (ctx) => ctx.province === 'QC' && !hasStatus(ctx, 'citizen', 'permanent-resident', 'protected-person') },
      'hc.factors-present': {
        when: (ctx) =>
          ctx.facts.person.dependants === true ||
          continuumAtLeast(ctx, 'exploitation') ||
          (ctx.facts.person.inCanadaSince !== undefined && ctx.facts.person.inCanadaSince <= addMonthsClamped(ctx.asOf, -36)),
      },
      'hc.discretionary': ALWAYS,
    },
    risks: {
      'hc.no-stay': {
        when: (ctx) => !hasStatus(ctx, 'citizen', 'permanent-resident'),
        level: (ctx) => (removalInMotion(ctx) || isOutOfStatus(ctx) ? 'high' : 'medium'),
      },
      'hc.long-wait': ALWAYS,
      'hc.fees': ALWAYS,
      'hc.reveals-address': { when: isOutOfStatus },
    },
    shared: [
      notForCitizensOrPermanentResidents('hc'),
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
      barDateUnknownRow('hc', 'refugee-rejected-12-months-hc', 'unknown', wording('hc.eligibility.8.bar-date-unknown-row.3')),
      ...inadmissibilityRisksFor('hc'),
    ],
  }),

  // Leave and judicial review of a refusal is its own remedy (judicial-review.ts), with its deadline: written once there.
  deadlines: [],
};
