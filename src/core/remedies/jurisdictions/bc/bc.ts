// British Columbia. Sources: research notes §6–§10 and the official pages they cite.
import { fact, START_NOT_RESEARCHED, NOT_RESEARCHED } from '../../build';
import type { Jurisdiction } from '../../model';
import { clicklawCvap, secondarySource, BC_SOURCES } from '../../sources';
import { PROVINCES_REVIEWED_ON } from '../shared/shared';
import { wordingOf } from '../../../wording';
import en from './wording/en.json';
import fr from './wording/fr.json';

/** This file's sentences, by code (./wording/en.json, ./wording/fr.json). */
const wording = wordingOf('remedies/jurisdictions/bc', { en, fr });

/** The sources this file cites, from the register (sources.ts). */
const { code, court, cvap, bcea, esaS80, esaS80Former, esaS75 } = BC_SOURCES;
/**
 * Section 74 as the B.C. Government reproduces it under "Text of Legislation" in its Interpretation
 * Guidelines Manual (page updated 7 Nov 2023), read on 5 Dec 2026: the provision's words, quoted.
 */
const esaS74Text = (pinpoint: string) =>
  secondarySource(
    'Employment Standards Act, R.S.B.C. 1996, c. 113, s. 74 (text of the legislation as reproduced in the B.C. Government\u2019s Interpretation Guidelines Manual, updated 7 Nov 2023)',
    'https://www2.gov.bc.ca/gov/content/employment-business/employment-standards-advice/employment-standards/forms-resources/igm/esa-part-10-section-74',
  )(pinpoint, 'official-text', { lastReviewed: PROVINCES_REVIEWED_ON });

const ESB = wording('bc.esb');
const BCHRT = wording('bc.bchrt');

export const bc: Jurisdiction = {
  code: 'BC',
  name: wording('bc.bc.name'),
  review: {
    status: 'reviewed',
    note: wording('bc.bc.review.note'),
  },
  params: {
    'employment-standards.limitation': [
      fact(
        {
          months: 6,
          trigger: 'employmentEnded',
          body: ESB,
          extension: wording('bc.bc.params.employment-standards.limitation.0.extension'),
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
          text: wording('bc.bc.params.employment-standards.recovery.0.text'),
        },
        {
          effective: { from: '2019-05-30' },
          citations: [
            esaS80(
              's. 80(1): "The amount of wages an employer may be required by a determination to pay an employee is limited to the amount that became payable in the period beginning (a) in the case of a complaint, 12 months before the earlier of the date of the complaint or the termination of the employment, and (b) in any other case, 12 months before the director first told the employer of the investigation that resulted in the determination, plus interest on those wages."',
            ),
          ],
          verify: wording('bc.bc.params.employment-standards.recovery.0.verify'),
        },
      ),
      fact(
        {
          text: wording('bc.bc.params.employment-standards.recovery.1.text'),
        },
        {
          // Starts the day s. 80(1.1) stops reaching back 24 months (complaints delivered before 30 May 2002).
          effective: { from: '2002-05-30', until: '2019-05-29' },
          citations: [
            esaS80Former(
              's. 80(1): "... (a) in the case of a complaint, 6 months before the earlier of the date of the complaint or the termination of the employment, and (b) in any other case, 6 months before the director first told the employer of the investigation that resulted in the determination, plus interest on those wages."',
            ),
          ],
        },
      ),
      fact(
        {
          text: wording('bc.bc.params.employment-standards.recovery.2.text'),
        },
        {
          effective: { from: NOT_RESEARCHED, until: '2002-05-29' },
          citations: [
            esaS80(
              's. 80(1.1): "Despite subsection (1) (a), for the purposes of a complaint that was delivered before May 30, 2002, to an office of the Employment Standards Branch under and in accordance with section 74, the amount of wages an employer may be required by a determination to pay an employee is limited to the amount that became payable in the period beginning 24 months before the earlier of (a) the date of the complaint, and (b) the termination of the employment, plus interest on those wages."',
            ),
          ],
        },
      ),
    ],
    'employment-standards.complaint-disclosed-to-employer': [
      // Left open on purpose: the employer is not told only if the complainant asks in writing (s. 75(1)).
      fact(
        { disclosed: 'unknown' },
        {
          effective: START_NOT_RESEARCHED,
          citations: [
            esaS75(
              's. 75(1): "If requested in writing by a complainant, the director must not disclose any identifying information about the complainant unless (a) the disclosure is necessary for the purposes of a proceeding under this Act, or (b) the director considers the disclosure is in the public interest."',
            ),
          ],
        },
      ),
    ],
    'small-claims.limit': [
      fact(
        {
          maxDollars: 35_000,
          forum: wording('bc.bc.params.small-claims.limit.0.forum'),
        },
        { effective: { from: '2017-06-01' }, citations: [court('monetary limit $35,000; CRT $5,000 (from 1 Jun 2017)', 'secondary')] },
      ),
      fact(
        { maxDollars: 25_000, forum: wording('bc.bc.params.small-claims.limit.1.forum') },
        { effective: { from: '2005-09-01', until: '2017-05-31' }, citations: [court('earlier $25,000 limit', 'unverified')] },
      ),
    ],
    'civil.limitation': [
      fact(
        {
          months: 24,
          rule: wording('bc.bc.params.civil.limitation.0.rule'),
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
          extension: wording('bc.bc.params.human-rights.limitation.0.extension'),
        },
        { effective: { from: '2018-11-27' }, citations: [code('s. 22(1) as amended by Bill 50 (1 year from 27 Nov 2018)', 'secondary')] },
      ),
      fact(
        {
          months: 6,
          body: BCHRT,
          extension: wording('bc.bc.params.human-rights.limitation.1.extension'),
        },
        { effective: { from: '2003-03-31', until: '2018-11-26' }, citations: [code('s. 22(1) before Bill 50 (6 months)', 'secondary')] },
      ),
    ],
    'victim-compensation.program': [
      fact(
        {
          name: wording('bc.bc.params.victim-compensation.program.0.name'),
          months: 24,
          noLimitFor: wording('bc.bc.params.victim-compensation.program.0.noLimitFor'),
          policeReportRequired: 'advised',
          traffickingCovered: 'yes',
          extension: wording('bc.bc.params.victim-compensation.program.0.extension'),
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
          name: wording('bc.bc.params.victim-compensation.program.1.name'),
          months: 12,
          policeReportRequired: 'yes',
          traffickingCovered: 'unknown',
          extension: wording('bc.bc.params.victim-compensation.program.1.extension'),
        },
        // `from` (Crime Victim Assistance Act in force, 2002) is unverified.
        { effective: { from: '2002-07-01', until: '2023-12-31' }, citations: [cvap('earlier 1-year deadline', 'secondary')] },
      ),
    ],
    'social-assistance.access': [
      fact(
        {
          program: wording('bc.bc.params.social-assistance.access.0.program'),
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
          conditions: wording('bc.bc.params.social-assistance.access.0.conditions'),
          sharesWithImmigration: 'unknown',
        },
        {
          effective: { from: '2013-10-29' },
          citations: [
            bcea('citizenship requirements', 'secondary'),
            secondarySource('BCEAAT appeal 2021-0105', 'https://decisia.lexum.com/bceaat/sdpr/en/item/499278/index.do')('TRV is not a TRP', 'secondary'),
          ],
          verify: wording('bc.bc.params.social-assistance.access.0.verify'),
        },
      ),
    ],
  },
};
