// Human rights complaint (discrimination, sexual harassment at work): provincial. Research notes §7.
import { deadline, described, endOfMonthsPeriod, otherwise, param, paramFact, risk, row, START_NOT_RESEARCHED } from '../../build';
import { answered, employerInvolved, statusPrecarious } from '../../facts';
import type { RemedyKnowledge } from '../../model';
import { researchNotes, seedReport, REVIEW_DATE_NOT_RECORDED, HUMAN_RIGHTS_SOURCES } from '../../sources';
import { employerRetaliationRisk, hearingTipOffRisk } from '../common/common';
import { filled, wordingOf } from '../../../wording';
import { remedyData } from '../../model';
import data from './human-rights.json';
import en from './wording/en.json';
import fr from './wording/fr.json';

/** This file's sentences, by code (./wording/en.json, ./wording/fr.json). */
const wording = wordingOf('remedies/knowledge/human-rights', { en, fr });

/** The sources this file cites, from the register (sources.ts). */
const { opt, pn } = HUMAN_RIGHTS_SOURCES;

export const humanRights: RemedyKnowledge = {
  // Consent, evidence links, goals and bars are data: ./human-rights.json.
  ...remedyData(data),
  name: wording('human-rights.name'),
  /** The name inside a sentence of the plan ("Uses evidence from: …"). */
  nameInSentence: wording('human-rights.nameInSentence'),
  description: wording('human-rights.description'),
  decisionMaker: wording('human-rights.decisionMaker'),
  legalBasis: [
    described(wording('human-rights.legalBasis.0'), {
      effective: START_NOT_RESEARCHED,
      citations: [researchNotes('§7', 'secondary')],
    }),
  ],
  /** Where the evidence links and goals of the data file come from (practice reasoning from the research notes, unless a provision). */
  sequencingBasis: [
    researchNotes('§14.3: human-rights decision → exhibit', 'secondary'),
    seedReport('human-rights award, then a successful TRP and H&C', 'secondary'),
  ],
  yields: [
    {
      kind: 'money',
      text: wording('human-rights.yields.0.text'),
    },
    {
      kind: 'documents',
      text: wording('human-rights.yields.1.text'),
    },
  ],
  timeline: described(wording('human-rights.timeline'), {
    effective: START_NOT_RESEARCHED,
    citations: [researchNotes('§7', 'unverified')],
  }),
  fees: described(wording('human-rights.fees'), {
    effective: START_NOT_RESEARCHED,
    citations: [researchNotes('§7', 'secondary')],
  }),
  evidence: [wording('human-rights.evidence.0')],
  eligibility: [
    row({
      effective: START_NOT_RESEARCHED,
      id: 'human-rights.incident-recorded',
      effect: 'likely',
      when: (ctx) => ctx.facts.events.lastDiscriminationIncident !== undefined,
      reason: wording('human-rights.incident-recorded.reason'),
      citations: [researchNotes('§7', 'secondary')],
    }),
    row({
      effective: START_NOT_RESEARCHED,
      id: 'human-rights.sexual-or-status-based-abuse',
      effect: 'possible',
      when: (ctx) =>
        employerInvolved(ctx) &&
        (answered(ctx, 'sexual-exploitation') ||
          ctx.facts.contexts.includes('sexual') ||
          answered(ctx, 'vulnerable-immigration-status') ||
          answered(ctx, 'documents-confiscated')),
      reason: wording('human-rights.sexual-or-status-based-abuse.reason'),
      citations: [opt('TFWs, passports taken, threats of repatriation', 'secondary'), pn('domestic worker, passport confiscated', 'secondary')],
    }),
    otherwise('human-rights.ground-needed', 'unknown', wording('human-rights.ground-needed.reason'), [researchNotes('§7', 'secondary')], START_NOT_RESEARCHED),
  ],
  risks: [
    risk({
      effective: START_NOT_RESEARCHED,
      id: 'human-rights.published-decision',
      risk: 'public-decision',
      level: 'high',
      basis: 'law',
      when: () => true,
      why: wording('human-rights.published-decision.why'),
      citations: [opt('initials', 'secondary'), pn('initials', 'secondary')],
    }),
    hearingTipOffRisk('human-rights'),
    employerRetaliationRisk('human-rights'),
    risk({
      effective: START_NOT_RESEARCHED,
      id: 'human-rights.testimony',
      risk: 'retraumatization',
      level: 'medium',
      basis: 'law',
      when: () => true,
      why: wording('human-rights.testimony.why'),
      citations: [researchNotes('§7', 'unverified')],
    }),
    risk({
      effective: START_NOT_RESEARCHED,
      id: 'human-rights.employer-threatens-suit',
      risk: 'financial-cost',
      level: 'low',
      basis: 'practice',
      when: (ctx) => statusPrecarious(ctx),
      why: wording('human-rights.employer-threatens-suit.why'),
      citations: [pn('employer threatened to sue', 'secondary')],
    }),
  ],
  practiceNotes: [
    {
      id: 'human-rights.award-then-trp',
      text: wording('human-rights.award-then-trp.text'),
      citations: [seedReport('§3.2, N. Drolet', 'secondary')],
      lastReviewed: REVIEW_DATE_NOT_RECORDED,
      verification: 'secondary',
    },
  ],
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
