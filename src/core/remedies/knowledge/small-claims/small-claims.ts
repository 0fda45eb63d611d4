// Small claims court (wages, recruitment fees, damages): provincial. Research notes §8.
import { deadline, endOfMonthsPeriod, param, paramFact } from '../../build';
import { WAGE_FACTS, anyAnswered, employerInvolved } from '../../facts';
import type { RemedyKnowledge } from '../../model';
import { employerRetaliationRisk, hearingTipOffRisk } from '../common/common';
import { filled, wordingOf } from '../../../wording';
import { remedyData } from '../../model';
import { ALWAYS, factsOf, sheetOf, offersOf, rulesOf } from '../../rows';
import data from './small-claims.json';
import en from './wording/en.json';
import fr from './wording/fr.json';

/** This file's sentences, by code (./wording/en.json, ./wording/fr.json). */
const wording = wordingOf('remedies/knowledge/small-claims', { en, fr });

// What maxDollars.toLocaleString('en-CA') gives: the same Intl number format, built once (a
// toLocaleString call builds a new formatter every time), and each amount formatted once (the
// amounts are the few limits in the jurisdiction files).
const EN_CA_NUMBERS = new Intl.NumberFormat('en-CA');
const formattedAmounts = new Map<number, string>();
function dollarsInCanadianEnglish(amount: number | undefined): string | undefined {
  if (amount === undefined) return undefined;
  let text = formattedAmounts.get(amount);
  if (text === undefined) formattedAmounts.set(amount, (text = EN_CA_NUMBERS.format(amount)));
  return text;
}

export const smallClaims: RemedyKnowledge = {
  // Consent, evidence links, goals and bars are data: ./small-claims.json.
  ...remedyData(data),
  name: wording('small-claims.name'),
  /** The name inside a sentence of the plan ("Uses evidence from: …"). */
  nameInSentence: wording('small-claims.nameInSentence'),
  description: wording('small-claims.description'),
  decisionMaker: wording('small-claims.decisionMaker'),
  // Legal basis, timeline, fees and sequencing basis: dates and citations are data (./small-claims.json).
  ...factsOf(data, wording),
  ...sheetOf(data, wording),
  // What it yields, the evidence it needs and its practice notes: kinds, count and citations are data (./small-claims.json).
  ...offersOf(data, wording),
  // Rows: ids, effects, levels, dates and citations are data (./small-claims.json); their conditions, by the same ids, are here.
  ...rulesOf(data, wording, {
    eligibility: {
      'small-claims.no-money-claim': { when: (ctx) => !employerInvolved(ctx) && !anyAnswered(ctx, WAGE_FACTS) },
      'small-claims.limit-note': {
        when: (ctx) => param(ctx, 'small-claims.limit') !== undefined,
        details: (ctx) => ({
          limit: String(dollarsInCanadianEnglish(param(ctx, 'small-claims.limit')?.maxDollars) ?? ''),
          forum: param(ctx, 'small-claims.limit')?.forum.en ?? '',
        }),
      },
      'small-claims.money-owed': { when: (ctx) => anyAnswered(ctx, WAGE_FACTS) },
      'small-claims.facts-needed': ALWAYS,
    },
    risks: {
      'small-claims.public-trial': ALWAYS,
      'small-claims.collection': ALWAYS,
      'small-claims.costs': ALWAYS,
      'small-claims.delay': { when: (ctx) => ctx.province === 'ON' },
    },
    shared: [hearingTipOffRisk('small-claims'), employerRetaliationRisk('small-claims')],
  }),

  deadlines: [
    {
      id: 'small-claims.limitation',
      compute: (ctx) => {
        const rule = param(ctx, 'civil.limitation');
        const fact = paramFact(ctx, 'civil.limitation');
        const ended = ctx.facts.events.employmentEnded;
        if (!rule || rule.months === null || !fact || !ended) return undefined;
        return deadline({
          id: 'small-claims.limitation',
          kind: 'limitation',
          event: 'employmentEnded',
          triggerDate: ended,
          date: endOfMonthsPeriod(ended, rule.months),
          basis: filled(wording('small-claims.limitation.basis'), { rule: rule.rule }),
          citation: fact.citations[0]!,
          verification: fact.verification,
        });
      },
    },
  ],
};
