// Northwest Territories: researched in December 2026 (issue #19) but NOT marked reviewed, because one
// number every reviewed jurisdiction needs was not found: the limitation period of the Limitation of
// Actions Act, R.S.N.W.T. 1988, c. L-8, for a court claim for unpaid wages (param 'civil.limitation',
// months). The stored sources searched (the statute itself on justice.gov.nt.ca/en/legislation was not
// among them; NWT courts, Hansard, case law, commentary) name the Act but not the period for a contract
// or debt claim. Without it no parameter is encoded: provincial remedies answer "unknown" with the
// reason below. Nunavut inherited the same statutes on 1 Apr 1999 (see nu.ts).
// Commercial debt-advice sites give 6 years for a debt in the NWT (moneyproblems.ca, Jan 2020; bremo.io,
// Apr 2025; cgicreditguard.com) without citing a section, and err elsewhere in the same tables (Nova Scotia
// still at 6 years in 2020): not used.
//
// What was found, for whoever completes the review (none of it read in the text of a statute):
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

import type { Jurisdiction } from '../../model';
import { notYetReviewed } from '../shared/shared';
import { wordingOf } from '../../../wording';
import en from './wording/en.json';
import fr from './wording/fr.json';

/** This file's sentences, by code (./wording/en.json, ./wording/fr.json). */
const wording = wordingOf('remedies/jurisdictions/nt', { en, fr });

export const nt: Jurisdiction = {
  ...notYetReviewed('NT', wording('nt.nt.not-yet-reviewed.1')),
  review: {
    status: 'not-yet-reviewed',
    note: wording('nt.nt.review.note'),
  },
};
