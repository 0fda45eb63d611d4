// Reporting to police: trafficking (Criminal Code ss. 279.01–279.04), assault and other offences. Research notes §13; screening research §5.
import { described, NOT_RESEARCHED, otherwise, risk, row, START_NOT_RESEARCHED } from '../../build';
import { VIOLENCE_FACTS, anyAnswered, criminalCharges, hasStatus, isTemporaryResident, legalTestMet, sexIndustryWork, statusPrecarious } from '../../facts';
import type { RemedyKnowledge } from '../../model';
import {
  FEWO_TESTIMONY,
  criminalCode,
  irpa,
  readInXml,
  researchNotes,
  secondarySource,
  seedReport,
  REVIEW_DATE_NOT_RECORDED,
  CRIMINAL_COMPLAINT_SOURCES,
} from '../../sources';
import { familyReprisalRisk, sexIndustryStatusRisk } from '../common/common';
import { wordingOf } from '../../../wording';
import { remedyData } from '../../model';
import data from './criminal-complaint.json';
import en from './wording/en.json';
import fr from './wording/fr.json';

/** This file's sentences, by code (./wording/en.json, ./wording/fr.json). */
const wording = wordingOf('remedies/knowledge/criminal-complaint', { en, fr });

/** The sources this file cites, from the register (sources.ts). */
const { vice, hotline } = CRIMINAL_COMPLAINT_SOURCES;

