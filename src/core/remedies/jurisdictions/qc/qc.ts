// Quebec. Sources: research notes §6–§10 and the pages they cite.
// French wording: a citation quoting a provision carries its official French text in `quoteFr` (shown to
// readers in French), as read on LégisQuébec or its CAIJ copy on 5 Dec 2026: LNT s. 115 and 123, C.c.Q.
// art. 2925 and 2926.1, Charter art. 77, former C.p.c. art. 953. Not retrieved as of 5 Dec 2026 (listed in
// provinces-french-wording.test.ts): LNT s. 103 and C.p.c. art. 538 (found in English only), and the Loi sur
// l'aide aux personnes et aux familles, art. 26 (cited without its words).
import { fact, START_NOT_RESEARCHED, NOT_RESEARCHED } from '../../build';
import type { Jurisdiction } from '../../model';
import { secondarySource, QC_SOURCES } from '../../sources';
import { PROVINCES_REVIEWED_ON } from '../shared/shared';
import { wordingOf } from '../../../wording';
import en from './wording/en.json';
import fr from './wording/fr.json';

/** This file's sentences, by code (./wording/en.json, ./wording/fr.json). */
const wording = wordingOf('remedies/jurisdictions/qc', { en, fr });

/** The sources this file cites, from the register (sources.ts). */
const { lnt, cdpdj, ivac, rapf, lntS103, cpcS953, cpcS538 } = QC_SOURCES;

// ---- Read on LégisQuébec (the official publisher, "Ce document a valeur officielle") on 5 Dec 2026 ----
/** A provision read on LégisQuébec, the Quebec official publisher's site: official text, quoted in the pinpoint. */
const legisQuebec = (source: string, url: string) => (pinpoint: string, quoteFr?: string) =>
  secondarySource(source, url)(pinpoint, 'official-text', { lastReviewed: PROVINCES_REVIEWED_ON, quoteFr });
const lntS115 = legisQuebec(
  'Act respecting labour standards / Loi sur les normes du travail, CQLR c. N-1.1, s. 115 (LégisQuébec; French text also reproduced by the CNESST)',
  'https://www.legisquebec.gouv.qc.ca/en/version/cs/n-1.1?code=se:115&history=20231206',
);
const lntS123 = legisQuebec(
  'Loi sur les normes du travail, RLRQ c. N-1.1, art. 123 (LégisQuébec, French text)',
  'http://legisquebec.gouv.qc.ca/fr/showversion/cs/N-1.1?code=se:123&pointInTime=20181213',
);
const ccqS2926_1 = legisQuebec(
  'Civil Code of Québec / Code civil du Québec, CQLR c. CCQ-1991, art. 2926.1 (LégisQuébec, French text as amended by 2020, c. 13 and 2020, c. 28)',
  'http://legisquebec.gouv.qc.ca/fr/showversion/cs/CCQ-1991?code=se:2926_1&pointInTime=20181113',
);
/** Art. 2925 C.c.Q. and art. 77 of the Charter as reproduced, in both official languages, by the CAIJ (Barreau du Québec); not the official publisher. */
const caij = (source: string, url: string) => (pinpoint: string, quoteFr?: string) =>
  secondarySource(source, url)(pinpoint, 'secondary', { lastReviewed: PROVINCES_REVIEWED_ON, quoteFr });
const ccqS2925 = caij(
  'Civil Code of Québec / Code civil du Québec, art. 2925, as reproduced by CAIJ eLois (current to 8 June 2024)',
  'https://elois.caij.qc.ca/CCQ-1991/article2925',
);
const charterS77 = caij(
  'Charter of human rights and freedoms / Charte des droits et libertés de la personne, CQLR c. C-12, art. 77, as reproduced by CAIJ eLois (current to 20 Feb 2024)',
  'https://elois.caij.qc.ca/C-12/article77',
);

const CNESST = wording('qc.cnesst');
const CDPDJ = wording('qc.cdpdj');

