// Prince Edward Island. Sources: official Government of Prince Edward Island pages (Employment
// Standards, Human Rights Commission, Criminal Injuries Compensation, Temporary Foreign Worker
// Protection Act), court-rule notes and secondary commentary (issue #19). No provision was read in
// the text of a statute: every record is 'secondary' or 'unverified', and values searched for and
// not found say so (notFoundInOfficialSources).
import { fact, t, START_NOT_RESEARCHED, NOT_RESEARCHED } from '../build';
import type { Jurisdiction, Localized } from '../model';
import { notFoundInOfficialSources, secondarySource } from '../sources';
import { PROVINCES_REVIEWED_ON } from './shared';

const checked = { lastReviewed: PROVINCES_REVIEWED_ON };

const esComplaint = secondarySource(
  'Government of Prince Edward Island, "File a Formal Complaint under the PEI Employment Standards Act (Non-Union)" (Employment Standards Act, R.S.P.E.I. 1988, c. E-6.2)',
  'https://www.princeedwardisland.ca/en/service/file-a-formal-complaint-under-the-pei-employment-standards-act-non-union',
);
const esDeadline = secondarySource(
  'LawyerInfo, "How long does it take to resolve an employment standards dispute in Prince Edward Island?" (7 Jun 2026)',
  'https://lawyerinfo.ca/guides/prince-edward-island/employment-rights-prince-edward-island/how-long-does-it-take-to-resolve-an-employment-standards-dispute-in-prince-edward-island/',
);
const tfwpa = secondarySource(
  'Government of Prince Edward Island, "Temporary Foreign Worker Protection Act Information" (Act and General Regulations in force 1 Apr 2025)',
  'https://princeedwardisland.ca/en/information/workforce-advanced-learning-and-population/temporary-foreign-worker-protection-act',
);
const tfwpaRegs = secondarySource(
  'RRI Canada, "Protecting Temporary Foreign Workers and Regulating Recruiters" (19 Feb 2025), on the Temporary Foreign Worker Protection Act General Regulations',
  'https://rricanada.org/2025/02/19/protecting-temporary-foreign-workers-and-regulating-recruiters/',
);
const smallClaims2017 = secondarySource(
  'Key Murray Law, "Understanding the Small Claims Process on Prince Edward Island": limit raised from $8,000 to $16,000 effective 8 Jul 2017 (Rules of Civil Procedure, Rule 74; Order in Council EC2017-387)',
  'https://keymurraylaw.com/small-claims-court',
);
const smallClaims8000 = secondarySource(
  'Canada Mortgage and Housing Corporation, "Small Claims Court Overview: Prince Edward Island" (Small Claims Section of the Supreme Court, claims up to $8,000)',
  'https://www.cmhc-schl.gc.ca/en/co/buho/gucoho/smclco/smclco_010.cfm',
);
const limitationsDebt = secondarySource(
  'bremo.io, "Statute of Limitations on Debt in Canada by Province" (Apr 2025): Prince Edward Island, 6 years, Statute of Limitations (R.S.P.E.I. 1988)',
  'https://bremo.io/debt-statute-limitations-canada.html',
);
const limitationsSexual = secondarySource(
  'Top Class Actions, "PEI to abolish time limits on sexual assault cases" (5 Nov 2021)',
  'https://ca.topclassactions.com/sexual-assault-abuse/967514-pei-to-abolish-time-limits-on-sexual-assault-cases-may-see-more-class-actions/',
);
const peihrc = secondarySource(
  'Prince Edward Island Human Rights Commission, "Filing a Complaint" (Human Rights Act, R.S.P.E.I. 1988)',
  'http://www.gov.pe.ca/humanrights/index.php3?number=1043536&lang=E',
);
const peihrcProcess = secondarySource(
  'Prince Edward Island Human Rights Commission, "Complaint Process"',
  'https://peihumanrights.ca/index.php/complaint-process',
);
const cic = secondarySource(
  'Government of Prince Edward Island, "Criminal Injuries Compensation" (Victims of Crime Act, R.S.P.E.I. 1988, c. V-3.1, and Regulations)',
  'https://www.princeedwardisland.ca/en/information/justice-and-public-safety/criminal-injuries-compensation',
);
const cic211 = secondarySource(
  'PEI 211, "Criminal Injuries Compensation Program" (Department of Justice and Public Safety)',
  'https://pe.211.ca/result/community-and-correctional-services-division-criminal-injuries-compensation-program-63745744',
);
const crcvcPe = secondarySource(
  'Canadian Resource Centre for Victims of Crime, "A victim\'s guide to financial assistance in Prince Edward Island"',
  'http://www.victimsofviolence.on.ca/victim-information-library/guide-financial-assistance-victims/a-victims-guide-to-financial-assistance-in-prince-edward-island/',
);
const saPolicies = secondarySource(
  'Government of Prince Edward Island, "Social Assistance Policies" (Social Assistance Act): policy 1.2 Eligibility listed, not read',
  'https://www.princeedwardisland.ca/en/information/social-development-and-housing/social-assistance-policies',
);
const saWayfinder = secondarySource(
  'Benefits Wayfinder, "Prince Edward Island Social Assistance Program": proof of legal status in Canada is asked for',
  'https://benefitswayfinder.org/prince-edward-island/social-assistance-program',
);

