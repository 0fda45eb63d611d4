// Spousal or partner sponsorship (family class / spouse or common-law partner in Canada class). Research notes §5.
import { described, otherwise, risk, row, START_NOT_RESEARCHED } from '../../build';
import { exploitedBy } from '../../facts';
import type { RemedyKnowledge } from '../../model';
import { familyViolenceTrpPdi, irpa, irpr, readInXml, SPOUSAL_SPONSORSHIP_SOURCES } from '../../sources';
import { familyReprisalRisk, notForCitizensOrPermanentResidents, inadmissibilityRisksFor } from '../common/common';
import { wordingOf } from '../../../wording';
import { remedyData } from '../../model';
import data from './spousal-sponsorship.json';
import en from './wording/en.json';
import fr from './wording/fr.json';

/** This file's sentences, by code (./wording/en.json, ./wording/fr.json). */
const wording = wordingOf('remedies/knowledge/spousal-sponsorship', { en, fr });

/** The sources this file cites, from the register (sources.ts). */
const { ob640 } = SPOUSAL_SPONSORSHIP_SOURCES;

export const spousalSponsorship: RemedyKnowledge = {
  // Consent, evidence links, goals and bars are data: ./spousal-sponsorship.json.
  ...remedyData(data),
  name: wording('spousal-sponsorship.name'),
  /** The name inside a sentence of the plan ("Uses evidence from: …"). */
  nameInSentence: wording('spousal-sponsorship.nameInSentence'),
  description: wording('spousal-sponsorship.description'),
  decisionMaker: wording('spousal-sponsorship.decisionMaker'),
  legalBasis: [
    described(wording('spousal-sponsorship.legalBasis.0'), {
      effective: START_NOT_RESEARCHED,
      citations: [irpa('ss. 12(1), 13(1)', 'secondary')],
    }),
  ],
  /** Where the evidence links and goals of the data file come from (practice reasoning from the research notes, unless a provision). */
  sequencingBasis: [irpa('s. 12(1), 13(1)', 'official-text')],
  yields: [{ kind: 'status', text: wording('spousal-sponsorship.yields.0.text') }],
  timeline: described(wording('spousal-sponsorship.timeline'), {
    effective: START_NOT_RESEARCHED,
    citations: [irpa('—', 'unverified')],
  }),
  fees: described(wording('spousal-sponsorship.fees'), { effective: START_NOT_RESEARCHED, citations: [irpa('—', 'unverified')] }),
  evidence: [wording('spousal-sponsorship.evidence.0')],
  eligibility: [
    notForCitizensOrPermanentResidents('spousal-sponsorship'),
    row({
      effective: START_NOT_RESEARCHED,
      id: 'spousal-sponsorship.no-relationship-path',
      effect: 'not-applicable',
      when: (ctx) => ctx.facts.person.relationshipBasedStatus === 'no',
      reason: wording('spousal-sponsorship.no-relationship-path.reason'),
      citations: [irpa('s. 12(1)', 'secondary')],
    }),
    row({
      effective: START_NOT_RESEARCHED,
      id: 'spousal-sponsorship.sponsor-is-abuser',
      effect: 'unlikely',
      when: (ctx) => exploitedBy(ctx, 'spouse-or-partner'),
      reason: wording('spousal-sponsorship.sponsor-is-abuser.reason'),
      citations: [familyViolenceTrpPdi('sponsor withdrew: example case', 'official-text')],
    }),
    // Dated rule: conditional permanent residence (two-year cohabitation) applied from 25 Oct 2012. Its section, IRPR s. 72.1,
    // reads "[Repealed, SOR/2017-56, s. 1]" in the official consolidation, that version in force from 13 Apr 2017
    // (lims:inforce-start-date="2017-04-13"); IRCC's notice gives 18 Apr 2017 and OB 640 is dated 28 Apr 2017.
    row({
      id: 'spousal-sponsorship.conditional-pr',
      effect: 'note',
      when: (ctx) => ctx.facts.person.relationshipBasedStatus === 'yes',
      effective: { from: '2012-10-25', until: '2017-04-12' },
      reason: wording('spousal-sponsorship.conditional-pr.reason'),
      citations: [ob640('history of conditional PR', 'official-text')],
    }),
    row({
      id: 'spousal-sponsorship.conditional-pr',
      effect: 'note',
      when: (ctx) => ctx.facts.person.relationshipBasedStatus === 'yes',
      effective: { from: '2017-04-13' },
      reason: wording('spousal-sponsorship.conditional-pr.reason.2'),
      citations: [readInXml(irpr, 's. 72.1 "[Repealed, SOR/2017-56, s. 1]", in force 13 Apr 2017 per the consolidation'), ob640('repeal', 'official-text')],
    }),
    row({
      effective: START_NOT_RESEARCHED,
      id: 'spousal-sponsorship.path-unknown',
      effect: 'unknown',
      when: (ctx) => ctx.facts.person.relationshipBasedStatus !== 'yes',
      reason: wording('spousal-sponsorship.path-unknown.reason'),
      citations: [irpa('s. 12(1)', 'secondary')],
    }),
    otherwise(
      'spousal-sponsorship.depends-on-sponsor',
      'possible',
      wording('spousal-sponsorship.depends-on-sponsor.reason'),
      [irpa('s. 12(1)', 'secondary')],
      START_NOT_RESEARCHED,
    ),
  ],
  risks: [
    risk({
      effective: START_NOT_RESEARCHED,
      id: 'spousal-sponsorship.dependence-on-abuser',
      risk: 'status-jeopardy',
      level: 'high',
      basis: 'law',
      when: (ctx) => exploitedBy(ctx, 'spouse-or-partner'),
      why: wording('spousal-sponsorship.dependence-on-abuser.why'),
      citations: [ob640('misrepresentation investigations remain possible', 'official-text')],
    }),
    familyReprisalRisk('spousal-sponsorship'),
    ...inadmissibilityRisksFor('spousal-sponsorship'),
  ],
  practiceNotes: [],
  deadlines: [],
};
