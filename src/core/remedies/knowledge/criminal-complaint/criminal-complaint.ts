// Reporting to police: trafficking (Criminal Code ss. 279.01–279.04), assault and other offences. Research notes §13; screening research §5.
import { VIOLENCE_FACTS, anyAnswered, criminalCharges, hasStatus, isTemporaryResident, legalTestMet, sexIndustryWork, statusPrecarious } from '../../facts';
import type { RemedyKnowledge } from '../../model';
import { familyReprisalRisk, sexIndustryStatusRisk } from '../common/common';
import { wordingOf } from '../../../wording';
import { remedyData } from '../../model';
import { ALWAYS, factsOf, sheetOf, offersOf, rulesOf } from '../../rows';
import data from './criminal-complaint.json';
import en from './wording/en.json';
import fr from './wording/fr.json';

/** This file's sentences, by code (./wording/en.json, ./wording/fr.json). */
const wording = wordingOf('remedies/knowledge/criminal-complaint', { en, fr });

export const criminalComplaint: RemedyKnowledge = {
  // Consent, evidence links, goals and bars are data: ./criminal-complaint.json.
  ...remedyData(data),
  name: wording('criminal-complaint.name'),
  /** The name inside a sentence of the plan ("Uses evidence from: …"). */
  nameInSentence: wording('criminal-complaint.nameInSentence'),
  description: wording('criminal-complaint.description'),
  decisionMaker: wording('criminal-complaint.decisionMaker'),
  // Legal basis, timeline, fees and sequencing basis: dates and citations are data (./criminal-complaint.json).
  ...factsOf(data, wording),
  ...sheetOf(data, wording),
  // What it yields, the evidence it needs and its practice notes: kinds, count and citations are data (./criminal-complaint.json).
  ...offersOf(data, wording),
  // Rows: ids, effects, levels, dates and citations are data (./criminal-complaint.json); their conditions, by the same ids, are here.
  ...rulesOf(data, wording, {
    eligibility: {
      'criminal-complaint.trafficking-offence': {
        when: (ctx) => legalTestMet(ctx, 'criminal-code-279') || legalTestMet(ctx, 'irpa-118') || legalTestMet(ctx, 'forced-marriage-293'),
      },
      'criminal-complaint.violence': { when: (ctx) => anyAnswered(ctx, [...VIOLENCE_FACTS, 'documents-confiscated']) },
      'criminal-complaint.fear-test-note': { when: (ctx) => legalTestMet(ctx, 'palermo-art3') && !legalTestMet(ctx, 'criminal-code-279') },
      'criminal-complaint.no-offence-identified': ALWAYS,
    },
    risks: {
      'criminal-complaint.police-contact': { when: statusPrecarious },
      'criminal-complaint.sex-work-criminalization': { when: sexIndustryWork },
      'criminal-complaint.own-charges': { when: criminalCharges },
      'criminal-complaint.trp-after-prosecution': {
        when: (ctx) => hasStatus(ctx, 'temporary-resident-permit') || (isTemporaryResident(ctx) && legalTestMet(ctx, 'criminal-code-279')),
      },
      'criminal-complaint.testimony': ALWAYS,
      'criminal-complaint.slow': ALWAYS,
    },
    shared: [sexIndustryStatusRisk('criminal-complaint'), familyReprisalRisk('criminal-complaint')],
  }),

  deadlines: [],
};
