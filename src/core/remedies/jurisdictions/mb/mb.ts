// Manitoba. Sources: official Manitoba government and commission pages, the Appeal Commission's
// published decisions under The Victims' Bill of Rights, and secondary commentary (issue #19).
// Nothing here was read in the text of a statute: every record is 'secondary' or 'unverified'.
import { fact, START_NOT_RESEARCHED, NOT_RESEARCHED } from '../../build';
import type { Jurisdiction } from '../../model';
import { secondarySource } from '../../sources';
import { PROVINCES_REVIEWED_ON } from '../shared/shared';
import { wordingOf } from '../../../wording';
import en from './wording/en.json';
import fr from './wording/fr.json';

/** This file's sentences, by code (./wording/en.json, ./wording/fr.json). */
const wording = wordingOf('remedies/jurisdictions/mb', { en, fr });

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

const ESB = wording('mb.esb');
const MHRC = wording('mb.mhrc');
const CVCP = wording('mb.cvcp');
const SMALL_CLAIMS = wording('mb.small-claims');

export const mb: Jurisdiction = {
  code: 'MB',
  name: wording('mb.mb.name'),
  review: {
    status: 'reviewed',
    note: wording('mb.mb.review.note'),
  },
  params: {
    'employment-standards.limitation': [
      fact(
        {
          months: 6,
          trigger: 'employmentEnded',
          body: ESB,
          extension: wording('mb.mb.params.employment-standards.limitation.0.extension'),
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
          text: wording('mb.mb.params.employment-standards.recovery.0.text'),
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
          text: wording('mb.mb.params.employment-standards.recovery.1.text'),
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
          rule: wording('mb.mb.params.civil.limitation.0.rule'),
        },
        { effective: { from: '2022-09-30' }, citations: [limitations2022('basic 2-year period from discovery; in force 30 Sep 2022', 'secondary', checked)] },
      ),
      fact(
        {
          months: 72,
          rule: wording('mb.mb.params.civil.limitation.1.rule'),
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
          extension: wording('mb.mb.params.human-rights.limitation.0.extension'),
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
          verify: wording('mb.mb.params.human-rights.limitation.0.verify'),
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
          extension: wording('mb.mb.params.victim-compensation.program.0.extension'),
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
          program: wording('mb.mb.params.social-assistance.access.0.program'),
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
          conditions: wording('mb.mb.params.social-assistance.access.0.conditions'),
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
