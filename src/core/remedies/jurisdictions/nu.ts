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
import { t } from '../build';
import type { Jurisdiction } from '../model';
import { notYetReviewed } from './shared';

export const nu: Jurisdiction = {
  ...notYetReviewed('NU', t('Nunavut', 'Nunavut')),
  review: {
    status: 'not-yet-reviewed',
    note: t(
      'Researched in December 2026 but not marked reviewed: the period for a complaint under the Labour Standards Act and the limitation period of the Limitation of Actions Act for a court claim for unpaid wages were not found in official sources, so Nunavut limits, deadlines and program rules are not encoded. Check them with local counsel.',
      'Recherché en décembre 2026 mais non marqué comme examiné : le délai de plainte prévu par la Labour Standards Act et le délai de prescription de la Limitation of Actions Act pour une action en justice visant un salaire impayé n\u2019ont pas été trouvés dans les sources officielles; les délais, plafonds et règles du Nunavut ne sont donc pas encodés. Vérifiez-les auprès d\u2019un avocat local.',
    ),
  },
};
