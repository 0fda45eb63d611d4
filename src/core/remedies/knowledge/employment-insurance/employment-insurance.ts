// Employment Insurance (regular benefits) for workers who lost their job. Research notes §11.
import { deadline, described, START_NOT_RESEARCHED } from '../../build';
import { hasStatus, isOutOfStatus, workContext } from '../../facts';
import type { RemedyKnowledge } from '../../model';
import { periodAt, periodEnd } from '../../periods';
import { researchNotes, seedReport, eiAct as ei, REVIEW_DATE_NOT_RECORDED, EMPLOYMENT_INSURANCE_SOURCES } from '../../sources';
import { wordingOf } from '../../../wording';
import { remedyData } from '../../model';
import { ALWAYS, rulesOf } from '../../rows';
import data from './employment-insurance.json';
import en from './wording/en.json';
import fr from './wording/fr.json';

/** This file's sentences, by code (./wording/en.json, ./wording/fr.json). */
const wording = wordingOf('remedies/knowledge/employment-insurance', { en, fr });

/** The sources this file cites, from the register (sources.ts). */
const { karas } = EMPLOYMENT_INSURANCE_SOURCES;

export const employmentInsurance: RemedyKnowledge = {
  // Consent, evidence links, goals and bars are data: ./employment-insurance.json.
  ...remedyData(data),
  name: wording('employment-insurance.name'),
  /** The name inside a sentence of the plan ("Uses evidence from: …"). */
  nameInSentence: wording('employment-insurance.nameInSentence'),
  description: wording('employment-insurance.description'),
  decisionMaker: wording('employment-insurance.decisionMaker'),
  legalBasis: [
    described(wording('employment-insurance.legalBasis.0'), {
      effective: START_NOT_RESEARCHED,
      citations: [ei('ss. 7, 18 (qualifying, availability)', 'unverified'), karas('same tests as citizens', 'secondary')],
    }),
  ],
  /** Where the evidence links and goals of the data file come from (practice reasoning from the research notes, unless a provision). */
  sequencingBasis: [
    researchNotes('§14.3: EI claim → ROE/T4 as proof of employment', 'secondary'),
    seedReport('EI used to prove employment, then ID documents and an H&C', 'secondary'),
  ],
  yields: [
    { kind: 'income', text: wording('employment-insurance.yields.0.text') },
    {
      kind: 'documents',
      text: wording('employment-insurance.yields.1.text'),
    },
  ],
  timeline: described(wording('employment-insurance.timeline'), {
    effective: START_NOT_RESEARCHED,
    citations: [ei('—', 'unverified')],
  }),
  fees: described(wording('employment-insurance.fees'), { effective: START_NOT_RESEARCHED, citations: [ei('—', 'unverified')] }),
  evidence: [wording('employment-insurance.evidence.0')],
  // Rows: ids, effects, levels, dates and citations are data (./employment-insurance.json); their conditions, by the same ids, are here.
  ...rulesOf(data, wording, {
    eligibility: {
      'employment-insurance.no-insured-work': { when: (ctx) => !workContext(ctx) },
      'employment-insurance.no-status': { when: isOutOfStatus },
      'employment-insurance.still-employed': { when: (ctx) => ctx.facts.events.employmentEnded === undefined },
      'employment-insurance.closed-permit-availability': { when: (ctx) => hasStatus(ctx, 'work-permit-employer-specific') },
      'employment-insurance.may-qualify': ALWAYS,
    },
    risks: {
      'employment-insurance.expired-sin': { when: (ctx) => ctx.facts.person.permitExpiry !== undefined && ctx.facts.person.permitExpiry < ctx.asOf },
    },
  }),

  practiceNotes: [
    {
      id: 'employment-insurance.proof-of-work',
      text: wording('employment-insurance.proof-of-work.text'),
      citations: [seedReport('§3.2', 'secondary')],
      lastReviewed: REVIEW_DATE_NOT_RECORDED,
      verification: 'secondary',
    },
  ],
  deadlines: [
    {
      id: 'employment-insurance.apply-promptly',
      period: 'employment-insurance-claim',
      compute: (ctx) => {
        const ended = ctx.facts.events.employmentEnded;
        const period = periodAt('employment-insurance-claim', ctx.asOf);
        if (!ended || !period || isOutOfStatus(ctx)) return undefined;
        return deadline({
          id: 'employment-insurance.apply-promptly',
          kind: 'limitation',
          event: 'employmentEnded',
          triggerDate: ended,
          date: periodEnd(ended, period.value),
          basis: wording('employment-insurance.apply-promptly.basis'),
          extension: wording('employment-insurance.apply-promptly.extension'),
          citation: period.citations[0]!,
        });
      },
    },
  ],
};
