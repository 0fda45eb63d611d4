// Open work permit for vulnerable workers: IRPR s. 207.1, in force 4 June 2019. Research notes §3.
// IRPR s. 207.1 (official XML consolidation, SOR/2019-148, s. 2, unchanged since 4 June 2019):
//   (1) A work permit may be issued under section 200 to a foreign national in Canada if there are reasonable grounds to
//   believe that the foreign national is experiencing or is at risk of experiencing abuse in the context of their employment
//   in Canada and if they (a) hold a work permit issued under subparagraph 200(1)(c)(ii.1) or (iii); or (b) previously held
//   a work permit issued under subparagraph 200(1)(c)(ii.1) or (iii), have applied for a renewal of that permit under
//   subsection 201(1) and are authorized to work in Canada under paragraph 186(u).
//   (2) A work permit may be issued under section 200 to a foreign national in Canada who is a family member of a person
//   described in paragraph (1)(a) or (b).
// IRPR s. 186(u): no permit is needed to work "until a decision is made on an application made by them under subsection
//   201(1), if they have remained in Canada after the expiry of their work permit and they have continued to comply with
//   the conditions set out on the expired work permit, other than the expiry date" (maintained status).
import { ABUSE_AT_WORK_FACTS, anyAnswered, continuumAtLeast, employerInvolved, hasStatus } from '../../facts';
import type { RemedyKnowledge } from '../../model';
import { secondarySource, REVIEW_DATE_NOT_RECORDED } from '../../sources';
import { employerRetaliationRisk, sexIndustryStatusRisk, inadmissibilityRisksFor } from '../common/common';
import { wordingOf } from '../../../wording';
import { remedyData } from '../../model';
import { ALWAYS, factsOf, sheetOf, offersOf, rulesOf } from '../../rows';
import data from './owp-v.json';
import en from './wording/en.json';
import fr from './wording/fr.json';

/** This file's sentences, by code (./wording/en.json, ./wording/fr.json). */
const wording = wordingOf('remedies/knowledge/owp-v', { en, fr });

type Ctx = Parameters<typeof hasStatus>[0];
const permitValid = (ctx: Ctx) => !ctx.facts.person.permitExpiry || ctx.facts.person.permitExpiry >= ctx.asOf;
const maintained = (ctx: Ctx) => ctx.facts.person.maintainedStatus;
/** s. 207.1(1)(b): the permit expired after a renewal was applied for, and the person works on under s. 186(u). */
const onMaintainedStatus = (ctx: Ctx) => !permitValid(ctx) && maintained(ctx) === 'yes';
/** The permit expired and whether a renewal is pending (maintained status) is not recorded or not known. */
const renewalPendingUnknown = (ctx: Ctx) => !permitValid(ctx) && (maintained(ctx) === undefined || maintained(ctx) === 'unknown');

export const owpV: RemedyKnowledge = {
  // Consent, evidence links, goals and bars are data: ./owp-v.json.
  ...remedyData(data),
  name: wording('owp-v.name'),
  /** The name inside a sentence of the plan ("Uses evidence from: …"). */
  nameInSentence: wording('owp-v.nameInSentence'),
  description: wording('owp-v.description'),
  decisionMaker: wording('owp-v.decisionMaker'),
  // Legal basis, timeline, fees and sequencing basis: dates and citations are data (./owp-v.json).
  ...factsOf(data, wording),
  ...sheetOf(data, wording),
  // What it yields, the evidence it needs and its practice notes: kinds, count and citations are data (./owp-v.json).
  ...offersOf(data, wording),
  // Rows: ids, effects, levels, dates and citations are data (./owp-v.json); their conditions, by the same ids, are here.
  ...rulesOf(data, wording, {
    eligibility: {
      'owp-v.not-yet-in-force': ALWAYS,
      'owp-v.not-employer-specific': { when: (ctx) => !hasStatus(ctx, 'work-permit-employer-specific', 'unknown') },
      'owp-v.permit-expired': { when: (ctx) => !permitValid(ctx) && maintained(ctx) === 'no' },
      'owp-v.renewal-pending-unknown': { when: renewalPendingUnknown },
      'owp-v.maintained-status': { when: (ctx) => onMaintainedStatus(ctx) && hasStatus(ctx, 'work-permit-employer-specific', 'unknown') },
      'owp-v.family-members': {
        when: (ctx) =>
          ctx.facts.person.dependants === true && hasStatus(ctx, 'work-permit-employer-specific', 'unknown') && (permitValid(ctx) || maintained(ctx) !== 'no'),
      },
      'owp-v.abuse-in-employment': {
        when: (ctx) =>
          hasStatus(ctx, 'work-permit-employer-specific') &&
          employerInvolved(ctx) &&
          (anyAnswered(ctx, ABUSE_AT_WORK_FACTS) || continuumAtLeast(ctx, 'exploitation')),
      },
      'owp-v.abuse-not-shown': ALWAYS,
    },
    risks: {
      'owp-v.no-pr': ALWAYS,
    },
    shared: [employerRetaliationRisk('owp-v'), sexIndustryStatusRisk('owp-v'), ...inadmissibilityRisksFor('owp-v')],
  }),

  // Still here, not in ./owp-v.json: its source is not yet in the register (SOURCES_BY_ID in sources.ts).
  practiceNotes: [
    {
      id: 'owp-v.few-issued',
      text: wording('owp-v.few-issued.text'),
      citations: [secondarySource('Depatie-Pelletier, Deegan & Berze, "Band-Aid on a Bullet Wound", Laws 2022, 11(3), 36')('critique', 'secondary')],
      lastReviewed: REVIEW_DATE_NOT_RECORDED,
      verification: 'secondary',
    },
  ],
  deadlines: [],
};
