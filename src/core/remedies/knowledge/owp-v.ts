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
import { described, NOT_RESEARCHED, otherwise, risk, row, t, START_NOT_RESEARCHED } from '../build';
import { ABUSE_AT_WORK_FACTS, anyAnswered, continuumAtLeast, employerInvolved, hasStatus } from '../facts';
import type { RemedyKnowledge } from '../model';
import { grokipedia, ircc, irpr, readInXml, researchNotes, secondarySource } from '../sources';
import { employerRetaliationRisk, sexIndustryStatusRisk, inadmissibilityRisksFor } from './common';

const pdi = ircc(
  'PDI "Open work permits for vulnerable workers [R207.1 – A72]"',
  'https://www.canada.ca/en/immigration-refugees-citizenship/corporate/publications-manuals/operational-bulletins-manuals/temporary-residents/foreign-workers/vulnerable-workers.html',
);
const IN_FORCE = '2019-06-04';
type Ctx = Parameters<typeof hasStatus>[0];
const permitValid = (ctx: Ctx) => !ctx.facts.person.permitExpiry || ctx.facts.person.permitExpiry >= ctx.asOf;
const maintained = (ctx: Ctx) => ctx.facts.person.maintainedStatus;
/** s. 207.1(1)(b): the permit expired after a renewal was applied for, and the person works on under s. 186(u). */
const onMaintainedStatus = (ctx: Ctx) => !permitValid(ctx) && maintained(ctx) === 'yes';
/** The permit expired and whether a renewal is pending (maintained status) is not recorded or not known. */
const renewalPendingUnknown = (ctx: Ctx) => !permitValid(ctx) && (maintained(ctx) === undefined || maintained(ctx) === 'unknown');
const S207_1_1_B = 's. 207.1(1)(b) with s. 186(u): a worker whose employer-specific permit expired after applying for its renewal';

