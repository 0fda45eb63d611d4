// Nunavut: researched in December 2026 (issue #19) but NOT marked reviewed, because two numbers every
// reviewed jurisdiction needs were not found:
// - the limitation period of the Limitation of Actions Act, R.S.N.W.T. 1988, c. L-8 as duplicated for
//   Nunavut, for a court claim for unpaid wages (param 'civil.limitation', months); and
// - the period for a complaint under the Labour Standards Act, R.S.N.W.T. 1988, c. L-1 as duplicated for
//   Nunavut (param 'employment-standards.limitation', months): neither the Labour Standards Compliance
//   Office (https://nu-lsco.ca/faq-s) nor the Government of Nunavut page
//   (https://prod.gov.nu.ca/en/justice-and-individual-protection/labour-and-employment-standards) states it.
// The statutes themselves (nunavutlegislation.ca) were not among the stored sources searched. Without
// these numbers no parameter is encoded: provincial remedies answer "unknown" with the reason below.
//
// Statute history: Nunavut's Acts of 1 Apr 1999 are the NWT statutes duplicated for Nunavut under the
// Nunavut Act, then amended by Nunavut. The office consolidation of the Labour Standards Act shows it
// "as amended by statutes enacted under section 76.05 of Nunavut Act" (S.N.W.T. 1998, c. 38, in force
// 1 Apr 1999) and by Nunavut statutes from 2001. The NWT replaced its own Labour Standards Act with the
// Employment Standards Act on 1 Apr 2008; Nunavut did not, so the two territories now differ.
// Commercial debt-advice sites disagree on the Nunavut period for a debt (6 years: moneyproblems.ca, Jan 2020;
// 3 years: cgicreditguard.com), none citing a section: not used.
//
// What was found, for whoever completes the review (none of it read in the text of a statute):
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

import type { Jurisdiction } from '../../model';
import { notYetReviewed } from '../shared/shared';
import { wordingOf } from '../../../wording';
import en from './wording/en.json';
import fr from './wording/fr.json';

/** This file's sentences, by code (./wording/en.json, ./wording/fr.json). */
const wording = wordingOf('remedies/jurisdictions/nu', { en, fr });

export const nu: Jurisdiction = {
  ...notYetReviewed('NU', wording('nu.nu.not-yet-reviewed.1')),
  review: {
    status: 'not-yet-reviewed',
    note: wording('nu.nu.review.note'),
  },
};
