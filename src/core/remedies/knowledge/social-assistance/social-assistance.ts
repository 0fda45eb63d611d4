// Provincial social assistance for people with precarious status. Research notes §10.
import { param } from '../../build';
import { anyAnswered, isCitizenOrPermanentResident } from '../../facts';
import type { EvaluationContext, RemedyKnowledge } from '../../model';
import { wordingOf } from '../../../wording';
import { remedyData } from '../../model';
import { ALWAYS, factsOf, sheetOf, offersOf, rulesOf } from '../../rows';
import data from './social-assistance.json';
import en from './wording/en.json';
import fr from './wording/fr.json';

/** This file's sentences, by code (./wording/en.json, ./wording/fr.json). */
const wording = wordingOf('remedies/knowledge/social-assistance', { en, fr });

const access = (ctx: EvaluationContext) => param(ctx, 'social-assistance.access')?.byStatus[ctx.facts.person.immigrationStatus];
const inNeed = (ctx: EvaluationContext) => anyAnswered(ctx, ['vulnerable-economic', 'low-or-no-pay', 'withholding-of-wages-or-money', 'debt-bondage']);

const sharesWithImmigration = (ctx: EvaluationContext) =>
  param(ctx, 'social-assistance.access')?.sharesWithImmigration === 'yes' && !isCitizenOrPermanentResident(ctx);

export const socialAssistance: RemedyKnowledge = {
  // Consent, evidence links, goals and bars are data: ./social-assistance.json.
  ...remedyData(data),
  name: wording('social-assistance.name'),
  /** The name inside a sentence of the plan ("Uses evidence from: …"). */
  nameInSentence: wording('social-assistance.nameInSentence'),
  description: wording('social-assistance.description'),
  decisionMaker: wording('social-assistance.decisionMaker'),
  // Legal basis, timeline, fees and sequencing basis: dates and citations are data (./social-assistance.json).
  ...factsOf(data, wording),
  ...sheetOf(data, wording),
  // What it yields, the evidence it needs and its practice notes: kinds, count and citations are data (./social-assistance.json).
  ...offersOf(data, wording),
  // Rows: ids, effects, levels, dates and citations are data (./social-assistance.json); their conditions, by the same ids, are here.
  ...rulesOf(data, wording, {
    eligibility: {
      'social-assistance.status-excluded': {
        when: (ctx) => access(ctx) === 'ineligible',
        details: (ctx) => ({ program: param(ctx, 'social-assistance.access')?.program.en ?? '' }),
      },
      'social-assistance.status-conditional': {
        when: (ctx) => access(ctx) === 'conditional',
        details: (ctx) => ({ conditions: param(ctx, 'social-assistance.access')?.conditions.en ?? '' }),
      },
      'social-assistance.status-unclear': {
        when: (ctx) => access(ctx) === 'unknown',
        details: (ctx) => ({ conditions: param(ctx, 'social-assistance.access')?.conditions.en ?? '' }),
      },
      'social-assistance.status-qualifies-in-need': { when: (ctx) => access(ctx) === 'eligible' && inNeed(ctx) },
      'social-assistance.status-qualifies': ALWAYS,
    },
    risks: {
      'social-assistance.shares-with-immigration': { when: (ctx) => ctx.facts.person.province === 'AB' && sharesWithImmigration(ctx) },
      'social-assistance.shares-with-immigration-nb': { when: (ctx) => ctx.facts.person.province === 'NB' && sharesWithImmigration(ctx) },
      'social-assistance.sharing-unknown': {
        when: (ctx) => param(ctx, 'social-assistance.access')?.sharesWithImmigration === 'unknown' && !isCitizenOrPermanentResident(ctx),
      },
    },
  }),

  deadlines: [],
};
