// Saskatchewan. Sources: official Government of Saskatchewan and Human Rights Commission pages,
// and secondary commentary (issue #19). Nothing here was read in the official text of a statute:
// every record is 'secondary' or 'unverified'.
import { fact, START_NOT_RESEARCHED, NOT_RESEARCHED } from '../../build';
import type { Jurisdiction, Localized } from '../../model';
import { SK_SOURCES } from '../../sources';
import { PROVINCES_REVIEWED_ON } from '../shared/shared';
import { filled, wordingOf } from '../../../wording';
import en from './wording/en.json';
import fr from './wording/fr.json';

/** This file's sentences, by code (./wording/en.json, ./wording/fr.json). */
const wording = wordingOf('remedies/jurisdictions/sk', { en, fr });

const checked = { lastReviewed: PROVINCES_REVIEWED_ON };

/** The sources this file cites, from the register (sources.ts). */
const { esComplaint, seaProclaimed, fwrisa, isa, smallClaims2024, smallClaims2016, limitations, shrc, shrc2011, shrc2008, victims, victims2006, sis, plea } =
  SK_SOURCES;

const ES = wording('sk.es');
const SHRC = wording('sk.shrc');
const SMALL_CLAIMS = wording('sk.small-claims');

const wageRecovery: Localized = wording('sk.wage-recovery');

export const sk: Jurisdiction = {
  code: 'SK',
  name: wording('sk.sk.name'),
  review: {
    status: 'reviewed',
    note: wording('sk.sk.review.note'),
  },
  params: {
    'employment-standards.limitation': [
      fact(
        {
          months: 12,
          trigger: 'wagesDue',
          body: ES,
          extension: wording('sk.sk.params.employment-standards.limitation.0.extension'),
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
          verify: wording('sk.sk.params.employment-standards.limitation.0.verify'),
        },
      ),
    ],
    'employment-standards.recovery': [
      fact(
        {
          text: filled(wording('sk.sk.params.employment-standards.recovery.0.text'), { wageRecovery: wageRecovery }),
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
          text: filled(wording('sk.sk.params.employment-standards.recovery.1.text'), { wageRecovery: wageRecovery }),
        },
        {
          effective: { from: '2014-04-29', until: '2024-06-30' },
          citations: [
            esComplaint('recovery limited to wages payable within 12 months (s. 2-89)', 'secondary', checked),
            fwrisa('FWRISA proclaimed 11 Oct 2013: no recruitment fees; compensation for illegal costs', 'secondary', checked),
          ],
          verify: wording('sk.sk.params.employment-standards.recovery.1.verify'),
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
          rule: wording('sk.sk.params.civil.limitation.0.rule'),
        },
        { effective: { from: '2005-05-01' }, citations: [limitations('in force 1 May 2005; standard two-year period from discovery', 'secondary', checked)] },
      ),
    ],
    'human-rights.limitation': [
      fact(
        {
          months: 12,
          body: SHRC,
          extension: wording('sk.sk.params.human-rights.limitation.0.extension'),
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
          extension: wording('sk.sk.params.human-rights.limitation.1.extension'),
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
          name: wording('sk.sk.params.victim-compensation.program.0.name'),
          months: 24,
          policeReportRequired: 'yes',
          traffickingCovered: 'unknown',
          extension: wording('sk.sk.params.victim-compensation.program.0.extension'),
        },
        {
          effective: { from: '2006-12-01' },
          citations: [
            victims('two years from the date of injury; sexual assault two years from the police report; crime reported to police', 'secondary', checked),
            victims2006(
              'amendments to The Victims of Crime Act and Regulations in force 1 Dec 2006, including "lengthening the period to apply for compensation from one to two years"',
              'secondary',
              checked,
            ),
          ],
          verify: wording('sk.sk.params.victim-compensation.program.0.verify'),
        },
      ),
      fact(
        {
          name: wording('sk.sk.params.victim-compensation.program.0.name'),
          months: 12,
          policeReportRequired: 'yes',
          traffickingCovered: 'unknown',
          extension: wording('sk.sk.params.victim-compensation.program.1.extension'),
        },
        {
          effective: { from: NOT_RESEARCHED, until: '2006-11-30' },
          citations: [
            victims2006(
              'before the amendments in force 1 Dec 2006: one year to apply ("lengthening the period to apply for compensation from one to two years")',
              'secondary',
              checked,
            ),
          ],
          verify: wording('sk.sk.params.victim-compensation.program.1.verify'),
        },
      ),
    ],
    'social-assistance.access': [
      fact(
        {
          program: wording('sk.sk.params.social-assistance.access.0.program'),
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
          conditions: wording('sk.sk.params.social-assistance.access.0.conditions'),
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
