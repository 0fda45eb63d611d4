// TRP for victims of family violence (IRPA s. 24(1); public policy in force 26 Jul 2019). Research notes §5.
import { described, NOT_RESEARCHED, otherwise, risk, row, t, START_NOT_RESEARCHED } from '../build';
import { barRuns, exploitedBy, hasStatus, isOutOfStatus, isTemporaryResident, removalInMotion, statusPrecarious } from '../facts';
import { barRule } from '../bars';
import type { RemedyKnowledge } from '../model';
import { familyViolenceTrpPdi, ircc, IRCC_FEB_2025_NOTICE, irpa, irpaXml, researchNotes, secondarySource } from '../sources';
import {
  barDateUnknownRow,
  designatedForeignNationalTrpRows,
  familyReprisalRisk,
  inadmissibilityRisksFor,
  ministerWithdrawalTrpNote,
  notForCitizensOrPermanentResidents,
  pendingPrraTrpRows,
} from './common';

const pdi = familyViolenceTrpPdi;
const cicNews = secondarySource(
  'CIC News (26 Jul 2019)',
  'https://www.cicnews.com/2019/07/canada-now-issuing-temporary-resident-permits-to-out-of-status-victims-of-family-violence-0712559.html',
);
const cleo = secondarySource('CLEO, "Temporary Resident Permit"', 'https://www.cleo.on.ca/en/publications/famvio/temporary-resident-permit');
const feb2025 = ircc('notice of 4 Feb 2025', IRCC_FEB_2025_NOTICE);
const IN_FORCE = '2019-07-26';
const abusedByPartner = (ctx: Parameters<typeof exploitedBy>[0]) => exploitedBy(ctx, 'spouse-or-partner');

