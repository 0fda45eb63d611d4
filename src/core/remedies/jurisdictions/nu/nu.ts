// Nunavut: reviewed in December 2026 (issue #19) from secondary sources only; no provision was read in
// the text of a statute (nunavutlegislation.ca was not among the stored sources). Two numbers were not
// found, and the values say so (months null, citing notFoundInOfficialSources), so no deadline is computed:
// - the limitation period of the Limitation of Actions Act, R.S.N.W.T. 1988, c. L-8 as duplicated for
//   Nunavut, for a court claim for unpaid wages ('civil.limitation'); and
// - the period for a complaint under the Labour Standards Act, R.S.N.W.T. 1988, c. L-1 as duplicated for
//   Nunavut ('employment-standards.limitation'): neither the Labour Standards Compliance Office
//   (https://nu-lsco.ca/faq-s) nor the Government of Nunavut page
//   (https://prod.gov.nu.ca/en/justice-and-individual-protection/labour-and-employment-standards) states it.
//
// Statute history: Nunavut's Acts of 1 Apr 1999 are the NWT statutes duplicated for Nunavut under the
// Nunavut Act, then amended by Nunavut. The office consolidation of the Labour Standards Act shows it
// "as amended by statutes enacted under section 76.05 of Nunavut Act" (S.N.W.T. 1998, c. 38, in force
// 1 Apr 1999) and by Nunavut statutes from 2001. The NWT replaced its own Labour Standards Act with the
// Employment Standards Act on 1 Apr 2008; Nunavut did not, so the two territories now differ.
// Commercial debt-advice sites disagree on the Nunavut period for a debt (6 years: moneyproblems.ca, Jan 2020;
// 3 years: cgicreditguard.com), none citing a section: not used.
//
// What was found, and is encoded below (none of it read in the text of a statute):
// - Labour standards: a decision of the Labour Standards Officer (including a wage certificate) may be
//   appealed to the Labour Standards Board within 30 days — https://nu-nlsb.ca/faq/
// - Small claims: the Nunavut Court of Justice hears small claims not exceeding $20,000 —
//   https://nunavutcourts.ca/index.php/small-claims (start date not researched).
// - Human rights (Human Rights Act, S.Nu. 2003, c. 12): no commission; a notification goes directly to
//   the Nunavut Human Rights Tribunal, for discrimination or harassment "within the last two years" —
//   https://nhrt.ca/how-to-file/
// - Victim compensation: no program compensating individual victims was found; the Victims Assistance Fund
//   (Victims of Crime Act, inherited from the NWT) funds community projects and "is not meant to be paid
//   directly to individual victims" (CBC, 25 May 2009; Nunatsiaq News). No official Nunavut page saying so
//   was found (the NWT's says it: https://www.justice.gov.nt.ca/en/victims-assistance-fund/).
// - Income Assistance: "Any person 18 years of age and older in financial need living in Nunavut may apply"
//   — https://www.gov.nu.ca/family-services/information/social-assistance-sa ; eligibility by immigration
//   status not stated.

import { fact, START_NOT_RESEARCHED } from '../../build';
import type { Jurisdiction } from '../../model';
import { notFoundInOfficialSources, NU_SOURCES } from '../../sources';
import { PROVINCES_REVIEWED_ON } from '../shared/shared';
import { wordingOf } from '../../../wording';
import en from './wording/en.json';
import fr from './wording/fr.json';

/** This file's sentences, by code (./wording/en.json, ./wording/fr.json). */
const wording = wordingOf('remedies/jurisdictions/nu', { en, fr });

const checked = { lastReviewed: PROVINCES_REVIEWED_ON };

/** The sources this file cites, from the register (sources.ts). */
const { lsco, nlsb, smallClaims, nhrt, sa } = NU_SOURCES;

