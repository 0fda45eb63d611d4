// Provincial social assistance for people with precarious status. Research notes §10.
import { described, otherwise, param, risk, row, START_NOT_RESEARCHED } from '../../build';
import { anyAnswered, isCitizenOrPermanentResident } from '../../facts';
import type { EvaluationContext, RemedyKnowledge } from '../../model';
import { researchNotes, SOCIAL_ASSISTANCE_SOURCES } from '../../sources';
import { wordingOf } from '../../../wording';
import { remedyData } from '../../model';
import data from './social-assistance.json';
import en from './wording/en.json';
import fr from './wording/fr.json';

/** This file's sentences, by code (./wording/en.json, ./wording/fr.json). */
const wording = wordingOf('remedies/knowledge/social-assistance', { en, fr });

const access = (ctx: EvaluationContext) => param(ctx, 'social-assistance.access')?.byStatus[ctx.facts.person.immigrationStatus];
const inNeed = (ctx: EvaluationContext) => anyAnswered(ctx, ['vulnerable-economic', 'low-or-no-pay', 'withholding-of-wages-or-money', 'debt-bondage']);

const sharesWithImmigration = (ctx: EvaluationContext) =>
  param(ctx, 'social-assistance.access')?.sharesWithImmigration === 'yes' && !isCitizenOrPermanentResident(ctx);

/** The sources this file cites, from the register (sources.ts). */
const { nbSocialDevelopmentImmigrants } = SOCIAL_ASSISTANCE_SOURCES;

export const socialAssistance: RemedyKnowledge = {
  // Consent, evidence links, goals and bars are data: ./social-assistance.json.
  ...remedyData(data),
  name: wording('social-assistance.name'),
  /** The name inside a sentence of the plan ("Uses evidence from: …"). */
  nameInSentence: wording('social-assistance.nameInSentence'),
  description: wording('social-assistance.description'),
  decisionMaker: wording('social-assistance.decisionMaker'),
  legalBasis: [
    described(wording('social-assistance.legalBasis.0'), {
      effective: START_NOT_RESEARCHED,
      citations: [researchNotes('§10', 'secondary')],
    }),
  ],
  /** Where the evidence links and goals of the data file come from (practice reasoning from the research notes, unless a provision). */
  sequencingBasis: [researchNotes('§14.7: AB Income Support shares data with IRCC', 'secondary')],
  yields: [{ kind: 'income', text: wording('social-assistance.yields.0.text') }],
  timeline: described(wording('social-assistance.timeline'), {
    effective: START_NOT_RESEARCHED,
    citations: [researchNotes('§10', 'unverified')],
  }),
  fees: described(wording('social-assistance.fees'), { effective: START_NOT_RESEARCHED, citations: [researchNotes('§10', 'unverified')] }),
  evidence: [wording('social-assistance.evidence.0')],
  eligibility: [
    row({
      effective: START_NOT_RESEARCHED,
      id: 'social-assistance.status-excluded',
      effect: 'unlikely',
      when: (ctx) => access(ctx) === 'ineligible',
      reason: wording('social-assistance.status-excluded.reason'),
      details: (ctx) => ({ program: param(ctx, 'social-assistance.access')?.program.en ?? '' }),
      citations: [researchNotes('§10', 'secondary')],
    }),
    row({
      effective: START_NOT_RESEARCHED,
      id: 'social-assistance.status-conditional',
      effect: 'possible',
      when: (ctx) => access(ctx) === 'conditional',
      reason: wording('social-assistance.status-conditional.reason'),
      details: (ctx) => ({ conditions: param(ctx, 'social-assistance.access')?.conditions.en ?? '' }),
      citations: [researchNotes('§10', 'secondary')],
    }),
    row({
      effective: START_NOT_RESEARCHED,
      id: 'social-assistance.status-unclear',
      effect: 'unknown',
      when: (ctx) => access(ctx) === 'unknown',
      reason: wording('social-assistance.status-unclear.reason'),
      details: (ctx) => ({ conditions: param(ctx, 'social-assistance.access')?.conditions.en ?? '' }),
      citations: [researchNotes('§10', 'unverified')],
    }),
    row({
      effective: START_NOT_RESEARCHED,
      id: 'social-assistance.status-qualifies-in-need',
      effect: 'likely',
      when: (ctx) => access(ctx) === 'eligible' && inNeed(ctx),
      reason: wording('social-assistance.status-qualifies-in-need.reason'),
      citations: [researchNotes('§10', 'secondary')],
    }),
    otherwise(
      'social-assistance.status-qualifies',
      'possible',
      wording('social-assistance.status-qualifies.reason'),
      [researchNotes('§10', 'secondary')],
      START_NOT_RESEARCHED,
    ),
  ],
  risks: [
    risk({
      effective: START_NOT_RESEARCHED,
      id: 'social-assistance.shares-with-immigration',
      risk: 'information-sharing-with-immigration',
      level: 'high',
      basis: 'law',
      when: (ctx) => ctx.facts.person.province === 'AB' && sharesWithImmigration(ctx),
      why: wording('social-assistance.shares-with-immigration.why'),
      // The research notes summarise the manual: a secondary source, not the official text (legal review of Dec 2026).
      citations: [researchNotes('§0, §10: Alberta IS manual (19 Dec 2019)', 'secondary')],
    }),
    risk({
      effective: START_NOT_RESEARCHED,
      id: 'social-assistance.shares-with-immigration-nb',
      risk: 'information-sharing-with-immigration',
      level: 'high',
      basis: 'law',
      when: (ctx) => ctx.facts.person.province === 'NB' && sharesWithImmigration(ctx),
      why: wording('social-assistance.shares-with-immigration-nb.why'),
      citations: [
        nbSocialDevelopmentImmigrants(
          '"Immigrants": refugee claimants assessed once the federal department has been contacted; other statuses at risk',
          'secondary',
        ),
      ],
    }),
    risk({
      effective: START_NOT_RESEARCHED,
      id: 'social-assistance.sharing-unknown',
      risk: 'information-sharing-with-immigration',
      level: 'low',
      basis: 'law',
      when: (ctx) => param(ctx, 'social-assistance.access')?.sharesWithImmigration === 'unknown' && !isCitizenOrPermanentResident(ctx),
      why: wording('social-assistance.sharing-unknown.why'),
      citations: [researchNotes('§10', 'unverified')],
    }),
  ],
  practiceNotes: [],
  deadlines: [],
};
