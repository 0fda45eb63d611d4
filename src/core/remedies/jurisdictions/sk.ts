// Saskatchewan. Sources: official Government of Saskatchewan and Human Rights Commission pages,
// and secondary commentary (issue #19). Nothing here was read in the official text of a statute:
// every record is 'secondary' or 'unverified'.
import { fact, t, START_NOT_RESEARCHED, NOT_RESEARCHED } from '../build';
import type { Jurisdiction, Localized } from '../model';
import { secondarySource } from '../sources';
import { PROVINCES_REVIEWED_ON } from './shared';

const checked = { lastReviewed: PROVINCES_REVIEWED_ON };

const esComplaint = secondarySource(
  'Government of Saskatchewan, "File an Employment Standards Complaint" (The Saskatchewan Employment Act, S.S. 2013, c. S-15.1, Part II)',
  'https://www.saskatchewan.ca/business/employment-standards/complaints-investigations-enforcement-and-fines/file-an-employment-standards-complaint',
);
const seaProclaimed = secondarySource(
  'Government of Saskatchewan news release, "The Saskatchewan Employment Act Proclaimed Today" (29 Apr 2014)',
  'http://www.saskatchewan.ca/government/news-and-media/2014/april/29/employment-act',
);
const fwrisa = secondarySource(
  'Meurrens Law, "Saskatchewan\'s Foreign Worker Recruitment and Immigration Services Act" (S.S. 2013, c. F-18.1, proclaimed 11 Oct 2013)',
  'https://meurrensonimmigration.com/saskatchewans-foreign-worker-recruitment-and-immigration-services-act/',
);
const isa = secondarySource(
  'Government of Saskatchewan, "Protection for Immigrants and Foreign Workers" (The Immigration Services Act, in force 1 Jul 2024)',
  'https://www.saskatchewan.ca/residents/moving-to-saskatchewan/live-in-saskatchewan/by-immigrating/protection-for-immigrants-and-foreign-workers',
);
const smallClaims2024 = secondarySource(
  'Government of Saskatchewan news release, "Saskatchewan Raises Small Claims Limit in Provincial Courts" (10 Nov 2023) (The Small Claims Act, 2016)',
  'https://saskatchewan.ca/government/news-and-media/2023/november/10/modernizations-to-small-claims-court-to-increase-access-to-justice-in-saskatchewan',
);
const smallClaims2016 = secondarySource(
  'FindLaw Canada, "Saskatchewan raises small claims limit to $30,000" (2016)',
  'http://legalblogs.findlaw.ca/legal-life/saskatchewan-raises-small-claims-limit-to-30000-707/',
);
const limitations = secondarySource('Saskatchewan Justice, "The Limitations Act" (S.S. 2004, c. L-16.1, s. 5)', 'http://www.justice.gov.sk.ca/Limitations-Act');
const shrc = secondarySource(
  'Saskatchewan Human Rights Commission, "Am I in the Right Place?" (The Saskatchewan Human Rights Code, 2018)',
  'https://saskatchewanhumanrights.ca/index?p=35',
);
const shrc2011 = secondarySource(
  'Lexology, on The Saskatchewan Human Rights Code Amendment Act, 2011 (assented 18 May 2011, in force 1 Jul 2011); CBC News: the limit cut from two years to one',
  'https://www.lexology.com/library/detail.aspx?g=fafcab5f-6fb8-4876-b957-bf4ed03fc62e',
);
const shrc2008 = secondarySource(
  'Saskatchewan Human Rights Commission, "How to File a Complaint" (archived 27 Feb 2008)',
  'https://bac-lac.wayback.archive-it.org/web/20080227221548/http:/www.shrc.gov.sk.ca/complaint_process.htm',
);
const victims = secondarySource(
  'Saskatchewan Justice, Victims Services, Compensation (The Victims of Crime Act, 1995; The Victims of Crime Regulations, 1997) (page of 30 Jun 2015)',
  'http://www.justice.gov.sk.ca/Default.aspx?DN=c3ac5166-e466-451a-998c-7c4c45fe4f07',
);
const sis = secondarySource(
  'Benefits Wayfinder, "Saskatchewan Income Support", reproducing the Government of Saskatchewan eligibility list',
  'https://benefitswayfinder.org/saskatchewan/saskatchewan-income-support',
);
const plea = secondarySource(
  'PLEA Saskatchewan, "Applying for support" (Saskatchewan Income Support)',
  'https://plea.org/government-agencies/social-services-financial-assistance/applying-for-support',
);

