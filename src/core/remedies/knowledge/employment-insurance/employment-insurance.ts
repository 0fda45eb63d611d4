// Employment Insurance (regular benefits) for workers who lost their job. Research notes §11.
import { deadline } from '../../build';
import { hasStatus, isOutOfStatus, workContext } from '../../facts';
import type { RemedyKnowledge } from '../../model';
import { periodAt, periodEnd } from '../../periods';
import { wordingOf } from '../../../wording';
import { remedyData } from '../../model';
import { ALWAYS, factsOf, sheetOf, offersOf, rulesOf } from '../../rows';
import data from './employment-insurance.json';
import en from './wording/en.json';
import fr from './wording/fr.json';

/** This file's sentences, by code (./wording/en.json, ./wording/fr.json). */
const wording = wordingOf('remedies/knowledge/employment-insurance', { en, fr });

export const employmentInsurance: RemedyKnowledge = {
  // Consent, evidence links, goals and bars are data: ./employment-insurance.json.
  ...remedyData(data),
  name: wording('employment-insurance.name'),
  /** The name inside a sentence of the plan ("Uses evidence from: …"). */
  nameInSentence: wording('employment-insurance.nameInSentence'),
  description: wording('employment-insurance.description'),
  decisionMaker: wording('employment-insurance.decisionMaker'),
  // Legal basis, timeline, fees and sequencing basis: dates and citations are data (./employment-insurance.json).
  ...factsOf(data, wording),
  ...sheetOf(data, wording),
  // What it yields, the evidence it needs and its practice notes: kinds, count and citations are data (./employment-insurance.json).
  ...offersOf(data, wording),
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
