// Manitoba. Sources: official Manitoba government and commission pages, the Appeal Commission's
// published decisions under The Victims' Bill of Rights, and secondary commentary (issue #19).
// Nothing here was read in the text of a statute: every record is 'secondary' or 'unverified'.
import { fact, t, START_NOT_RESEARCHED, NOT_RESEARCHED } from '../build';
import type { Jurisdiction } from '../model';
import { secondarySource } from '../sources';
import { PROVINCES_REVIEWED_ON } from './shared';

const checked = { lastReviewed: PROVINCES_REVIEWED_ON };

const esClaims = secondarySource(
  'Government of Manitoba, Employment Standards, "File a Claim" (The Employment Standards Code, C.C.S.M. c. E110)',
  'https://www.gov.mb.ca/labour/standards/claims.html',
);
const esFactSheet = secondarySource(
  'Government of Manitoba, Employment Standards fact sheet "Filing a Claim" (C.C.S.M. c. E110)',
  'http://www.gov.mb.ca/labour/standards/doc,filing-claim,factsheet.html',
);
const wrapaLexology = secondarySource(
  'Lexology, on The Worker Recruitment and Protection Act, C.C.S.M. c. W197 (S.M. 2008, c. 23) and its regulations coming into effect on 1 Apr 2009',
  'https://www.lexology.com/library/detail.aspx?g=c178973b-c8cb-4806-ab8f-0b7eadc15318',
);
const wrapaMondaq = secondarySource(
  'Mondaq, "When employers may be liable for recruiters\' illegal fees charged to foreign workers" (24 Feb 2026) (C.C.S.M. c. W197)',
  'https://www.mondaq.com/canada/employee-rights-labour-relations/1748434/when-employers-may-be-liable-for-recruiters-illegal-fees-charged-to-foreign-workers',
);
const smallClaims2025 = secondarySource(
  'Pitblado Law, "Manitoba small claims court limit increasing" (The Court of King\'s Bench Small Claims Practices Act, regulation amended); CBC News (14 Nov 2024)',
  'https://www.pitblado.com/manitoba-small-claims-court-limit-increasing',
);
const limitations2022 = secondarySource(
  'MLT Aikins, "September 30, 2024 is a crucial date for litigation in Manitoba" (The Limitations Act, S.M. 2021, c. 44, in force 30 Sep 2022)',
  'https://mltaikins.com/litigation/take-note-september-30-2024-is-a-crucial-date-for-litigation-in-manitoba',
);
const oldLimitations = secondarySource(
  'Simon Reimer (SNJ), "The New Limitations Act: What you need to know" (23 Sep 2022), on the former Limitation of Actions Act',
  'https://snj.ca/the-new-limitations-act-what-you-need-to-know',
);
const mhrc = secondarySource(
  'Manitoba Human Rights Commission, "Guide to Filing a Complaint" (The Human Rights Code, C.C.S.M. c. H175)',
  'https://manitobahumanrights.ca/complaints/guides/guide_filing_complaint.html',
);
const cvcp = secondarySource(
  "Government of Manitoba, Compensation for Victims of Crime Program (The Victims' Bill of Rights, C.C.S.M. c. V55)",
  'https://www.manitoba.ca/justice/vs/cvc/print,index.html',
);
const appeal0124 = secondarySource(
  "Manitoba Appeal Commission, Decision #01/24 (Victims' Rights), quoting The Victims' Bill of Rights, s. 51(1)",
  'https://www.appeal.mb.ca/public-decisions/display,decision/4278',
);
const appeal0803 = secondarySource(
  "Manitoba Appeal Commission, Decision #08/03 (Victims' Rights): the Director may extend the one-year limit under s. 51(2)",
  'https://www.appeal.mb.ca/public-decisions/display,decision/1212',
);
const eiaIntake = secondarySource(
  'Government of Manitoba, Employment and Income Assistance Administrative Manual, s. 6.1.2 (intake) and s. 13 (immigrants)',
  'https://www.gov.mb.ca/fs/eia_manual/sec6/index.html',
);

const ESB = t('Manitoba Employment Standards Branch', 'Direction des normes d\u2019emploi du Manitoba');
const MHRC = t('Manitoba Human Rights Commission', 'Commission des droits de la personne du Manitoba');
const CVCP = t('Compensation for Victims of Crime Program (Manitoba)', 'Programme d\u2019indemnisation des victimes d\u2019actes criminels (Manitoba)');
const SMALL_CLAIMS = t(
  'Court of King\u2019s Bench, small claims (heard by a court officer)',
  'Cour du Banc du Roi, petites créances (entendues par un fonctionnaire judiciaire)',
);

