// TRP for victims of family violence (IRPA s. 24(1); public policy in force 26 Jul 2019). Research notes §5.
import { described, NOT_RESEARCHED, otherwise, risk, row, START_NOT_RESEARCHED } from '../../build';
import { barRuns, exploitedBy, hasStatus, isOutOfStatus, isTemporaryResident, removalInMotion, statusPrecarious } from '../../facts';
import { barRule } from '../../bars';
import type { RemedyKnowledge } from '../../model';
import { familyViolenceTrpPdi, irpa, irpaXml, researchNotes, FV_TRP_SOURCES } from '../../sources';
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
import data from './fv-trp.json';
import en from './wording/en.json';
import fr from './wording/fr.json';

/** This file's sentences, by code (./wording/en.json, ./wording/fr.json). */
const wording = wordingOf('remedies/knowledge/fv-trp', { en, fr });

const pdi = familyViolenceTrpPdi;

/** The sources this file cites, from the register (sources.ts). */
const { cicNews, cleo, feb2025 } = FV_TRP_SOURCES;
const IN_FORCE = '2019-07-26';
const abusedByPartner = (ctx: Parameters<typeof exploitedBy>[0]) => exploitedBy(ctx, 'spouse-or-partner');

export const fvTrp: RemedyKnowledge = {
  // Consent, evidence links, goals and bars are data: ./fv-trp.json.
  ...remedyData(data),
  name: wording('fv-trp.name'),
  /** The name inside a sentence of the plan ("Uses evidence from: …"). */
  nameInSentence: wording('fv-trp.nameInSentence'),
  description: wording('fv-trp.description'),
  decisionMaker: wording('fv-trp.decisionMaker'),
  legalBasis: [
    described(wording('fv-trp.legalBasis.0'), {
      effective: { from: IN_FORCE },
      citations: [pdi('eligibility: reasonable grounds to believe', 'official-text'), cicNews('in force 26 Jul 2019', 'secondary')],
    }),
  ],
  /** Where the evidence links and goals of the data file come from (practice reasoning from the research notes, unless a provision). */
  sequencingBasis: [irpa('s. 24(1)', 'official-text'), researchNotes('§14.4 FMV-TRP → work permit, IFHP → H&C', 'secondary')],
  yields: [
    {
      kind: 'status',
      text: wording('fv-trp.yields.0.text'),
    },
    { kind: 'permits', text: wording('fv-trp.yields.1.text') },
    {
      kind: 'health-coverage',
      text: wording('fv-trp.yields.2.text'),
    },
  ],
  timeline: described(wording('fv-trp.timeline'), {
    effective: START_NOT_RESEARCHED,
    citations: [pdi('no processing time', 'unverified')],
  }),
  fees: described(wording('fv-trp.fees'), { effective: START_NOT_RESEARCHED, citations: [feb2025('fee waivers', 'official-text')] }),
  evidence: [wording('fv-trp.evidence.0'), wording('fv-trp.evidence.1')],
  eligibility: [
    row({
      id: 'fv-trp.not-yet-in-force',
      effect: 'not-applicable',
      when: () => true,
      effective: { from: NOT_RESEARCHED, until: '2019-07-25' },
      reason: wording('fv-trp.not-yet-in-force.reason'),
      citations: [cicNews('in force 26 Jul 2019', 'secondary')],
    }),
    notForCitizensOrPermanentResidents('fv-trp'),
    row({
      effective: START_NOT_RESEARCHED,
      id: 'fv-trp.no-partner-abuse',
      effect: 'not-applicable',
      when: (ctx) => !abusedByPartner(ctx) && !ctx.facts.exploiters.includes('unknown'),
      reason: wording('fv-trp.no-partner-abuse.reason'),
      citations: [pdi('abuse by a spouse or common-law partner', 'official-text')],
    }),
    ...pendingPrraTrpRows('fv-trp'),
    ...designatedForeignNationalTrpRows('fv-trp'),
    row({
      effective: barRule('refugee-rejected-12-months-trp', 'fv-trp').effective,
      id: 'fv-trp.refugee-rejection-bar',
      effect: 'unlikely',
      when: (ctx) => barRuns(ctx, 'refugee-rejected-12-months-trp', 'fv-trp'),
      reason: wording('fv-trp.refugee-rejection-bar.reason'),
      citations: [
        irpaXml(
          's. 24(4) "A foreign national whose claim for refugee protection has not been allowed may not request a temporary resident permit if less than 12 months have passed since (a) the day on which their claim was rejected or determined to be withdrawn or abandoned by the Refugee Protection Division ..."',
        ),
        cleo('failed claimant within 1 year is ineligible', 'secondary'),
      ],
    }),
    barDateUnknownRow('fv-trp', 'refugee-rejected-12-months-trp', 'unknown', wording('fv-trp.eligibility.6.bar-date-unknown-row.3')),
    ministerWithdrawalTrpNote('fv-trp'),
    row({
      effective: START_NOT_RESEARCHED,
      id: 'fv-trp.still-in-status',
      effect: 'unlikely',
      when: (ctx) => isTemporaryResident(ctx) || hasStatus(ctx, 'refugee-claimant', 'protected-person'),
      reason: wording('fv-trp.still-in-status.reason'),
      citations: [pdi('out-of-status foreign nationals', 'official-text')],
    }),
    row({
      effective: START_NOT_RESEARCHED,
      id: 'fv-trp.partner-abuse-and-dependent-status',
      effect: 'likely',
      when: (ctx) => abusedByPartner(ctx) && ctx.facts.person.relationshipBasedStatus === 'yes' && statusPrecarious(ctx),
      reason: wording('fv-trp.partner-abuse-and-dependent-status.reason'),
      citations: [pdi('reasonable grounds to believe: in Canada, abused, PR depends on relationship', 'official-text')],
    }),
    otherwise(
      'fv-trp.relationship-dependence-unclear',
      'possible',
      wording('fv-trp.relationship-dependence-unclear.reason'),
      [pdi('criteria', 'official-text')],
      START_NOT_RESEARCHED,
    ),
  ],
  risks: [
    risk({
      effective: START_NOT_RESEARCHED,
      id: 'fv-trp.no-stay',
      risk: 'no-stay-of-removal',
      level: (ctx) => (removalInMotion(ctx) ? 'high' : 'medium'),
      basis: 'law',
      when: isOutOfStatus,
      why: wording('fv-trp.no-stay.why'),
      citations: [pdi('TRP is discretionary', 'unverified')],
    }),
    risk({
      effective: START_NOT_RESEARCHED,
      id: 'fv-trp.application-reveals-person',
      risk: 'cbsa-exposure',
      level: 'medium',
      basis: 'practice',
      when: isOutOfStatus,
      why: wording('fv-trp.application-reveals-person.why'),
      citations: [researchNotes('§0 (inference)', 'secondary')],
    }),
    familyReprisalRisk('fv-trp'),
    ...inadmissibilityRisksFor('fv-trp'),
  ],
  practiceNotes: [],
  deadlines: [],
};
