// Newfoundland and Labrador. Sources: official Government of Newfoundland and Labrador, Human
// Rights Commission and Provincial Court pages, the House of Assembly's statute tables, and
// secondary commentary (issue #19). No current provision was read in the text of a statute: every
// record is 'secondary' or 'unverified', and values searched for and not found say so
// (notFoundInOfficialSources). The province has no criminal injuries compensation program.
import { fact, START_NOT_RESEARCHED } from '../../build';
import type { Jurisdiction } from '../../model';
import { notFoundInOfficialSources, NL_SOURCES } from '../../sources';
import { PROVINCES_REVIEWED_ON } from '../shared/shared';
import { wordingOf } from '../../../wording';
import en from './wording/en.json';
import fr from './wording/fr.json';

/** This file's sentences, by code (./wording/en.json, ./wording/fr.json). */
const wording = wordingOf('remedies/jurisdictions/nl', { en, fr });

const checked = { lastReviewed: PROVINCES_REVIEWED_ON };

/** The sources this file cites, from the register (sources.ts). */
const {
  lsDivision,
  lsCovid,
  ancTfw,
  smallClaims,
  smallClaims2010,
  limitationsDebt,
  limitationsStewart,
  hrAct,
  hrc,
  hrcOld,
  coxPalmer,
  crcvcNl,
  iesAct,
  iesRegs,
} = NL_SOURCES;

const LSD = wording('nl.lsd');
const NLHRC = wording('nl.nlhrc');
const SMALL_CLAIMS = wording('nl.small-claims');

export const nl: Jurisdiction = {
  code: 'NL',
  name: wording('nl.nl.name'),
  review: {
    status: 'reviewed',
    note: wording('nl.nl.review.note'),
  },
  params: {
    'employment-standards.limitation': [
      fact(
        {
          months: 6,
          trigger: 'employmentEnded',
          body: LSD,
          extension: wording('nl.nl.params.employment-standards.limitation.0.extension'),
        },
        {
          effective: START_NOT_RESEARCHED,
          citations: [
            lsDivision('employees who wish to file a complaint must do so within 6 months of their employment termination date', 'secondary', checked),
            lsCovid('complaint period temporarily extended from 6 to 12 months, 18 Mar to 18 Sep 2020', 'secondary', checked),
            notFoundInOfficialSources('assembly.nl.ca Labour Standards Act: the section setting the 6-month complaint period'),
          ],
        },
      ),
    ],
    'employment-standards.recovery': [
      fact(
        {
          text: wording('nl.nl.params.employment-standards.recovery.0.text'),
        },
        {
          effective: START_NOT_RESEARCHED,
          citations: [
            notFoundInOfficialSources(
              'gov.nl.ca Labour Standards pages and assembly.nl.ca: how far back wages can be recovered; a foreign-worker recruitment or recruitment-fee statute',
            ),
            ancTfw('employers cannot withhold passport or work permit or demand reimbursement for recruitment fees', 'secondary', checked),
          ],
        },
      ),
    ],
    'employment-standards.complaint-disclosed-to-employer': [
      fact(
        { disclosed: 'yes' },
        {
          effective: START_NOT_RESEARCHED,
          citations: [
            lsDivision('early resolution through mediation with the principal parties; formal investigation on a written complaint', 'secondary', checked),
          ],
        },
      ),
    ],
    'small-claims.limit': [
      fact(
        { maxDollars: 25_000, forum: SMALL_CLAIMS },
        {
          effective: START_NOT_RESEARCHED,
          citations: [
            smallClaims('civil actions where the amount claimed does not exceed $25,000', 'secondary', checked),
            smallClaims2010('amendments introduced 13 May 2010 to raise the limit from $5,000 to $25,000', 'secondary', checked),
          ],
          verify: wording('nl.nl.params.small-claims.limit.0.verify'),
        },
      ),
    ],
    'civil.limitation': [
      fact(
        {
          months: 72,
          rule: wording('nl.nl.params.civil.limitation.0.rule'),
        },
        {
          effective: START_NOT_RESEARCHED,
          citations: [
            limitationsDebt('Newfoundland and Labrador: 6 years for debt (Limitations Act)', 'secondary', checked),
            limitationsStewart('most claims have a 2-year or 6-year limitation period', 'secondary', checked),
          ],
          verify: wording('nl.nl.params.civil.limitation.0.verify'),
        },
      ),
    ],
    'human-rights.limitation': [
      fact(
        {
          months: 12,
          body: NLHRC,
          extension: wording('nl.nl.params.human-rights.limitation.0.extension'),
        },
        {
          effective: { from: '2010-06-24' },
          citations: [
            hrc('the unfair treatment must have happened within the last 12 months; the Act sets some exceptions', 'secondary', checked),
            hrcOld('contact the Commission within twelve months; if ongoing, within 12 months of the most recent incident', 'secondary', checked),
            hrAct('s. 25, complaints (text not read)', 'unverified', checked),
            coxPalmer('Human Rights Act, 2010 in force 24 Jun 2010, replacing the Human Rights Code', 'secondary', checked),
            limitationsStewart('statutory deadlines in the Human Rights Act, 2010 extended by order of 24 Apr 2020', 'secondary', checked),
          ],
          verify: wording('nl.nl.params.human-rights.limitation.0.verify'),
        },
      ),
    ],
    'victim-compensation.program': [
      fact(
        {
          name: wording('nl.nl.params.victim-compensation.program.0.name'),
          months: null,
          policeReportRequired: 'unknown',
          traffickingCovered: 'unknown',
          extension: wording('nl.nl.params.victim-compensation.program.0.extension'),
        },
        {
          effective: START_NOT_RESEARCHED,
          citations: [
            crcvcNl(
              'Newfoundland does not have a compensation program for victims of crime; Victim Services funding for specific expenses',
              'secondary',
              checked,
            ),
            notFoundInOfficialSources(
              'gov.nl.ca and assembly.nl.ca: a current criminal injuries compensation program (the Criminal Injuries Compensation Act appears in the Revised Statutes of 1990, c. C-38) and its deadline',
            ),
          ],
          verify: wording('nl.nl.params.victim-compensation.program.0.verify'),
        },
      ),
    ],
    'social-assistance.access': [
      fact(
        {
          program: wording('nl.nl.params.social-assistance.access.0.program'),
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
          conditions: wording('nl.nl.params.social-assistance.access.0.conditions'),
          sharesWithImmigration: 'unknown',
        },
        {
          effective: START_NOT_RESEARCHED,
          citations: [
            iesAct('s. 13 condition of eligibility; s. 15 required to live in province (titles only)', 'unverified', checked),
            iesRegs('s. 4 residency required (title only)', 'unverified', checked),
            notFoundInOfficialSources(
              'assembly.nl.ca Income and Employment Support Act and Regulations, gov.nl.ca: eligibility by immigration status, and sharing of applicants\u2019 information with immigration authorities',
            ),
          ],
        },
      ),
    ],
  },
};