export const criminalComplaint: RemedyKnowledge = {
  // Consent, evidence links, goals and bars are data: ./criminal-complaint.json.
  ...remedyData(data),
  name: wording('criminal-complaint.name'),
  /** The name inside a sentence of the plan ("Uses evidence from: …"). */
  nameInSentence: wording('criminal-complaint.nameInSentence'),
  description: wording('criminal-complaint.description'),
  decisionMaker: wording('criminal-complaint.decisionMaker'),
  legalBasis: [
    described(wording('criminal-complaint.legalBasis.0'), {
      effective: START_NOT_RESEARCHED,
      citations: [readInXml(criminalCode, 'ss. 279.01, 279.04'), irpa('s. 118', 'official-text')],
    }),
  ],
  /** Where the evidence links and goals of the data file come from (practice reasoning from the research notes, unless a provision). */
  sequencingBasis: [
    researchNotes('§14.6: police report gates victim funding', 'secondary'),
    seedReport('RCMP credibility used to support the TRP', 'secondary'),
  ],
  yields: [
    {
      kind: 'protection',
      text: wording('criminal-complaint.yields.0.text'),
    },
    {
      kind: 'documents',
      text: wording('criminal-complaint.yields.1.text'),
    },
  ],
  timeline: described(wording('criminal-complaint.timeline'), {
    effective: START_NOT_RESEARCHED,
    citations: [secondarySource('House of Commons debate on Bill S-224 (Statistics Canada data)')('12%', 'secondary')],
  }),
  fees: described(wording('criminal-complaint.fees'), { effective: START_NOT_RESEARCHED, citations: [criminalCode('—', 'unverified')] }),
  evidence: [wording('criminal-complaint.evidence.0')],
  eligibility: [
    row({
      effective: START_NOT_RESEARCHED,
      id: 'criminal-complaint.trafficking-offence',
      effect: 'likely',
      when: (ctx) => legalTestMet(ctx, 'criminal-code-279') || legalTestMet(ctx, 'irpa-118') || legalTestMet(ctx, 'forced-marriage-293'),
      reason: wording('criminal-complaint.trafficking-offence.reason'),
      citations: [criminalCode('ss. 279.01, 279.04, 293.1', 'official-text')],
    }),
    row({
      effective: START_NOT_RESEARCHED,
      id: 'criminal-complaint.violence',
      effect: 'possible',
      when: (ctx) => anyAnswered(ctx, [...VIOLENCE_FACTS, 'documents-confiscated']),
      reason: wording('criminal-complaint.violence.reason'),
      citations: [criminalCode('s. 279.03', 'secondary')],
    }),
    row({
      effective: START_NOT_RESEARCHED,
      id: 'criminal-complaint.fear-test-note',
      effect: 'note',
      when: (ctx) => legalTestMet(ctx, 'palermo-art3') && !legalTestMet(ctx, 'criminal-code-279'),
      reason: wording('criminal-complaint.fear-test-note.reason'),
      citations: [readInXml(criminalCode, 's. 279.04(1)')],
    }),
    otherwise(
      'criminal-complaint.no-offence-identified',
      'unlikely',
      wording('criminal-complaint.no-offence-identified.reason'),
      [criminalCode('Part VIII', 'unverified')],
      START_NOT_RESEARCHED,
    ),
  ],
  risks: [
    risk({
      effective: START_NOT_RESEARCHED,
      id: 'criminal-complaint.police-contact',
      risk: 'cbsa-exposure',
      level: 'high',
      basis: 'practice',
      when: statusPrecarious,
      why: wording('criminal-complaint.police-contact.why'),
      citations: [researchNotes('§0 (29 victims detained in Alberta)', 'secondary'), vice('raids, arrests and deportations', 'secondary')],
    }),
    // Before 6 Dec 2014 the former regime applied; it was not read, so this version only says so (unverified).
    risk({
      effective: { from: NOT_RESEARCHED, until: '2014-12-05' },
      id: 'criminal-complaint.sex-work-criminalization',
      risk: 'criminal-exposure',
      level: 'high',
      basis: 'law',
      when: sexIndustryWork,
      why: wording('criminal-complaint.sex-work-criminalization.why'),
      citations: [criminalCode('former ss. 210–213 (before S.C. 2014, c. 25)', 'unverified'), irpa('ss. 36(1), 64', 'official-text')],
    }),
    // Criminal Code ss. 286.1–286.5 (2014, c. 25, s. 20), in force 6 Dec 2014 per the consolidation. s. 286.5(1): "No person
    // shall be prosecuted for (a) an offence under section 286.2 if the benefit is derived from the provision of their own
    // sexual services; or (b) an offence under section 286.4 in relation to the advertisement of their own sexual services."
    // s. 286.5(2): nor for "aiding, abetting, conspiring or attempting to commit an offence under any of sections 286.1 to
    // 286.4 ... if the offence relates to the offering or provision of their own sexual services".
    risk({
      effective: { from: '2014-12-06' },
      id: 'criminal-complaint.sex-work-criminalization',
      risk: 'criminal-exposure',
      level: 'high',
      basis: 'law',
      when: sexIndustryWork,
      why: wording('criminal-complaint.sex-work-criminalization.why.2'),
      citations: [
        readInXml(criminalCode, 's. 286.5(1), (2) (immunity for one\u2019s own sexual services); ss. 286.1–286.4'),
        irpa('ss. 36(1), 64', 'official-text'),
        seedReport('§3.1, V. Wong', 'secondary'),
      ],
    }),
    sexIndustryStatusRisk('criminal-complaint'),
    risk({
      effective: START_NOT_RESEARCHED,
      id: 'criminal-complaint.own-charges',
      risk: 'criminal-exposure',
      level: 'high',
      basis: 'law',
      when: criminalCharges,
      why: wording('criminal-complaint.own-charges.why'),
      citations: [irpa('s. 36', 'official-text')],
    }),
    risk({
      effective: START_NOT_RESEARCHED,
      id: 'criminal-complaint.trp-after-prosecution',
      risk: 'status-jeopardy',
      level: 'medium',
      basis: 'practice',
      when: (ctx) => hasStatus(ctx, 'temporary-resident-permit') || (isTemporaryResident(ctx) && legalTestMet(ctx, 'criminal-code-279')),
      why: wording('criminal-complaint.trp-after-prosecution.why'),
      citations: [FEWO_TESTIMONY('testimony', 'secondary')],
    }),
    risk({
      effective: START_NOT_RESEARCHED,
      id: 'criminal-complaint.testimony',
      risk: 'retraumatization',
      level: 'high',
      basis: 'law',
      when: () => true,
      why: wording('criminal-complaint.testimony.why'),
      citations: [criminalCode('—', 'unverified')],
    }),
    risk({
      effective: START_NOT_RESEARCHED,
      id: 'criminal-complaint.slow',
      risk: 'long-wait',
      level: 'medium',
      basis: 'practice',
      when: () => true,
      why: wording('criminal-complaint.slow.why'),
      citations: [secondarySource('House of Commons debate on Bill S-224')('12%', 'secondary')],
    }),
    familyReprisalRisk('criminal-complaint'),
  ],
  practiceNotes: [
    {
      id: 'criminal-complaint.hotline',
      text: wording('criminal-complaint.hotline.text'),
      citations: [hotline('no police report without consent', 'secondary')],
      lastReviewed: REVIEW_DATE_NOT_RECORDED,
      verification: 'secondary',
    },
  ],
  deadlines: [],
};
