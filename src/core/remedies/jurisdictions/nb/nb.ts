// New Brunswick. Sources: the official consolidations on laws.gnb.ca (read for Regulation 96-81,
// s. 3(2), and the Limitation of Actions Act, s. 5(1)), the Department of Social Development's
// policy manual, official Government of New Brunswick pages and secondary commentary (issue #19).
// New Brunswick is bilingual: the French names are the official French titles of the statutes and
// bodies. The French wording of a provision is in the citation's `quoteFr` where it was read: Reg. 96-81,
// s. 3(2)(a), on laws.gnb.ca/fr/showdoc/cr/96-81 (read 5 Dec 2026). Not retrieved as of 5 Dec 2026, so
// without `quoteFr` (listed in provinces-french-wording.test.ts): Employment Standards Act s. 61(1) and
// Limitation of Actions Act s. 5(1) (the French consolidations' pages for these sections were not found),
// and the policy manual, news releases and commentary, which are not provisions.
import { fact, START_NOT_RESEARCHED, NOT_RESEARCHED } from '../../build';
import type { Jurisdiction } from '../../model';
import { NB_SOURCES } from '../../sources';
import { PROVINCES_REVIEWED_ON } from '../shared/shared';
import { wordingOf } from '../../../wording';
import en from './wording/en.json';
import fr from './wording/fr.json';

/** This file's sentences, by code (./wording/en.json, ./wording/fr.json). */
const wording = wordingOf('remedies/jurisdictions/nb', { en, fr });

const checked = { lastReviewed: PROVINCES_REVIEWED_ON };

/** The sources this file cites, from the register (sources.ts). */
const {
  esa61,
  esInvestigations,
  foreignWorkers2014,
  smallClaims2018,
  smallClaims2013,
  limitationAct,
  limitationInForce,
  nbhrc,
  reg9681,
  cvcPage,
  crcvcNb,
  saImmigrants,
} = NB_SOURCES;

const ESB = wording('nb.esb');
const NBHRC = wording('nb.nbhrc');
const SMALL_CLAIMS = wording('nb.small-claims');
// The French name follows the Regulation's official French title ("Règlement sur les compensations pour les
// victimes d'actes criminels", laws.gnb.ca/fr/showdoc/cr/96-81, read 5 Dec 2026), which speaks of "compensation financière".
const CVC = wording('nb.cvc');

