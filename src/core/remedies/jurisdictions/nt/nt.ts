// Northwest Territories: reviewed in December 2026 (issue #19) from secondary sources only; no provision
// was read in the text of a statute. The limitation period of the Limitation of Actions Act, R.S.N.W.T.
// 1988, c. L-8, for a court claim for unpaid wages was not found (the stored sources name the Act but not
// the period for a contract or debt claim): 'civil.limitation' says so (months null, cites
// notFoundInOfficialSources) and no small claims deadline is computed. Nunavut inherited the same
// statutes on 1 Apr 1999 (see nu.ts).
// Commercial debt-advice sites give 6 years for a debt in the NWT (moneyproblems.ca, Jan 2020; bremo.io,
// Apr 2025; cgicreditguard.com) without citing a section, and err elsewhere in the same tables (Nova Scotia
// still at 6 years in 2020): not used.
//
// What was found, and is encoded below (none of it read in the text of a statute):
// - Employment standards (Employment Standards Act, S.N.W.T. 2007, c. 13, in force 1 Apr 2008, replacing
//   the Labour Standards Act and the Wage Recovery Act): a complaint within 12 months after the
//   contravention (ss. 61-62 as summarised by https://www.legalbrief.ca/nwt-labor-complaints-filing-a-complaint;
//   also http://www.workrights.ca/content.php?doc=105); the employee may ask that their identity be
//   withheld (s. 52). Unofficial text: https://gazette.opennwt.ca/legislation/employment-standards-act/
// - Small claims: Territorial Court civil claims under $35,000 (https://www.nwtcourts.ca/en/courts/territorial-court/civil-claims/);
//   raised from $10,000 by Bill 22, An Act to Amend the Territorial Court Act (Hansard, 23 Aug 2011; in-force
//   date not researched); $10,000 from 2001, up from $5,000 (News/North, 13 Aug 2001).
// - Human rights (Human Rights Act, S.N.W.T. 2002, c. 18): a complaint within two years of the
//   contravention or of its last instance — https://nwthumanrights.ca/complaints/
// - Victim compensation: "There is no compensation program in the NWT for individual victims of crime";
//   the Victims Assistance Fund (Victims of Crime Act) funds community projects only —
//   https://www.justice.gov.nt.ca/en/victims-assistance-fund/ . The Victims of Crime Emergency Fund covered
//   serious violent crimes from 1 Sep 2008 to 31 Mar 2016 (http://www.justice.gov.nt.ca/VictimServices/VCEF.shtml).
// - Income Assistance (Social Assistance Act; Income Assistance Regulations): NWT residents 19 or older with
//   a need greater than their income (https://www.ece.gov.nt.ca/en/services/income-security-programs/income-assistance-program);
//   proof of citizenship or immigration status is asked for (Benefits Wayfinder); eligibility by status not stated.

import { fact, START_NOT_RESEARCHED } from '../../build';
import type { Jurisdiction } from '../../model';
import { notFoundInOfficialSources, NT_SOURCES } from '../../sources';
import { PROVINCES_REVIEWED_ON } from '../shared/shared';
import { wordingOf } from '../../../wording';
import en from './wording/en.json';
import fr from './wording/fr.json';

/** This file's sentences, by code (./wording/en.json, ./wording/fr.json). */
const wording = wordingOf('remedies/jurisdictions/nt', { en, fr });

const checked = { lastReviewed: PROVINCES_REVIEWED_ON };

/** The sources this file cites, from the register (sources.ts). */
const { legalBrief, workRights, courts, hansardAssault, nwthrc, vaf, ia } = NT_SOURCES;

/** The Employment Standards Act, S.N.W.T. 2007, c. 13, replaced the Labour Standards Act on this day. */
const ESA_IN_FORCE = '2008-04-01';

