// Tip to ESDC / IRCC about an employer's TFWP / IMP compliance (IRPR ss. 209.2–209.4). Research notes §12.
import { described, otherwise, risk, row, START_NOT_RESEARCHED } from '../../build';
import { employerInvolved, hasStatus, isTemporaryResident, statusPrecarious } from '../../facts';
import type { RemedyKnowledge } from '../../model';
import { irpr, secondarySource, TFW_COMPLIANCE_REPORT_SOURCES } from '../../sources';
import { employerRetaliationRisk } from '../common/common';
import { wordingOf } from '../../../wording';
import { remedyData } from '../../model';
import data from './tfw-compliance-report.json';
import en from './wording/en.json';
import fr from './wording/fr.json';

/** This file's sentences, by code (./wording/en.json, ./wording/fr.json). */
const wording = wordingOf('remedies/knowledge/tfw-compliance-report', { en, fr });

/** The sources this file cites, from the register (sources.ts). */
const { esdc } = TFW_COMPLIANCE_REPORT_SOURCES;

export const tfwComplianceReport: RemedyKnowledge = {
  // Consent, evidence links, goals and bars are data: ./tfw-compliance-report.json.
  ...remedyData(data),
  name: wording('tfw-compliance-report.name'),
  /** The name inside a sentence of the plan ("Uses evidence from: …"). */
  nameInSentence: wording('tfw-compliance-report.nameInSentence'),
  description: wording('tfw-compliance-report.description'),
  decisionMaker: wording('tfw-compliance-report.decisionMaker'),
  legalBasis: [
    described(wording('tfw-compliance-report.legalBasis.0'), {
      effective: START_NOT_RESEARCHED,
      citations: [irpr('ss. 209.2–209.4', 'secondary'), esdc('inspections, penalties, bans', 'secondary')],
    }),
  ],
  /** Where the evidence links and goals of the data file come from (practice reasoning from the research notes, unless a provision). */
  sequencingBasis: [irpr('ss. 209.2–209.3 (employer conditions)', 'official-text')],
  yields: [
    {
      kind: 'documents',
      text: wording('tfw-compliance-report.yields.0.text'),
    },
  ],
  timeline: described(wording('tfw-compliance-report.timeline'), { effective: START_NOT_RESEARCHED, citations: [esdc('tip statistics', 'secondary')] }),
  fees: described(wording('tfw-compliance-report.fees'), { effective: START_NOT_RESEARCHED, citations: [esdc('—', 'unverified')] }),
  evidence: [wording('tfw-compliance-report.evidence.0')],
  eligibility: [
    row({
      effective: START_NOT_RESEARCHED,
      id: 'tfw-compliance-report.no-employer',
      effect: 'not-applicable',
      when: (ctx) => !employerInvolved(ctx),
      reason: wording('tfw-compliance-report.no-employer.reason'),
      citations: [esdc('scope', 'secondary')],
    }),
    row({
      effective: START_NOT_RESEARCHED,
      id: 'tfw-compliance-report.tfw-employer',
      effect: 'likely',
      when: (ctx) => hasStatus(ctx, 'work-permit-employer-specific'),
      reason: wording('tfw-compliance-report.tfw-employer.reason'),
      citations: [irpr('s. 209.2', 'secondary')],
    }),
    row({
      effective: START_NOT_RESEARCHED,
      id: 'tfw-compliance-report.other-workers',
      effect: 'possible',
      when: (ctx) => isTemporaryResident(ctx) || statusPrecarious(ctx),
      reason: wording('tfw-compliance-report.other-workers.reason'),
      citations: [esdc('scope', 'secondary')],
    }),
    otherwise('tfw-compliance-report.unclear', 'unlikely', wording('tfw-compliance-report.unclear.reason'), [esdc('scope', 'secondary')], START_NOT_RESEARCHED),
  ],
  risks: [
    employerRetaliationRisk('tfw-compliance-report'),
    risk({
      effective: START_NOT_RESEARCHED,
      id: 'tfw-compliance-report.inspection-exposes-workers',
      risk: 'cbsa-exposure',
      level: (ctx) => (statusPrecarious(ctx) ? 'high' : 'low'),
      basis: 'practice',
      when: () => true,
      why: wording('tfw-compliance-report.inspection-exposes-workers.why'),
      citations: [
        secondarySource('PACP 42-1 meeting 75, É. Boisjoly', 'https://openparliament.ca/committees/public-accounts/42-1/75/elise-boisjoly-1/only')(
          'referrals to enforcement',
          'secondary',
        ),
      ],
    }),
    risk({
      effective: START_NOT_RESEARCHED,
      id: 'tfw-compliance-report.no-wages',
      risk: 'enforcement-difficulty',
      level: 'medium',
      basis: 'law',
      when: () => true,
      why: wording('tfw-compliance-report.no-wages.why'),
      citations: [esdc('penalties', 'secondary')],
    }),
  ],
  practiceNotes: [],
  deadlines: [],
};
