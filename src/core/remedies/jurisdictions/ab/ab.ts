// Alberta. Sources: research notes §0, §6–§10 and the official pages they cite.
import { fact, START_NOT_RESEARCHED, NOT_RESEARCHED } from '../../build';
import type { Jurisdiction } from '../../model';
import { secondarySource, vocapPage, AB_SOURCES } from '../../sources';
import { PROVINCES_REVIEWED_ON } from '../shared/shared';
import { wordingOf } from '../../../wording';
import en from './wording/en.json';
import fr from './wording/fr.json';

/** This file's sentences, by code (./wording/en.json, ./wording/fr.json). */
const wording = wordingOf('remedies/jurisdictions/ab', { en, fr });

/** The sources this file cites, from the register (sources.ts). */
const { esc, ahrc, ng, mt, vocap, bill2, isManual, bill2Release, parleeLimitations } = AB_SOURCES;
/** Section 20 as the Alberta Human Rights Commission reproduces it ("Who can make a complaint", revised 10 Aug 2020), read on 5 Dec 2026. */
const ahraS20Text = (pinpoint: string) =>
  secondarySource(
    'Alberta Human Rights Act, R.S.A. 2000, c. A-25.5, s. 20 (text reproduced by the Alberta Human Rights Commission, "Who can make a complaint", revised 10 Aug 2020)',
    'https://www.albertahumanrights.ab.ca/services/Pages/who_can_complain.aspx',
  )(pinpoint, 'official-text', { lastReviewed: PROVINCES_REVIEWED_ON });

export const ab: Jurisdiction = {
  code: 'AB',
  name: wording('ab.ab.name'),
  review: {
    status: 'reviewed',
    note: wording('ab.ab.review.note'),
  },
  params: {
    'employment-standards.limitation': [
      fact(
        {
          months: 6,
          trigger: 'employmentEnded',
          body: wording('ab.ab.params.employment-standards.limitation.0.body'),
          extension: wording('ab.ab.params.employment-standards.limitation.0.extension'),
        },
        {
          effective: START_NOT_RESEARCHED,
          citations: [esc('complaint while employed or up to 6 months after the last day of employment', 'secondary')],
        },
      ),
    ],
    'employment-standards.recovery': [
      fact(
        { text: wording('ab.ab.params.employment-standards.recovery.0.text') },
        { effective: START_NOT_RESEARCHED, citations: [esc('recovery limit', 'unverified')] },
      ),
    ],
    'employment-standards.complaint-disclosed-to-employer': [
      fact(
        { disclosed: 'yes' },
        {
          effective: START_NOT_RESEARCHED,
          citations: [esc('a formal complaint is not anonymous; the employer is told who complained (an anonymous tip is possible)', 'secondary')],
        },
      ),
    ],
    'small-claims.limit': [
      fact(
        { maxDollars: 100_000, forum: wording('ab.ab.params.small-claims.limit.0.forum') },
        { effective: { from: '2023-08-01' }, citations: [mt('Alta Reg 86/2023: $100,000 from 1 Aug 2023', 'secondary')] },
      ),
      fact(
        { maxDollars: 50_000, forum: wording('ab.ab.params.small-claims.limit.1.forum') },
        { effective: { from: '2014-08-01', until: '2023-07-31' }, citations: [mt('earlier $50,000 limit (start date unverified)', 'unverified')] },
      ),
    ],
    'civil.limitation': [
      fact(
        {
          months: 24,
          rule: wording('ab.ab.params.civil.limitation.0.rule'),
        },
        {
          effective: { from: '1999-03-01' },
          citations: [
            parleeLimitations(
              's. 3: "If a claimant does not seek a remedial order (which includes a lawsuit) within two years from the date the claimant knew or ought to have known that: 1) they suffered an injury (harm); 2) the injury (harm) was caused by the conduct of the defendant; and 3) the injury (harm) warrants bringing a legal proceeding, then the defendant can rely on the Limitations Act to provide a complete defence"; "If a claimant does not seek a remedial order (which includes a lawsuit) within 10 years from the date the claim arose, then the Defendant can rely on the Limitations Act to provide a complete defence"',
            ),
            bill2Release(
              'before Bill 2 (2017): "Currently, the Limitations Act specifies that any civil claim arising from an assault must be started within two years from when the person knows of the incident."',
            ),
            bill2(
              'Bill 2 removes limitation periods for sexual assault, and for sexual misconduct and assault involving a minor, an intimate relationship or a dependant',
              'secondary',
            ),
          ],
          verify: wording('ab.ab.params.civil.limitation.0.verify'),
        },
      ),
    ],
    'human-rights.limitation': [
      fact(
        {
          months: 12,
          body: wording('ab.ab.params.human-rights.limitation.0.body'),
          extension: wording('ab.ab.params.human-rights.limitation.0.extension'),
        },
        {
          effective: START_NOT_RESEARCHED,
          citations: [
            ahraS20Text(
              's. 20(2): "A complaint made pursuant to subsection (1) must (a) be in a form acceptable to the Commission, and (b) be made within one year after the alleged contravention of the Act occurs."',
            ),
            ahrc('1 year, counted from the day after the incident', 'secondary'),
            ng('no discoverability', 'secondary'),
          ],
        },
      ),
    ],
    'victim-compensation.program': [
      fact(
        {
          name: wording('ab.ab.params.victim-compensation.program.0.name'),
          months: 24,
          policeReportRequired: 'yes',
          traffickingCovered: 'unknown',
          extension: wording('ab.ab.params.victim-compensation.program.0.extension'),
        },
        {
          effective: { from: '2020-06-26' },
          citations: [
            vocapPage(
              'emergency assistance: application "received within 2 years of the date of the crime", extendable in special circumstances; police report "within a reasonable period of time"',
              'secondary',
            ),
          ],
          verify: wording('ab.ab.params.victim-compensation.program.0.verify'),
        },
      ),
      fact(
        {
          name: wording('ab.ab.params.victim-compensation.program.1.name'),
          months: 24,
          policeReportRequired: 'yes',
          traffickingCovered: 'unknown',
          extension: wording('ab.ab.params.victim-compensation.program.1.extension'),
        },
        { effective: { from: NOT_RESEARCHED, until: '2020-06-25' }, citations: [vocap('program replaced 26 Jun 2020', 'unverified')] },
      ),
    ],
    'social-assistance.access': [
      fact(
        {
          program: wording('ab.ab.params.social-assistance.access.0.program'),
          byStatus: {
            citizen: 'eligible',
            'permanent-resident': 'eligible',
            'protected-person': 'eligible',
            'refugee-claimant': 'eligible',
            'temporary-resident-permit': 'conditional',
            'no-status': 'ineligible',
            'work-permit-employer-specific': 'ineligible',
            'work-permit-open': 'ineligible',
            'study-permit': 'ineligible',
            visitor: 'ineligible',
            unknown: 'unknown',
          },
          conditions: wording('ab.ab.params.social-assistance.access.0.conditions'),
          sharesWithImmigration: 'yes',
        },
        {
          effective: START_NOT_RESEARCHED,
          citations: [isManual('MOU with IRCC allows information sharing; TRP holders rule (IS 4830, 4831; ISTHB Reg s. 29)', 'official-text')],
        },
      ),
    ],
  },
};