export const owpV: RemedyKnowledge = {
  id: 'owp-v',
  scope: 'federal',
  name: t('Open work permit for vulnerable workers (OWP-V)', 'Permis de travail ouvert pour travailleurs vulnérables (PTO-V)'),
  /** The name inside a sentence of the plan ("Uses evidence from: …"). */
  nameInSentence: t('open work permit for vulnerable workers', 'permis de travail ouvert pour travailleurs vulnérables'),
  description: t(
    'An LMIA-exempt open work permit for workers on a valid employer-specific permit who are experiencing abuse, or are at risk of it, in their employment.',
    "Permis de travail ouvert dispensé d'EIMT pour les travailleurs titulaires d'un permis lié à un employeur qui subissent de la violence au travail ou en sont à risque.",
  ),
  decisionMaker: t('IRCC officer (reasonable grounds to believe)', "Agent d'IRCC (motifs raisonnables de croire)"),
  legalBasis: [
    described(t('IRPR s. 207.1; abuse defined in s. 196.2', 'RIPR art. 207.1; violence définie à l\u2019art. 196.2'), {
      effective: { from: IN_FORCE },
      citations: [irpr('s. 207.1 (SOR/2019-148, in force 4 Jun 2019)', 'official-text'), pdi('standard: reasonable grounds to believe', 'official-text')],
    }),
  ],
  consentNeeded: 'contactImmigrationAuthorities',
  producesEvidenceFor: ['hc'],
  urgencyRole: 'none',
  goals: ['keep-working', 'regularize-temporarily', 'safety'],
  immigrationApplication: true,
  /** Where the evidence links and goals above come from (practice reasoning from the research notes, unless a provision). */
  sequencingBasis: [irpr('s. 207.1', 'official-text'), researchNotes('§14.2 OWP-V → new employment → H&C evidence', 'secondary')],
  yields: [
    {
      kind: 'permits',
      text: t(
        'Open work permit: the person can leave the abusive employer and work elsewhere',
        'Permis ouvert : quitter l\u2019employeur abusif et travailler ailleurs',
      ),
    },
    {
      kind: 'status',
      text: t('Keeps temporary status; does not lead to permanent residence by itself', 'Maintient le statut temporaire; ne mène pas en soi à la RP'),
    },
  ],
  timeline: described(t('Duration often described as up to 12 months (unverified).', 'Durée souvent décrite comme jusqu\u2019à 12 mois (non vérifié).'), {
    effective: START_NOT_RESEARCHED,
    citations: [grokipedia('duration', 'unverified')],
  }),
  fees: described(t('Reported as fee-exempt (unverified from official text).', 'Décrit comme sans frais (non vérifié dans le texte officiel).'), {
    effective: START_NOT_RESEARCHED,
    citations: [grokipedia('no fees', 'unverified')],
  }),
  evidence: [
    t('The worker\u2019s statement of the abuse or risk of abuse', 'La déclaration du travailleur sur la violence ou le risque'),
    t(
      'Supporting documents: messages, photos, medical or police records, letters from support organizations',
      'Pièces : messages, photos, dossiers médicaux ou policiers, lettres d\u2019organismes',
    ),
  ],
  barsSubjectTo: [],
  barsCreated: [],
  eligibility: [
    row({
      id: 'owp-v.not-yet-in-force',
      effect: 'not-applicable',
      when: () => true,
      effective: { from: NOT_RESEARCHED, until: '2019-06-03' },
      reason: t('The open work permit for vulnerable workers did not exist before 4 June 2019.', 'Le PTO-V n\u2019existait pas avant le 4 juin 2019.'),
      citations: [irpr('s. 207.1 (in force 4 Jun 2019)', 'official-text')],
    }),
    row({
      effective: START_NOT_RESEARCHED,
      id: 'owp-v.not-employer-specific',
      effect: 'not-applicable',
      when: (ctx) => !hasStatus(ctx, 'work-permit-employer-specific', 'unknown'),
      reason: t(
        'Only holders of an employer-specific work permit qualify, valid or, after a renewal application, on maintained status; without status, the VTIP TRP is the route.',
        'Seuls les titulaires d\u2019un permis lié à un employeur sont admissibles, valide ou, après une demande de renouvellement, en statut maintenu; sans statut, la voie est le PST-VTP.',
      ),
      citations: [pdi('eligibility', 'official-text')],
    }),
    row({
      effective: { from: IN_FORCE },
      id: 'owp-v.permit-expired',
      effect: 'unlikely',
      when: (ctx) => !permitValid(ctx) && maintained(ctx) === 'no',
      reason: t(
        'The work permit has expired and no renewal was applied for before it expired: the OWP-V needs a valid permit or maintained status (IRPR s. 207.1(1)).',
        'Le permis de travail est expiré et aucun renouvellement n\u2019a été demandé avant l\u2019expiration : le PTO-V exige un permis valide ou le statut maintenu (RIPR art. 207.1(1)).',
      ),
      citations: [readInXml(irpr, 's. 207.1(1)(a), (b); s. 186(u)'), pdi('valid employer-specific permit', 'official-text')],
    }),
    row({
      effective: { from: IN_FORCE },
      id: 'owp-v.renewal-pending-unknown',
      effect: 'unknown',
      when: renewalPendingUnknown,
      reason: t(
        'The work permit has expired. Record whether the person applied to renew it before it expired and is awaiting the decision (maintained status): if so, the OWP-V is open to them (IRPR s. 207.1(1)(b), s. 186(u)).',
        'Le permis de travail est expiré. Indiquer si la personne en a demandé le renouvellement avant l\u2019expiration et attend la décision (statut maintenu) : dans ce cas, le PTO-V lui est ouvert (RIPR art. 207.1(1)b), art. 186u)).',
      ),
      citations: [readInXml(irpr, S207_1_1_B)],
    }),
    row({
      effective: { from: IN_FORCE },
      id: 'owp-v.maintained-status',
      effect: 'note',
      when: (ctx) => onMaintainedStatus(ctx) && hasStatus(ctx, 'work-permit-employer-specific', 'unknown'),
      reason: t(
        'The permit has expired, but the person applied to renew it and may keep working while awaiting the decision (maintained status): the OWP-V is open to them (IRPR s. 207.1(1)(b), s. 186(u)).',
        'Le permis est expiré, mais la personne en a demandé le renouvellement et peut continuer à travailler en attendant la décision (statut maintenu) : le PTO-V lui est ouvert (RIPR art. 207.1(1)b), art. 186u)).',
      ),
      citations: [readInXml(irpr, S207_1_1_B)],
    }),
    row({
      effective: { from: IN_FORCE },
      id: 'owp-v.family-members',
      effect: 'note',
      when: (ctx) =>
        ctx.facts.person.dependants === true && hasStatus(ctx, 'work-permit-employer-specific', 'unknown') && (permitValid(ctx) || maintained(ctx) !== 'no'),
      reason: t(
        'Family members in Canada of the worker may also be issued an open work permit (IRPR s. 207.1(2)).',
        'Les membres de la famille du travailleur qui sont au Canada peuvent aussi obtenir un permis de travail ouvert (RIPR art. 207.1(2)).',
      ),
      citations: [readInXml(irpr, 's. 207.1(2): a family member of a person described in s. 207.1(1)(a) or (b)')],
    }),
    row({
      effective: START_NOT_RESEARCHED,
      id: 'owp-v.abuse-in-employment',
      effect: 'likely',
      when: (ctx) =>
        hasStatus(ctx, 'work-permit-employer-specific') &&
        employerInvolved(ctx) &&
        (anyAnswered(ctx, ABUSE_AT_WORK_FACTS) || continuumAtLeast(ctx, 'exploitation')),
      reason: t(
        'Abuse or risk of abuse in the context of employment on an employer-specific permit.',
        'Violence ou risque de violence dans le contexte d\u2019un emploi avec permis lié.',
      ),
      citations: [irpr('s. 196.2 (physical, sexual, psychological, financial abuse; reprisals)', 'official-text')],
    }),
    otherwise(
      'owp-v.abuse-not-shown',
      'possible',
      t(
        'Needs facts showing abuse, or a risk of abuse, in the context of the employment.',
        'Il faut des faits montrant une violence, ou un risque, dans le contexte de l\u2019emploi.',
      ),
      [pdi('eligibility', 'official-text')],
      START_NOT_RESEARCHED,
    ),
  ],
  risks: [
    employerRetaliationRisk('owp-v'),
    risk({
      effective: START_NOT_RESEARCHED,
      id: 'owp-v.no-pr',
      risk: 'status-jeopardy',
      level: 'low',
      basis: 'law',
      when: () => true,
      why: t(
        'The permit is temporary and does not lead to permanent residence; plan the next step before it ends.',
        'Le permis est temporaire et ne mène pas à la RP; prévoir l\u2019étape suivante.',
      ),
      citations: [pdi('objectives', 'official-text')],
    }),
    sexIndustryStatusRisk('owp-v'),
    ...inadmissibilityRisksFor('owp-v'),
  ],
  practiceNotes: [
    {
      id: 'owp-v.few-issued',
      text: t(
        'Researchers report many barriers to applying and few permits issued.',
        'Les chercheurs signalent de nombreux obstacles et peu de permis délivrés.',
      ),
      citations: [secondarySource('Depatie-Pelletier, Deegan & Berze, "Band-Aid on a Bullet Wound", Laws 2022, 11(3), 36')('critique', 'secondary')],
      lastReviewed: '2026-04-08',
      verification: 'secondary',
    },
  ],
  deadlines: [],
};
