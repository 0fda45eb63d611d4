// Temporary resident permit for victims of trafficking in persons (VTIP TRP): IRPA s. 24(1),
// issued under Ministerial Instructions (s. 24(3)). Research notes §1.
import { deadline } from '../../build';
import {
  continuumAtLeast,
  hasStatus,
  isOutOfStatus,
  isRemovable,
  isTemporaryResident,
  legalTest,
  legalTestMet,
  barRuns,
  removalInMotion,
  claimPending,
} from '../../facts';
import type { RemedyKnowledge } from '../../model';
import { ircc } from '../../sources';
import {
  barDateUnknownRow,
  designatedForeignNationalTrpRows,
  inadmissibilityRisksFor,
  ministerWithdrawalTrpNote,
  notForCitizensOrPermanentResidents,
  pendingPrraTrpRows,
  quebecPermitHolderNote,
  sexIndustryStatusRisk,
} from '../common/common';
import { wordingOf } from '../../../wording';
import { remedyData } from '../../model';
import { ALWAYS, factsOf, sheetOf, offersOf, rulesOf } from '../../rows';
import data from './vtip-trp.json';
import en from './wording/en.json';
import fr from './wording/fr.json';

/** This file's sentences, by code (./wording/en.json, ./wording/fr.json). */
const wording = wordingOf('remedies/knowledge/vtip-trp', { en, fr });

export const vtipTrp: RemedyKnowledge = {
  // Consent, evidence links, goals and bars are data: ./vtip-trp.json.
  ...remedyData(data),
  name: wording('vtip-trp.name'),
  /** The name inside a sentence of the plan ("Uses evidence from: …"). */
  nameInSentence: wording('vtip-trp.nameInSentence'),
  description: wording('vtip-trp.description'),
  decisionMaker: wording('vtip-trp.decisionMaker'),
  // Legal basis, timeline, fees and sequencing basis: dates and citations are data (./vtip-trp.json).
  ...factsOf(data, wording),
  ...sheetOf(data, wording),
  // What it yields, the evidence it needs and its practice notes: kinds, count and citations are data (./vtip-trp.json).
  ...offersOf(data, wording),
  // Rows: ids, effects, levels, dates and citations are data (./vtip-trp.json); their conditions, by the same ids, are here.
  ...rulesOf(data, wording, {
    eligibility: {
      'vtip-trp.protected-person': { when: (ctx) => hasStatus(ctx, 'protected-person') },
      'vtip-trp.refugee-rejection-bar': { when: (ctx) => barRuns(ctx, 'refugee-rejected-12-months-trp', 'vtip-trp') },
      'vtip-trp.trafficking-test-met': {
        when: (ctx) =>
          isRemovable(ctx) && (legalTestMet(ctx, 'palermo-art3') || legalTestMet(ctx, 'criminal-code-279') || continuumAtLeast(ctx, 'trafficking-indicators')),
      },
      'vtip-trp.exploitation-short-of-trafficking': {
        when: (ctx) =>
          continuumAtLeast(ctx, 'exploitation') ||
          (legalTest(ctx, 'palermo-art3') === 'insufficient-information' && ctx.screening.continuum !== 'no-indicators'),
      },
      'vtip-trp.trafficking-facts-needed': { when: (ctx) => legalTest(ctx, 'palermo-art3') === 'insufficient-information' },
      'vtip-trp.no-trafficking-indicators': { when: (ctx) => ctx.screening.legalTests.length > 0 || ctx.screening.continuum !== 'no-indicators' },
      'vtip-trp.in-status-note': { when: (ctx) => isTemporaryResident(ctx) && !hasStatus(ctx, 'temporary-resident-permit') },
      'vtip-trp.claim-pending-note': { when: claimPending },
      'vtip-trp.screening-needed': ALWAYS,
    },
    risks: {
      'vtip-trp.no-stay': { when: isOutOfStatus, level: (ctx) => (removalInMotion(ctx) ? 'high' : 'medium') },
      'vtip-trp.application-reveals-person': { when: isOutOfStatus },
      'vtip-trp.renewal-after-prosecution': { when: (ctx) => isRemovable(ctx) },
      'vtip-trp.interview': ALWAYS,
    },
    shared: [
      notForCitizensOrPermanentResidents('vtip-trp'),
      ...pendingPrraTrpRows('vtip-trp'),
      ...designatedForeignNationalTrpRows('vtip-trp'),
      barDateUnknownRow('vtip-trp', 'refugee-rejected-12-months-trp', 'note', wording('vtip-trp.eligibility.5.bar-date-unknown-row.3')),
      ministerWithdrawalTrpNote('vtip-trp'),
      quebecPermitHolderNote('vtip-trp'),
      sexIndustryStatusRisk('vtip-trp', 'medium'),
      ...inadmissibilityRisksFor('vtip-trp'),
    ],
  }),

  deadlines: [
    {
      id: 'vtip-trp.renew-before-expiry',
      onTheEventDate: true,
      compute: (ctx) =>
        hasStatus(ctx, 'temporary-resident-permit') && ctx.facts.person.permitExpiry
          ? deadline({
              id: 'vtip-trp.renew-before-expiry',
              kind: 'renewal',
              event: 'permitExpiry',
              triggerDate: ctx.facts.person.permitExpiry,
              date: ctx.facts.person.permitExpiry as never,
              basis: wording('vtip-trp.renew-before-expiry.basis'),
              citation: ircc(
                'PDI "TRPs: applying for permanent residence"',
                'https://www.canada.ca/en/immigration-refugees-citizenship/corporate/publications-manuals/operational-bulletins-manuals/permanent-residence/non-economic-classes/permits.html',
              )('IRPR s. 65: continuity breaks if no new TRP is applied for before expiry', 'official-text'),
            })
          : undefined,
    },
  ],
};
