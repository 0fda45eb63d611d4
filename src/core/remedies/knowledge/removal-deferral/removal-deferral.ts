// Request to CBSA to defer removal (IRPA s. 48(2): removal "as soon as possible"). Research notes §2.
// Two stays by law, quoted from the official XML consolidation (legal review of Dec 2026):
// IRPA s. 50: "A removal order is stayed (a) if a decision that was made in a judicial proceeding — at which the Minister
//   shall be given the opportunity to make submissions — would be directly contravened by the enforcement of the removal order".
// IRPR s. 233 (SOR/2010-252, s. 1, this version in force 4 Nov 2010): "A removal order made against a foreign national, and any
//   family member of the foreign national, is stayed if the Minister is of the opinion that the stay is justified by
//   humanitarian and compassionate considerations, under subsection 25(1) or 25.1(1) of the Act, or by public policy
//   considerations, under subsection 25.2(1) of the Act. The stay is effective until a decision is made to grant, or not
//   grant, permanent resident status."
import { deadline } from '../../build';
import { isRemovable, removalInMotion, removalState } from '../../facts';
import type { EvaluationContext, RemedyKnowledge } from '../../model';
import { irpa } from '../../sources';
import { wordingOf } from '../../../wording';
import { remedyData } from '../../model';
import { ALWAYS, factsOf, sheetOf, offersOf, rulesOf } from '../../rows';
import data from './removal-deferral.json';
import en from './wording/en.json';
import fr from './wording/fr.json';

/** This file's sentences, by code (./wording/en.json, ./wording/fr.json). */
const wording = wordingOf('remedies/knowledge/removal-deferral', { en, fr });

const removalPending = (ctx: EvaluationContext) => isRemovable(ctx) && removalInMotion(ctx);

export const removalDeferral: RemedyKnowledge = {
  // Consent, evidence links, goals and bars are data: ./removal-deferral.json.
  ...remedyData(data),
  name: wording('removal-deferral.name'),
  /** The name inside a sentence of the plan ("Uses evidence from: …"). */
  nameInSentence: wording('removal-deferral.nameInSentence'),
  description: wording('removal-deferral.description'),
  decisionMaker: wording('removal-deferral.decisionMaker'),
  // Legal basis, timeline, fees and sequencing basis: dates and citations are data (./removal-deferral.json).
  ...factsOf(data, wording),
  ...sheetOf(data, wording),
  // What it yields, the evidence it needs and its practice notes: kinds, count and citations are data (./removal-deferral.json).
  ...offersOf(data, wording),
  // Rows: ids, effects, levels, dates and citations are data (./removal-deferral.json); their conditions, by the same ids, are here.
  ...rulesOf(data, wording, {
    eligibility: {
      'removal-deferral.not-removable': { when: (ctx) => !isRemovable(ctx) },
      'removal-deferral.no-removal': { when: (ctx) => removalState(ctx) === 'none' },
      'removal-deferral.removal-unknown': { when: (ctx) => removalState(ctx) === 'unknown' },
      'removal-deferral.witness-stay': { when: (ctx) => removalPending(ctx) && ctx.facts.person.witnessInProceedings === 'yes' },
      'removal-deferral.hc-approved-stay': { when: removalPending },
      'removal-deferral.order-without-date': { when: (ctx) => removalState(ctx) === 'order-issued' },
      'removal-deferral.scheduled': ALWAYS,
    },
    risks: {
      'removal-deferral.no-stay': ALWAYS,
    },
  }),

  deadlines: [
    {
      id: 'removal-deferral.removal-date',
      onTheEventDate: true,
      compute: (ctx) => {
        const date = ctx.facts.person.removal?.date;
        if (!date || removalState(ctx) !== 'scheduled') return undefined;
        return deadline({
          id: 'removal-deferral.removal-date',
          kind: 'removal',
          event: 'removal.date',
          triggerDate: date,
          date: date as never,
          basis: wording('removal-deferral.removal-date.basis'),
          citation: irpa('s. 48(2)', 'secondary'),
        });
      },
    },
  ],
};
