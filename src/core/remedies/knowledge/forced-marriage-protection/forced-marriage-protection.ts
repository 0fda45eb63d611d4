// Forced marriage: peace bond (Criminal Code s. 810.02) and safety planning. Screening research §5.5.
import { FORCED_MARRIAGE_FACTS, anyAnswered, exploitedBy, legalTestMet } from '../../facts';
import type { RemedyKnowledge } from '../../model';
import { familyReprisalRisk } from '../common/common';
import { wordingOf } from '../../../wording';
import { remedyData } from '../../model';
import { ALWAYS, factsOf, sheetOf, offersOf, rulesOf } from '../../rows';
import data from './forced-marriage-protection.json';
import en from './wording/en.json';
import fr from './wording/fr.json';

/** This file's sentences, by code (./wording/en.json, ./wording/fr.json). */
const wording = wordingOf('remedies/knowledge/forced-marriage-protection', { en, fr });

export const forcedMarriageProtection: RemedyKnowledge = {
  // Consent, evidence links, goals and bars are data: ./forced-marriage-protection.json.
  ...remedyData(data),
  name: wording('forced-marriage-protection.name'),
  /** The name inside a sentence of the plan ("Uses evidence from: …"). */
  nameInSentence: wording('forced-marriage-protection.nameInSentence'),
  description: wording('forced-marriage-protection.description'),
  decisionMaker: wording('forced-marriage-protection.decisionMaker'),
  // Legal basis, timeline, fees and sequencing basis: dates and citations are data (./forced-marriage-protection.json).
  ...factsOf(data, wording),
  ...sheetOf(data, wording),
  // What it yields, the evidence it needs and its practice notes: kinds, count and citations are data (./forced-marriage-protection.json).
  ...offersOf(data, wording),
  // Rows: ids, effects, levels, dates and citations are data (./forced-marriage-protection.json); their conditions, by the same ids, are here.
  ...rulesOf(data, wording, {
    eligibility: {
      'forced-marriage-protection.forced-marriage': {
        when: (ctx) => ctx.facts.contexts.includes('forced-marriage') || anyAnswered(ctx, FORCED_MARRIAGE_FACTS) || legalTestMet(ctx, 'forced-marriage-293'),
      },
      'forced-marriage-protection.not-indicated': ALWAYS,
    },
    risks: {
      'forced-marriage-protection.family-conflict': { when: (ctx) => exploitedBy(ctx, 'family-member') },
      'forced-marriage-protection.court': ALWAYS,
    },
    shared: [familyReprisalRisk('forced-marriage-protection')],
  }),

  deadlines: [],
};
