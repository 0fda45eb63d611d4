// Pre-removal risk assessment, IRPA s. 112. Research notes §4; Operational Bulletin 440-H.
import { described, otherwise, risk, row, START_NOT_RESEARCHED } from '../../build';
import { barEnds, barRuns, criminalCharges, hasStatus, ineligibleAfterLandEntryFromUs, priorClaim, removalState } from '../../facts';
import { barRule } from '../../bars';
import type { RemedyKnowledge } from '../../model';
import { billC12NotInForce, CHECKED_WHILE_ENCODING, irpa, irpaXml, irprXml, ob440, researchNotes, PRRA_SOURCES } from '../../sources';
import { BILL_C12_ENACTED, barDateUnknownRow, inadmissibilityRisksFor, notForCitizensOrPermanentResidents, notYetInForce } from '../common/common';
import { wordingOf } from '../../../wording';
import { remedyData } from '../../model';
import data from './prra.json';
import en from './wording/en.json';
import fr from './wording/fr.json';

/** This file's sentences, by code (./wording/en.json, ./wording/fr.json). */
const wording = wordingOf('remedies/knowledge/prra', { en, fr });

/** The sources this file cites, from the register (sources.ts). */
const { meurrens, restricted } = PRRA_SOURCES;

export const prra: RemedyKnowledge = {
  // Consent, evidence links, goals and bars are data: ./prra.json.
  ...remedyData(data),
  name: wording('prra.name'),
  /** The name inside a sentence of the plan ("Uses evidence from: …"). */
  nameInSentence: wording('prra.nameInSentence'),
  description: wording('prra.description'),
  decisionMaker: wording('prra.decisionMaker'),
  legalBasis: [
    described(wording('prra.legalBasis.0'), {
      effective: START_NOT_RESEARCHED,
      citations: [irpa('s. 112', 'secondary'), ob440('s. 112(2)(b.1), (c)', 'official-text', { lastReviewed: CHECKED_WHILE_ENCODING })],
    }),
  ],
  /** Where the evidence links and goals of the data file come from (practice reasoning from the research notes, unless a provision). */
  sequencingBasis: [irpa('ss. 112(1), 112(2)(b.1), 114(1)', 'official-text'), researchNotes('§4: a first PRRA stays removal', 'secondary')],
  yields: [
    {
      kind: 'protection',
      text: wording('prra.yields.0.text'),
    },
    {
      kind: 'status',
      text: wording('prra.yields.1.text'),
    },
  ],
  timeline: described(wording('prra.timeline'), { effective: START_NOT_RESEARCHED, citations: [meurrens('15 days; approval rates', 'secondary')] }),
  fees: described(wording('prra.fees'), { effective: START_NOT_RESEARCHED, citations: [irpa('—', 'unverified')] }),
  evidence: [wording('prra.evidence.0')],
  eligibility: [
    notForCitizensOrPermanentResidents('prra'),
    row({
      effective: START_NOT_RESEARCHED,
      id: 'prra.protected-person',
      effect: 'not-applicable',
      when: (ctx) => hasStatus(ctx, 'protected-person'),
      reason: wording('prra.protected-person.reason'),
      citations: [irpa('s. 115', 'unverified')],
    }),
    row({
      effective: START_NOT_RESEARCHED,
      id: 'prra.no-removal-order',
      effect: 'not-applicable',
      when: (ctx) => removalState(ctx) === 'none',
      reason: wording('prra.no-removal-order.reason'),
      citations: [irpa('s. 112(1); IRPR s. 160', 'secondary')],
    }),
    row({
      effective: START_NOT_RESEARCHED,
      id: 'prra.removal-state-unknown',
      effect: 'unknown',
      when: (ctx) => removalState(ctx) === 'unknown',
      reason: wording('prra.removal-state-unknown.reason'),
      citations: [irpa('s. 112(1)', 'secondary')],
    }),
    row({
      effective: START_NOT_RESEARCHED,
      id: 'prra.safe-third-country',
      effect: 'unlikely',
      when: ineligibleAfterLandEntryFromUs,
      reason: wording('prra.safe-third-country.reason'),
      citations: [
        irpaXml(
          's. 112(2)(b) "a person may not apply for protection if ... they have made a claim to refugee protection that has been determined under paragraph 101(1)(e) to be ineligible"',
        ),
        irpaXml(
          's. 101(1)(e) "the claimant came directly or indirectly to Canada from a country designated by the regulations, other than a country of their nationality"',
        ),
        irprXml(
          's. 159.4(1.1) "Paragraph 101(1)(e) of the Act applies to a claimant who enters Canada at a location along the Canada \u2013 United States land border ... that is not a port of entry and makes a claim for refugee protection less than 14 days after the day on which the claimant enters Canada"',
        ),
      ],
    }),
    row({
      id: 'prra.refugee-rejection-bar',
      effect: 'unlikely',
      effective: barRule('refugee-rejected-12-months-prra', 'prra').effective,
      when: (ctx) => barRuns(ctx, 'refugee-rejected-12-months-prra', 'prra'),
      reason: wording('prra.refugee-rejection-bar.reason'),
      details: (ctx) => barEnds(ctx, 'refugee-rejected-12-months-prra', 'prra'),
      citations: [
        ob440('s. 112(2)(b.1): 12 months since rejection (in force 28 Jun 2012)', 'official-text', { lastReviewed: CHECKED_WHILE_ENCODING }),
        irpaXml(
          's. 112(2)(b.1) "less than 12 months ... have passed since (i) the day on which their claim for refugee protection was rejected ... or determined to be withdrawn or abandoned by the Refugee Protection Division"',
        ),
      ],
    }),
    barDateUnknownRow('prra', 'refugee-rejected-12-months-prra', 'unknown', wording('prra.eligibility.6.bar-date-unknown-row.3')),
    row({
      effective: { from: BILL_C12_ENACTED },
      verify: notYetInForce('s. 52'),
      id: 'prra.minister-withdrawal-not-in-force',
      effect: 'note',
      when: (ctx) => priorClaim(ctx)?.outcome === 'withdrawn',
      reason: wording('prra.minister-withdrawal-not-in-force.reason'),
      citations: [
        billC12NotInForce(
          's. 52(2), adding s. 112(2)(b.2) "less than 12 months have passed since (i) the day on which their claim for refugee protection was determined by the Minister to be withdrawn, in the case where no application was made to the Federal Court for leave ..."',
        ),
      ],
    }),
    row({
      id: 'prra.prior-prra-bar',
      effect: 'unlikely',
      effective: barRule('prra-refused-12-months', 'prra').effective,
      when: (ctx) => barRuns(ctx, 'prra-refused-12-months', 'prra'),
      reason: wording('prra.prior-prra-bar.reason'),
      details: (ctx) => barEnds(ctx, 'prra-refused-12-months', 'prra'),
      citations: [ob440('s. 112(2)(c): 12 months since a previous PRRA', 'official-text', { lastReviewed: CHECKED_WHILE_ENCODING })],
    }),
    row({
      effective: START_NOT_RESEARCHED,
      id: 'prra.restricted',
      effect: 'note',
      when: criminalCharges,
      reason: wording('prra.restricted.reason'),
      citations: [restricted('s. 112(3) applicants: stay of removal only', 'official-text')],
    }),
    otherwise('prra.available', 'possible', wording('prra.available.reason'), [irpa('s. 112(1)', 'secondary')], START_NOT_RESEARCHED),
  ],
  risks: [
    risk({
      effective: START_NOT_RESEARCHED,
      id: 'prra.second-prra-no-stay',
      risk: 'no-stay-of-removal',
      level: 'high',
      basis: 'law',
      when: (ctx) => ctx.facts.events.prraRefused !== undefined,
      why: wording('prra.second-prra-no-stay.why'),
      citations: [meurrens('only a first PRRA stays removal', 'secondary')],
    }),
    risk({
      id: 'prra.refusal-bar',
      risk: 'bars-later-remedies',
      level: 'medium',
      effective: barRule('prra-refused-12-months', 'prra').effective,
      basis: 'law',
      when: () => true,
      why: wording('prra.refusal-bar.why'),
      citations: [ob440('s. 112(2)(c)', 'official-text', { lastReviewed: CHECKED_WHILE_ENCODING })],
    }),
    risk({
      effective: START_NOT_RESEARCHED,
      id: 'prra.criminality',
      risk: 'criminal-exposure',
      level: 'high',
      basis: 'law',
      when: criminalCharges,
      why: wording('prra.criminality.why'),
      citations: [restricted('s. 112(3)', 'official-text')],
    }),
    ...inadmissibilityRisksFor('prra'),
  ],
  practiceNotes: [],
  // Leave and judicial review of a refusal is its own remedy (judicial-review.ts), with its deadline: written once there.
  deadlines: [],
};
