// British Columbia. Sources: research notes §6–§10 and the official pages they cite.
import { fact, t, START_NOT_RESEARCHED, NOT_RESEARCHED } from '../build';
import type { Jurisdiction } from '../model';
import { clicklawCvap, secondarySource } from '../sources';
import { PROVINCES_REVIEWED_ON } from './shared';

const esa = secondarySource(
  'Employment Standards Act, R.S.B.C. 1996, c. 113 (Interpretation Guidelines Manual, updated 7 Nov 2023)',
  'https://www2.gov.bc.ca/gov/content/employment-business/employment-standards-advice/employment-standards/forms-resources/igm/esa-part-10-section-74',
);
/**
 * Section 74 as the B.C. Government reproduces it under "Text of Legislation" in its Interpretation
 * Guidelines Manual (page updated 7 Nov 2023), read on 5 Dec 2026: the provision's words, quoted.
 */
const esaS74Text = (pinpoint: string) =>
  secondarySource(
    'Employment Standards Act, R.S.B.C. 1996, c. 113, s. 74 (text of the legislation as reproduced in the B.C. Government\u2019s Interpretation Guidelines Manual, updated 7 Nov 2023)',
    'https://www2.gov.bc.ca/gov/content/employment-business/employment-standards-advice/employment-standards/forms-resources/igm/esa-part-10-section-74',
  )(pinpoint, 'official-text', { lastReviewed: PROVINCES_REVIEWED_ON });
const code = secondarySource(
  'Human Rights Code, R.S.B.C. 1996, c. 210',
  'https://www.hrreporter.com/focus-areas/employment-law/bc-human-rights-code-changed-human-rights-commission-re-established/307831',
);
const court = secondarySource(
  'Provincial Court of British Columbia, Small claims matters',
  'http://www.provincialcourt.bc.ca/types-of-cases/small-claims-matters',
);
const cvap = secondarySource(
  'Government of B.C., Crime Victim Assistance Program: financial assistance and benefits',
  'https://www2.gov.bc.ca/gov/content/justice/criminal-justice/bcs-criminal-justice-system/if-you-are-a-victim-of-a-crime/victim-of-crime/financial-assistance-benefits',
);
const bcea = secondarySource(
  'BC Employment and Assistance Policy and Procedure Manual, "Citizenship requirements" (versions of 29 Oct 2013 and 1 Jun 2024)',
  'http://www2.gov.bc.ca/gov/content/governments/policies-for-government/bcea-policy-and-procedure-manual/application-and-intake/citizenship-requirements',
);

const ESB = t('Employment Standards Branch', "Direction des normes d'emploi (Employment Standards Branch)");
const BCHRT = t('BC Human Rights Tribunal', 'Tribunal des droits de la personne de la C.-B.');