export const fvTrp: RemedyKnowledge = {
  id: 'fv-trp',
  scope: 'federal',
  name: t('TRP for victims of family violence', 'PST pour victimes de violence familiale'),
  /** The name inside a sentence of the plan ("Uses evidence from: …"). */
  nameInSentence: t('temporary resident permit for victims of family violence', 'permis de séjour temporaire pour victimes de violence familiale'),
  description: t(
    'A fee-exempt TRP for out-of-status foreign nationals abused by a spouse or partner on whom their path to permanent residence depends.',
    "PST sans frais pour les étrangers sans statut maltraités par l'époux ou le partenaire dont dépend leur accès à la résidence permanente.",
  ),
  decisionMaker: t('IRCC officer', "Agent d'IRCC"),
  legalBasis: [
    described(
      t(
        'IRPA s. 24(1); IRCC public policy for victims of family violence (26 Jul 2019)',
        'LIPR art. 24(1); politique d\u2019IRCC pour victimes de violence familiale (26 juillet 2019)',
      ),
      {
        effective: { from: IN_FORCE },
        citations: [pdi('eligibility: reasonable grounds to believe', 'official-text'), cicNews('in force 26 Jul 2019', 'secondary')],
      },
    ),
  ],
  consentNeeded: 'contactImmigrationAuthorities',
  producesEvidenceFor: ['removal-deferral', 'hc', 'social-assistance'],
  urgencyRole: 'answers-imminent-removal',
  goals: ['stay-in-canada', 'regularize-temporarily', 'safety', 'keep-working'],
  immigrationApplication: true,
  /** Where the evidence links and goals above come from (practice reasoning from the research notes, unless a provision). */
  sequencingBasis: [irpa('s. 24(1)', 'official-text'), researchNotes('§14.4 FMV-TRP → work permit, IFHP → H&C', 'secondary')],
  yields: [
    {
      kind: 'status',
      text: t(
        'Temporary resident status (at least 12 months since 4 Feb 2025; at least 6 months before)',
        'Statut de résident temporaire (au moins 12 mois depuis le 4 février 2025; au moins 6 mois auparavant)',
      ),
    },
    { kind: 'permits', text: t('Fee-exempt work permit', 'Permis de travail sans frais') },
    {
      kind: 'health-coverage',
      text: t(
        'Interim Federal Health Program; OHIP in Ontario when the TRP is valid 6 months or more',
        'PFSI; en Ontario, l\u2019OHIP si le PST est valide 6 mois ou plus',
      ),
    },
  ],
  timeline: described(t('Processing time not published.', 'Délai de traitement non publié.'), {
    effective: START_NOT_RESEARCHED,
    citations: [pdi('no processing time', 'unverified')],
  }),
  fees: described(
    t(
      'Fee-exempt; since 4 Feb 2025 subsequent permits, work and study permits and biometrics are also free.',
      'Sans frais; depuis le 4 février 2025, les permis suivants, permis de travail et d\u2019études et la biométrie aussi.',
    ),
    { effective: START_NOT_RESEARCHED, citations: [feb2025('fee waivers', 'official-text')] },
  ),
  evidence: [
    t(
      'Evidence of abuse (physical, sexual, psychological, financial, neglect): police or medical records, shelter letters, messages',
      'Preuve de la violence : dossiers policiers ou médicaux, lettres de refuge, messages',
    ),
    t(
      'Evidence that the path to PR depends on the relationship (withdrawn sponsorship, misled about an application)',
      'Preuve que la voie vers la RP dépend de la relation (parrainage retiré, tromperie sur une demande)',
    ),
  ],
  barsSubjectTo: ['refugee-rejected-12-months-trp', 'prra-pending-after-ineligible-claim-trp', 'designated-foreign-national-5-years-trp'],
  barsCreated: [],
  eligibility: [
    row({
      id: 'fv-trp.not-yet-in-force',
      effect: 'not-applicable',
      when: () => true,
      effective: { from: NOT_RESEARCHED, until: '2019-07-25' },
      reason: t(
        'The family-violence TRP policy did not exist before 26 July 2019.',
        'La politique de PST pour violence familiale n\u2019existait pas avant le 26 juillet 2019.',
      ),
      citations: [cicNews('in force 26 Jul 2019', 'secondary')],
    }),
    notForCitizensOrPermanentResidents('fv-trp'),
    row({
      effective: START_NOT_RESEARCHED,
      id: 'fv-trp.no-partner-abuse',
      effect: 'not-applicable',
      when: (ctx) => !abusedByPartner(ctx) && !ctx.facts.exploiters.includes('unknown'),
      reason: t('No abuse by a spouse or partner is recorded.', 'Aucune violence d\u2019un époux ou partenaire n\u2019est consignée.'),
      citations: [pdi('abuse by a spouse or common-law partner', 'official-text')],
    }),
    ...pendingPrraTrpRows('fv-trp'),
    ...designatedForeignNationalTrpRows('fv-trp'),
    row({
      effective: barRule('refugee-rejected-12-months-trp', 'fv-trp').effective,
      id: 'fv-trp.refugee-rejection-bar',
      effect: 'unlikely',
      when: (ctx) => barRuns(ctx, 'refugee-rejected-12-months-trp', 'fv-trp'),
      reason: t(
        'A person whose refugee claim was rejected, or determined to be withdrawn or abandoned, may not request a TRP until 12 months after the final decision (s. 24(4)).',
        'Une personne dont la demande d\u2019asile a été rejetée, ou a fait l\u2019objet d\u2019un désistement ou d\u2019un retrait, ne peut demander un PST avant 12 mois après la décision finale (art. 24(4)).',
      ),
      citations: [
        irpaXml(
          's. 24(4) "A foreign national whose claim for refugee protection has not been allowed may not request a temporary resident permit if less than 12 months have passed since (a) the day on which their claim was rejected or determined to be withdrawn or abandoned by the Refugee Protection Division ..."',
        ),
        cleo('failed claimant within 1 year is ineligible', 'secondary'),
      ],
    }),
    barDateUnknownRow(
      'fv-trp',
      'refugee-rejected-12-months-trp',
      'unknown',
      t(
        'A refugee claim was refused or withdrawn on a date not recorded: no TRP request until 12 months after that decision (s. 24(4)). Record the date.',
        'Une demande d\u2019asile a été rejetée ou retirée à une date non consignée : pas de demande de PST avant 12 mois après cette décision (art. 24(4)). Consignez la date.',
      ),
    ),
    ministerWithdrawalTrpNote('fv-trp'),
    row({
      effective: START_NOT_RESEARCHED,
      id: 'fv-trp.still-in-status',
      effect: 'unlikely',
      when: (ctx) => isTemporaryResident(ctx) || hasStatus(ctx, 'refugee-claimant', 'protected-person'),
      reason: t(
        'The policy is for people without status; while the person has status other routes apply.',
        'La politique vise les personnes sans statut; tant que la personne a un statut, d\u2019autres voies s\u2019appliquent.',
      ),
      citations: [pdi('out-of-status foreign nationals', 'official-text')],
    }),
    row({
      effective: START_NOT_RESEARCHED,
      id: 'fv-trp.partner-abuse-and-dependent-status',
      effect: 'likely',
      when: (ctx) => abusedByPartner(ctx) && ctx.facts.person.relationshipBasedStatus === 'yes' && statusPrecarious(ctx),
      reason: t(
        'Abuse by a spouse or partner on whom the path to PR depends, and no status: the policy\u2019s core case.',
        'Violence d\u2019un époux ou partenaire dont dépend la voie vers la RP, sans statut : le cas type de la politique.',
      ),
      citations: [pdi('reasonable grounds to believe: in Canada, abused, PR depends on relationship', 'official-text')],
    }),
    otherwise(
      'fv-trp.relationship-dependence-unclear',
      'possible',
      t('Check whether the path to PR depended on the abusive relationship.', 'Vérifier si la voie vers la RP dépendait de la relation violente.'),
      [pdi('criteria', 'official-text')],
      START_NOT_RESEARCHED,
    ),
  ],
  risks: [
    risk({
      effective: START_NOT_RESEARCHED,
      id: 'fv-trp.no-stay',
      risk: 'no-stay-of-removal',
      level: (ctx) => (removalInMotion(ctx) ? 'high' : 'medium'),
      basis: 'law',
      when: isOutOfStatus,
      why: t('Applying does not stop a removal.', 'La demande ne suspend pas le renvoi.'),
      citations: [pdi('TRP is discretionary', 'unverified')],
    }),
    risk({
      effective: START_NOT_RESEARCHED,
      id: 'fv-trp.application-reveals-person',
      risk: 'cbsa-exposure',
      level: 'medium',
      basis: 'practice',
      when: isOutOfStatus,
      why: t('The application tells IRCC where an out-of-status person lives.', 'La demande indique à IRCC où vit une personne sans statut.'),
      citations: [researchNotes('§0 (inference)', 'secondary')],
    }),
    familyReprisalRisk('fv-trp'),
    ...inadmissibilityRisksFor('fv-trp'),
  ],
  practiceNotes: [],
  deadlines: [],
};