export const qc: Jurisdiction = {
  code: 'QC',
  name: wording('qc.qc.name'),
  review: {
    status: 'reviewed',
    note: wording('qc.qc.review.note'),
  },
  params: {
    'employment-standards.limitation': [
      fact(
        {
          months: 12,
          trigger: 'wagesDue',
          body: CNESST,
          extension: wording('qc.qc.params.employment-standards.limitation.0.extension'),
        },
        {
          effective: START_NOT_RESEARCHED,
          citations: [
            lntS115(
              's. 115: "A civil action brought under this Act or a regulation is prescribed by one year from each due date." / art. 115 : « Une action civile intentée en vertu de la présente loi ou d\u2019un règlement se prescrit par un an à compter de chaque échéance. » (1979, c. 45, s. 115)',
              '« Une action civile intentée en vertu de la présente loi ou d\u2019un règlement se prescrit par un an à compter de chaque échéance. »',
            ),
            lntS123(
              'art. 123 : « Une personne salariée qui croit avoir été victime d\u2019une pratique interdite en vertu de l\u2019article 122 et qui désire faire valoir ses droits doit le faire auprès de la Commission [...] dans les 45 jours de la pratique dont elle se plaint. » (2022, c. 22, a. 179)',
              '« Une personne salariée qui croit avoir été victime d\u2019une pratique interdite en vertu de l\u2019article 122 et qui désire faire valoir ses droits doit le faire auprès de la Commission des normes, de l\u2019équité, de la santé et de la sécurité du travail dans les 45 jours de la pratique dont elle se plaint. »',
            ),
          ],
        },
      ),
    ],
    'employment-standards.recovery': [
      fact(
        {
          text: wording('qc.qc.params.employment-standards.recovery.0.text'),
        },
        { effective: START_NOT_RESEARCHED, citations: [lnt('scope of money claims', 'secondary')] },
      ),
    ],
    'employment-standards.complaint-disclosed-to-employer': [
      fact(
        { disclosed: 'no' },
        {
          effective: START_NOT_RESEARCHED,
          citations: [
            lntS103(
              's. 103: "The Commission shall not, during the inquiry, disclose the identity of an employee by or on behalf of whom a complaint has been filed, unless the latter consents to it." (1979, c. 45, s. 103; 1990, c. 73, s. 46)',
            ),
          ],
        },
      ),
    ],
    'small-claims.limit': [
      fact(
        { maxDollars: 15_000, forum: wording('qc.qc.params.small-claims.limit.0.forum') },
        {
          effective: { from: '2015-01-01' },
          citations: [
            cpcS953(
              'art. 953 (version modifiée par 2014, c. 10, a. 2) : « Les sommes réclamées dans une demande portant sur une petite créance, c\u2019est-à-dire: a) une créance qui n\u2019excède pas 15 000 $, sans tenir compte des intérêts; [...] ne peuvent être recouvrées en justice que suivant le présent livre. »',
              '« Les sommes réclamées dans une demande portant sur une petite créance, c\u2019est-à-dire: a) une créance qui n\u2019excède pas 15 000 $, sans tenir compte des intérêts; [...] ne peuvent être recouvrées en justice que suivant le présent livre. »',
            ),
            cpcS538(
              'art. 538 (in force with the new Code, 1 Jan 2016): "A plaintiff may voluntarily reduce the amount claimed to $15,000 or less, but cannot divide a claim exceeding that amount into two or more claims not exceeding that amount, under pain of dismissal of the application." (2014, c. 1, a. 538)',
            ),
          ],
          verify: wording('qc.qc.params.small-claims.limit.0.verify'),
        },
      ),
      fact(
        { maxDollars: 7_000, forum: wording('qc.qc.params.small-claims.limit.1.forum') },
        {
          effective: { from: NOT_RESEARCHED, until: '2014-12-31' },
          citations: [
            cpcS953(
              'art. 953 (version antérieure à 2014, c. 10) : « Les sommes réclamées dans une demande portant sur une petite créance, c\u2019est-à-dire: a) une créance qui n\u2019excède pas 7 000 $, sans tenir compte des intérêts; [...] »',
              '« Les sommes réclamées dans une demande portant sur une petite créance, c\u2019est-à-dire: a) une créance qui n\u2019excède pas 7 000 $, sans tenir compte des intérêts; [...] ne peuvent être recouvrées en justice que suivant le présent livre. »',
            ),
          ],
        },
      ),
    ],
    'civil.limitation': [
      fact(
        {
          months: 36,
          rule: wording('qc.qc.params.civil.limitation.0.rule'),
        },
        {
          effective: { from: '1994-01-01' },
          citations: [
            ccqS2925(
              'art. 2925: "An action to enforce a personal right or movable real right is prescribed by three years, if the prescriptive period is not otherwise determined." / « L\u2019action qui tend à faire valoir un droit personnel ou un droit réel mobilier et dont le délai de prescription n\u2019est pas autrement fixé se prescrit par trois ans. » (1991, c. 64, a. 2925)',
              '« L\u2019action qui tend à faire valoir un droit personnel ou un droit réel mobilier et dont le délai de prescription n\u2019est pas autrement fixé se prescrit par trois ans. »',
            ),
            ccqS2926_1(
              'art. 2926.1: « L\u2019action en réparation du préjudice corporel résultant d\u2019un acte pouvant constituer une infraction criminelle se prescrit par 10 ans [...]. Cette action est cependant imprescriptible si le préjudice résulte d\u2019une agression à caractère sexuel, de la violence subie pendant l\u2019enfance, ou de la violence d\u2019un conjoint ou d\u2019un ancien conjoint. » (2013, c. 8, a. 7; 2020, c. 13, a. 2; 2020, c. 28, a. 6)',
              '« L\u2019action en réparation du préjudice corporel résultant d\u2019un acte pouvant constituer une infraction criminelle se prescrit par 10 ans [...]. Cette action est cependant imprescriptible si le préjudice résulte d\u2019une agression à caractère sexuel, de la violence subie pendant l\u2019enfance, ou de la violence d\u2019un conjoint ou d\u2019un ancien conjoint. »',
            ),
          ],
          verify: wording('qc.qc.params.civil.limitation.0.verify'),
        },
      ),
    ],
    'human-rights.limitation': [
      fact(
        {
          months: 24,
          body: CDPDJ,
          extension: wording('qc.qc.params.human-rights.limitation.0.extension'),
        },
        {
          effective: { from: '1976-06-28' },
          citations: [
            cdpdj('3 years; Commission may refuse after 2 years (s. 77)', 'secondary'),
            charterS77(
              'art. 77, al. 2 : « Elle peut refuser ou cesser d\u2019agir en faveur de la victime, lorsque : la plainte a été déposée plus de deux ans après le dernier fait pertinent qui y est rapporté »',
              '« Elle peut refuser ou cesser d\u2019agir en faveur de la victime, lorsque: la plainte a été déposée plus de deux ans après le dernier fait pertinent qui y est rapporté; [...] »',
            ),
          ],
        },
      ),
    ],
    'victim-compensation.program': [
      fact(
        {
          name: wording('qc.qc.params.victim-compensation.program.0.name'),
          months: null,
          noLimitFor: wording('qc.qc.params.victim-compensation.program.0.noLimitFor'),
          policeReportRequired: 'no',
          traffickingCovered: 'yes',
          extension: wording('qc.qc.params.victim-compensation.program.0.extension'),
        },
        {
          effective: { from: '2021-10-13' },
          citations: [ivac('new Act in force 13 Oct 2021; no police report needed; all offences against the person', 'secondary')],
          verify: wording('qc.qc.params.victim-compensation.program.0.verify'),
        },
      ),
      fact(
        {
          name: wording('qc.qc.params.victim-compensation.program.1.name'),
          months: null,
          policeReportRequired: 'no',
          traffickingCovered: 'unknown',
          extension: wording('qc.qc.params.victim-compensation.program.1.extension'),
        },
        { effective: { from: '1972-03-01', until: '2021-10-12' }, citations: [ivac('former regime', 'unverified')] },
      ),
    ],
    'social-assistance.access': [
      fact(
        {
          program: wording('qc.qc.params.social-assistance.access.0.program'),
          byStatus: {
            citizen: 'eligible',
            'permanent-resident': 'eligible',
            'protected-person': 'eligible',
            'refugee-claimant': 'eligible',
            'temporary-resident-permit': 'unknown',
            'no-status': 'ineligible',
            'work-permit-employer-specific': 'ineligible',
            'work-permit-open': 'ineligible',
            'study-permit': 'ineligible',
            visitor: 'ineligible',
            unknown: 'unknown',
          },
          conditions: wording('qc.qc.params.social-assistance.access.0.conditions'),
          sharesWithImmigration: 'unknown',
        },
        { effective: START_NOT_RESEARCHED, citations: [rapf('s. 26 and Regulation s. 47', 'official-text')] },
      ),
    ],
  },
};
