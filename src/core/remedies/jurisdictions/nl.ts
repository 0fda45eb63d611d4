// Newfoundland and Labrador. Sources: official Government of Newfoundland and Labrador, Human
// Rights Commission and Provincial Court pages, the House of Assembly's statute tables, and
// secondary commentary (issue #19). No current provision was read in the text of a statute: every
// record is 'secondary' or 'unverified', and values searched for and not found say so
// (notFoundInOfficialSources). The province has no criminal injuries compensation program.
import { fact, t, START_NOT_RESEARCHED } from '../build';
import type { Jurisdiction } from '../model';
import { notFoundInOfficialSources, secondarySource } from '../sources';
import { PROVINCES_REVIEWED_ON } from './shared';

const checked = { lastReviewed: PROVINCES_REVIEWED_ON };

const lsDivision = secondarySource(
  'Government of Newfoundland and Labrador, "Labour Standards Division (Non-Unionized Employees and Workplaces)" (Labour Standards Act, R.S.N.L. 1990, c. L-2)',
  'https://www.gov.nl.ca/aesl/labour/nonunion/',
);
const lsCovid = secondarySource(
  'Law Society of Newfoundland and Labrador, "Updates – Provincial Court and Labour Standards Act" (June 2020)',
  'https://lsnl.ca/?p=13582',
);
const ancTfw = secondarySource(
  'Association for New Canadians, "Temporary Foreign Workers" (rights at work in Newfoundland and Labrador)',
  'https://ancnl.ca/programs-and-services/temporary-foreign-workers/',
);
const smallClaims = secondarySource(
  'Provincial Court of Newfoundland and Labrador, "Small Claims Court" (Small Claims Act, R.S.N.L. 1990, c. S-16)',
  'https://court.nl.ca/Provincial/courts/smallclaims/index.html',
);
const smallClaims2010 = secondarySource(
  'Government of Newfoundland and Labrador news release, "Changes to Small Claims Act Increase Access to Justice" (13 May 2010)',
  'http://www.releases.gov.nl.ca/releases/2010/just/0513n11.htm',
);
const limitationsDebt = secondarySource(
  'bremo.io, "Statute of Limitations on Debt in Canada by Province" (Apr 2025): Newfoundland and Labrador, 6 years, Limitations Act, S.N.L. 1995, c. L-16.1',
  'https://bremo.io/debt-statute-limitations-canada.html',
);
const limitationsStewart = secondarySource(
  'Stewart McKelvey, "Update on Newfoundland and Labrador variation of limitation periods and statutory timelines during COVID-19 pandemic" (2020)',
  'https://stewartmckelvey.com/covid_19/update-on-newfoundland-and-labrador-variation-of-limitation-periods-and-statutory-timelines-during-covid-19-pandemic/',
);
const hrAct = secondarySource(
  'Human Rights Act, 2010, S.N.L. 2010, c. H-13.1 (House of Assembly; assented to 24 Jun 2010; s. 25 "Complaints", listed in the analysis, text not read)',
  'http://www.assembly.nl.ca/Legislation/sr/statutes/h13-1.htm',
);
const hrc = secondarySource('Newfoundland and Labrador Human Rights Commission, "The Complaint Process"', 'https://thinkhumanrights.ca/the-complaint-process/');
const hrcOld = secondarySource(
  'Newfoundland and Labrador Human Rights Commission, "How Do I Make a Complaint?"',
  'http://www.justice.gov.nl.ca/hrc/complaints/index.html',
);
const coxPalmer = secondarySource(
  'Cox & Palmer, "Newfoundland and Labrador Human Rights Act, 2010" (2 Aug 2010): in force 24 Jun 2010, replacing the Human Rights Code',
  'https://coxandpalmerlaw.com/publication/newfoundland-and-labrador-human-rights-act-2010',
);
const crcvcNl = secondarySource(
  'Canadian Resource Centre for Victims of Crime, "Victims\' guide to financial assistance in Newfoundland"',
  'http://www.victimsofviolence.on.ca/victim-information-library/guide-financial-assistance-victims/victims-guide-financial-assistance-newfoundland/',
);
const iesAct = secondarySource(
  'Income and Employment Support Act, S.N.L. 2002, c. I-0.1 (House of Assembly; Part II "Eligibility", ss. 13–16, listed in the analysis, text not read)',
  'http://www.assembly.nl.ca/legislation/sr/statutes/i00-1.htm',
);
const iesRegs = secondarySource(
  'Income and Employment Support Regulations, N.L.R. 144/04, s. 4 "Residency required" (listed in the analysis, text not read)',
  'http://www.assembly.nl.ca/legislation/sr/annualregs/2004/Nr040144.htm',
);

