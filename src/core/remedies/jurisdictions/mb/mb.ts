// Manitoba. Sources: official Manitoba government and commission pages, the Appeal Commission's
// published decisions under The Victims' Bill of Rights, and secondary commentary (issue #19).
// No statute was read in its own text: every record is 'secondary' or 'unverified'. The small claims
// regulation's dates were read on the Manitoba Laws site (official text), but not its amount.
import { fact, START_NOT_RESEARCHED, NOT_RESEARCHED } from '../../build';
import type { Jurisdiction } from '../../model';
import { MB_SOURCES } from '../../sources';
import { PROVINCES_REVIEWED_ON } from '../shared/shared';
import { wordingOf } from '../../../wording';
import en from './wording/en.json';
import fr from './wording/fr.json';

/** This file's sentences, by code (./wording/en.json, ./wording/fr.json). */
const wording = wordingOf('remedies/jurisdictions/mb', { en, fr });

const checked = { lastReviewed: PROVINCES_REVIEWED_ON };

/** The sources this file cites, from the register (sources.ts). */
const {
  esClaims,
  esFactSheet,
  wrapaLexology,
  wrapaMondaq,
  smallClaims2025,
  smallClaimsRegText,
  limitations2022,
  oldLimitations,
  mhrc,
  cvcp,
  appeal0124,
  appeal0803,
  eiaIntake,
} = MB_SOURCES;

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
        {
          effective: { from: '2025-01-01' },
          citations: [
            smallClaims2025('$20,000 from 1 Jan 2025, up from $15,000', 'secondary', checked),
            smallClaimsRegText(
              'consolidated version: "It has been in effect since January 1, 2025. Last amendment included: M.R. 44/2024"; M.R. 44/2024 (registered June 14, 2024), s. 3 adds s. 1.2 "Claim limit": "For the purpose of clause 3(1)(a) of the Act, a person may file a claim ..." (the amount was not in the text retrieved)',
              'official-text',
            ),
          ],
        },
      ),
      fact(
        { maxDollars: 15_000, forum: SMALL_CLAIMS },
        {
          effective: { from: NOT_RESEARCHED, until: '2024-12-31' },
          citations: [
            smallClaims2025('$15,000 before 1 Jan 2025 (when it rose from $10,000 was not researched)', 'secondary', checked),
            smallClaimsRegText('previous consolidated version of the regulation: "1 Jan. 2015 to 31 Dec. 2024"', 'official-text'),
          ],
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
