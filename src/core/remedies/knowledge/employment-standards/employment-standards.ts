// Employment standards complaint (unpaid wages and other entitlements): provincial. Research notes §6.
import { deadline, endOfMonthsPeriod, param, paramFact } from '../../build';
import { WAGE_FACTS, anyAnswered, employerInvolved, isTemporaryResident, sexIndustryWork, statusPrecarious, workContext } from '../../facts';
import type { RemedyKnowledge } from '../../model';
import { employerRetaliationRisk, familyReprisalRisk, hearingTipOffRisk, sexIndustryStatusRisk } from '../common/common';
import { filled, wordingOf } from '../../../wording';
import { remedyData } from '../../model';
import { ALWAYS, factsOf, sheetOf, offersOf, rulesOf } from '../../rows';
import data from './employment-standards.json';
import en from './wording/en.json';
import fr from './wording/fr.json';

/** This file's sentences, by code (./wording/en.json, ./wording/fr.json). */
const wording = wordingOf('remedies/knowledge/employment-standards', { en, fr });

export const employmentStandards: RemedyKnowledge = {
  // Consent, evidence links, goals and bars are data: ./employment-standards.json.
  ...remedyData(data),
  name: wording('employment-standards.name'),
  /** The name inside a sentence of the plan ("Uses evidence from: …"). */
  nameInSentence: wording('employment-standards.nameInSentence'),
  description: wording('employment-standards.description'),
  decisionMaker: wording('employment-standards.decisionMaker'),
  // Legal basis, timeline, fees and sequencing basis: dates and citations are data (./employment-standards.json).
  ...factsOf(data, wording),
  ...sheetOf(data, wording),
  // What it yields, the evidence it needs and its practice notes: kinds, count and citations are data (./employment-standards.json).
  ...offersOf(data, wording),
  // Rows: ids, effects, levels, dates and citations are data (./employment-standards.json); their conditions, by the same ids, are here.
  ...rulesOf(data, wording, {
    eligibility: {
      'employment-standards.no-work-relationship': { when: (ctx) => !workContext(ctx) },
      'employment-standards.sex-industry-note': { when: sexIndustryWork },
      'employment-standards.wage-violations': { when: (ctx) => anyAnswered(ctx, WAGE_FACTS) },
      'employment-standards.wage-facts-needed': ALWAYS,
    },
    risks: {
      'employment-standards.collection': { when: employerInvolved },
      'employment-standards.precarious-worker': {
        when: (ctx) =>
          statusPrecarious(ctx) || (isTemporaryResident(ctx) && ctx.facts.person.permitExpiry !== undefined && ctx.facts.person.permitExpiry < ctx.asOf),
      },
    },
    shared: [
      hearingTipOffRisk('employment-standards'),
      employerRetaliationRisk('employment-standards'),
      familyReprisalRisk('employment-standards'),
      sexIndustryStatusRisk('employment-standards'),
    ],
  }),

  deadlines: [
    {
      id: 'employment-standards.limitation',
      compute: (ctx) => {
        const rule = param(ctx, 'employment-standards.limitation');
        const fact = paramFact(ctx, 'employment-standards.limitation');
        const ended = ctx.facts.events.employmentEnded;
        if (!rule || rule.months === null || !fact || !ended) return undefined;
        const basis =
          rule.trigger === 'employmentEnded'
            ? filled(wording('employment-standards.basis'), { months: rule.months, body: rule.body })
            : filled(wording('employment-standards.basis.2'), { months: rule.months, body: rule.body });
        return deadline({
          id: 'employment-standards.limitation',
          kind: 'limitation',
          event: 'employmentEnded',
          triggerDate: ended,
          date: endOfMonthsPeriod(ended, rule.months),
          basis,
          extension: rule.extension,
          citation: fact.citations[0]!,
          verification: fact.verification,
        });
      },
    },
  ],
};