const LSD = t('Newfoundland and Labrador Labour Standards Division', 'Division des normes du travail de Terre-Neuve-et-Labrador');
const NLHRC = t('Newfoundland and Labrador Human Rights Commission', 'Commission des droits de la personne de Terre-Neuve-et-Labrador');
const SMALL_CLAIMS = t(
  'Provincial Court of Newfoundland and Labrador (Small Claims Court)',
  'Cour provinciale de Terre-Neuve-et-Labrador (Cour des petites créances)',
);

export const nl: Jurisdiction = {
  code: 'NL',
  name: t('Newfoundland and Labrador', 'Terre-Neuve-et-Labrador'),
  review: {
    status: 'reviewed',
    note: t(
      'Reviewed in December 2026 against official Government of Newfoundland and Labrador, Human Rights Commission and Provincial Court pages and secondary commentary; no current provision was read in the statute itself. The province has no criminal injuries compensation program, and the social assistance rules by immigration status were not found in official sources.',
      'Examiné en décembre 2026 à partir de pages officielles du gouvernement de Terre-Neuve-et-Labrador, de la Commission des droits de la personne et de la Cour provinciale et de commentaires; aucune disposition en vigueur n\u2019a été lue dans la loi elle-même. La province n\u2019a pas de programme d\u2019indemnisation des victimes d\u2019actes criminels, et les règles d\u2019aide sociale selon le statut d\u2019immigration n\u2019ont pas été trouvées dans les sources officielles.',
    ),
  },
  params: {
    'employment-standards.limitation': [
      fact(
        {
          months: 6,
          trigger: 'employmentEnded',
          body: LSD,
          extension: t(
            'No general extension found. The written complaint must reach Labour Standards within 6 months of the employment termination date. During the COVID-19 pandemic the period was temporarily 12 months (retroactive to 18 Mar 2020, ending 18 Sep 2020). The section of the Labour Standards Act setting the limit was not found in official sources.',
            'Aucune prolongation générale trouvée. La plainte écrite doit parvenir aux Normes du travail dans les 6 mois suivant la date de fin d\u2019emploi. Pendant la pandémie de COVID-19, le délai a été porté temporairement à 12 mois (rétroactivement au 18 mars 2020, jusqu\u2019au 18 septembre 2020). L\u2019article de la Labour Standards Act fixant le délai n\u2019a pas été trouvé dans les sources officielles.',
          ),
        },
        {
          effective: START_NOT_RESEARCHED,
          citations: [
            lsDivision('employees who wish to file a complaint must do so within 6 months of their employment termination date', 'secondary', checked),
            lsCovid('complaint period temporarily extended from 6 to 12 months, 18 Mar to 18 Sep 2020', 'secondary', checked),
            notFoundInOfficialSources('assembly.nl.ca Labour Standards Act: the section setting the 6-month complaint period'),
          ],
        },
      ),
    ],
    'employment-standards.recovery': [
      fact(
        {
          text: t(
            'How far back unpaid wages can be ordered, and any cap, were not found in official sources. Foreign workers: no Newfoundland and Labrador statute licensing foreign-worker recruiters or prohibiting recruitment fees was found in official sources. A settlement agency (Association for New Canadians) says employers may not withhold a worker\u2019s passport or work permit or demand reimbursement of recruitment fees; that is not confirmed in a provincial statute (federal Temporary Foreign Worker Program conditions may apply). Complaints about wages go to the Labour Standards Division.',
            'La période sur laquelle un salaire impayé peut être ordonné, et tout plafond, n\u2019ont pas été trouvés dans les sources officielles. Travailleurs étrangers : aucune loi de Terre-Neuve-et-Labrador exigeant une licence des recruteurs de travailleurs étrangers ou interdisant les frais de recrutement n\u2019a été trouvée dans les sources officielles. Un organisme d\u2019établissement (Association for New Canadians) indique que l\u2019employeur ne peut retenir le passeport ou le permis de travail ni exiger le remboursement des frais de recrutement; ce n\u2019est pas confirmé dans une loi provinciale (les conditions du Programme fédéral des travailleurs étrangers temporaires peuvent s\u2019appliquer). Les plaintes salariales vont à la Division des normes du travail.',
          ),
        },
        {
          effective: START_NOT_RESEARCHED,
          citations: [
            notFoundInOfficialSources(
              'gov.nl.ca Labour Standards pages and assembly.nl.ca: how far back wages can be recovered; a foreign-worker recruitment or recruitment-fee statute',
            ),
            ancTfw('employers cannot withhold passport or work permit or demand reimbursement for recruitment fees', 'secondary', checked),
          ],
        },
      ),
    ],
    'employment-standards.complaint-disclosed-to-employer': [
      fact(
        { disclosed: 'yes' },
        {
          effective: START_NOT_RESEARCHED,
          citations: [
            lsDivision('early resolution through mediation with the principal parties; formal investigation on a written complaint', 'secondary', checked),
          ],
        },
      ),
    ],
    'small-claims.limit': [
      fact(
        { maxDollars: 25_000, forum: SMALL_CLAIMS },
        {
          effective: START_NOT_RESEARCHED,
          citations: [
            smallClaims('civil actions where the amount claimed does not exceed $25,000', 'secondary', checked),
            smallClaims2010('amendments introduced 13 May 2010 to raise the limit from $5,000 to $25,000', 'secondary', checked),
          ],
          verify: t(
            'The limit was $3,000 in the Revised Statutes of 1990 (s. 3(1)), $5,000 from 2005, and $25,000 after amendments introduced on 13 May 2010; the day the $25,000 limit came into force was not researched.',
            'Le plafond était de 3 000 $ dans les Lois révisées de 1990 (par. 3(1)), de 5 000 $ à partir de 2005 et de 25 000 $ après les modifications déposées le 13 mai 2010; la date d\u2019entrée en vigueur du plafond de 25 000 $ n\u2019a pas été recherchée.',
          ),
        },
      ),
    ],
    'civil.limitation': [
      fact(
        {
          months: 72,
          rule: t(
            'Unpaid wages are a claim in debt or contract: 6 years under the Limitations Act, S.N.L. 1995, c. L-16.1 (secondary); most claims in the province have 2 or 6 years. The section was not read.',
            'Un salaire impayé est une dette ou une réclamation contractuelle : 6 ans selon la Limitations Act, S.N.L. 1995, ch. L-16.1 (secondaire); la plupart des réclamations de la province ont 2 ou 6 ans. L\u2019article n\u2019a pas été lu.',
          ),
        },
        {
          effective: START_NOT_RESEARCHED,
          citations: [
            limitationsDebt('Newfoundland and Labrador: 6 years for debt (Limitations Act)', 'secondary', checked),
            limitationsStewart('most claims have a 2-year or 6-year limitation period', 'secondary', checked),
          ],
          verify: t(
            'Secondary sources disagree on the period for debts (some say 2 years); confirm the section of the Limitations Act that applies to a wage claim before relying on 6 years.',
            'Les sources secondaires divergent sur le délai applicable aux dettes (certaines disent 2 ans); confirmer l\u2019article de la Limitations Act applicable à une réclamation salariale avant de se fier au délai de 6 ans.',
          ),
        },
      ),
    ],
    'human-rights.limitation': [
      fact(
        {
          months: 12,
          body: NLHRC,
          extension: t(
            'For ongoing discrimination, within 12 months of the most recent incident. The Commission accepts a complaint only if the unfair treatment happened within the last 12 months; the Act sets some exceptions (ask the Commission). During the COVID-19 pandemic the Act\u2019s deadlines were temporarily extended (order of 24 Apr 2020).',
            'Pour une discrimination continue, dans les 12 mois du plus récent incident. La Commission n\u2019accepte une plainte que si le traitement injuste a eu lieu dans les 12 derniers mois; la loi prévoit certaines exceptions (se renseigner auprès de la Commission). Pendant la pandémie de COVID-19, les délais de la loi ont été temporairement prolongés (décret du 24 avril 2020).',
          ),
        },
        {
          effective: { from: '2010-06-24' },
          citations: [
            hrc('the unfair treatment must have happened within the last 12 months; the Act sets some exceptions', 'secondary', checked),
            hrcOld('contact the Commission within twelve months; if ongoing, within 12 months of the most recent incident', 'secondary', checked),
            hrAct('s. 25, complaints (text not read)', 'unverified', checked),
            coxPalmer('Human Rights Act, 2010 in force 24 Jun 2010, replacing the Human Rights Code', 'secondary', checked),
            limitationsStewart('statutory deadlines in the Human Rights Act, 2010 extended by order of 24 Apr 2020', 'secondary', checked),
          ],
          verify: t(
            'The one-year limit is dated from the Human Rights Act, 2010 (24 Jun 2010); the limit under the former Human Rights Code was not researched.',
            'Le délai d\u2019un an est daté de la Human Rights Act, 2010 (24 juin 2010); le délai de l\u2019ancien Human Rights Code n\u2019a pas été recherché.',
          ),
        },
      ),
    ],
    'victim-compensation.program': [
      fact(
        {
          name: t(
            'No criminal injuries compensation program (Newfoundland and Labrador)',
            'Aucun programme d\u2019indemnisation des victimes d\u2019actes criminels (Terre-Neuve-et-Labrador)',
          ),
          months: null,
          policeReportRequired: 'unknown',
          traffickingCovered: 'unknown',
          extension: t(
            'Newfoundland and Labrador has no compensation program for victims of crime, so there is no application deadline; a current program was not found in official sources. Victim Services pays some specific costs (travel to give a victim impact statement, travel and fees for approved counselling) where a police report was made (no charge or conviction needed), the crime happened in the province and the victim still lives there.',
            'Terre-Neuve-et-Labrador n\u2019a pas de programme d\u2019indemnisation des victimes d\u2019actes criminels : il n\u2019y a donc pas de délai de demande; aucun programme actuel n\u2019a été trouvé dans les sources officielles. Les Services aux victimes paient certains frais précis (déplacement pour présenter une déclaration de la victime, déplacement et honoraires de counseling approuvé) si un rapport de police a été fait (sans accusation ni condamnation nécessaire), si le crime a eu lieu dans la province et si la victime y habite encore.',
          ),
        },
        {
          effective: START_NOT_RESEARCHED,
          citations: [
            crcvcNl(
              'Newfoundland does not have a compensation program for victims of crime; Victim Services funding for specific expenses',
              'secondary',
              checked,
            ),
            notFoundInOfficialSources(
              'gov.nl.ca and assembly.nl.ca: a current criminal injuries compensation program (the Criminal Injuries Compensation Act appears in the Revised Statutes of 1990, c. C-38) and its deadline',
            ),
          ],
          verify: t(
            'When the former Criminal Injuries Compensation Act program ended was not researched.',
            'La date de fin du programme de l\u2019ancienne Criminal Injuries Compensation Act n\u2019a pas été recherchée.',
          ),
        },
      ),
    ],
    'social-assistance.access': [
      fact(
        {
          program: t('Income Support (Income and Employment Support Act)', 'Soutien du revenu (Income and Employment Support Act)'),
          byStatus: {
            citizen: 'eligible',
            'permanent-resident': 'eligible',
            'protected-person': 'unknown',
            'refugee-claimant': 'unknown',
            'temporary-resident-permit': 'unknown',
            'no-status': 'unknown',
            'work-permit-employer-specific': 'unknown',
            'work-permit-open': 'unknown',
            'study-permit': 'unknown',
            visitor: 'unknown',
            unknown: 'unknown',
          },
          conditions: t(
            'The Act sets conditions of eligibility and requires applicants to live in the province; the Regulations have a residency requirement (s. 4). Their text and any rules by immigration status were not found in official sources, so they are not encoded: ask Children, Seniors and Social Development.',
            'La loi fixe des conditions d\u2019admissibilité et exige que la personne vive dans la province; le règlement prévoit une exigence de résidence (art. 4). Leur texte et les règles selon le statut d\u2019immigration n\u2019ont pas été trouvés dans les sources officielles : ils ne sont pas encodés. Se renseigner auprès du ministère des Enfants, des Aînés et du Développement social.',
          ),
          sharesWithImmigration: 'unknown',
        },
        {
          effective: START_NOT_RESEARCHED,
          citations: [
            iesAct('s. 13 condition of eligibility; s. 15 required to live in province (titles only)', 'unverified', checked),
            iesRegs('s. 4 residency required (title only)', 'unverified', checked),
            notFoundInOfficialSources(
              'assembly.nl.ca Income and Employment Support Act and Regulations, gov.nl.ca: eligibility by immigration status, and sharing of applicants\u2019 information with immigration authorities',
            ),
          ],
        },
      ),
    ],
  },
};
