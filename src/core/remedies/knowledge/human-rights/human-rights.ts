// Human rights complaint (discrimination, sexual harassment at work): provincial. Research notes §7.
import { deadline, endOfMonthsPeriod, param, paramFact } from '../../build';
import { answered, employerInvolved, statusPrecarious } from '../../facts';
import type { RemedyKnowledge } from '../../model';
import { employerRetaliationRisk, hearingTipOffRisk } from '../common/common';
import { filled, wordingOf } from '../../../wording';
import { remedyData } from '../../model';
import { ALWAYS, factsOf, sheetOf, offersOf, rulesOf } from '../../rows';
import data from './human-rights.json';
import en from './wording/en.json';
import fr from './wording/fr.json';

/** This file's sentences, by code (./wording/en.json, ./wording/fr.json). */
const wording = wordingOf('remedies/knowledge/human-rights', { en, fr });

export const humanRights: RemedyKnowledge = {
  // Consent, evidence links, goals and bars are data: ./human-rights.json.
  ...remedyData(data),
  name: wording('human-rights.name'),
  /** The name inside a sentence of the plan ("Uses evidence from: …"). */
  nameInSentence: wording('human-rights.nameInSentence'),
  description: wording('human-rights.description'),
  decisionMaker: wording('human-rights.decisionMaker'),
  // Legal basis, timeline, fees and sequencing basis: dates and citations are data (./human-rights.json).
  ...factsOf(data, wording),
  ...sheetOf(data, wording),
  // What it yields, the evidence it needs and its practice notes: kinds, count and citations are data (./human-rights.json).
  ...offersOf(data, wording),
  // Rows: ids, effects, levels, dates and citations are data (./human-rights.json); their conditions, by the same ids, are here.
  ...rulesOf(data, wording, {
    eligibility: {
      'human-rights.incident-recorded': { when: (ctx) => ctx.facts.events.lastDiscriminationIncident !== undefined },
      'human-rights.sexual-or-status-based-abuse': {
        when: (ctx) =>
          employerInvolved(ctx) &&
          (answered(ctx, 'sexual-exploitation') ||
            ctx.facts.contexts.includes('sexual') ||
            answered(ctx, 'vulnerable-immigration-status') ||
            answered(ctx, 'documents-confiscated')),
      },
      'human-rights.ground-needed': ALWAYS,
    },
    risks: {
      'human-rights.published-decision': ALWAYS,
      'human-rights.testimony': ALWAYS,
      'human-rights.employer-threatens-suit': { when: (ctx) => statusPrecarious(ctx) },
    },
    shared: [hearingTipOffRisk('human-rights'), employerRetaliationRisk('human-rights')],
  }),

  deadlines: [
    {
      id: 'human-rights.limitation',
      compute: (ctx) => {
        const rule = param(ctx, 'human-rights.limitation');
        const fact = paramFact(ctx, 'human-rights.limitation');
        const last = ctx.facts.events.lastDiscriminationIncident;
        if (!rule || !fact || !last) return undefined;
        return deadline({
          id: 'human-rights.limitation',
          kind: 'limitation',
          event: 'lastDiscriminationIncident',
          triggerDate: last,
          date: endOfMonthsPeriod(last, rule.months),
          basis: filled(wording('human-rights.limitation.basis'), { months: rule.months, body: rule.body }),
          extension: rule.extension,
          citation: fact.citations[0]!,
          verification: fact.verification,
        });
      },
    },
  ],
};