const ESB = t('Prince Edward Island Employment Standards Branch', 'Direction des normes d\u2019emploi de l\u2019Île-du-Prince-Édouard');
const PEIHRC = t('Prince Edward Island Human Rights Commission', 'Commission des droits de la personne de l\u2019Île-du-Prince-Édouard');
const SMALL_CLAIMS = t(
  'Supreme Court of Prince Edward Island, Small Claims Section',
  'Cour suprême de l\u2019Île-du-Prince-Édouard, Section des petites créances',
);
const CIC = t(
  'Criminal Injuries Compensation (Prince Edward Island Victim Services)',
  'Indemnisation des victimes d\u2019actes criminels (Services aux victimes de l\u2019Île-du-Prince-Édouard)',
);

const recoveryNotFound: Localized = t(
  'How far back unpaid wages can be ordered, and any cap, were not found in official sources.',
  'La période sur laquelle un salaire impayé peut être ordonné, et tout plafond, n\u2019ont pas été trouvés dans les sources officielles.',
);

export const pe: Jurisdiction = {
  code: 'PE',
  name: t('Prince Edward Island', 'Île-du-Prince-Édouard'),
  review: {
    status: 'reviewed',
    note: t(
      'Reviewed in December 2026 against official Government of Prince Edward Island and Human Rights Commission pages and secondary commentary; no provision was read in the statute itself. The employment standards deadline rests on commentary only, and the social assistance rules by immigration status were not found in official sources.',
      'Examiné en décembre 2026 à partir de pages officielles du gouvernement de l\u2019Île-du-Prince-Édouard et de la Commission des droits de la personne et de commentaires; aucune disposition n\u2019a été lue dans la loi elle-même. Le délai des normes d\u2019emploi ne repose que sur un commentaire, et les règles d\u2019aide sociale selon le statut d\u2019immigration n\u2019ont pas été trouvées dans les sources officielles.',
    ),
  },
  params: {
    'employment-standards.limitation': [
      fact(
        {
          months: 6,
          trigger: 'wagesDue',
          body: ESB,
          extension: t(
            'No extension found. The 6-month limit comes from commentary; the official complaint page states no time limit and the section of the Employment Standards Act was not found in official sources. File a written complaint (online or on the form) as early as possible; there is no fee.',
            'Aucune prolongation trouvée. Le délai de 6 mois provient d\u2019un commentaire; la page officielle sur les plaintes n\u2019indique aucun délai et l\u2019article de l\u2019Employment Standards Act n\u2019a pas été trouvé dans les sources officielles. Déposer une plainte écrite (en ligne ou sur le formulaire) le plus tôt possible; il n\u2019y a pas de frais.',
          ),
        },
        {
          effective: START_NOT_RESEARCHED,
          citations: [
            esDeadline('6 months from the date the unpaid wages were due', 'secondary', checked),
            notFoundInOfficialSources(
              'princeedwardisland.ca complaint page and gov.pe.ca Employment Standards pages (no time limit stated); the section of the Employment Standards Act, R.S.P.E.I. 1988, c. E-6.2, setting the limit',
            ),
          ],
          verify: t(
            'The 6-month complaint limit was found only in commentary; confirm it in the Employment Standards Act before relying on it.',
            'Le délai de plainte de 6 mois n\u2019a été trouvé que dans un commentaire; le confirmer dans l\u2019Employment Standards Act avant de s\u2019y fier.',
          ),
        },
      ),
    ],
    'employment-standards.recovery': [
      fact(
        {
          text: t(
            `${recoveryNotFound.en} Foreign workers (Temporary Foreign Worker Protection Act, in force 1 Apr 2025): recruiters may not charge foreign workers fees or expenses for recruitment services; recruiters and employers may not give false or misleading information about recruitment, immigration, employment, housing or the law, keep a worker's passport or other official documents (an employer may copy them and must return them at once), misrepresent the job, wages or terms, or threaten deportation or any other action without lawful cause. Recruiters of foreign workers must be licensed (existing recruiters had until 1 Jul 2025 to apply). The employer registry is a later phase. Complaints about wages go to the Employment Standards Branch.`,
            `${recoveryNotFound.fr} Travailleurs étrangers (Temporary Foreign Worker Protection Act, en vigueur le 1er avril 2025) : les recruteurs ne peuvent exiger des travailleurs étrangers ni frais ni dépenses pour des services de recrutement; recruteurs et employeurs ne peuvent donner de renseignements faux ou trompeurs sur le recrutement, l\u2019immigration, l\u2019emploi, le logement ou la loi, garder le passeport ou d\u2019autres documents officiels du travailleur (l\u2019employeur peut les copier et doit les rendre aussitôt), déformer l\u2019emploi, le salaire ou les conditions, ni menacer d\u2019expulsion ou de toute autre mesure sans motif légitime. Les recruteurs de travailleurs étrangers doivent détenir une licence (les recruteurs existants avaient jusqu\u2019au 1er juillet 2025 pour la demander). Le registre des employeurs viendra dans une phase ultérieure. Les plaintes salariales vont à la Direction des normes d\u2019emploi.`,
          ),
        },
        {
          effective: { from: '2025-04-01' },
          citations: [
            tfwpa('in force 1 Apr 2025: no recruitment fees or expenses charged to foreign workers; prohibitions; recruiter licence', 'secondary', checked),
            tfwpaRegs('existing recruiters exempt until 1 Jul 2025 if they apply before then', 'secondary', checked),
            notFoundInOfficialSources(
              'princeedwardisland.ca Employment Standards pages: how far back wages can be recovered; an Employment Agencies Act or Labour Mobility Act rule on recruitment fees',
            ),
          ],
        },
      ),
      fact(
        {
          text: t(
            `${recoveryNotFound.en} The Temporary Foreign Worker Protection Act (passed in 2022) was not yet in force: no provincial rule against recruitment fees charged to foreign workers was found in official sources for this period.`,
            `${recoveryNotFound.fr} La Temporary Foreign Worker Protection Act (adoptée en 2022) n\u2019était pas encore en vigueur : aucune règle provinciale contre les frais de recrutement exigés des travailleurs étrangers n\u2019a été trouvée dans les sources officielles pour cette période.`,
          ),
        },
        {
          effective: { from: NOT_RESEARCHED, until: '2025-03-31' },
          citations: [
            tfwpa('the Act comes into force on 1 Apr 2025', 'secondary', checked),
            notFoundInOfficialSources(
              'princeedwardisland.ca: a provincial recruitment-fee rule before 1 Apr 2025 (Employment Agencies Act, Labour Mobility Act)',
            ),
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
            esComplaint(
              'the inspector talks to the respondent; both the employer and the employee present the facts and arguments during an investigation',
              'secondary',
              checked,
            ),
          ],
        },
      ),
    ],
    'small-claims.limit': [
      fact(
        { maxDollars: 16_000, forum: SMALL_CLAIMS },
        {
          effective: { from: '2017-07-08' },
          citations: [smallClaims2017('limit raised from $8,000 to $16,000 effective 8 Jul 2017', 'secondary', checked)],
        },
      ),
      fact(
        { maxDollars: 8_000, forum: SMALL_CLAIMS },
        {
          effective: { from: NOT_RESEARCHED, until: '2017-07-07' },
          citations: [smallClaims8000('claims not exceeding $8,000 (undated)', 'secondary', checked)],
        },
      ),
    ],
    'civil.limitation': [
      fact(
        {
          months: 72,
          rule: t(
            'Unpaid wages are a claim in contract or debt: 6 years after the cause of action arose under the Statute of Limitations, R.S.P.E.I. 1988, s. 2 (secondary); shorter periods apply to other claims. In 2021 the limit for claims of sexual assault and sexual misconduct was reported to be abolished (not confirmed).',
            'Un salaire impayé est une réclamation contractuelle ou une dette : 6 ans après la naissance de la cause d\u2019action selon le Statute of Limitations, R.S.P.E.I. 1988, art. 2 (secondaire); d\u2019autres réclamations ont des délais plus courts. En 2021, l\u2019abolition du délai pour les agressions et inconduites sexuelles a été annoncée (non confirmé).',
          ),
        },
        {
          effective: START_NOT_RESEARCHED,
          citations: [
            limitationsDebt('Prince Edward Island: 6 years for debt (Statute of Limitations)', 'secondary', checked),
            limitationsSexual('2021 bill to remove time limits on sexual assault and misconduct claims', 'secondary', checked),
          ],
          verify: t(
            'The 6-year period for contract and debt claims was not read in the Statute of Limitations; confirm the paragraph of s. 2 that applies.',
            'Le délai de 6 ans pour les réclamations contractuelles et les dettes n\u2019a pas été lu dans le Statute of Limitations; confirmer l\u2019alinéa de l\u2019art. 2 applicable.',
          ),
        },
      ),
    ],
    'human-rights.limitation': [
      fact(
        {
          months: 12,
          body: PEIHRC,
          extension: t(
            'The complaint must be in writing on the Commission\u2019s form, within one year after the alleged discrimination, and say when it happened; a complaint filed out of time may be dismissed at intake. No power to extend the time was found in official sources.',
            'La plainte doit être écrite sur le formulaire de la Commission, dans l\u2019année suivant la discrimination alléguée, et en indiquer la date; une plainte tardive peut être rejetée dès sa réception. Aucun pouvoir de prorogation n\u2019a été trouvé dans les sources officielles.',
          ),
        },
        {
          effective: START_NOT_RESEARCHED,
          citations: [
            peihrc('a complaint must be made within one year after the alleged discrimination occurred', 'secondary', checked),
            peihrcProcess('complaints outside the time frame (within one year of the incident) may be dismissed at intake', 'secondary', checked),
            notFoundInOfficialSources(
              'PEI Human Rights Commission pages: a power to extend the one-year time limit, and the section of the Human Rights Act setting it',
            ),
          ],
        },
      ),
    ],
    'victim-compensation.program': [
      fact(
        {
          name: CIC,
          months: 12,
          policeReportRequired: 'yes',
          traffickingCovered: 'unknown',
          extension: t(
            'Generally within one year of the crime, but extensions are possible in certain circumstances. The crime must have been reported to police and the victim must have cooperated (no charge or conviction needed). Up to $25,000 for one victim (the Regulations approved 15 Nov 2023; $15,000 before); a fund of last resort. Eligible crimes are those listed in the Regulations (assault, sexual assault, robbery and others); whether human trafficking is listed was not found in official sources.',
            'En général dans l\u2019année du crime, mais des prolongations sont possibles dans certains cas. Le crime doit avoir été signalé à la police et la victime doit avoir collaboré (sans accusation ni condamnation nécessaire). Jusqu\u2019à 25 000 $ par victime (règlement approuvé le 15 novembre 2023; 15 000 $ auparavant); un fonds de dernier recours. Les crimes admissibles sont ceux énumérés au règlement (voies de fait, agression sexuelle, vol qualifié et autres); la présence de la traite de personnes dans la liste n\u2019a pas été trouvée dans les sources officielles.',
          ),
        },
        {
          effective: START_NOT_RESEARCHED,
          citations: [
            cic211('generally apply within 1 year of the crime; extensions possible; crime reported to police and cooperation', 'secondary', checked),
            cic('crime reported to police; maximum $25,000 for one victim; eligible crimes in the Victims of Crime Act and Regulations', 'secondary', checked),
            crcvcPe('application received within one year of the crime, some exceptions; police report and cooperation', 'secondary', checked),
            notFoundInOfficialSources('princeedwardisland.ca Criminal Injuries Compensation page: whether human trafficking is an eligible offence'),
          ],
          verify: t(
            'The Victims of Crime Act came into effect on 30 Sep 1989; when the one-year application rule began was not researched.',
            'La Victims of Crime Act est entrée en vigueur le 30 septembre 1989; la date de début de la règle d\u2019un an n\u2019a pas été recherchée.',
          ),
        },
      ),
    ],
    'social-assistance.access': [
      fact(
        {
          program: t('Social Assistance Program', 'Programme d\u2019aide sociale'),
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
            'Help is given case by case to Islanders in need who meet the program\u2019s rules (Social Assistance Act, Regulations and policy manual); applicants are asked for proof of their legal status in Canada. The rules by immigration status were not found in official sources, so they are not encoded: ask the Department of Social Development and Housing.',
            'L\u2019aide est accordée au cas par cas aux Insulaires dans le besoin qui respectent les règles du programme (Social Assistance Act, règlement et manuel des politiques); une preuve du statut légal au Canada est demandée. Les règles selon le statut d\u2019immigration n\u2019ont pas été trouvées dans les sources officielles : elles ne sont pas encodées. Se renseigner auprès du ministère du Développement social et du Logement.',
          ),
          sharesWithImmigration: 'unknown',
        },
        {
          effective: START_NOT_RESEARCHED,
          citations: [
            saPolicies('program for Islanders who meet the eligibility requirements; eligibility policy not read', 'unverified', checked),
            saWayfinder('proof of citizenship or immigration status requested', 'secondary', checked),
            notFoundInOfficialSources(
              'princeedwardisland.ca Social Assistance pages: eligibility by immigration status, and any sharing of applicants\u2019 information with immigration authorities',
            ),
          ],
        },
      ),
    ],
  },
};
