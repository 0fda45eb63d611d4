// Tip to ESDC / IRCC about an employer's TFWP / IMP compliance (IRPR ss. 209.2–209.4). Research notes §12.
import { described, otherwise, risk, row, t, START_NOT_RESEARCHED } from '../build';
import { employerInvolved, hasStatus, isTemporaryResident, statusPrecarious } from '../facts';
import type { RemedyKnowledge } from '../model';
import { irpr, secondarySource } from '../sources';
import { employerRetaliationRisk } from './common';

const esdc = secondarySource(
  'ESDC, "Temporary Foreign Worker Program compliance regime" (Jun 2024)',
  'https://www.canada.ca/en/employment-social-development/news/2024/06/temporary-foreign-worker-program-compliance-regime.html',
);

export const tfwComplianceReport: RemedyKnowledge = {
  id: 'tfw-compliance-report',
  scope: 'federal',
  name: t('Report to the Temporary Foreign Worker Program (employer compliance tip)', 'Signalement au Programme des travailleurs étrangers temporaires'),
  /** The name inside a sentence of the plan ("Uses evidence from: …"). */
  nameInSentence: t('report to the Temporary Foreign Worker Program', 'signalement au Programme des travailleurs étrangers temporaires'),
  description: t(
    'A confidential tip (phone line with live agents in many languages, or online) that can trigger an inspection of an employer of temporary foreign workers, with penalties and bans.',
    'Signalement confidentiel (ligne téléphonique multilingue ou en ligne) pouvant déclencher une inspection de l\u2019employeur, avec sanctions et interdictions.',
  ),
  decisionMaker: t(
    'ESDC (Service Canada) integrity services; IRCC for open-work-permit employers',
    'EDSC (Service Canada); IRCC pour les employeurs de permis ouverts',
  ),
  legalBasis: [
    described(t('IRPR ss. 209.2–209.4 (employer conditions), ss. 209.91 ff. (penalties)', 'RIPR art. 209.2–209.4, 209.91 et suiv.'), {
      effective: START_NOT_RESEARCHED,
      citations: [irpr('ss. 209.2–209.4', 'secondary'), esdc('inspections, penalties, bans', 'secondary')],
    }),
  ],
  consentNeeded: 'fileComplaintsNamingEmployer',
  producesEvidenceFor: ['owp-v'],
  urgencyRole: 'none',
  goals: ['accountability'],
  immigrationApplication: false,
  /** Where the evidence links and goals above come from (practice reasoning from the research notes, unless a provision). */
  sequencingBasis: [irpr('ss. 209.2–209.3 (employer conditions)', 'official-text')],
  yields: [
    {
      kind: 'documents',
      text: t(
        'An inspection; possible penalties, bans and publication of the employer. No wages for the worker unless the employer is ordered to compensate.',
        'Une inspection; sanctions, interdictions et publication possibles. Aucun salaire pour le travailleur sauf ordonnance d\u2019indemnisation.',
      ),
    },
  ],
  timeline: described(
    t(
      'Tips are triaged within 24 hours; 41% of 5,465 tips in 2022–23 started or joined an investigation.',
      'Les signalements sont triés en 24 heures; 41 % des 5 465 signalements de 2022–2023 ont mené à une enquête.',
    ),
    { effective: START_NOT_RESEARCHED, citations: [esdc('tip statistics', 'secondary')] },
  ),
  fees: described(t('No fee.', 'Aucuns frais.'), { effective: START_NOT_RESEARCHED, citations: [esdc('—', 'unverified')] }),
  evidence: [
    t('Employer name and address; what conditions were breached (wages, hours, housing, abuse)', 'Nom et adresse de l\u2019employeur; conditions violées'),
  ],
  barsSubjectTo: [],
  barsCreated: [],
  eligibility: [
    row({
      effective: START_NOT_RESEARCHED,
      id: 'tfw-compliance-report.no-employer',
      effect: 'not-applicable',
      when: (ctx) => !employerInvolved(ctx),
      reason: t('No employer or recruiter is among the exploiters.', 'Aucun employeur ni recruteur parmi les exploiteurs.'),
      citations: [esdc('scope', 'secondary')],
    }),
    row({
      effective: START_NOT_RESEARCHED,
      id: 'tfw-compliance-report.tfw-employer',
      effect: 'likely',
      when: (ctx) => hasStatus(ctx, 'work-permit-employer-specific'),
      reason: t(
        'The person works on an employer-specific permit: the employer is subject to TFWP or IMP conditions.',
        'La personne a un permis lié : l\u2019employeur est soumis aux conditions du PTET ou du PMI.',
      ),
      citations: [irpr('s. 209.2', 'secondary')],
    }),
    row({
      effective: START_NOT_RESEARCHED,
      id: 'tfw-compliance-report.other-workers',
      effect: 'possible',
      when: (ctx) => isTemporaryResident(ctx) || statusPrecarious(ctx),
      reason: t(
        'Useful only if the employer hires temporary foreign workers.',
        'Utile seulement si l\u2019employeur embauche des travailleurs étrangers temporaires.',
      ),
      citations: [esdc('scope', 'secondary')],
    }),
    otherwise(
      'tfw-compliance-report.unclear',
      'unlikely',
      t(
        'The person is not a temporary worker; a tip helps only if the employer hires temporary foreign workers.',
        'La personne n\u2019est pas travailleuse temporaire; un signalement n\u2019aide que si l\u2019employeur embauche des travailleurs étrangers.',
      ),
      [esdc('scope', 'secondary')],
      START_NOT_RESEARCHED,
    ),
  ],
  risks: [
    employerRetaliationRisk('tfw-compliance-report'),
    risk({
      effective: START_NOT_RESEARCHED,
      id: 'tfw-compliance-report.inspection-exposes-workers',
      risk: 'cbsa-exposure',
      level: (ctx) => (statusPrecarious(ctx) ? 'high' : 'low'),
      basis: 'practice',
      when: () => true,
      why: t(
        'Inspections interview workers; a worker or co-workers without status can become identifiable, and serious cases are referred to enforcement.',
        'Les inspections interrogent les travailleurs; ceux sans statut peuvent être identifiés, et les cas graves sont renvoyés à l\u2019exécution.',
      ),
      citations: [
        secondarySource('PACP 42-1 meeting 75, É. Boisjoly', 'https://openparliament.ca/committees/public-accounts/42-1/75/elise-boisjoly-1/only')(
          'referrals to enforcement',
          'secondary',
        ),
      ],
    }),
    risk({
      effective: START_NOT_RESEARCHED,
      id: 'tfw-compliance-report.no-wages',
      risk: 'enforcement-difficulty',
      level: 'medium',
      basis: 'law',
      when: () => true,
      why: t(
        'The regime punishes the employer but does not recover the worker\u2019s wages.',
        'Le régime sanctionne l\u2019employeur mais ne recouvre pas le salaire du travailleur.',
      ),
      citations: [esdc('penalties', 'secondary')],
    }),
  ],
  practiceNotes: [],
  deadlines: [],
};
