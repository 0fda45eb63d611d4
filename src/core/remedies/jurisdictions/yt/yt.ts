// Yukon: researched in December 2026 (issue #19) but NOT marked reviewed, because one number every
// reviewed jurisdiction needs was not found: the limitation period of the Limitation of Actions Act,
// R.S.Y. 2002, c. 139, for a court claim for unpaid wages (param 'civil.limitation', months). The
// stored sources searched (laws.yukon.ca was not among them; Yukon courts, YPLEA, case law, commentary)
// name the Act but not the period for a contract or debt claim. Without it no parameter is encoded:
// provincial remedies answer "unknown" with the reason below.
// Commercial debt-advice sites disagree on the Yukon period for a debt (2 years: bremo.io, Apr 2025;
// 6 years: moneyproblems.ca, Jan 2020, and collectorhq.ca, Feb 2026), none citing a section: not used.
//
// What was found, for whoever completes the review (none of it read in the text of a statute):
// - Employment standards (Employment Standards Act, R.S.Y. 2002, c. 72): "A complaint must be filed at
//   Labour Services within 6 months of the day the wages should have been paid or the day the issue
//   arose" — Yukon Labour Services FAQ archived 6 Feb 2008,
//   https://bac-lac.wayback.archive-it.org/web/20080206191846/http://www.community.gov.yk.ca/labour/comp.html
//   (no current yukon.ca page stating the period was found; the Act's section was not read).
// - Small claims: $25,000 since 1 Apr 2006 (before: $5,000), Small Claims Court Act —
//   https://www.yukoncourts.ca/en/small-claims-court
// - Human rights (Human Rights Act, R.S.Y. 2002, c. 116): a complaint within 18 months of the incident,
//   or of the last instance of a continuing contravention; the Commission may extend the time if the
//   delay was in good faith and prejudices no one — https://yukonhumanrights.ca/human-rights-complaints
//   and http://yhrc.yk.ca/human-rights-yukon-0/faqs (when 18 months began was not researched).
// - Victim compensation: "Il n'y a pas de fonds de dédommagement pour les victimes d'actes criminels au
//   Yukon"; only the Victims of Crime Emergency Fund, a last resort for emergency costs, for which the
//   victim need not report the crime personally — http://www.justice.gov.yk.ca/fr/prog/cor/vs/vcef.html
// - Social assistance (Social Assistance Act): citizens and permanent residents; "not likely to be
//   eligible" with a work visa, when sponsored, when not in the country legally, or as "a refugee
//   without an active file" — https://hss.yukon.ca/sa.php; https://yukon.ca/en/legal-and-social-supports/supports-adults-and-seniors/apply-social-assistance

import type { Jurisdiction } from '../../model';
import { notYetReviewed } from '../shared/shared';
import { wordingOf } from '../../../wording';
import en from './wording/en.json';
import fr from './wording/fr.json';

/** This file's sentences, by code (./wording/en.json, ./wording/fr.json). */
const wording = wordingOf('remedies/jurisdictions/yt', { en, fr });

export const yt: Jurisdiction = {
  ...notYetReviewed('YT', wording('yt.yt.not-yet-reviewed.1')),
  review: {
    status: 'not-yet-reviewed',
    note: wording('yt.yt.review.note'),
  },
};
