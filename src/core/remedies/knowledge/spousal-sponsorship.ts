// Spousal or partner sponsorship (family class / spouse or common-law partner in Canada class). Research notes §5.
import { described, otherwise, risk, row, t, START_NOT_RESEARCHED } from '../build';
import { exploitedBy } from '../facts';
import type { RemedyKnowledge } from '../model';
import { familyViolenceTrpPdi, ircc, irpa, irpr, readInXml } from '../sources';
import { familyReprisalRisk, notForCitizensOrPermanentResidents, inadmissibilityRisksFor } from './common';

const ob640 = ircc(
  'Operational Bulletin 640, "Repeal of conditional permanent residence" (28 Apr 2017)',
  'https://www.canada.ca/en/immigration-refugees-citizenship/corporate/publications-manuals/operational-bulletins-manuals/bulletins-2017/640-april-28-2017.html',
);

export const spousalSponsorship: RemedyKnowledge = {
  id: 'spousal-sponsorship',
  scope: 'federal',
  name: t('Spousal or partner sponsorship', 'Parrainage de l\u2019époux ou du conjoint'),
  /** The name inside a sentence of the plan ("Uses evidence from: …"). */
  nameInSentence: t('spousal sponsorship', 'parrainage conjugal'),
  description: t(
    'Permanent residence sponsored by a Canadian or PR spouse or partner. It depends on the sponsor, who can withdraw.',
    'Résidence permanente parrainée par un époux ou conjoint citoyen ou RP; dépend du répondant, qui peut se retirer.',
  ),
  decisionMaker: t('IRCC officer', 'Agent d\u2019IRCC'),
  legalBasis: [
    described(t('IRPA ss. 12(1), 13(1); IRPR family class', 'LIPR art. 12(1), 13(1); RIPR catégorie du regroupement familial'), {
      effective: START_NOT_RESEARCHED,
      citations: [irpa('ss. 12(1), 13(1)', 'secondary')],
    }),
  ],
  consentNeeded: 'contactImmigrationAuthorities',
  producesEvidenceFor: ['fv-trp'],
  urgencyRole: 'none',
  goals: ['stay-in-canada'],
  immigrationApplication: true,
  /** Where the evidence links and goals above come from (practice reasoning from the research notes, unless a provision). */
  sequencingBasis: [irpa('s. 12(1), 13(1)', 'official-text')],
  yields: [{ kind: 'status', text: t('Permanent residence', 'Résidence permanente') }],
  timeline: described(t('Processing times not encoded (unverified).', 'Délais non encodés (non vérifié).'), {
    effective: START_NOT_RESEARCHED,
    citations: [irpa('—', 'unverified')],
  }),
  fees: described(
    t('Sponsorship, processing and PR fees apply (amounts unverified).', 'Frais de parrainage, de traitement et de RP (montants non vérifiés).'),
    { effective: START_NOT_RESEARCHED, citations: [irpa('—', 'unverified')] },
  ),
  evidence: [t('Proof of a genuine relationship; sponsor\u2019s undertaking', 'Preuve d\u2019une relation authentique; engagement du répondant')],
  barsSubjectTo: [],
  barsCreated: [],
  eligibility: [
    notForCitizensOrPermanentResidents('spousal-sponsorship'),
    row({
      effective: START_NOT_RESEARCHED,
      id: 'spousal-sponsorship.no-relationship-path',
      effect: 'not-applicable',
      when: (ctx) => ctx.facts.person.relationshipBasedStatus === 'no',
      reason: t('No relationship-based path to status is recorded.', 'Aucune voie de statut fondée sur une relation n\u2019est consignée.'),
      citations: [irpa('s. 12(1)', 'secondary')],
    }),
    row({
      effective: START_NOT_RESEARCHED,
      id: 'spousal-sponsorship.sponsor-is-abuser',
      effect: 'unlikely',
      when: (ctx) => exploitedBy(ctx, 'spouse-or-partner'),
      reason: t(
        'The sponsor is the abuser: the application depends on them and they can withdraw it. The family-violence TRP and H&C are the protective routes.',
        'Le répondant est l\u2019agresseur : la demande dépend de lui et il peut la retirer. Le PST pour violence familiale et la demande CH sont les voies protectrices.',
      ),
      citations: [familyViolenceTrpPdi('sponsor withdrew: example case', 'official-text')],
    }),
    // Dated rule: conditional permanent residence (two-year cohabitation) applied from 25 Oct 2012. Its section, IRPR s. 72.1,
    // reads "[Repealed, SOR/2017-56, s. 1]" in the official consolidation, that version in force from 13 Apr 2017
    // (lims:inforce-start-date="2017-04-13"); IRCC's notice gives 18 Apr 2017 and OB 640 is dated 28 Apr 2017.
    row({
      id: 'spousal-sponsorship.conditional-pr',
      effect: 'note',
      when: (ctx) => ctx.facts.person.relationshipBasedStatus === 'yes',
      effective: { from: '2012-10-25', until: '2017-04-12' },
      reason: t(
        'Conditional PR applies: a sponsored spouse in a relationship of two years or less without children must cohabit for two years after landing (exception for abuse or neglect).',
        'RP conditionnelle : l\u2019époux parrainé (relation de deux ans ou moins, sans enfant) doit cohabiter deux ans après l\u2019établissement (exception en cas de violence ou de négligence).',
      ),
      citations: [ob640('history of conditional PR', 'official-text')],
    }),
    row({
      id: 'spousal-sponsorship.conditional-pr',
      effect: 'note',
      when: (ctx) => ctx.facts.person.relationshipBasedStatus === 'yes',
      effective: { from: '2017-04-13' },
      reason: t(
        'Conditional PR was repealed with effect from 13 April 2017 (IRPR s. 72.1, SOR/2017-56): PR cannot be revoked for ending cohabitation, but misrepresentation investigations remain possible; keep evidence of the relationship.',
        'La RP conditionnelle a été abrogée à compter du 13 avril 2017 (RIPR art. 72.1, DORS/2017-56) : la RP ne peut être révoquée pour fin de cohabitation, mais des enquêtes pour fausses déclarations restent possibles; conserver la preuve de la relation.',
      ),
      citations: [readInXml(irpr, 's. 72.1 "[Repealed, SOR/2017-56, s. 1]", in force 13 Apr 2017 per the consolidation'), ob640('repeal', 'official-text')],
    }),
    row({
      effective: START_NOT_RESEARCHED,
      id: 'spousal-sponsorship.path-unknown',
      effect: 'unknown',
      when: (ctx) => ctx.facts.person.relationshipBasedStatus !== 'yes',
      reason: t('Whether the person has a relationship-based path is unknown.', 'On ignore si la personne a une voie fondée sur une relation.'),
      citations: [irpa('s. 12(1)', 'secondary')],
    }),
    otherwise(
      'spousal-sponsorship.depends-on-sponsor',
      'possible',
      t(
        'Depends on a willing, eligible sponsor and a genuine relationship.',
        'Dépend d\u2019un répondant admissible et consentant et d\u2019une relation authentique.',
      ),
      [irpa('s. 12(1)', 'secondary')],
      START_NOT_RESEARCHED,
    ),
  ],
  risks: [
    risk({
      effective: START_NOT_RESEARCHED,
      id: 'spousal-sponsorship.dependence-on-abuser',
      risk: 'status-jeopardy',
      level: 'high',
      basis: 'law',
      when: (ctx) => exploitedBy(ctx, 'spouse-or-partner'),
      why: t(
        'Status depends on the abuser, who can withdraw the sponsorship at any time before landing.',
        'Le statut dépend de l\u2019agresseur, qui peut retirer le parrainage avant l\u2019établissement.',
      ),
      citations: [ob640('misrepresentation investigations remain possible', 'official-text')],
    }),
    familyReprisalRisk('spousal-sponsorship'),
    ...inadmissibilityRisksFor('spousal-sponsorship'),
  ],
  practiceNotes: [],
  deadlines: [],
};
