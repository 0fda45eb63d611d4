// Tip to ESDC / IRCC about an employer's TFWP / IMP compliance (IRPR ss. 209.2–209.4). Research notes §12.
import { employerInvolved, hasStatus, isTemporaryResident, statusPrecarious } from '../../facts';
import type { RemedyKnowledge } from '../../model';
import { employerRetaliationRisk } from '../common/common';
import { wordingOf } from '../../../wording';
import { remedyData } from '../../model';
import { ALWAYS, factsOf, sheetOf, offersOf, rulesOf } from '../../rows';
import data from './tfw-compliance-report.json';
import en from './wording/en.json';
import fr from './wording/fr.json';

/** This file's sentences, by code (./wording/en.json, ./wording/fr.json). */
const wording = wordingOf('remedies/knowledge/tfw-compliance-report', { en, fr });

export const tfwComplianceReport: RemedyKnowledge = {
  // Consent, evidence links, goals and bars are data: ./tfw-compliance-report.json.
  ...remedyData(data),
  name: wording('tfw-compliance-report.name'),
  /** The name inside a sentence of the plan ("Uses evidence from: …"). */
  nameInSentence: wording('tfw-compliance-report.nameInSentence'),
  description: wording('tfw-compliance-report.description'),
  decisionMaker: wording('tfw-compliance-report.decisionMaker'),
  // Legal basis, timeline, fees and sequencing basis: dates and citations are data (./tfw-compliance-report.json).
  ...factsOf(data, wording),
  ...sheetOf(data, wording),
  // What it yields, the evidence it needs and its practice notes: kinds, count and citations are data (./tfw-compliance-report.json).
  ...offersOf(data, wording),
  // Rows: ids, effects, levels, dates and citations are data (./tfw-compliance-report.json); their conditions, by the same ids, are here.
  ...rulesOf(data, wording, {
    eligibility: {
      'tfw-compliance-report.no-employer': { when: (ctx) => !employerInvolved(ctx) },
      'tfw-compliance-report.tfw-employer': { when: (ctx) => hasStatus(ctx, 'work-permit-employer-specific') },
      'tfw-compliance-report.other-workers': { when: (ctx) => isTemporaryResident(ctx) || statusPrecarious(ctx) },
      'tfw-compliance-report.unclear': ALWAYS,
    },
    risks: {
      'tfw-compliance-report.inspection-exposes-workers': { when: () => true, level: (ctx) => (statusPrecarious(ctx) ? 'high' : 'low') },
      'tfw-compliance-report.no-wages': ALWAYS,
    },
    shared: [employerRetaliationRisk('tfw-compliance-report')],
  }),

  deadlines: [],
};
