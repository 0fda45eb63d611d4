// Employment standards complaint (unpaid wages and other entitlements): provincial. Research notes §6.
import { deadline, described, endOfMonthsPeriod, otherwise, param, paramFact, risk, row, t, START_NOT_RESEARCHED } from '../build';
import { WAGE_FACTS, anyAnswered, employerInvolved, isTemporaryResident, sexIndustryWork, statusPrecarious, workContext } from '../facts';
import type { RemedyKnowledge } from '../model';
import { researchNotes, seedReport } from '../sources';
import { employerRetaliationRisk, familyReprisalRisk, hearingTipOffRisk, sexIndustryStatusRisk } from './common';

export const employmentStandards: RemedyKnowledge = {
  id: 'employment-standards',
  scope: 'provincial',
  name: t('Employment standards complaint (unpaid wages)', 'Plainte en normes du travail (salaire impayé)'),
  /** The name inside a sentence of the plan ("Uses evidence from: …"). */
  nameInSentence: t('employment standards complaint', 'plainte en normes du travail'),
  description: t(
    'A free complaint to the provincial employment standards body for unpaid wages, overtime, vacation pay and other minimum entitlements. The statutes cover "employees"; no status test was found.',
    'Plainte gratuite à l\u2019organisme provincial pour salaire impayé, heures supplémentaires, vacances et autres normes minimales. Les lois visent les « salariés »; aucun critère de statut n\u2019a été trouvé.',
  ),
  decisionMaker: t(
    'Provincial employment standards officer (BC ESB, Alberta ES, Ontario ESO, Quebec CNESST)',
    'Agent provincial des normes d\u2019emploi (C.-B., Alb., Ont., CNESST au Québec)',
  ),
  legalBasis: [
    described(
      t(
        'Provincial employment standards statutes (see the jurisdiction file)',
        'Lois provinciales sur les normes d\u2019emploi (voir le fichier du territoire)',
      ),
      { effective: START_NOT_RESEARCHED, citations: [researchNotes('§6', 'secondary')] },
    ),
  ],
  consentNeeded: 'fileComplaintsNamingEmployer',
  producesEvidenceFor: ['hc', 'vtip-trp', 'owp-v'],
  urgencyRole: 'none',
  goals: ['recover-wages', 'compensation', 'accountability'],
  immigrationApplication: false,
  /** Where the evidence links and goals above come from (practice reasoning from the research notes, unless a provision). */
  sequencingBasis: [
    researchNotes('§14.3: ESA award → exhibit for VTIP, H&C or TRP renewal', 'secondary'),
    seedReport('labour board judgment against the employer, then TRP and H&C', 'secondary'),
  ],
  yields: [
    {
      kind: 'money',
      text: t('Unpaid wages and entitlements, within the province\u2019s recovery limit', 'Salaire et indemnités impayés, dans la limite provinciale'),
    },
    {
      kind: 'documents',
      text: t(
        'A determination or order: evidence of exploitation and establishment',
        'Une décision ou ordonnance : preuve d\u2019exploitation et d\u2019établissement',
      ),
    },
  ],
  timeline: described(t('Months to investigate; collection can take longer.', 'Des mois d\u2019enquête; le recouvrement peut être plus long.'), {
    effective: START_NOT_RESEARCHED,
    citations: [researchNotes('§6', 'unverified')],
  }),
  fees: described(
    t('Free in Alberta and Quebec; no fee is usual elsewhere (unverified).', 'Gratuit en Alberta et au Québec; habituellement gratuit ailleurs (non vérifié).'),
    { effective: START_NOT_RESEARCHED, citations: [researchNotes('§6', 'secondary')] },
  ),
  evidence: [
    t(
      'Pay records, schedules, messages, bank deposits, contract; the person\u2019s own log of hours',
      'Relevés de paie, horaires, messages, dépôts bancaires, contrat; registre personnel des heures',
    ),
  ],
  barsSubjectTo: ['limitation-period'],
  barsCreated: [],
  eligibility: [
    row({
      effective: START_NOT_RESEARCHED,
      id: 'employment-standards.no-work-relationship',
      effect: 'not-applicable',
      when: (ctx) => !workContext(ctx),
      reason: t('No work for an employer is recorded.', 'Aucun travail pour un employeur n\u2019est consigné.'),
      citations: [researchNotes('§6', 'secondary')],
    }),
    row({
      effective: START_NOT_RESEARCHED,
      id: 'employment-standards.sex-industry-note',
      effect: 'note',
      when: sexIndustryWork,
      reason: t(
        'For sex-industry work, practitioners report that employment standards give de facto no protection because of criminalization and immigration fears.',
        'Pour le travail du sexe, les praticiens rapportent que les normes d\u2019emploi n\u2019offrent de facto aucune protection, en raison de la criminalisation et de la peur de l\u2019immigration.',
      ),
      citations: [seedReport('§3.1, V. Wong', 'secondary')],
    }),
    row({
      effective: START_NOT_RESEARCHED,
      id: 'employment-standards.wage-violations',
      effect: 'likely',
      when: (ctx) => anyAnswered(ctx, WAGE_FACTS),
      reason: t(
        'Unpaid, withheld or manipulated wages, or other labour-law violations, are recorded.',
        'Du salaire impayé, retenu ou manipulé, ou d\u2019autres violations, sont consignés.',
      ),
      citations: [researchNotes('§6', 'secondary')],
    }),
    otherwise(
      'employment-standards.wage-facts-needed',
      'possible',
      t(
        'The person worked for an employer; ask about pay, hours and deductions.',
        'La personne a travaillé pour un employeur; demander la paie, les heures et les retenues.',
      ),
      [researchNotes('§6', 'secondary')],
      START_NOT_RESEARCHED,
    ),
  ],
  risks: [
    hearingTipOffRisk('employment-standards'),
    employerRetaliationRisk('employment-standards'),
    risk({
      effective: START_NOT_RESEARCHED,
      id: 'employment-standards.collection',
      risk: 'enforcement-difficulty',
      level: 'medium',
      basis: 'practice',
      when: employerInvolved,
      why: t(
        'Orders can be hard to collect: in one case a $35,000 judgment went unpaid when the employer disappeared.',
        'Les ordonnances peuvent être difficiles à recouvrer : dans un cas, un jugement de 35 000 $ est resté impayé, l\u2019employeur ayant disparu.',
      ),
      citations: [seedReport('§3.2, W. Tom', 'secondary')],
    }),
    risk({
      effective: START_NOT_RESEARCHED,
      id: 'employment-standards.precarious-worker',
      risk: 'status-jeopardy',
      level: 'medium',
      basis: 'practice',
      when: (ctx) =>
        statusPrecarious(ctx) || (isTemporaryResident(ctx) && ctx.facts.person.permitExpiry !== undefined && ctx.facts.person.permitExpiry < ctx.asOf),
      why: t(
        'The complaint may show work without authorization, which can lead to an exclusion or deportation order.',
        'La plainte peut révéler un travail sans autorisation, pouvant mener à une mesure d\u2019exclusion ou d\u2019expulsion.',
      ),
      citations: [researchNotes('§0: unauthorized work', 'secondary')],
    }),
    familyReprisalRisk('employment-standards'),
    sexIndustryStatusRisk('employment-standards'),
  ],
  practiceNotes: [
    {
      id: 'employment-standards.same-rights-in-theory',
      text: t(
        'Officials tell workers they have "the same labour rights" regardless of status, yet CBSA detained a worker who had a pending claim (Vancouver, 2010).',
        'Les autorités disent aux travailleurs qu\u2019ils ont « les mêmes droits » quel que soit leur statut; pourtant l\u2019ASFC a détenu un travailleur ayant une plainte en cours (Vancouver, 2010).',
      ),
      citations: [researchNotes('§0, §6', 'secondary')],
      lastReviewed: '2026-04-08',
      verification: 'secondary',
    },
  ],
  deadlines: [
    {
      id: 'employment-standards.limitation',
      compute: (ctx) => {
        const rule = param(ctx, 'employment-standards.limitation');
        const fact = paramFact(ctx, 'employment-standards.limitation');
        const ended = ctx.facts.events.employmentEnded;
        if (!rule || !fact || !ended) return undefined;
        const basis =
          rule.trigger === 'employmentEnded'
            ? t(
                `Complaint within ${rule.months} months after the last day of employment (${rule.body.en}).`,
                `Plainte dans les ${rule.months} mois suivant le dernier jour d\u2019emploi (${rule.body.fr}).`,
              )
            : t(
                `Claim within ${rule.months} months of the date each wage was due (${rule.body.en}); computed from the last day of employment, so wages due earlier expire earlier: count back from each pay day.`,
                `Réclamation dans les ${rule.months} mois de la date où chaque salaire était dû (${rule.body.fr}); calculé depuis le dernier jour d\u2019emploi : les salaires dus plus tôt expirent plus tôt.`,
              );
        return deadline({
          id: 'employment-standards.limitation',
          kind: 'limitation',
          event: 'employmentEnded',
          triggerDate: ended,
          date: endOfMonthsPeriod(ended, rule.months),
          basis,
          extension: rule.extension,
          citation: fact.citations[0]!,
          verification: fact.verification,
        });
      },
    },
  ],
};
