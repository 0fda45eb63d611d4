// Ontario. Sources: research notes §6–§10 and the pages they cite.
import { fact, START_NOT_RESEARCHED, NOT_RESEARCHED } from '../../build';
import type { Jurisdiction } from '../../model';
import { secondarySource, vqrpTraffickingReport, ON_SOURCES } from '../../sources';
import { wordingOf } from '../../../wording';
import en from './wording/en.json';
import fr from './wording/fr.json';

/** This file's sentences, by code (./wording/en.json, ./wording/fr.json). */
const wording = wordingOf('remedies/jurisdictions/on', { en, fr });

/** The sources this file cites, from the register (sources.ts). */
const { esa2015, remiel, vqrp, ow, esaText, limitationsText, humanRightsCodeText, smallClaimsRegText, molTimeLimits } = ON_SOURCES;
/** ESA s. 96(3), the complaint period, as enacted (2001, c. 9, Sched. I, s. 1 (18), in force 4 Sep 2001) and never amended since. */
const esaS96 = () =>
  esaText(
    's. 96(3) (2001, c. 9, Sched. I, s. 1 (18), in force 4 Sep 2001): "A complaint regarding a contravention that occurred more than two years before the day on which the complaint was filed shall be deemed not to have been filed."',
  );
/** ESA s. 111(1), how far back an officer may order wages, as amended by 2014, c. 10, Sched. 2, s. 8 (in force 20 Feb 2015). */
const esaS111 = () =>
  esaText(
    's. 111(1) (2014, c. 10, Sched. 2, s. 8, in force 20 Feb 2015): the officer "may not issue an order for wages that became due to the employee ... if the wages became due more than two years before the complaint was filed"',
  );

const MLTSD = wording('on.mltsd');
const HRTO = wording('on.hrto');

export const on: Jurisdiction = {
  code: 'ON',
  name: wording('on.on.name'),
  review: {
    status: 'reviewed',
    note: wording('on.on.review.note'),
  },
  params: {
    'employment-standards.limitation': [
      // The complaint period of s. 96(3) has been two years since the Act came into force; the six months
      // of 2001-2015 were the wage-recovery window of s. 111 (employment-standards.recovery below).
      fact(
        {
          months: 24,
          trigger: 'wagesDue',
          body: MLTSD,
          extension: wording('on.on.params.employment-standards.limitation.0.extension'),
        },
        {
          effective: { from: '2015-02-20' },
          citations: [esaS96(), esaS111()],
        },
      ),
      fact(
        {
          months: 24,
          trigger: 'wagesDue',
          body: MLTSD,
          extension: wording('on.on.params.employment-standards.limitation.1.extension'),
        },
        { effective: { from: '2001-09-04', until: '2015-02-19' }, citations: [esaS96()] },
      ),
    ],
    'employment-standards.recovery': [
      fact(
        {
          text: wording('on.on.params.employment-standards.recovery.0.text'),
        },
        {
          effective: { from: '2015-02-20' },
          citations: [
            esaS111(),
            esaText('s. 103(4), (4.1): "Repealed: 2014, c. 10, Sched. 2, s. 7 (2)" (s. 7(1) in force 20 Feb 2015, the repeal on 20 Feb 2017)'),
          ],
        },
      ),
      fact(
        { text: wording('on.on.params.employment-standards.recovery.1.text') },
        {
          effective: { from: '2001-09-04', until: '2015-02-19' },
          citations: [
            molTimeLimits(
              '"In most cases, the Ministry of Labour can only recover wages that became due within the six months before the date you file the claim submission." ... "If the employer owes you the same kind of wages (for example, overtime pay) more than once, including at least once in the six months before you filed your claim submission, the Ministry of Labour can recover any wages of the same kind that became due in the 12 months before the date you file the claim submission. Also, the Ministry of Labour can recover vacation pay that became due in the 12 months before the date you file the claim submission."',
            ),
            esa2015('$10,000 cap', 'secondary'),
          ],
        },
      ),
    ],
    'employment-standards.complaint-disclosed-to-employer': [
      fact({ disclosed: 'unknown' }, { effective: { from: '2001-09-04' }, citations: [esa2015('complaint process (not covered by the notes)', 'unverified')] }),
    ],
    'small-claims.limit': [
      fact(
        { maxDollars: 50_000, forum: wording('on.on.params.small-claims.limit.0.forum') },
        {
          effective: { from: '2025-10-01' },
          citations: [smallClaimsRegText('s. 1(1), as amended by O. Reg. 42/25: "The maximum amount of a claim in the Small Claims Court is $50,000."')],
        },
      ),
      fact(
        { maxDollars: 35_000, forum: wording('on.on.params.small-claims.limit.1.forum') },
        { effective: { from: '2020-01-01', until: '2025-09-30' }, citations: [remiel('$35,000 from 1 Jan 2020', 'secondary')] },
      ),
      fact(
        { maxDollars: 25_000, forum: wording('on.on.params.small-claims.limit.2.forum') },
        { effective: { from: '2010-01-01', until: '2019-12-31' }, citations: [remiel('earlier $25,000 limit (from 1 Jan 2010)', 'unverified')] },
      ),
    ],
    'civil.limitation': [
      fact(
        {
          months: 24,
          rule: wording('on.on.params.civil.limitation.0.rule'),
        },
        {
          effective: { from: '2004-01-01' },
          citations: [
            limitationsText(
              's. 4: "Unless this Act provides otherwise, a proceeding shall not be commenced in respect of a claim after the second anniversary of the day on which the claim was discovered."',
            ),
            limitationsText(
              's. 15(2): no proceeding "after the 15th anniversary of the day on which the act or omission on which the claim is based took place"',
            ),
            limitationsText(
              's. 16(1)(h) (2016, c. 2, Sched. 2, s. 4, in force 8 Mar 2016): "There is no limitation period in respect of, ... (h) a proceeding based on a sexual assault"',
            ),
          ],
        },
      ),
    ],
    'human-rights.limitation': [
      fact(
        {
          months: 12,
          body: HRTO,
          extension: wording('on.on.params.human-rights.limitation.0.extension'),
        },
        {
          effective: { from: '2008-06-30' },
          citations: [
            humanRightsCodeText(
              's. 34(1) (2006, c. 30, s. 5, in force 30 Jun 2008): an application "(a) within one year after the incident to which the application relates; or (b) if there was a series of incidents, within one year after the last incident in the series"',
            ),
          ],
        },
      ),
    ],
    'victim-compensation.program': [
      fact(
        {
          name: wording('on.on.params.victim-compensation.program.0.name'),
          months: null,
          policeReportRequired: 'yes',
          traffickingReportToAgency: 'yes',
          traffickingCovered: 'yes',
          extension: wording('on.on.params.victim-compensation.program.0.extension'),
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
          verify: wording('on.on.params.victim-compensation.program.0.verify'),
        },
      ),
      fact(
        {
          name: wording('on.on.params.victim-compensation.program.1.name'),
          months: 24,
          policeReportRequired: 'no',
          traffickingCovered: 'unknown',
          extension: wording('on.on.params.victim-compensation.program.1.extension'),
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
          program: wording('on.on.params.social-assistance.access.0.program'),
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
          conditions: wording('on.on.params.social-assistance.access.0.conditions'),
          sharesWithImmigration: 'unknown',
        },
        { effective: START_NOT_RESEARCHED, citations: [ow('O. Reg. 134/98, s. 6 exclusions and exceptions', 'secondary')] },
      ),
    ],
  },
};
