// Yukon: reviewed in December 2026 (issue #19) from secondary sources only; no provision was read in
// the text of a statute (laws.yukon.ca was not among the stored sources). The court-claim period rests on
// a court's description of para. 2(1)(j) of the Limitation of Actions Act, R.S.Y. 2002, c. 139 (six years
// for a contract claim, LaPrairie v. Yukon, 2013 YKSC 59); the text of 2(1)(j) was not found, so the fact
// also cites that search (notFoundInOfficialSources) and asks for it to be checked.
// Commercial debt-advice sites disagree on the Yukon period for a debt (2 years: bremo.io, Apr 2025;
// 6 years: moneyproblems.ca, Jan 2020, and collectorhq.ca, Feb 2026), none citing a section: not used.
//
// What was found, and is encoded below (none of it read in the text of a statute):
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

import { fact, NOT_RESEARCHED, START_NOT_RESEARCHED } from '../../build';
import type { Jurisdiction } from '../../model';
import { notFoundInOfficialSources, YT_SOURCES } from '../../sources';
import { PROVINCES_REVIEWED_ON } from '../shared/shared';
import { wordingOf } from '../../../wording';
import en from './wording/en.json';
import fr from './wording/fr.json';

/** This file's sentences, by code (./wording/en.json, ./wording/fr.json). */
const wording = wordingOf('remedies/jurisdictions/yt', { en, fr });

const checked = { lastReviewed: PROVINCES_REVIEWED_ON };

/** The sources this file cites, from the register (sources.ts). */
const { labourFaq, smallClaims, laPrairie, yhrc, yhrcFaq, vcef, sa, saApply } = YT_SOURCES;

const SMALL_CLAIMS = wording('yt.small-claims');

export const yt: Jurisdiction = {
  code: 'YT',
  name: wording('yt.yt.name'),
  review: {
    status: 'reviewed',
    note: wording('yt.yt.review.note'),
  },
  params: {
    'employment-standards.limitation': [
      fact(
        {
          months: 6,
          trigger: 'wagesDue',
          body: wording('yt.esb'),
          extension: wording('yt.yt.params.employment-standards.limitation.0.extension'),
        },
        {
          effective: START_NOT_RESEARCHED,
          citations: [
            labourFaq(
              'a complaint must be filed at Labour Services within 6 months of the day the wages should have been paid or the day the issue arose',
              'secondary',
              checked,
            ),
            notFoundInOfficialSources(
              'yukon.ca Employment Standards pages (current) and the Employment Standards Act, R.S.Y. 2002, c. 72: the section setting the 6-month complaint period',
            ),
          ],
          verify: wording('yt.yt.params.employment-standards.limitation.0.verify'),
        },
      ),
    ],
    'employment-standards.recovery': [
      fact(
        { text: wording('yt.yt.params.employment-standards.recovery.0.text') },
        {
          effective: START_NOT_RESEARCHED,
          citations: [
            notFoundInOfficialSources(
              'the archived Labour Services FAQ and yukon.ca Employment Standards pages: how far back unpaid wages can be recovered, and a recruitment-fee rule for foreign workers',
            ),
          ],
        },
      ),
    ],
    'employment-standards.complaint-disclosed-to-employer': [
      fact(
        { disclosed: 'unknown' },
        {
          effective: START_NOT_RESEARCHED,
          citations: [
            notFoundInOfficialSources('the archived Labour Services FAQ and yukon.ca Employment Standards pages: whether the employer learns who complained'),
          ],
        },
      ),
    ],
    'small-claims.limit': [
      fact(
        { maxDollars: 25_000, forum: SMALL_CLAIMS },
        {
          effective: { from: '2006-04-01' },
          citations: [smallClaims('claims up to $25,000 since 1 Apr 2006', 'secondary', checked)],
        },
      ),
      fact(
        { maxDollars: 5_000, forum: SMALL_CLAIMS },
        {
          effective: { from: NOT_RESEARCHED, until: '2006-03-31' },
          citations: [smallClaims('$5,000 before 1 Apr 2006', 'secondary', checked)],
        },
      ),
    ],
    'civil.limitation': [
      fact(
        { months: 72, rule: wording('yt.yt.params.civil.limitation.0.rule') },
        {
          effective: START_NOT_RESEARCHED,
          citations: [
            laPrairie(
              'para. 1: a claim arising from two contracts, "commenced beyond the six-year limitation period set out in para. 2(1)(j) of the Limitations of Actions Act, R.S.Y. 2002, c. 139"',
              'secondary',
              checked,
            ),
            notFoundInOfficialSources(
              'the Limitation of Actions Act, R.S.Y. 2002, c. 139, s. 2(1): the text of para. 2(1)(j), whether it covers a claim for unpaid wages, and when time starts to run',
            ),
          ],
          verify: wording('yt.yt.params.civil.limitation.0.verify'),
        },
      ),
    ],
    'human-rights.limitation': [
      fact(
        {
          months: 18,
          body: wording('yt.yhrc'),
          extension: wording('yt.yt.params.human-rights.limitation.0.extension'),
        },
        {
          effective: START_NOT_RESEARCHED,
          citations: [
            yhrc(
              'a complaint within 18 months of the incident, or of the last instance of a continuing contravention; the Commission may extend the time if the delay was in good faith and prejudices no one',
              'secondary',
              checked,
            ),
            yhrcFaq('18 months to make a complaint', 'secondary', checked),
          ],
        },
      ),
    ],
    'victim-compensation.program': [
      fact(
        {
          name: wording('yt.yt.params.victim-compensation.program.0.name'),
          months: null,
          policeReportRequired: 'unknown',
          traffickingCovered: 'unknown',
          extension: wording('yt.yt.params.victim-compensation.program.0.extension'),
        },
        {
          effective: START_NOT_RESEARCHED,
          citations: [
            vcef(
              '"Il n\u2019y a pas de fonds de dédommagement pour les victimes d\u2019actes criminels au Yukon"; the Victims of Crime Emergency Fund is a last resort for emergency costs',
              'secondary',
              checked,
            ),
            notFoundInOfficialSources(
              'yukon.ca Victim Services pages (current): a compensation program for victims of crime, and the emergency fund\u2019s deadline and rules',
            ),
          ],
          verify: wording('yt.yt.params.victim-compensation.program.0.verify'),
        },
      ),
    ],
    'social-assistance.access': [
      fact(
        {
          program: wording('yt.yt.params.social-assistance.access.0.program'),
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
          conditions: wording('yt.yt.params.social-assistance.access.0.conditions'),
          sharesWithImmigration: 'unknown',
        },
        {
          effective: START_NOT_RESEARCHED,
          citations: [
            sa(
              'citizens and permanent residents; "not likely to be eligible" with a work visa, when sponsored, when not in the country legally, or as "a refugee without an active file"',
              'secondary',
              checked,
            ),
            saApply('how to apply', 'secondary', checked),
            notFoundInOfficialSources(
              'the Social Assistance Act and regulations: eligibility by immigration status, and any sharing of applicants\u2019 information with immigration authorities',
            ),
          ],
        },
      ),
    ],
  },
};
