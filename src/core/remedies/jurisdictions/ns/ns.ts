// Nova Scotia. Sources: official Government of Nova Scotia, Human Rights Commission and court pages,
// and secondary commentary (issue #19). Nothing here was read in the official text of a statute. The
// criminal injuries regulations were read in the Registry of Regulations' consolidations (their names and
// the 22 Oct 2024 amendment, quoted), but not the deadline or the police-report rule, so every record
// stays 'secondary' or 'unverified' (docs/research/provincial-review-east-2026-12-05.md).
import { fact, START_NOT_RESEARCHED, NOT_RESEARCHED } from '../../build';
import type { Jurisdiction, Localized } from '../../model';
import { NS_SOURCES } from '../../sources';
import { PROVINCES_REVIEWED_ON } from '../shared/shared';
import { filled, wordingOf } from '../../../wording';
import en from './wording/en.json';
import fr from './wording/fr.json';

/** This file's sentences, by code (./wording/en.json, ./wording/fr.json). */
const wording = wordingOf('remedies/jurisdictions/ns', { en, fr });

const checked = { lastReviewed: PROVINCES_REVIEWED_ON };

/** The sources this file cites, from the register (sources.ts). */
const {
  lsProcess,
  halifaxWac,
  recruiterLicence,
  stewartMcKelvey,
  smallClaims,
  limitations,
  oldLimitations,
  nshrc,
  nshrc2008,
  cicp,
  cicp2024,
  esia,
  counsellingRegsText,
  compensationRegsText,
} = NS_SOURCES;

const LSD = wording('ns.lsd');
const NSHRC = wording('ns.nshrc');
const SMALL_CLAIMS = wording('ns.small-claims');
const CICP = wording('ns.cicp');

const sixMonthLookback: Localized = wording('ns.six-month-lookback');

export const ns: Jurisdiction = {
  code: 'NS',
  name: wording('ns.ns.name'),
  review: {
    status: 'reviewed',
    note: wording('ns.ns.review.note'),
  },
  params: {
    'employment-standards.limitation': [
      fact(
        {
          months: 6,
          trigger: 'wagesDue',
          body: LSD,
          extension: wording('ns.ns.params.employment-standards.limitation.0.extension'),
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
          text: filled(wording('ns.ns.params.employment-standards.recovery.0.text'), { sixMonthLookback: sixMonthLookback }),
        },
        {
          effective: { from: '2011-05-19' },
          citations: [
            lsProcess('only pay owed within the 6-month period preceding the complaint', 'secondary', checked),
            recruiterLicence('illegal to charge or collect a fee from any worker for helping the worker seek or find work', 'secondary', checked),
            stewartMcKelvey('Code amended 19 May 2011 to prohibit recruitment fees; licensing 1 May 2013; registration 1 Aug 2013', 'secondary', checked),
          ],
          verify: wording('ns.ns.params.employment-standards.recovery.0.verify'),
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
          verify: wording('ns.ns.params.small-claims.limit.0.verify'),
        },
      ),
    ],
    'civil.limitation': [
      fact(
        {
          months: 24,
          rule: wording('ns.ns.params.civil.limitation.0.rule'),
        },
        {
          effective: { from: '2015-09-01' },
          citations: [limitations('two-year basic limitation period from discovery, law since 1 Sep 2015', 'secondary', checked)],
        },
      ),
      fact(
        {
          months: 72,
          rule: wording('ns.ns.params.civil.limitation.1.rule'),
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
          extension: wording('ns.ns.params.human-rights.limitation.0.extension'),
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
          noLimitFor: wording('ns.ns.params.victim-compensation.program.0.noLimitFor'),
          policeReportRequired: 'yes',
          traffickingCovered: 'yes',
          extension: wording('ns.ns.params.victim-compensation.program.0.extension'),
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
            counsellingRegsText(
              'consolidation note: "amended to O.I.C. 2024-371 (effective October 22, 2024), N.S. Reg. 212/2024"; s. 1: "These regulations may be cited as the Criminal Injuries Counselling Regulations."; s. 2(1): "An application for counselling pursuant to subsection 11A(1) of the Act shall be (a) in a form prescribed by the Director; and (b) accompanied by an authorization to release information in a form prescribed by the Director."',
            ),
          ],
        },
      ),
      fact(
        {
          name: CICP,
          months: 12,
          noLimitFor: wording('ns.ns.params.victim-compensation.program.1.noLimitFor'),
          policeReportRequired: 'yes',
          traffickingCovered: 'yes',
          extension: wording('ns.ns.params.victim-compensation.program.1.extension'),
        },
        {
          effective: { from: NOT_RESEARCHED, until: '2024-10-21' },
          citations: [
            cicp('one year from the crime (undated guide)', 'secondary', checked),
            cicp2024('earlier amount for human trafficking survivors over two years', 'secondary', checked),
            compensationRegsText(
              's. 1: "These regulations may be cited as the Criminal Injuries Compensation Regulations."; s. 2(1): "An application for compensation pursuant to subsection 11A(1) of the Act shall be in a form prescribed by the Director."',
            ),
          ],
        },
      ),
    ],
    'social-assistance.access': [
      fact(
        {
          program: wording('ns.ns.params.social-assistance.access.0.program'),
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
          conditions: wording('ns.ns.params.social-assistance.access.0.conditions'),
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