export const mb: Jurisdiction = {
  code: 'MB',
  name: t('Manitoba', 'Manitoba'),
  review: {
    status: 'reviewed',
    note: t(
      'Reviewed in December 2026 against official Manitoba government, commission and Appeal Commission pages and secondary commentary; no provision was read in the statute itself.',
      'Examiné en décembre 2026 à partir de pages officielles du gouvernement, de la Commission et de la Commission d\u2019appel du Manitoba et de commentaires; aucune disposition n\u2019a été lue dans la loi elle-même.',
    ),
  },
  params: {
    'employment-standards.limitation': [
      fact(
        {
          months: 6,
          trigger: 'employmentEnded',
          body: ESB,
          extension: t(
            'No extension found. The Branch says claims must be filed within 6 months of the last day worked or 6 months after the wages were due; after 6 months it "may not be able to investigate". A court action for wages remains possible (The Employment Standards Code keeps civil remedies).',
            'Aucune prolongation trouvée. La Direction indique que la plainte doit être déposée dans les 6 mois du dernier jour travaillé ou de la date où le salaire était dû; après 6 mois, elle « pourrait ne pas pouvoir enquêter ». Une action en justice pour salaire reste possible (le Code conserve les recours civils).',
          ),
        },
        {
          effective: START_NOT_RESEARCHED,
          citations: [
            esClaims('claims within six months of the last day of work or when the incident happened', 'secondary', checked),
            esFactSheet('complaints filed within 6 months from the last day worked or 6 months after the wages were due', 'secondary', checked),
          ],
        },
      ),
    ],
    'employment-standards.recovery': [
      fact(
        {
          text: t(
            'How far back wages can be recovered, and any cap, were not confirmed in the sources (unverified). Recruitment fees: The Worker Recruitment and Protection Act (C.C.S.M. c. W197, in effect 1 Apr 2009) forbids charging a worker any fee for finding or seeking work; the employer is liable for fees a recruiter charged, and the worker may recover an illegal fee from the employer even if it did not know (secondary). Foreign-worker recruiters must be licensed and employers registered with Employment Standards.',
            'La période de recouvrement du salaire et tout plafond n\u2019ont pas été confirmés (non vérifié). Frais de recrutement : la Loi sur le recrutement et la protection des travailleurs (C.P.L.M. c. W197, en vigueur le 1er avril 2009) interdit d\u2019exiger d\u2019un travailleur des frais pour lui trouver un emploi; l\u2019employeur répond des frais exigés par un recruteur, et le travailleur peut recouvrer auprès de lui des frais illégaux même s\u2019il l\u2019ignorait (secondaire). Les recruteurs de travailleurs étrangers doivent être titulaires d\u2019une licence et les employeurs, inscrits auprès des Normes d\u2019emploi.',
          ),
        },
        {
          effective: { from: '2009-04-01' },
          citations: [
            esClaims('recovery period and cap not stated', 'unverified', checked),
            wrapaLexology('WRAPA and regulations in effect 1 Apr 2009; no fees to temporary foreign workers; employer liable for fees', 'secondary', checked),
            wrapaMondaq('worker may recover an illegal fee from the employer, even one an unlicensed recruiter charged', 'secondary', checked),
          ],
        },
      ),
      fact(
        {
          text: t(
            'How far back wages could be recovered, and any cap, were not confirmed in the sources (unverified). The Worker Recruitment and Protection Act (recruitment fees) was not yet in effect.',
            'La période de recouvrement du salaire et tout plafond n\u2019ont pas été confirmés (non vérifié). La Loi sur le recrutement et la protection des travailleurs (frais de recrutement) n\u2019était pas encore en vigueur.',
          ),
        },
        {
          effective: { from: NOT_RESEARCHED, until: '2009-03-31' },
          citations: [esClaims('recovery period and cap not stated', 'unverified', checked), wrapaLexology('WRAPA in effect 1 Apr 2009', 'secondary', checked)],
        },
      ),
    ],
    'employment-standards.complaint-disclosed-to-employer': [
      fact(
        { disclosed: 'yes' },
        {
          effective: START_NOT_RESEARCHED,
          citations: [esClaims('the Branch investigates "by speaking to both you and the employer"', 'secondary', checked)],
        },
      ),
    ],
    'small-claims.limit': [
      fact(
        { maxDollars: 20_000, forum: SMALL_CLAIMS },
        { effective: { from: '2025-01-01' }, citations: [smallClaims2025('$20,000 from 1 Jan 2025, up from $15,000', 'secondary', checked)] },
      ),
      fact(
        { maxDollars: 15_000, forum: SMALL_CLAIMS },
        {
          effective: { from: NOT_RESEARCHED, until: '2024-12-31' },
          citations: [smallClaims2025('$15,000 before 1 Jan 2025 (when it rose from $10,000 was not researched)', 'secondary', checked)],
        },
      ),
    ],
    'civil.limitation': [
      fact(
        {
          months: 24,
          rule: t(
            '2 years from discovery of the claim (The Limitations Act, S.M. 2021, c. 44, in force 30 Sep 2022); claims discovered before then have transitional rules.',
            'Deux ans à compter de la découverte de la réclamation (Loi sur la prescription, L.M. 2021, ch. 44, en vigueur le 30 septembre 2022); règles transitoires pour les réclamations découvertes avant.',
          ),
        },
        { effective: { from: '2022-09-30' }, citations: [limitations2022('basic 2-year period from discovery; in force 30 Sep 2022', 'secondary', checked)] },
      ),
      fact(
        {
          months: 72,
          rule: t(
            'Former Limitation of Actions Act: periods of 1 to 10 years from when the cause of action arose; claims not specifically listed had 6 years (secondary; check the period for the claim at hand).',
            'Ancienne Loi sur la prescription (Limitation of Actions Act) : délais de 1 à 10 ans depuis la naissance de la cause d\u2019action; 6 ans pour les réclamations non visées expressément (secondaire; vérifier le délai applicable).',
          ),
        },
        {
          effective: { from: NOT_RESEARCHED, until: '2022-09-29' },
          citations: [oldLimitations('claims not specifically covered: six years from when the cause of action arose', 'secondary', checked)],
        },
      ),
    ],
    'human-rights.limitation': [
      fact(
        {
          months: 12,
          body: MHRC,
          extension: t(
            'The Commission says that in some cases the time limit can be extended, and that it may not apply to continuing discrimination (for example, a policy).',
            'La Commission indique que le délai peut être prolongé dans certains cas et qu\u2019il peut ne pas s\u2019appliquer à une discrimination continue (par exemple, une politique).',
          ),
        },
        {
          effective: START_NOT_RESEARCHED,
          citations: [
            mhrc(
              'complaints must be registered within one (1) year of the alleged discriminatory act; in some cases the time limit can be extended',
              'secondary',
              checked,
            ),
          ],
          verify: t(
            'An older, undated guide gives six months for Manitoba; when the one-year period began was not researched.',
            'Un guide plus ancien, non daté, indique six mois au Manitoba; la date de début du délai d\u2019un an n\u2019a pas été recherchée.',
          ),
        },
      ),
    ],
    'victim-compensation.program': [
      fact(
        {
          name: CVCP,
          months: 12,
          policeReportRequired: 'yes',
          traffickingCovered: 'unknown',
          extension: t(
            'Within one year of the incident, or of the day the victim knew or ought to have known the nature and effects of the injuries (s. 51(1)); the Director may extend the time (s. 51(2)), in practice for minors, incapacity or sexual assault. The crime must be reported to police as soon as possible, and covered crimes are listed by regulation (human trafficking not confirmed).',
            'Dans l\u2019année de l\u2019incident, ou du jour où la victime a connu ou aurait dû connaître la nature et les effets de ses blessures (par. 51(1)); le directeur peut prolonger le délai (par. 51(2)), en pratique pour les mineurs, l\u2019incapacité ou l\u2019agression sexuelle. Le crime doit être signalé à la police dès que possible; les crimes visés sont énumérés par règlement (la traite des personnes n\u2019est pas confirmée).',
          ),
        },
        {
          effective: START_NOT_RESEARCHED,
          citations: [
            appeal0124('s. 51(1): within one year of the incident or of awareness of the injuries', 'secondary', checked),
            cvcp('apply within one year of the crime; formal report to police as soon as possible; crimes listed in the regulation', 'secondary', checked),
            appeal0803('s. 51(2): the Director may extend the time', 'secondary', checked),
          ],
        },
      ),
    ],
    'social-assistance.access': [
      fact(
        {
          program: t('Employment and Income Assistance (EIA)', 'Aide à l\u2019emploi et au revenu (AER)'),
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
            'Anyone in Manitoba who asks for support must be given the chance to apply, and eligibility is decided in the application (EIA manual s. 6.1.2). The manual\u2019s rules for immigrants (s. 13) were not retrieved, so eligibility by immigration status is not encoded: ask EIA.',
            'Toute personne au Manitoba qui demande de l\u2019aide doit pouvoir présenter une demande, et l\u2019admissibilité est décidée dans ce cadre (manuel de l\u2019AER, s. 6.1.2). Les règles du manuel visant les immigrants (s. 13) n\u2019ont pas été consultées : l\u2019admissibilité selon le statut n\u2019est pas encodée; se renseigner auprès de l\u2019AER.',
          ),
          sharesWithImmigration: 'unknown',
        },
        {
          effective: START_NOT_RESEARCHED,
          citations: [
            eiaIntake('s. 6.1.2: any person in Manitoba is given the opportunity to apply', 'secondary', checked),
            eiaIntake('s. 13: rules for immigrants not retrieved', 'unverified', checked),
          ],
        },
      ),
    ],
  },
};
