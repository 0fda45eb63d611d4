// Ontario. Sources: research notes §6–§10 and the pages they cite.
import { fact, t, START_NOT_RESEARCHED, NOT_RESEARCHED } from '../build';
import type { Jurisdiction } from '../model';
import { secondarySource, vqrpTraffickingReport } from '../sources';

const esa2015 = secondarySource(
  'Raven Law, "Expanded opportunities for recovery under the Employment Standards Act take effect" (Feb 2015) (ESA 2000, S.O. 2000, c. 41, s. 96(3))',
  'https://ravenlaw.com/expanded-opportunities-for-recovery-under-the-employment-standards-act-take-effect/',
);
const hrlsc = secondarySource(
  'Human Rights Legal Support Centre, "Time limits" (Human Rights Code, R.S.O. 1990, c. H.19, s. 34)',
  'http://hrlsc.on.ca/en/publications-resources/information-sheets-guides/time-limits',
);
const remiel = secondarySource(
  'Remiel Law, "Ontario raises small claims court limit to $50,000" (11 Aug 2025) (O. Reg. 42/25 amending O. Reg. 626/00)',
  'https://www.remiellaw.ca/post/ontario-raises-small-claims-court-limit-to-50-000-what-it-means-for-you',
);
const vqrp = secondarySource(
  'Luke\'s Place, "Criminal Injuries Compensation Board closes; Victim Quick Response Program starts October 1" (2019)',
  'https://lukesplace.ca/criminal-injuries-compensation-board-closes-victim-quick-response-program-starts-october-1/',
);
const ow = secondarySource(
  'City of Toronto, Ontario Works policies: immigrants (O. Reg. 134/98, s. 6)',
  'https://www.toronto.ca/community-people/employment-social-support/support-for-people-in-financial-need/assistance-through-ontario-works/policies-and-procedures/immigrants/',
);

const MLTSD = t('Ministry of Labour (employment standards officer)', 'Ministère du Travail (agent des normes d\u2019emploi)');
const HRTO = t('Human Rights Tribunal of Ontario', 'Tribunal des droits de la personne de l\u2019Ontario');

