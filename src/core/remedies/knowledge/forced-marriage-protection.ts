// Forced marriage: peace bond (Criminal Code s. 810.02) and safety planning. Screening research §5.5.
import { described, otherwise, risk, row, t, START_NOT_RESEARCHED } from '../build';
import { FORCED_MARRIAGE_FACTS, anyAnswered, exploitedBy, legalTestMet } from '../facts';
import type { RemedyKnowledge } from '../model';
import { criminalCode, secondarySource } from '../sources';
import { familyReprisalRisk } from './common';

const justice = secondarySource('Justice Canada, "Child Abuse is Wrong" (forced marriage peace bond)');

export const forcedMarriageProtection: RemedyKnowledge = {
  id: 'forced-marriage-protection',
  scope: 'federal',
  name: t(
    'Forced-marriage protection (peace bond and safety planning)',
    'Protection contre le mariage forcé (engagement de ne pas troubler l\u2019ordre public)',
  ),
  /** The name inside a sentence of the plan ("Uses evidence from: …"). */
  nameInSentence: t(
    'forced marriage protection (peace bond, safety plan)',
    'protection contre le mariage forcé (engagement de ne pas troubler l’ordre public, plan de sécurité)',
  ),
  description: t(
    'A court order with conditions to prevent a forced marriage or removal from Canada for marriage, alongside safety planning.',
    'Ordonnance assortie de conditions pour prévenir un mariage forcé ou le départ du Canada en vue d\u2019un mariage, avec un plan de sécurité.',
  ),
  decisionMaker: t('Provincial court judge, on an information laid by police or the person', 'Juge de la cour provinciale, sur dénonciation'),
  legalBasis: [
    described(t('Criminal Code s. 810.02; offences ss. 293.1–293.2 (in force 2015)', 'Code criminel art. 810.02; infractions art. 293.1–293.2'), {
      effective: START_NOT_RESEARCHED,
      citations: [criminalCode('s. 810.02', 'official-text'), criminalCode('ss. 293.1–293.2 (S.C. 2015, c. 29)', 'official-text')],
    }),
  ],
  consentNeeded: 'contactPolice',
  producesEvidenceFor: ['fv-trp', 'hc'],
  urgencyRole: 'none',
  goals: ['safety'],
  immigrationApplication: false,
  /** Where the evidence links and goals above come from (practice reasoning from the research notes, unless a provision). */
  sequencingBasis: [criminalCode('s. 810.02 (forced marriage peace bond)', 'official-text')],
  yields: [
    {
      kind: 'protection',
      text: t(
        'Court-ordered conditions (no contact, surrender of passport, no travel)',
        'Conditions ordonnées (aucun contact, remise du passeport, interdiction de voyager)',
      ),
    },
  ],
  timeline: described(t('Days to weeks (unverified).', 'Quelques jours ou semaines (non vérifié).'), {
    effective: START_NOT_RESEARCHED,
    citations: [justice('—', 'unverified')],
  }),
  fees: described(t('No fee (unverified).', 'Aucuns frais (non vérifié).'), { effective: START_NOT_RESEARCHED, citations: [justice('—', 'unverified')] }),
  evidence: [t('Account of pressure or threats to marry; messages; travel plans', 'Récit des pressions ou menaces; messages; projets de voyage')],
  barsSubjectTo: [],
  barsCreated: [],
  eligibility: [
    row({
      effective: START_NOT_RESEARCHED,
      id: 'forced-marriage-protection.forced-marriage',
      effect: 'likely',
      when: (ctx) => ctx.facts.contexts.includes('forced-marriage') || anyAnswered(ctx, FORCED_MARRIAGE_FACTS) || legalTestMet(ctx, 'forced-marriage-293'),
      reason: t('Forced-marriage facts are recorded.', 'Des faits de mariage forcé sont consignés.'),
      citations: [criminalCode('ss. 293.1–293.2', 'official-text')],
    }),
    otherwise(
      'forced-marriage-protection.not-indicated',
      'not-applicable',
      t('No forced-marriage facts are recorded.', 'Aucun fait de mariage forcé n\u2019est consigné.'),
      [criminalCode('s. 810.02', 'official-text')],
      START_NOT_RESEARCHED,
    ),
  ],
  risks: [
    familyReprisalRisk('forced-marriage-protection'),
    risk({
      effective: START_NOT_RESEARCHED,
      id: 'forced-marriage-protection.family-conflict',
      risk: 'reprisal-against-family',
      level: 'medium',
      basis: 'practice',
      when: (ctx) => exploitedBy(ctx, 'family-member'),
      why: t(
        'The order is against family members; it can split the family and provoke pressure from relatives.',
        'L\u2019ordonnance vise des membres de la famille; elle peut diviser la famille et susciter des pressions.',
      ),
      citations: [justice('—', 'unverified')],
    }),
    risk({
      effective: START_NOT_RESEARCHED,
      id: 'forced-marriage-protection.court',
      risk: 'retraumatization',
      level: 'medium',
      basis: 'law',
      when: () => true,
      why: t('The person may have to give evidence against relatives.', 'La personne peut devoir témoigner contre des proches.'),
      citations: [criminalCode('s. 810.02', 'official-text')],
    }),
  ],
  practiceNotes: [],
  deadlines: [],
};