export const bc: Jurisdiction = {
  code: 'BC',
  name: t('British Columbia', 'Colombie-Britannique'),
  review: {
    status: 'reviewed',
    note: t('Reviewed against the research notes (remedies.md §6–§10).', 'Examiné à partir des notes de recherche (remedies.md §6–§10).'),
  },
  params: {
    'employment-standards.limitation': [
      fact(
        {
          months: 6,
          trigger: 'employmentEnded',
          body: ESB,
          extension: t(
            'For complaints filed on or after 15 Aug 2021 the director may extend the time if special circumstances prevented filing and an injustice would otherwise result (s. 74(5)).',
            "Pour les plaintes déposées depuis le 15 août 2021, le directeur peut prolonger le délai si des circonstances particulières ont empêché le dépôt et qu'une injustice en résulterait autrement (art. 74(5)).",
          ),
        },
        {
          effective: START_NOT_RESEARCHED,
          citations: [
            esaS74Text(
              's. 74(3): "A complaint relating to an employee whose employment has terminated must be delivered under subsection (2) within 6 months after the last day of employment."; s. 74(5): "On application, the director may extend the time to deliver a complaint under this section, including making an extension after the time to deliver has expired, if the director is satisfied that (a) special circumstances exist or existed that preclude or precluded the delivering of a complaint within the applicable time period required under subsection (3) or (4), and (b) an injustice would otherwise result." (s. 74(5) applies to complaints filed on or after 15 Aug 2021)',
            ),
          ],
        },
      ),
    ],
    'employment-standards.recovery': [
      fact(
        {
          text: t(
            'Wages that became payable in the 12 months before the complaint or the end of employment, whichever is earlier (s. 80).',
            "Salaire devenu exigible dans les 12 mois précédant la plainte ou la fin d'emploi, selon la date la plus ancienne (art. 80).",
          ),
        },
        {
          effective: { from: '2019-05-30' },
          citations: [
            esa('s. 80 (12 months; earlier version 6 months)', 'secondary', {
              url: 'https://www2.gov.bc.ca/gov/content/employment-business/employment-standards-advice/employment-standards/forms-resources/igm/esa-part-10-section-80',
            }),
          ],
          verify: t(
            'The in-force date of the 12-month recovery period is unverified (Bill 8, 2019).',
            "La date d'entrée en vigueur de la période de 12 mois est non vérifiée (projet de loi 8, 2019).",
          ),
        },
      ),
      fact(
        {
          text: t(
            'Wages that became payable in the 6 months before the complaint or the end of employment (earlier s. 80).',
            "Salaire devenu exigible dans les 6 mois précédant la plainte ou la fin d'emploi (ancien art. 80).",
          ),
        },
        { effective: { from: NOT_RESEARCHED, until: '2019-05-29' }, citations: [esa('s. 80 (earlier 6-month version)', 'unverified')] },
      ),
    ],
    'employment-standards.complaint-disclosed-to-employer': [
      fact({ disclosed: 'unknown' }, { effective: START_NOT_RESEARCHED, citations: [esa('complaint process (not covered by the notes)', 'unverified')] }),
    ],
    'small-claims.limit': [
      fact(
        {
          maxDollars: 35_000,
          forum: t(
            'Civil Resolution Tribunal (online) up to $5,000; Provincial Court small claims from $5,001 to $35,000',
            "Tribunal de résolution civile (en ligne) jusqu'à 5 000 $; Cour provinciale, petites créances de 5 001 $ à 35 000 $",
          ),
        },
        { effective: { from: '2017-06-01' }, citations: [court('monetary limit $35,000; CRT $5,000 (from 1 Jun 2017)', 'secondary')] },
      ),
      fact(
        { maxDollars: 25_000, forum: t('Provincial Court small claims up to $25,000', "Cour provinciale, petites créances jusqu'à 25 000 $") },
        { effective: { from: '2005-09-01', until: '2017-05-31' }, citations: [court('earlier $25,000 limit', 'unverified')] },
      ),
    ],
    'civil.limitation': [
      fact(
        {
          months: 24,
          rule: t(
            '2 years from discovery of the claim (Limitation Act, S.B.C. 2012, c. 13, s. 6).',
            'Deux ans à compter de la découverte de la réclamation (Limitation Act, S.B.C. 2012, ch. 13, art. 6).',
          ),
        },
        {
          effective: { from: '2013-06-01' },
          citations: [
            secondarySource(
              'CTV News, "B.C. expanding supports for crime victims" (18 Oct 2023): 2-year CVAP limit "aligns with the time limit for civil claims"',
              'https://bc.ctvnews.ca/b-c-expanding-supports-for-crime-victims-re-funding-sexual-assault-centres-1.6607508',
            )('civil limit 2 years', 'secondary'),
          ],
        },
      ),
    ],
    'human-rights.limitation': [
      fact(
        {
          months: 12,
          body: BCHRT,
          extension: t(
            'The Tribunal may accept a late complaint if it is in the public interest and no substantial prejudice results (s. 22(3)).',
            "Le Tribunal peut accepter une plainte tardive si c'est dans l'intérêt public et sans préjudice important (art. 22(3)).",
          ),
        },
        { effective: { from: '2018-11-27' }, citations: [code('s. 22(1) as amended by Bill 50 (1 year from 27 Nov 2018)', 'secondary')] },
      ),
      fact(
        {
          months: 6,
          body: BCHRT,
          extension: t(
            'Late filing possible in the public interest without substantial prejudice (s. 22(3)).',
            "Dépôt tardif possible dans l'intérêt public sans préjudice important (art. 22(3)).",
          ),
        },
        { effective: { from: '2003-03-31', until: '2018-11-26' }, citations: [code('s. 22(1) before Bill 50 (6 months)', 'secondary')] },
      ),
    ],
    'victim-compensation.program': [
      fact(
        {
          name: t('Crime Victim Assistance Program (CVAP)', "Programme d'aide aux victimes d'actes criminels (CVAP)"),
          months: 24,
          noLimitFor: t('sexual offences', 'infractions sexuelles'),
          policeReportRequired: 'advised',
          traffickingCovered: 'yes',
          extension: t('Extensions are possible.', 'Des prolongations sont possibles.'),
        },
        {
          effective: { from: '2024-01-01' },
          citations: [
            cvap('2-year deadline, no limit for sexual offences, trafficking added (from 1 Jan 2024)', 'secondary'),
            secondarySource(
              'kamloops.me, "People affected by crime will soon have better support" (8 Dec 2023)',
              'https://kamloops.me/2023/12/08/people-affected-by-crime-will-soon-have-better-support-access-to-care',
            )('in force 1 Jan 2024', 'secondary'),
            clicklawCvap('a police report is "highly advisable but not mandatory"', 'secondary'),
          ],
        },
      ),
      fact(
        {
          name: t('Crime Victim Assistance Program (CVAP)', "Programme d'aide aux victimes d'actes criminels (CVAP)"),
          months: 12,
          policeReportRequired: 'yes',
          traffickingCovered: 'unknown',
          extension: t('Extensions were possible.', 'Des prolongations étaient possibles.'),
        },
        // `from` (Crime Victim Assistance Act in force, 2002) is unverified.
        { effective: { from: '2002-07-01', until: '2023-12-31' }, citations: [cvap('earlier 1-year deadline', 'secondary')] },
      ),
    ],
    'social-assistance.access': [
      fact(
        {
          program: t('BC Income and Disability Assistance', 'Aide au revenu et aide aux personnes handicapées de la C.-B.'),
          byStatus: {
            citizen: 'eligible',
            'permanent-resident': 'eligible',
            'protected-person': 'eligible',
            'refugee-claimant': 'eligible',
            'temporary-resident-permit': 'eligible',
            'no-status': 'conditional',
            'work-permit-employer-specific': 'ineligible',
            'work-permit-open': 'ineligible',
            'study-permit': 'ineligible',
            visitor: 'ineligible',
            unknown: 'unknown',
          },
          conditions: t(
            'Eligible: citizens, PRs, protected persons, people in Canada on a TRP, refugee claimants, and people whose removal order is stayed or cannot be carried out. A temporary resident visa is not a TRP. A sole parent of Canadian-citizen children who fled an abusive spouse and applied for PR is exempt.',
            "Admissibles : citoyens, RP, personnes protégées, titulaires d'un PST, demandeurs d'asile et personnes dont la mesure de renvoi est suspendue ou inexécutable. Un visa de résident temporaire n'est pas un PST. Exemption pour le parent seul d'enfants citoyens ayant fui un conjoint violent et demandé la RP.",
          ),
          sharesWithImmigration: 'unknown',
        },
        {
          effective: { from: '2013-10-29' },
          citations: [
            bcea('citizenship requirements', 'secondary'),
            secondarySource('BCEAAT appeal 2021-0105', 'https://decisia.lexum.com/bceaat/sdpr/en/item/499278/index.do')('TRV is not a TRP', 'secondary'),
          ],
          verify: t(
            'The 1 Jun 2024 manual page was truncated in the retrieved copy; re-check the list.',
            'La page du 1er juin 2024 était tronquée; revérifier la liste.',
          ),
        },
      ),
    ],
  },
};