export const nb: Jurisdiction = {
  code: 'NB',
  name: wording('nb.nb.name'),
  review: {
    status: 'reviewed',
    note: wording('nb.nb.review.note'),
  },
  params: {
    'employment-standards.limitation': [
      fact(
        {
          months: 12,
          trigger: 'wagesDue',
          body: ESB,
          extension: wording('nb.nb.params.employment-standards.limitation.0.extension'),
        },
        {
          effective: START_NOT_RESEARCHED,
          citations: [esa61('s. 61(1): complaint to the Director within 12 months following the alleged violation', 'secondary', checked)],
        },
      ),
    ],
    'employment-standards.recovery': [
      fact(
        {
          text: wording('nb.nb.params.employment-standards.recovery.0.text'),
        },
        {
          effective: { from: '2014-09-01' },
          citations: [
            esa61('recovery period and cap not stated', 'unverified', checked),
            foreignWorkers2014('foreign-worker registration and prohibitions effective 1 Sep 2014', 'secondary', checked),
          ],
        },
      ),
      fact(
        {
          text: wording('nb.nb.params.employment-standards.recovery.1.text'),
        },
        {
          effective: { from: NOT_RESEARCHED, until: '2014-08-31' },
          citations: [esa61('recovery period and cap not stated', 'unverified', checked), foreignWorkers2014('in force 1 Sep 2014', 'secondary', checked)],
        },
      ),
    ],
    'employment-standards.complaint-disclosed-to-employer': [
      fact(
        { disclosed: 'yes' },
        {
          effective: START_NOT_RESEARCHED,
          citations: [esInvestigations('the officer contacts both the employer and the employee; confidential complaints are possible', 'secondary', checked)],
        },
      ),
    ],
    'small-claims.limit': [
      fact(
        { maxDollars: 20_000, forum: SMALL_CLAIMS },
        { effective: { from: '2018-04-01' }, citations: [smallClaims2018('$20,000 from 1 Apr 2018', 'secondary', checked)] },
      ),
      fact(
        { maxDollars: 12_500, forum: SMALL_CLAIMS },
        {
          effective: { from: '2013-01-01', until: '2018-03-31' },
          citations: [smallClaims2013('Small Claims Court reinstated 1 Jan 2013 with a $12,500 limit', 'secondary', checked)],
        },
      ),
    ],
    'civil.limitation': [
      fact(
        {
          months: 24,
          rule: wording('nb.nb.params.civil.limitation.0.rule'),
        },
        {
          effective: { from: '2010-05-01' },
          citations: [
            limitationAct(
              's. 5(1): no claim after the earlier of two years from discovery and fifteen years from the act or omission',
              'official-text',
              checked,
            ),
            limitationInForce('in force 1 May 2010; general period cut from six years to two', 'secondary', checked),
          ],
        },
      ),
    ],
    'human-rights.limitation': [
      fact(
        {
          months: 12,
          body: NBHRC,
          extension: wording('nb.nb.params.human-rights.limitation.0.extension'),
        },
        {
          effective: START_NOT_RESEARCHED,
          citations: [
            nbhrc('complaints within 12 months; continuing violation: one year from the last incident; extension request form', 'secondary', checked),
          ],
        },
      ),
    ],
    'victim-compensation.program': [
      fact(
        {
          name: CVC,
          months: 12,
          policeReportRequired: 'yes',
          traffickingCovered: 'unknown',
          extension: wording('nb.nb.params.victim-compensation.program.0.extension'),
        },
        {
          effective: START_NOT_RESEARCHED,
          citations: [
            reg9681(
              's. 3(2)(a) and (b): "An application under subsection (1) shall be made (a) within one year of the commission of the offence, or (b) in the case of a sexual offence, within one year of disclosure of the offence to the police." / par. 3(2) : « Une demande en vertu du paragraphe (1) doit être faite a) dans un délai d\u2019un an de la perpétration de l\u2019infraction, ou b) [...] »',
              'official-text',
              {
                ...checked,
                // laws.gnb.ca/fr/showdoc/cr/96-81 (consolidation current to 1 Jan 2024), read 5 Dec 2026; paragraph b) was cut off in the copy read.
                quoteFr:
                  '« 3(2) Une demande en vertu du paragraphe (1) doit être faite a) dans un délai d\u2019un an de la perpétration de l\u2019infraction, ou b) [...] »',
              },
            ),
            cvcPage('report the crime to police and fully cooperate; time limits of one year', 'secondary', checked),
            crcvcNb('extension may be requested from the Minister', 'secondary', checked),
          ],
          verify: wording('nb.nb.params.victim-compensation.program.0.verify'),
        },
      ),
    ],
    'social-assistance.access': [
      fact(
        {
          program: wording('nb.nb.params.social-assistance.access.0.program'),
          byStatus: {
            citizen: 'eligible',
            'permanent-resident': 'eligible',
            'protected-person': 'conditional',
            'refugee-claimant': 'conditional',
            'temporary-resident-permit': 'ineligible',
            'no-status': 'ineligible',
            'work-permit-employer-specific': 'ineligible',
            'work-permit-open': 'ineligible',
            'study-permit': 'ineligible',
            visitor: 'ineligible',
            unknown: 'unknown',
          },
          conditions: wording('nb.nb.params.social-assistance.access.0.conditions'),
          sharesWithImmigration: 'yes',
        },
        {
          effective: START_NOT_RESEARCHED,
          citations: [
            saImmigrants(
              'citizens, permanent residents and Indian Act registrants may apply; other statuses at risk; refugee claimants assessed only once CIC has been contacted',
              'official-text',
              checked,
            ),
          ],
        },
      ),
    ],
  },
};
