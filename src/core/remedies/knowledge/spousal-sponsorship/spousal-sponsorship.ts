// Spousal or partner sponsorship (family class / spouse or common-law partner in Canada class). Research notes §5.
import { exploitedBy } from '../../facts';
import type { RemedyKnowledge } from '../../model';
import { familyReprisalRisk, notForCitizensOrPermanentResidents, inadmissibilityRisksFor } from '../common/common';
import { wordingOf } from '../../../wording';
import { remedyData } from '../../model';
import { ALWAYS, factsOf, sheetOf, offersOf, rulesOf } from '../../rows';
import data from './spousal-sponsorship.json';
import en from './wording/en.json';
import fr from './wording/fr.json';

/** This file's sentences, by code (./wording/en.json, ./wording/fr.json). */
const wording = wordingOf('remedies/knowledge/spousal-sponsorship', { en, fr });

export const spousalSponsorship: RemedyKnowledge = {
  // Consent, evidence links, goals and bars are data: ./spousal-sponsorship.json.
  ...remedyData(data),
  name: wording('spousal-sponsorship.name'),
  /** The name inside a sentence of the plan ("Uses evidence from: …"). */
  nameInSentence: wording('spousal-sponsorship.nameInSentence'),
  description: wording('spousal-sponsorship.description'),
  decisionMaker: wording('spousal-sponsorship.decisionMaker'),
  // Legal basis, timeline, fees and sequencing basis: dates and citations are data (./spousal-sponsorship.json).
  ...factsOf(data, wording),
  ...sheetOf(data, wording),
  // What it yields, the evidence it needs and its practice notes: kinds, count and citations are data (./spousal-sponsorship.json).
  ...offersOf(data, wording),
  // Rows: ids, effects, levels, dates and citations are data (./spousal-sponsorship.json); their conditions, by the same ids, are here.
  ...rulesOf(data, wording, {
    eligibility: {
      'spousal-sponsorship.no-relationship-path': { when: (ctx) => ctx.facts.person.relationshipBasedStatus === 'no' },
      'spousal-sponsorship.sponsor-is-abuser': { when: (ctx) => exploitedBy(ctx, 'spouse-or-partner') },
      'spousal-sponsorship.conditional-pr': { when: (ctx) => ctx.facts.person.relationshipBasedStatus === 'yes' },
      'spousal-sponsorship.path-unknown': { when: (ctx) => ctx.facts.person.relationshipBasedStatus !== 'yes' },
      'spousal-sponsorship.depends-on-sponsor': ALWAYS,
    },
    risks: {
      'spousal-sponsorship.dependence-on-abuser': { when: (ctx) => exploitedBy(ctx, 'spouse-or-partner') },
    },
    shared: [
      notForCitizensOrPermanentResidents('spousal-sponsorship'),
      familyReprisalRisk('spousal-sponsorship'),
      ...inadmissibilityRisksFor('spousal-sponsorship'),
    ],
  }),

  deadlines: [],
};
