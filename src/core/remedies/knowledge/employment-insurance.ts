// Employment Insurance (regular benefits) for workers who lost their job. Research notes §11.
import { deadline, described, otherwise, risk, row, t, START_NOT_RESEARCHED } from '../build';
import { hasStatus, isOutOfStatus, workContext } from '../facts';
import type { RemedyKnowledge } from '../model';
import { periodAt, periodEnd } from '../periods';
import { researchNotes, secondarySource, seedReport, eiAct as ei } from '../sources';

const karas = secondarySource('HR Reporter, S. Karas on EI for temporary foreign workers (3 Jun 2020)', 'http://digital.hrreporter.com/i/1254293/3');

export const employmentInsurance: RemedyKnowledge = {
  id: 'employment-insurance',
  scope: 'federal',
  name: t('Employment Insurance (EI)', 'Assurance-emploi (AE)'),
  /** The name inside a sentence of the plan ("Uses evidence from: …"). */
  nameInSentence: t('employment insurance claim', 'demande d’assurance-emploi'),
  description: t(
    'Income support for insured workers who lost their job through no fault of their own; the claim also produces a Record of Employment and T4 slips that prove the work.',
    'Soutien du revenu pour les travailleurs assurés ayant perdu leur emploi sans faute de leur part; la demande produit aussi un relevé d\u2019emploi et des T4 qui prouvent le travail.',
  ),
  decisionMaker: t('Service Canada (Canada Employment Insurance Commission)', 'Service Canada (Commission de l\u2019assurance-emploi du Canada)'),
  legalBasis: [
    described(t('Employment Insurance Act, S.C. 1996, c. 23', 'Loi sur l\u2019assurance-emploi, L.C. 1996, ch. 23'), {
      effective: START_NOT_RESEARCHED,
      citations: [ei('ss. 7, 18 (qualifying, availability)', 'unverified'), karas('same tests as citizens', 'secondary')],
    }),
  ],
  consentNeeded: 'none',
  producesEvidenceFor: ['hc', 'employment-standards'],
  urgencyRole: 'none',
  goals: ['recover-wages'],
  immigrationApplication: false,
  /** Where the evidence links and goals above come from (practice reasoning from the research notes, unless a provision). */
  sequencingBasis: [
    researchNotes('§14.3: EI claim → ROE/T4 as proof of employment', 'secondary'),
    seedReport('EI used to prove employment, then ID documents and an H&C', 'secondary'),
  ],
  yields: [
    { kind: 'income', text: t('Weekly benefits', 'Prestations hebdomadaires') },
    {
      kind: 'documents',
      text: t(
        'Record of Employment and T4 slips: proof of employment for H&C and wage claims; a route to other ID documents',
        'Relevé d\u2019emploi et T4 : preuve d\u2019emploi pour la demande CH et les réclamations; accès à d\u2019autres pièces d\u2019identité',
      ),
    },
  ],
  timeline: described(t('About 4 weeks to a first payment (unverified).', 'Environ 4 semaines avant le premier versement (non vérifié).'), {
    effective: START_NOT_RESEARCHED,
    citations: [ei('—', 'unverified')],
  }),
  fees: described(t('No fee.', 'Aucuns frais.'), { effective: START_NOT_RESEARCHED, citations: [ei('—', 'unverified')] }),
  evidence: [t('Record of Employment, SIN, work permit, identity', 'Relevé d\u2019emploi, NAS, permis de travail, identité')],
  barsSubjectTo: [],
  barsCreated: [],
  eligibility: [
    row({
      effective: START_NOT_RESEARCHED,
      id: 'employment-insurance.no-insured-work',
      effect: 'not-applicable',
      when: (ctx) => !workContext(ctx),
      reason: t('No employment is recorded.', 'Aucun emploi n\u2019est consigné.'),
      citations: [karas('insurable employment', 'secondary')],
    }),
    row({
      effective: START_NOT_RESEARCHED,
      id: 'employment-insurance.no-status',
      effect: 'unlikely',
      when: isOutOfStatus,
      reason: t(
        'Without a valid SIN or work authorization a claim is hard to make, and may expose the person\u2019s status (unverified).',
        'Sans NAS valide ni autorisation de travail, la demande est difficile et peut exposer le statut (non vérifié).',
      ),
      citations: [researchNotes('§11', 'unverified')],
    }),
    row({
      effective: START_NOT_RESEARCHED,
      id: 'employment-insurance.still-employed',
      effect: 'unknown',
      when: (ctx) => ctx.facts.events.employmentEnded === undefined,
      reason: t(
        'EI needs a job loss; the end date of employment is not recorded.',
        'L\u2019AE exige une perte d\u2019emploi; la date de fin d\u2019emploi n\u2019est pas consignée.',
      ),
      citations: [karas('job lost through no fault', 'secondary')],
    }),
    row({
      effective: START_NOT_RESEARCHED,
      id: 'employment-insurance.closed-permit-availability',
      effect: 'possible',
      when: (ctx) => hasStatus(ctx, 'work-permit-employer-specific'),
      reason: t('An employer-specific permit can fail the "available for work" test.', 'Un permis lié à un employeur peut nuire au critère de disponibilité.'),
      citations: [karas('availability (Faucher factors)', 'secondary')],
    }),
    otherwise(
      'employment-insurance.may-qualify',
      'possible',
      t(
        'May qualify if enough insurable hours were worked and the job ended through no fault of the person.',
        'Peut être admissible si assez d\u2019heures assurables et perte d\u2019emploi sans faute.',
      ),
      [karas('tests', 'secondary')],
      START_NOT_RESEARCHED,
    ),
  ],
  risks: [
    risk({
      effective: START_NOT_RESEARCHED,
      id: 'employment-insurance.expired-sin',
      risk: 'status-jeopardy',
      level: 'low',
      basis: 'law',
      when: (ctx) => ctx.facts.person.permitExpiry !== undefined && ctx.facts.person.permitExpiry < ctx.asOf,
      why: t(
        'A SIN starting with 9 expires with the work permit; since 9 Dec 2012 special benefits need a valid SIN.',
        'Un NAS commençant par 9 expire avec le permis; depuis le 9 décembre 2012, les prestations spéciales exigent un NAS valide.',
      ),
      citations: [secondarySource('R. Pagtakhan blog (14 Dec 2012)')('valid SIN', 'secondary')],
    }),
  ],
  practiceNotes: [
    {
      id: 'employment-insurance.proof-of-work',
      text: t(
        'A lawyer used an EI claim to prove employment for a client with no documents, then obtained ID and filed an H&C.',
        'Une avocate a utilisé une demande d\u2019AE pour prouver l\u2019emploi d\u2019une cliente sans documents, puis obtenu des pièces d\u2019identité et déposé une demande CH.',
      ),
      citations: [seedReport('§3.2', 'secondary')],
      lastReviewed: '2026-04-08',
      verification: 'secondary',
    },
  ],
  deadlines: [
    {
      id: 'employment-insurance.apply-promptly',
      period: 'employment-insurance-claim',
      compute: (ctx) => {
        const ended = ctx.facts.events.employmentEnded;
        const period = periodAt('employment-insurance-claim', ctx.asOf);
        if (!ended || !period || isOutOfStatus(ctx)) return undefined;
        return deadline({
          id: 'employment-insurance.apply-promptly',
          kind: 'limitation',
          event: 'employmentEnded',
          triggerDate: ended,
          date: periodEnd(ended, period.value),
          basis: t(
            'Apply within 4 weeks after the week earnings stopped; encoded conservatively as 28 days after the last day of work.',
            'Demander dans les 4 semaines suivant la semaine de l\u2019arrêt de rémunération; encodé prudemment à 28 jours après le dernier jour de travail.',
          ),
          extension: t('A late claim can be antedated for good cause.', 'Une demande tardive peut être antidatée pour motif valable.'),
          citation: period.citations[0]!,
        });
      },
    },
  ],
};