export const on: Jurisdiction = {
  code: 'ON',
  name: t('Ontario', 'Ontario'),
  review: {
    status: 'reviewed',
    note: t('Reviewed against the research notes (remedies.md §6–§10).', 'Examiné à partir des notes de recherche (remedies.md §6–§10).'),
  },
  params: {
    'employment-standards.limitation': [
      fact(
        {
          months: 24,
          trigger: 'wagesDue',
          body: MLTSD,
          extension: t(
            'No extension found in the sources. Court claims run in parallel, but the employee must choose one forum. Foreign workers: claims under the Employment Protection for Foreign Nationals Act within 3.5 years.',
            "Aucune prolongation trouvée. Les recours civils sont parallèles, mais l'employé doit choisir un forum. Travailleurs étrangers : recours en vertu de la Loi sur la protection des ressortissants étrangers employés dans un délai de 3,5 ans.",
          ),
        },
        { effective: { from: '2015-02-20' }, citations: [esa2015('2 years for wages due on or after 20 Feb 2015; the $10,000 cap ended', 'secondary')] },
      ),
      fact(
        {
          months: 6,
          trigger: 'wagesDue',
          body: MLTSD,
          extension: t(
            'Earlier rule: 6 months (12 months for repeated violations — unverified).',
            'Règle antérieure : 6 mois (12 mois pour violations répétées — non vérifié).',
          ),
        },
        { effective: { from: '2001-09-04', until: '2015-02-19' }, citations: [esa2015('earlier 6-month limit', 'secondary')] },
      ),
    ],
    'employment-standards.recovery': [
      fact(
        {
          text: t(
            'No cap on the amount an officer may order (cap removed 20 Feb 2015).',
            'Aucun plafond sur le montant ordonné (plafond supprimé le 20 février 2015).',
          ),
        },
        { effective: { from: '2015-02-20' }, citations: [esa2015('no cap', 'secondary')] },
      ),
      fact(
        { text: t('Orders capped at $10,000.', 'Ordonnances plafonnées à 10 000 $.') },
        { effective: { from: '2001-09-04', until: '2015-02-19' }, citations: [esa2015('$10,000 cap', 'secondary')] },
      ),
    ],
    'employment-standards.complaint-disclosed-to-employer': [
      fact({ disclosed: 'unknown' }, { effective: { from: '2001-09-04' }, citations: [esa2015('complaint process (not covered by the notes)', 'unverified')] }),
    ],
    'small-claims.limit': [
      fact(
        { maxDollars: 50_000, forum: t('Small Claims Court (Superior Court of Justice)', 'Cour des petites créances (Cour supérieure de justice)') },
        { effective: { from: '2025-10-01' }, citations: [remiel('$50,000 from 1 Oct 2025', 'secondary')] },
      ),
      fact(
        { maxDollars: 35_000, forum: t('Small Claims Court (Superior Court of Justice)', 'Cour des petites créances (Cour supérieure de justice)') },
        { effective: { from: '2020-01-01', until: '2025-09-30' }, citations: [remiel('$35,000 from 1 Jan 2020', 'secondary')] },
      ),
      fact(
        { maxDollars: 25_000, forum: t('Small Claims Court (Superior Court of Justice)', 'Cour des petites créances (Cour supérieure de justice)') },
        { effective: { from: '2010-01-01', until: '2019-12-31' }, citations: [remiel('earlier $25,000 limit (from 1 Jan 2010)', 'unverified')] },
      ),
    ],
    'civil.limitation': [
      fact(
        {
          months: 24,
          rule: t(
            '2 years from discovery (Limitations Act, 2002, S.O. 2002, c. 24, Sch. B, s. 4).',
            'Deux ans à compter de la découverte (Loi de 2002 sur la prescription des actions, art. 4).',
          ),
        },
        {
          effective: { from: '2004-01-01' },
          citations: [secondarySource('Carson Law (secondary), on the Limitations Act, 2002')('s. 4: 2 years from discovery', 'secondary')],
        },
      ),
    ],
    'human-rights.limitation': [
      fact(
        {
          months: 12,
          body: HRTO,
          extension: t(
            'Late filing allowed if the delay was incurred in good faith and no substantial prejudice results (s. 34(2)).',
            'Dépôt tardif permis si le retard est de bonne foi et sans préjudice important (art. 34(2)).',
          ),
        },
        { effective: { from: '2008-06-30' }, citations: [hrlsc('s. 34(1): 1 year from the incident or the last in a series', 'secondary')] },
      ),
    ],
    'victim-compensation.program': [
      fact(
        {
          name: t('Victim Quick Response Program+ (VQRP+)', "Programme d'intervention rapide auprès des victimes+ (PIRV+)"),
          months: null,
          policeReportRequired: 'yes',
          traffickingReportToAgency: 'yes',
          traffickingCovered: 'yes',
          extension: t(
            'VQRP+ is an administrative program: apply within 45 days for most costs (secondary). No statutory limitation period.',
            'Le PIRV+ est un programme administratif : demander dans les 45 jours pour la plupart des frais (secondaire). Aucun délai légal.',
          ),
        },
        {
          effective: { from: '2019-10-01' },
          citations: [
            vqrp('VQRP+ from 1 Oct 2019; police report required; 45 days for most costs', 'secondary'),
            vqrpTraffickingReport(
              'victims of human trafficking may report to a community agency (shelter, sexual assault centre, hospital or other) instead of the police',
              'secondary',
            ),
          ],
          verify: t(
            'Since when VQRP+ accepts a report to a community agency from victims of human trafficking is not researched (the current Ministry page says it does).',
            'Depuis quand le PIRV+ accepte le signalement d\u2019une victime de la traite à un organisme communautaire n\u2019a pas été recherché (la page actuelle du ministère l\u2019indique).',
          ),
        },
      ),
      fact(
        {
          name: t('Criminal Injuries Compensation Board (CICB)', "Commission d'indemnisation des victimes d'actes criminels (CIVAC)"),
          months: 24,
          policeReportRequired: 'no',
          traffickingCovered: 'unknown',
          extension: t(
            'The 2-year limit was often waived for domestic and sexual violence.',
            'Le délai de 2 ans était souvent levé pour la violence familiale et sexuelle.',
          ),
        },
        {
          effective: { from: NOT_RESEARCHED, until: '2019-09-30' },
          citations: [
            secondarySource('HALCO, "CICB eliminated" (2019)', 'https://www.halco.org/2019/news/cicb-eliminated')(
              'CICB: no new applications after 30 Sep 2019',
              'secondary',
            ),
          ],
        },
      ),
    ],
    'social-assistance.access': [
      fact(
        {
          program: t('Ontario Works', 'Ontario au travail'),
          byStatus: {
            citizen: 'eligible',
            'permanent-resident': 'eligible',
            'protected-person': 'eligible',
            'refugee-claimant': 'eligible',
            'temporary-resident-permit': 'unknown',
            'no-status': 'conditional',
            'work-permit-employer-specific': 'unknown',
            'work-permit-open': 'unknown',
            'study-permit': 'unknown',
            visitor: 'ineligible',
            unknown: 'unknown',
          },
          conditions: t(
            'Excluded: people with a removal order in force, unless they cannot leave for reasons wholly beyond their control or have applied for PR (including H&C); visitors, unless they made a refugee claim or a PR application. TRP holders are not addressed in the retrieved text.',
            "Exclus : personnes visées par une mesure de renvoi exécutoire, sauf si elles ne peuvent partir pour des raisons indépendantes de leur volonté ou ont demandé la RP (y compris CH); visiteurs, sauf demande d'asile ou de RP. Les titulaires de PST ne sont pas visés par le texte consulté.",
          ),
          sharesWithImmigration: 'unknown',
        },
        { effective: START_NOT_RESEARCHED, citations: [ow('O. Reg. 134/98, s. 6 exclusions and exceptions', 'secondary')] },
      ),
    ],
  },
};