const ES = t('Saskatchewan Employment Standards', 'Normes d\u2019emploi de la Saskatchewan');
const SHRC = t('Saskatchewan Human Rights Commission', 'Commission des droits de la personne de la Saskatchewan');
const SMALL_CLAIMS = t('Provincial Court of Saskatchewan, small claims', 'Cour provinciale de la Saskatchewan, petites créances');

const wageRecovery: Localized = t(
  'The government page limits wage recovery to wages payable "within either the 12 months before the claim is made or the 12 months after the end of employment" (s. 2-89; to be checked against the Act).',
  'La page gouvernementale limite le recouvrement au salaire exigible « dans les 12 mois précédant la réclamation ou dans les 12 mois suivant la fin de l\u2019emploi » (art. 2-89; à vérifier dans la Loi).',
);

export const sk: Jurisdiction = {
  code: 'SK',
  name: t('Saskatchewan', 'Saskatchewan'),
  review: {
    status: 'reviewed',
    note: t(
      'Reviewed in December 2026 against official Government of Saskatchewan and Human Rights Commission pages and secondary commentary; no provision was read in the statute itself.',
      'Examiné en décembre 2026 à partir de pages officielles du gouvernement de la Saskatchewan et de la Commission des droits de la personne et de commentaires; aucune disposition n\u2019a été lue dans la loi elle-même.',
    ),
  },
  params: {
    'employment-standards.limitation': [
      fact(
        {
          months: 12,
          trigger: 'wagesDue',
          body: ES,
          extension: t(
            'No extension found. Final wages are usually payable 14 days after the last day of employment, so the last pay\u2019s 12 months usually end about two weeks after the date shown. A worker who stays employed can make an anonymous complaint instead.',
            'Aucune prolongation trouvée. Le dernier salaire est habituellement exigible 14 jours après le dernier jour d\u2019emploi : pour la dernière paie, les 12 mois se terminent généralement environ deux semaines après la date indiquée. Une personne qui reste en emploi peut plutôt déposer une plainte anonyme.',
          ),
        },
        {
          effective: { from: '2014-04-29' },
          citations: [
            esComplaint(
              'formal wage complaint within 12 months of the last day wages are payable (often 14 days after the final day of employment)',
              'secondary',
              checked,
            ),
            seaProclaimed('The Saskatchewan Employment Act in force 29 Apr 2014', 'secondary', checked),
          ],
          verify: t(
            'That the 12-month period has run unchanged since the Act came into force on 29 Apr 2014 was not confirmed.',
            'Il n\u2019a pas été confirmé que le délai de 12 mois est inchangé depuis l\u2019entrée en vigueur de la Loi le 29 avril 2014.',
          ),
        },
      ),
    ],
    'employment-standards.recovery': [
      fact(
        {
          text: t(
            `${wageRecovery.en} Recruitment fees: The Immigration Services Act (in force 1 Jul 2024, replacing The Foreign Worker Recruitment and Immigration Services Act) makes it illegal to charge foreign workers recruitment fees or to make them repay the employer\u2019s recruitment costs, to take their property or to threaten deportation; complaints go to the Program Compliance Branch, which keeps the complainant\u2019s identity confidential, and licensed recruiters post security that can compensate victims.`,
            `${wageRecovery.fr} Frais de recrutement : la loi The Immigration Services Act (en vigueur le 1er juillet 2024, remplaçant The Foreign Worker Recruitment and Immigration Services Act) interdit d\u2019exiger des frais de recrutement des travailleurs étrangers ou de leur faire rembourser les frais de l\u2019employeur, de prendre leurs biens ou de menacer d\u2019expulsion; les plaintes vont à la Program Compliance Branch, qui protège l\u2019identité du plaignant, et les recruteurs titulaires d\u2019une licence fournissent une garantie pouvant indemniser les victimes.`,
          ),
        },
        {
          effective: { from: '2024-07-01' },
          citations: [
            esComplaint('recovery limited to wages payable within 12 months (s. 2-89)', 'secondary', checked),
            isa('ISA in force 1 Jul 2024, replaced FWRISA; recruitment fees illegal; source privilege; security to compensate victims', 'secondary', checked),
          ],
        },
      ),
      fact(
        {
          text: t(
            `${wageRecovery.en} Recruitment fees: The Foreign Worker Recruitment and Immigration Services Act (S.S. 2013, c. F-18.1, from 11 Oct 2013) prohibited employers from charging or recovering recruitment fees from foreign nationals and let foreign workers seek compensation for costs that are illegal under the Act.`,
            `${wageRecovery.fr} Frais de recrutement : The Foreign Worker Recruitment and Immigration Services Act (L.S. 2013, ch. F-18.1, depuis le 11 octobre 2013) interdisait aux employeurs d\u2019exiger ou de recouvrer des frais de recrutement auprès des ressortissants étrangers et permettait aux travailleurs étrangers de demander une indemnisation pour les frais illégaux.`,
          ),
        },
        {
          effective: { from: '2014-04-29', until: '2024-06-30' },
          citations: [
            esComplaint('recovery limited to wages payable within 12 months (s. 2-89)', 'secondary', checked),
            fwrisa('FWRISA proclaimed 11 Oct 2013: no recruitment fees; compensation for illegal costs', 'secondary', checked),
          ],
          verify: t(
            'That s. 2-89 has limited recovery this way since 29 Apr 2014 was not confirmed.',
            'Il n\u2019a pas été confirmé que l\u2019art. 2-89 limite ainsi le recouvrement depuis le 29 avril 2014.',
          ),
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
              'on a formal complaint Employment Standards contacts the employer; an anonymous complaint is for employees who want to stay employed',
              'secondary',
              {
                ...checked,
                url: 'http://www.saskatchewan.ca/business/employment-standards/complaints-investigations-enforcement-and-fines/employment-standards-investigations',
              },
            ),
          ],
        },
      ),
    ],
    'small-claims.limit': [
      fact(
        { maxDollars: 50_000, forum: SMALL_CLAIMS },
        { effective: { from: '2024-04-01' }, citations: [smallClaims2024('$50,000 from 1 Apr 2024, up from $30,000', 'secondary', checked)] },
      ),
      fact(
        { maxDollars: 30_000, forum: SMALL_CLAIMS },
        {
          effective: { from: '2016-02-04', until: '2024-03-31' },
          citations: [smallClaims2016('$30,000 from 4 Feb 2016, up from $20,000', 'secondary', checked)],
        },
      ),
      fact(
        { maxDollars: 20_000, forum: SMALL_CLAIMS },
        {
          effective: { from: NOT_RESEARCHED, until: '2016-02-03' },
          citations: [smallClaims2016('$20,000 before 4 Feb 2016', 'secondary', checked)],
        },
      ),
    ],
    'civil.limitation': [
      fact(
        {
          months: 24,
          rule: t(
            '2 years from the day the claim is discovered (The Limitations Act, S.S. 2004, c. L-16.1, s. 5).',
            'Deux ans à compter du jour où la réclamation est découverte (The Limitations Act, L.S. 2004, ch. L-16.1, art. 5).',
          ),
        },
        { effective: { from: '2005-05-01' }, citations: [limitations('in force 1 May 2005; standard two-year period from discovery', 'secondary', checked)] },
      ),
    ],
    'human-rights.limitation': [
      fact(
        {
          months: 12,
          body: SHRC,
          extension: t(
            'In exceptional cases the Commission may accept a complaint after one year if, in the Chief Commissioner\u2019s opinion, it is appropriate in the circumstances.',
            'Dans des cas exceptionnels, la Commission peut accepter une plainte après un an si le commissaire en chef l\u2019estime approprié dans les circonstances.',
          ),
        },
        {
          effective: { from: '2011-07-01' },
          citations: [
            shrc(
              'a complaint must be made within one year after the alleged incident; exceptional cases at the Chief Commissioner\u2019s discretion',
              'secondary',
              checked,
            ),
            shrc2011('2011 amendments in force 1 Jul 2011, cutting the limit from two years to one', 'secondary', checked),
          ],
        },
      ),
      fact(
        {
          months: 24,
          body: SHRC,
          extension: t('Extensions under the former Code were not researched.', 'Les prolongations sous l\u2019ancien Code n\u2019ont pas été recherchées.'),
        },
        {
          effective: { from: NOT_RESEARCHED, until: '2011-06-30' },
          citations: [shrc2008('complaint within two years of the incident', 'secondary', checked)],
        },
      ),
    ],
    'victim-compensation.program': [
      fact(
        {
          name: t('Victims Compensation Program (Saskatchewan)', 'Programme d\u2019indemnisation des victimes (Saskatchewan)'),
          months: 24,
          policeReportRequired: 'yes',
          traffickingCovered: 'unknown',
          extension: t(
            'Within 2 years of the injury; for sexual assault, within 2 years of the report to police. The crime must be reported to police (no charge or conviction needed) and be an offence listed in The Victims of Crime Regulations, 1997 (human trafficking not confirmed).',
            'Dans les 2 ans de la blessure; pour une agression sexuelle, dans les 2 ans du signalement à la police. Le crime doit être signalé à la police (sans accusation ni condamnation nécessaire) et figurer parmi les infractions du règlement de 1997 (la traite des personnes n\u2019est pas confirmée).',
          ),
        },
        {
          effective: START_NOT_RESEARCHED,
          citations: [
            victims('two years from the date of injury; sexual assault two years from the police report; crime reported to police', 'secondary', checked),
          ],
          verify: t(
            'The current saskatchewan.ca page was truncated in the retrieved copy; the two-year rule is confirmed by the 2007 and 2015 government pages only.',
            'La page actuelle de saskatchewan.ca était tronquée; la règle des deux ans n\u2019est confirmée que par les pages gouvernementales de 2007 et 2015.',
          ),
        },
      ),
    ],
    'social-assistance.access': [
      fact(
        {
          program: t('Saskatchewan Income Support (SIS)', 'Soutien du revenu de la Saskatchewan (SIS)'),
          byStatus: {
            citizen: 'eligible',
            'permanent-resident': 'eligible',
            'protected-person': 'eligible',
            'refugee-claimant': 'unknown',
            'temporary-resident-permit': 'unknown',
            'no-status': 'ineligible',
            'work-permit-employer-specific': 'ineligible',
            'work-permit-open': 'conditional',
            'study-permit': 'ineligible',
            visitor: 'ineligible',
            unknown: 'unknown',
          },
          conditions: t(
            'Eligible: Canadian citizens, permanent residents, people with "refugee status", and people in Canada under the Canada-Ukraine authorization for emergency travel (CUAET, usually on an open work permit). Whether "refugee status" covers refugee claimants, and whether a TRP qualifies, is not settled in the sources. Applying authorizes Social Services to check the information and share it with other government ministries.',
            'Admissibles : citoyens, résidents permanents, personnes ayant le « statut de réfugié » et personnes au Canada en vertu de l\u2019autorisation de voyage d\u2019urgence Canada-Ukraine (AVUCU, habituellement avec un permis de travail ouvert). Les sources ne disent pas si le « statut de réfugié » vise les demandeurs d\u2019asile, ni si un PST est admissible. La demande autorise les Services sociaux à vérifier les renseignements et à les communiquer à d\u2019autres ministères.',
          ),
          sharesWithImmigration: 'unknown',
        },
        {
          effective: START_NOT_RESEARCHED,
          citations: [
            sis('citizen, permanent resident, refugee status, or CUAET', 'secondary', checked),
            plea('information may be shared with other government ministries', 'secondary', checked),
          ],
        },
      ),
    ],
  },
};