export const nt: Jurisdiction = {
  code: 'NT',
  name: wording('nt.nt.name'),
  review: {
    status: 'reviewed',
    note: wording('nt.nt.review.note'),
  },
  params: {
    'employment-standards.limitation': [
      fact(
        {
          months: 12,
          trigger: 'wagesDue',
          body: wording('nt.eso'),
          extension: wording('nt.nt.params.employment-standards.limitation.0.extension'),
        },
        {
          effective: { from: ESA_IN_FORCE },
          citations: [
            legalBrief('ss. 61-62: a complaint within 12 months after the contravention', 'secondary', checked),
            workRights('12 months to file a complaint', 'secondary', checked),
            notFoundInOfficialSources('justice.gov.nt.ca: the text of the Employment Standards Act, S.N.W.T. 2007, c. 13, ss. 61-62'),
          ],
          verify: wording('nt.nt.params.employment-standards.limitation.0.verify'),
        },
      ),
    ],
    'employment-standards.recovery': [
      fact(
        { text: wording('nt.nt.params.employment-standards.recovery.0.text') },
        {
          effective: { from: ESA_IN_FORCE },
          citations: [
            notFoundInOfficialSources(
              'justice.gov.nt.ca and Employment Standards pages: how far back unpaid wages can be recovered, and a recruitment-fee rule for foreign workers',
            ),
          ],
        },
      ),
    ],
    'employment-standards.complaint-disclosed-to-employer': [
      fact(
        { disclosed: 'unknown' },
        {
          effective: { from: ESA_IN_FORCE },
          citations: [legalBrief('s. 52: the employee may ask that their identity be withheld', 'secondary', checked)],
        },
      ),
    ],
    'small-claims.limit': [
      fact(
        { maxDollars: 35_000, forum: wording('nt.small-claims') },
        {
          effective: START_NOT_RESEARCHED,
          citations: [courts('civil claims under $35,000 (raised from $10,000 by Bill 22, 2011; in-force date not researched)', 'secondary', checked)],
          verify: wording('nt.nt.params.small-claims.limit.0.verify'),
        },
      ),
    ],
    'civil.limitation': [
      fact(
        { months: null, rule: wording('nt.nt.params.civil.limitation.0.rule') },
        {
          effective: START_NOT_RESEARCHED,
          citations: [
            notFoundInOfficialSources(
              'the Limitation of Actions Act, R.S.N.W.T. 1988, c. L-8 (justice.gov.nt.ca not among the stored sources), NWT courts, Hansard and commentary: the period for a claim for unpaid wages',
            ),
            hansardAssault(
              '"Law suits for assault, including sexual assault, must be brought within two years of the incident" (before the 1995 amendment)',
              'secondary',
              checked,
            ),
          ],
          verify: wording('nt.nt.params.civil.limitation.0.verify'),
        },
      ),
    ],
    'human-rights.limitation': [
      fact(
        {
          months: 24,
          body: wording('nt.nwthrc'),
          extension: wording('nt.nt.params.human-rights.limitation.0.extension'),
        },
        {
          effective: START_NOT_RESEARCHED,
          citations: [nwthrc('a complaint within two years of the contravention or of its last instance', 'secondary', checked)],
        },
      ),
    ],
    'victim-compensation.program': [
      fact(
        {
          name: wording('nt.nt.params.victim-compensation.program.0.name'),
          months: null,
          policeReportRequired: 'unknown',
          traffickingCovered: 'unknown',
          extension: wording('nt.nt.params.victim-compensation.program.0.extension'),
        },
        {
          effective: START_NOT_RESEARCHED,
          citations: [
            vaf(
              '"There is no compensation program in the NWT for individual victims of crime"; the Victims Assistance Fund funds community projects',
              'secondary',
              checked,
            ),
            notFoundInOfficialSources(
              'justice.gov.nt.ca Victim Services pages: a program compensating individual victims of crime (the Victims Assistance Fund page says there is none), and any deadline',
            ),
          ],
        },
      ),
    ],
    'social-assistance.access': [
      fact(
        {
          program: wording('nt.nt.params.social-assistance.access.0.program'),
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
          conditions: wording('nt.nt.params.social-assistance.access.0.conditions'),
          sharesWithImmigration: 'unknown',
        },
        {
          effective: START_NOT_RESEARCHED,
          citations: [
            ia('NWT residents 19 or older whose need is greater than their income', 'secondary', checked),
            notFoundInOfficialSources(
              'ece.gov.nt.ca Income Assistance pages: eligibility by immigration status, and any sharing of applicants\u2019 information with immigration authorities',
            ),
          ],
        },
      ),
    ],
  },
};
