// Nova Scotia. Sources: official Government of Nova Scotia, Human Rights Commission and court pages,
// and secondary commentary (issue #19). Nothing here was read in the official text of a statute:
// every record is 'secondary' or 'unverified'.
import { fact, t, START_NOT_RESEARCHED, NOT_RESEARCHED } from '../build';
import type { Jurisdiction, Localized } from '../model';
import { secondarySource } from '../sources';
import { PROVINCES_REVIEWED_ON } from './shared';

const checked = { lastReviewed: PROVINCES_REVIEWED_ON };

const lsProcess = secondarySource(
  'Government of Nova Scotia, Labour Standards "Complaint Process" (Labour Standards Code, R.S.N.S. 1989, c. 246)',
  'https://novascotia.ca/lae/employmentrights/process.asp',
);
const halifaxWac = secondarySource(
  "Halifax Workers' Action Centre, Workers' Rights Guide: Labour Standards complaints",
  'https://www.halifaxwac.ca/workers-rights-guide/niche-eszfp-2w69l-b5xxb-dbc75-k76hx-lfw35-znp5f-gnd45-t9yjy-74zj5-plaxz-dlsje-exy46-kmtty-c3ph6-kbge4-7w9wz-8nnnd-n8rxl-wwmkl-zfj3z-c672f-7hsgg-n7lny',
);
const recruiterLicence = secondarySource(
  'Government of Nova Scotia, "Foreign Workers – Recruiter Licence Fact Sheet" (Labour Standards Code)',
  'https://novascotia.ca/lae/employmentrights/FW/ForeignWorkerRecruitmentLicence.asp',
);
const stewartMcKelvey = secondarySource(
  'Stewart McKelvey, "Nova Scotia amends foreign worker rules…" (Code amended 19 May 2011; recruiter licences from 1 May 2013, employer registration from 1 Aug 2013)',
  'https://stewartmckelvey.com/thought-leadership/client-update-nova-scotia-amends-foreign-worker-rules-to-exempt-some-recruiters-and-employers-from-licensing-and-registration-requirements',
);
const smallClaims = secondarySource(
  'Nova Scotia Courts, Small Claims Court (Small Claims Court Act, R.S.N.S. 1989, c. 430)',
  'http://courts.ns.ca/small_claims_court/nsscc_home.htm',
);
const limitations = secondarySource(
  'Legal Information Society of Nova Scotia, "Time limits for suing" (Limitation of Actions Act, S.N.S. 2014, c. 35, in force 1 Sep 2015)',
  'https://www.legalinfo.org/fr/representing-yourself/time-limits-for-suing',
);
const oldLimitations = secondarySource(
  'Burchell Wickwire Bryson, "Limitation period hard stop approaching" (former Limitation of Actions Act)',
  'https://bwbllp.ca/news/limitation-period-hard-stop-approaching',
);
const nshrc = secondarySource(
  'Nova Scotia Human Rights Commission, "The incident I am inquiring about happened more than 12 months ago…" (Human Rights Act, R.S.N.S. 1989, c. 214)',
  'https://humanrights.novascotia.ca/incident-i-am-inquiring-about-happened-more-12-months-ago-what-does-mean',
);
const nshrc2008 = secondarySource(
  'Special Needs NS blog, "Heads up: new limitation period" (30 Jun 2008), quoting the amendment to the Human Rights Act',
  'https://specialneeds-ns.blogspot.com/2008/06/heads-up-new-limitation-period-for.html',
);
const cicp = secondarySource(
  'Canadian Resource Centre for Victims of Crime, "A victim\'s guide to financial assistance in Nova Scotia" (Criminal Injuries Counselling Program, Victims\' Rights and Services Act, S.N.S. 1989, c. 14)',
  'http://www.victimsofviolence.on.ca/victim-information-library/guide-financial-assistance-victims/a-victims-guide-to-financial-assistance-in-nova-scotia/',
);
const cicp2024 = secondarySource(
  'CTV News Atlantic, "Nova Scotia Justice Department to provide more resources to victims of crime" (2024); N.S. Reg. 212/2024, effective 22 Oct 2024 (RRI Canada summary)',
  'https://atlantic.ctvnews.ca/nova-scotia-justice-department-to-provide-more-resources-to-victims-of-crime-1.7068223',
);
const esia = secondarySource(
  'Employment Support and Income Assistance Regulations, N.S. Reg. 195/2019 (table of contents: age, residency in the Province)',
  'http://www.gov.ns.ca/just/regulations/regs/esiaregs.htm',
);

const LSD = t('Nova Scotia Labour Standards Division', 'Division des normes du travail de la Nouvelle-Écosse');
const NSHRC = t('Nova Scotia Human Rights Commission', 'Commission des droits de la personne de la Nouvelle-Écosse');
const SMALL_CLAIMS = t('Small Claims Court of Nova Scotia (adjudicators)', 'Cour des petites créances de la Nouvelle-Écosse (arbitres)');
const CICP = t('Criminal Injuries Counselling Program (Nova Scotia)', 'Programme de counseling pour les victimes d\u2019actes criminels (Nouvelle-Écosse)');

