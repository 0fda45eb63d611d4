// TRP for victims of family violence (IRPA s. 24(1); public policy in force 26 Jul 2019). Research notes §5.
import { barRuns, exploitedBy, hasStatus, isOutOfStatus, isTemporaryResident, removalInMotion, statusPrecarious } from '../../facts';
import type { RemedyKnowledge } from '../../model';
import {
  barDateUnknownRow,
  designatedForeignNationalTrpRows,
  familyReprisalRisk,
  inadmissibilityRisksFor,
  ministerWithdrawalTrpNote,
  notForCitizensOrPermanentResidents,
  pendingPrraTrpRows,
} from '../common/common';
import { wordingOf } from '../../../wording';
import { remedyData } from '../../model';
import { ALWAYS, factsOf, sheetOf, offersOf, rulesOf } from '../../rows';
import data from './fv-trp.json';
import en from './wording/en.json';
import fr from './wording/fr.json';

/** This file's sentences, by code (./wording/en.json, ./wording/fr.json). */
const wording = wordingOf('remedies/knowledge/fv-trp', { en, fr });

const abusedByPartner = (ctx: Parameters<typeof exploitedBy>[0]) => exploitedBy(ctx, 'spouse-or-partner');

export const fvTrp: RemedyKnowledge = {
  // Consent, evidence links, goals and bars are data: ./fv-trp.json.
  ...remedyData(data),
  name: wording('fv-trp.name'),
  /** The name inside a sentence of the plan ("Uses evidence from: …"). */
  nameInSentence: wording('fv-trp.nameInSentence'),
  description: wording('fv-trp.description'),
  decisionMaker: wording('fv-trp.decisionMaker'),
  // Legal basis, timeline, fees and sequencing basis: dates and citations are data (./fv-trp.json).
  ...factsOf(data, wording),
  ...sheetOf(data, wording),
  // What it yields, the evidence it needs and its practice notes: kinds, count and citations are data (./fv-trp.json).
  ...offersOf(data, wording),
  // Rows: ids, effects, levels, dates and citations are data (./fv-trp.json); their conditions, by the same ids, are here.
  ...rulesOf(data, wording, {
    eligibility: {
      'fv-trp.not-yet-in-force': ALWAYS,
      'fv-trp.no-partner-abuse': { when: (ctx) => !abusedByPartner(ctx) && !ctx.facts.exploiters.includes('unknown') },
      'fv-trp.refugee-rejection-bar': { when: (ctx) => barRuns(ctx, 'refugee-rejected-12-months-trp', 'fv-trp') },
      'fv-trp.still-in-status': { when: (ctx) => isTemporaryResident(ctx) || hasStatus(ctx, 'refugee-claimant', 'protected-person') },
      'fv-trp.partner-abuse-and-dependent-status': {
        when: (ctx) => abusedByPartner(ctx) && ctx.facts.person.relationshipBasedStatus === 'yes' && statusPrecarious(ctx),
      },
      'fv-trp.relationship-dependence-unclear': ALWAYS,
    },
    risks: {
      'fv-trp.no-stay': { when: isOutOfStatus, level: (ctx) => (removalInMotion(ctx) ? 'high' : 'medium') },
      'fv-trp.application-reveals-person': { when: isOutOfStatus },
    },
    shared: [
      notForCitizensOrPermanentResidents('fv-trp'),
      ...pendingPrraTrpRows('fv-trp'),
      ...designatedForeignNationalTrpRows('fv-trp'),
      barDateUnknownRow('fv-trp', 'refugee-rejected-12-months-trp', 'unknown', wording('fv-trp.eligibility.6.bar-date-unknown-row.3')),
      ministerWithdrawalTrpNote('fv-trp'),
      familyReprisalRisk('fv-trp'),
      ...inadmissibilityRisksFor('fv-trp'),
    ],
  }),

  deadlines: [],
};