export const nu: Jurisdiction = {
  code: 'NU',
  name: wording('nu.nu.name'),
  review: {
    status: 'reviewed',
    note: wording('nu.nu.review.note'),
  },
  params: {
    'employment-standards.limitation': [
      fact(
        {
          months: null,
          trigger: null,
          body: wording('nu.lsco'),
          extension: wording('nu.nu.params.employment-standards.limitation.0.extension'),
        },
        {
          effective: START_NOT_RESEARCHED,
          citations: [
            notFoundInOfficialSources(
              'nu-lsco.ca FAQs, the Government of Nunavut Labour and Employment Standards page and the Labour Standards Act office consolidation (cover page only): the period for filing a labour standards complaint',
            ),
            lsco('how to file a labour standards complaint (no time limit stated)', 'secondary', checked),
            nlsb(
              'an appeal of an officer\u2019s decision or wage certificate must be received within 30 days after its date (ss. 45(1), 53)',
              'secondary',
              checked,
            ),
          ],
          verify: wording('nu.nu.params.employment-standards.limitation.0.verify'),
        },
      ),
    ],
    'employment-standards.recovery': [
      fact(
        { text: wording('nu.nu.params.employment-standards.recovery.0.text') },
        {
          effective: START_NOT_RESEARCHED,
          citations: [notFoundInOfficialSources('nu-lsco.ca, nu-nlsb.ca and gov.nu.ca Labour Standards pages: how far back unpaid wages can be recovered')],
        },
      ),
    ],
    'employment-standards.complaint-disclosed-to-employer': [
      fact(
        { disclosed: 'yes' },
        {
          effective: START_NOT_RESEARCHED,
          citations: [
            lsco(
              'a worker is expected to discuss the complaint with the employer first; for a wage claim, a wage certificate is forwarded to the employer',
              'secondary',
              checked,
            ),
          ],
        },
      ),
    ],
    'small-claims.limit': [
      fact(
        { maxDollars: 20_000, forum: wording('nu.small-claims') },
        {
          effective: START_NOT_RESEARCHED,
          citations: [smallClaims('small claims not exceeding $20,000', 'secondary', checked)],
        },
      ),
    ],
    'civil.limitation': [
      fact(
        { months: null, rule: wording('nu.nu.params.civil.limitation.0.rule') },
        {
          effective: START_NOT_RESEARCHED,
          citations: [
            notFoundInOfficialSources(
              'the Limitation of Actions Act, R.S.N.W.T. 1988, c. L-8 as duplicated for Nunavut (nunavutlegislation.ca not among the stored sources), Nunavut courts and commentary: the period for a claim for unpaid wages',
            ),
          ],
          verify: wording('nu.nu.params.civil.limitation.0.verify'),
        },
      ),
    ],
    'human-rights.limitation': [
      fact(
        {
          months: 24,
          body: wording('nu.nhrt'),
          extension: wording('nu.nu.params.human-rights.limitation.0.extension'),
        },
        {
          effective: START_NOT_RESEARCHED,
          citations: [nhrt('a notification to the Tribunal for discrimination or harassment "within the last two years"', 'secondary', checked)],
        },
      ),
    ],
    'victim-compensation.program': [
      fact(
        {
          name: wording('nu.nu.params.victim-compensation.program.0.name'),
          months: null,
          policeReportRequired: 'unknown',
          traffickingCovered: 'unknown',
          extension: wording('nu.nu.params.victim-compensation.program.0.extension'),
        },
        {
          effective: START_NOT_RESEARCHED,
          citations: [
            notFoundInOfficialSources(
              'gov.nu.ca and Nunavut Justice pages: a program compensating individual victims of crime, or an official statement that there is none (the Victims Assistance Fund funds community projects)',
            ),
          ],
          verify: wording('nu.nu.params.victim-compensation.program.0.verify'),
        },
      ),
    ],
    'social-assistance.access': [
      fact(
        {
          program: wording('nu.nu.params.social-assistance.access.0.program'),
          byStatus: {
            citizen: 'unknown',
            'permanent-resident': 'unknown',
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
          conditions: wording('nu.nu.params.social-assistance.access.0.conditions'),
          sharesWithImmigration: 'unknown',
        },
        {
          effective: START_NOT_RESEARCHED,
          citations: [
            sa('"Any person 18 years of age and older in financial need living in Nunavut may apply"', 'secondary', checked),
            notFoundInOfficialSources(
              'gov.nu.ca Income Assistance pages: eligibility by immigration status, and any sharing of applicants\u2019 information with immigration authorities',
            ),
          ],
        },
      ),
    ],
  },
};