const sixMonthLookback: Localized = t(
  'Labour Standards can only order pay owed within the 6 months before the complaint was filed.',
  'Les Normes du travail ne peuvent ordonner que le paiement des sommes dues dans les 6 mois précédant la plainte.',
);

export const ns: Jurisdiction = {
  code: 'NS',
  name: t('Nova Scotia', 'Nouvelle-Écosse'),
  review: {
    status: 'reviewed',
    note: t(
      'Reviewed in December 2026 against official Nova Scotia government, Human Rights Commission and court pages and secondary commentary; no provision was read in the statute itself.',
      'Examiné en décembre 2026 à partir de pages officielles du gouvernement, de la Commission des droits de la personne et des tribunaux de la Nouvelle-Écosse et de commentaires; aucune disposition n\u2019a été lue dans la loi elle-même.',
    ),
  },
  params: {
    'employment-standards.limitation': [
      fact(
        {
          months: 6,
          trigger: 'wagesDue',
          body: LSD,
          extension: t(
            'No extension found: a complaint filed more than 6 months after a violation does not move forward. The complaint form itself must reach Labour Standards in time; a phone call is not enough.',
            'Aucune prolongation trouvée : une plainte déposée plus de 6 mois après une violation n\u2019est pas traitée. Le formulaire lui-même doit parvenir aux Normes du travail à temps; un appel ne suffit pas.',
          ),
        },
        {
          effective: START_NOT_RESEARCHED,
          citations: [
            lsProcess('complaints within six months of a violation; only pay owed within the preceding 6 months can be ordered', 'secondary', checked),
            halifaxWac('the form must be filed in time; a phone call is not enough', 'secondary', checked),
          ],
        },
      ),
    ],
    'employment-standards.recovery': [
      fact(
        {
          text: t(
            `${sixMonthLookback.en} Recruitment fees: since the Labour Standards Code was amended on 19 May 2011, no one may charge or collect a fee, directly or indirectly, from any worker (including a foreign worker) for helping them seek or find work; foreign-worker recruiters need a licence (from 1 May 2013) and employers of foreign workers must register (from 1 Aug 2013). Complaints go to Labour Standards.`,
            `${sixMonthLookback.fr} Frais de recrutement : depuis la modification du Code des normes du travail le 19 mai 2011, nul ne peut exiger ni percevoir, directement ou indirectement, de frais d\u2019un travailleur (y compris un travailleur étranger) pour l\u2019aider à chercher ou trouver un emploi; les recruteurs de travailleurs étrangers doivent détenir une licence (depuis le 1er mai 2013) et leurs employeurs, s\u2019inscrire (depuis le 1er août 2013). Les plaintes vont aux Normes du travail.`,
          ),
        },
        {
          effective: { from: '2011-05-19' },
          citations: [
            lsProcess('only pay owed within the 6-month period preceding the complaint', 'secondary', checked),
            recruiterLicence('illegal to charge or collect a fee from any worker for helping the worker seek or find work', 'secondary', checked),
            stewartMcKelvey('Code amended 19 May 2011 to prohibit recruitment fees; licensing 1 May 2013; registration 1 Aug 2013', 'secondary', checked),
          ],
          verify: t(
            'The fee prohibition is dated from the 19 May 2011 amendment as the commentary gives it; its exact coming into force was not confirmed.',
            'L\u2019interdiction des frais est datée de la modification du 19 mai 2011, selon le commentaire; sa date exacte d\u2019entrée en vigueur n\u2019a pas été confirmée.',
          ),
        },
      ),
      fact(
        { text: sixMonthLookback },
        {
          effective: { from: NOT_RESEARCHED, until: '2011-05-18' },
          citations: [lsProcess('only pay owed within the 6-month period preceding the complaint (earlier start not researched)', 'unverified', checked)],
        },
      ),
    ],
    'employment-standards.complaint-disclosed-to-employer': [
      fact(
        { disclosed: 'yes' },
        {
          effective: START_NOT_RESEARCHED,
          citations: [halifaxWac('an officer may contact the parties and help both sides reach a settlement, or investigate', 'secondary', checked)],
        },
      ),
    ],
    'small-claims.limit': [
      fact(
        { maxDollars: 25_000, forum: SMALL_CLAIMS },
        {
          effective: START_NOT_RESEARCHED,
          citations: [smallClaims('claims up to $25,000, not including interest and costs', 'secondary', checked)],
          verify: t(
            'Raised from $15,000 to $25,000 in 2006 (Canadian Forum on Civil Justice); the exact date was not researched.',
            'Porté de 15 000 $ à 25 000 $ en 2006 (Forum canadien sur la justice civile); la date exacte n\u2019a pas été recherchée.',
          ),
        },
      ),
    ],
    'civil.limitation': [
      fact(
        {
          months: 24,
          rule: t(
            '2 years from discovery of the claim (Limitation of Actions Act, S.N.S. 2014, c. 35, in force 1 Sep 2015); no limit for sexual misconduct or abuse claims.',
            'Deux ans à compter de la découverte de la réclamation (Limitation of Actions Act, L.N.-É. 2014, ch. 35, en vigueur le 1er septembre 2015); aucun délai pour l\u2019inconduite ou les abus sexuels.',
          ),
        },
        {
          effective: { from: '2015-09-01' },
          citations: [limitations('two-year basic limitation period from discovery, law since 1 Sep 2015', 'secondary', checked)],
        },
      ),
      fact(
        {
          months: 72,
          rule: t(
            'Former Limitation of Actions Act: most claims had 6 years, often extendable by a judge (secondary).',
            'Ancienne loi : la plupart des réclamations avaient 6 ans, souvent prolongeables par un juge (secondaire).',
          ),
        },
        {
          effective: { from: NOT_RESEARCHED, until: '2015-08-31' },
          citations: [oldLimitations('most breaches had a six-year limitation period', 'secondary', checked)],
        },
      ),
    ],
    'human-rights.limitation': [
      fact(
        {
          months: 12,
          body: NSHRC,
          extension: t(
            'The Director may grant up to 12 more months, only in exceptional circumstances, where it is in the public interest and equitable having regard to any prejudice; the decision is reviewable by the Supreme Court of Nova Scotia.',
            'Le directeur peut accorder jusqu\u2019à 12 mois de plus, seulement dans des circonstances exceptionnelles, si c\u2019est dans l\u2019intérêt public et équitable compte tenu de tout préjudice; la décision peut faire l\u2019objet d\u2019un contrôle judiciaire devant la Cour suprême de la Nouvelle-Écosse.',
          ),
        },
        {
          effective: { from: '2008-06-30' },
          citations: [
            nshrc('statutory 12-month filing period from the last alleged date of discrimination; extension of up to 12 more months', 'secondary', checked),
            nshrc2008('one-year limitation in force 30 Jun 2008; no legislated limit before', 'secondary', checked),
          ],
        },
      ),
    ],
    'victim-compensation.program': [
      fact(
        {
          name: CICP,
          months: 12,
          noLimitFor: t(
            'sexual offences by a person in a position of trust or authority',
            'infractions sexuelles commises par une personne en situation de confiance ou d\u2019autorité',
          ),
          policeReportRequired: 'yes',
          traffickingCovered: 'yes',
          extension: t(
            'The program pays for counselling only (survivors of human trafficking: up to $8,235 over three years since 22 Oct 2024). Children have until age 20; the time may be extended if circumstances prevented the application. The crime must be reported to police and the victim must cooperate (no charge or conviction needed).',
            'Le programme ne paie que du counseling (survivants de la traite : jusqu\u2019à 8 235 $ sur trois ans depuis le 22 octobre 2024). Les enfants ont jusqu\u2019à 20 ans; le délai peut être prolongé si des circonstances ont empêché la demande. Le crime doit être signalé à la police et la victime doit collaborer (sans accusation ni condamnation nécessaire).',
          ),
        },
        {
          effective: { from: '2024-10-22' },
          citations: [
            cicp(
              'one year from the crime; no limit for sexual offences by persons in authority; children until 20; police report and cooperation',
              'secondary',
              checked,
            ),
            cicp2024('human trafficking survivors $8,235 over three years; N.S. Reg. 212/2024 effective 22 Oct 2024', 'secondary', checked),
          ],
        },
      ),
      fact(
        {
          name: CICP,
          months: 12,
          noLimitFor: t(
            'sexual offences by a person in a position of trust or authority',
            'infractions sexuelles commises par une personne en situation de confiance ou d\u2019autorité',
          ),
          policeReportRequired: 'yes',
          traffickingCovered: 'yes',
          extension: t(
            'Counselling only; survivors of human trafficking had a smaller amount over two years (reports differ: $2,000 or $4,000). Children had until age 20; extensions were possible.',
            'Counseling seulement; les survivants de la traite avaient un montant moindre sur deux ans (les sources divergent : 2 000 $ ou 4 000 $). Les enfants avaient jusqu\u2019à 20 ans; des prolongations étaient possibles.',
          ),
        },
        {
          effective: { from: NOT_RESEARCHED, until: '2024-10-21' },
          citations: [
            cicp('one year from the crime (undated guide)', 'secondary', checked),
            cicp2024('earlier amount for human trafficking survivors over two years', 'secondary', checked),
          ],
        },
      ),
    ],
    'social-assistance.access': [
      fact(
        {
          program: t('Employment Support and Income Assistance (ESIA)', 'Soutien à l\u2019emploi et aide au revenu (SEAR)'),
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
            'The regulations set eligibility by age, residency in the Province and need; rules by immigration status were not found in the retrieved sources, so they are not encoded: ask the Department of Community Services.',
            'Le règlement fixe l\u2019admissibilité selon l\u2019âge, la résidence dans la province et le besoin; les règles selon le statut d\u2019immigration n\u2019ont pas été trouvées : elles ne sont pas encodées. Se renseigner auprès du ministère des Services communautaires.',
          ),
          sharesWithImmigration: 'unknown',
        },
        {
          effective: START_NOT_RESEARCHED,
          citations: [esia('eligibility: age of applicant, residency in Province; no immigration-status rule found', 'unverified', checked)],
        },
      ),
    ],
  },
};
