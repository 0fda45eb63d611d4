// Pre-removal risk assessment, IRPA s. 112. Research notes §4; Operational Bulletin 440-H.
import { barEnds, barRuns, criminalCharges, hasStatus, ineligibleAfterLandEntryFromUs, priorClaim, removalState } from '../../facts';
import type { RemedyKnowledge } from '../../model';
import { barDateUnknownRow, inadmissibilityRisksFor, notForCitizensOrPermanentResidents, notYetInForce } from '../common/common';
import { wordingOf } from '../../../wording';
import { remedyData } from '../../model';
import { ALWAYS, factsOf, sheetOf, offersOf, rulesOf } from '../../rows';
import data from './prra.json';
import en from './wording/en.json';
import fr from './wording/fr.json';

/** This file's sentences, by code (./wording/en.json, ./wording/fr.json). */
const wording = wordingOf('remedies/knowledge/prra', { en, fr });

export const prra: RemedyKnowledge = {
  // Consent, evidence links, goals and bars are data: ./prra.json.
  ...remedyData(data),
  name: wording('prra.name'),
  /** The name inside a sentence of the plan ("Uses evidence from: …"). */
  nameInSentence: wording('prra.nameInSentence'),
  description: wording('prra.description'),
  decisionMaker: wording('prra.decisionMaker'),
  // Legal basis, timeline, fees and sequencing basis: dates and citations are data (./prra.json).
  ...factsOf(data, wording),
  ...sheetOf(data, wording),
  // What it yields, the evidence it needs and its practice notes: kinds, count and citations are data (./prra.json).
  ...offersOf(data, wording),
  // Rows: ids, effects, levels, dates and citations are data (./prra.json); their conditions, by the same ids, are here.
  ...rulesOf(data, wording, {
    eligibility: {
      'prra.protected-person': { when: (ctx) => hasStatus(ctx, 'protected-person') },
      'prra.no-removal-order': { when: (ctx) => removalState(ctx) === 'none' },
      'prra.removal-state-unknown': { when: (ctx) => removalState(ctx) === 'unknown' },
      'prra.safe-third-country': { when: ineligibleAfterLandEntryFromUs },
      'prra.refugee-rejection-bar': {
        when: (ctx) => barRuns(ctx, 'refugee-rejected-12-months-prra', 'prra'),
        details: (ctx) => barEnds(ctx, 'refugee-rejected-12-months-prra', 'prra'),
      },
      'prra.minister-withdrawal-not-in-force': { when: (ctx) => priorClaim(ctx)?.outcome === 'withdrawn', verify: notYetInForce('s. 52') },
      'prra.prior-prra-bar': {
        when: (ctx) => barRuns(ctx, 'prra-refused-12-months', 'prra'),
        details: (ctx) => barEnds(ctx, 'prra-refused-12-months', 'prra'),
      },
      'prra.restricted': { when: criminalCharges },
      'prra.available': ALWAYS,
    },
    risks: {
      'prra.second-prra-no-stay': { when: (ctx) => ctx.facts.events.prraRefused !== undefined },
      'prra.refusal-bar': ALWAYS,
      'prra.criminality': { when: criminalCharges },
    },
    shared: [
      notForCitizensOrPermanentResidents('prra'),
      barDateUnknownRow('prra', 'refugee-rejected-12-months-prra', 'unknown', wording('prra.eligibility.6.bar-date-unknown-row.3')),
      ...inadmissibilityRisksFor('prra'),
    ],
  }),

  // Leave and judicial review of a refusal is its own remedy (judicial-review.ts), with its deadline: written once there.
  deadlines: [],
};
