// Prince Edward Island. Sources: official Government of Prince Edward Island pages (Employment
// Standards, Human Rights Commission, Criminal Injuries Compensation, Temporary Foreign Worker
// Protection Act), court-rule notes and secondary commentary (issue #19). No provision was read in
// the text of a statute; the small claims limit is read in Rule 74 of the Rules of Civil Procedure as
// published with the Rules Committee's note (official text). Every other record is 'secondary' or
// 'unverified', and values searched for and not found say so (notFoundInOfficialSources).
import { fact, START_NOT_RESEARCHED, NOT_RESEARCHED } from '../../build';
import type { Jurisdiction, Localized } from '../../model';
import { notFoundInOfficialSources, PE_SOURCES } from '../../sources';
import { PROVINCES_REVIEWED_ON } from '../shared/shared';
import { filled, wordingOf } from '../../../wording';
import en from './wording/en.json';
import fr from './wording/fr.json';

/** This file's sentences, by code (./wording/en.json, ./wording/fr.json). */
const wording = wordingOf('remedies/jurisdictions/pe', { en, fr });

const checked = { lastReviewed: PROVINCES_REVIEWED_ON };

/** The sources this file cites, from the register (sources.ts). */
const {
  esComplaint,
  esDeadline,
  tfwpa,
  tfwpaRegs,
  limitationsDebt,
  limitationsSexual,
  peihrc,
  peihrcProcess,
  cic,
  cic211,
  crcvcPe,
  saPolicies,
  saWayfinder,
  rule74Text,
} = PE_SOURCES;

/** Rule 74's title and the Rules Committee's note on the 2017 increase, as published (official text, read on 5 Dec 2026). */
const RULE_74_NOTE =
  '"Executive Council by Order-in-Council No. EC2017-387 raised the Small Claims limit from $8,000. to $16,000. effective July 8, 2017, published in the July 8, 2017 issue of the Royal Gazette."';

const ESB = wording('pe.esb');
const PEIHRC = wording('pe.peihrc');
const SMALL_CLAIMS = wording('pe.small-claims');
const CIC = wording('pe.cic');

const recoveryNotFound: Localized = wording('pe.recovery-not-found');

export const pe: Jurisdiction = {
  code: 'PE',
  name: wording('pe.pe.name'),
  review: {
    status: 'reviewed',
    note: wording('pe.pe.review.note'),
  },
  params: {
    'employment-standards.limitation': [
      fact(
        {
          months: 6,
          trigger: 'wagesDue',
          body: ESB,
          extension: wording('pe.pe.params.employment-standards.limitation.0.extension'),
        },
        {
          effective: START_NOT_RESEARCHED,
          citations: [
            esDeadline('6 months from the date the unpaid wages were due', 'secondary', checked),
            notFoundInOfficialSources(
              'princeedwardisland.ca complaint page and gov.pe.ca Employment Standards pages (no time limit stated); the section of the Employment Standards Act, R.S.P.E.I. 1988, c. E-6.2, setting the limit',
            ),
          ],
          verify: wording('pe.pe.params.employment-standards.limitation.0.verify'),
        },
      ),
    ],
    'employment-standards.recovery': [
      fact(
        {
          text: filled(wording('pe.pe.params.employment-standards.recovery.0.text'), { recoveryNotFound: recoveryNotFound }),
        },
        {
          effective: { from: '2025-04-01' },
          citations: [
            tfwpa('in force 1 Apr 2025: no recruitment fees or expenses charged to foreign workers; prohibitions; recruiter licence', 'secondary', checked),
            tfwpaRegs('existing recruiters exempt until 1 Jul 2025 if they apply before then', 'secondary', checked),
            notFoundInOfficialSources(
              'princeedwardisland.ca Employment Standards pages: how far back wages can be recovered; an Employment Agencies Act or Labour Mobility Act rule on recruitment fees',
            ),
          ],
        },
      ),
      fact(
        {
          text: filled(wording('pe.pe.params.employment-standards.recovery.1.text'), { recoveryNotFound: recoveryNotFound }),
        },
        {
          effective: { from: NOT_RESEARCHED, until: '2025-03-31' },
          citations: [
            tfwpa('the Act comes into force on 1 Apr 2025', 'secondary', checked),
            notFoundInOfficialSources(
              'princeedwardisland.ca: a provincial recruitment-fee rule before 1 Apr 2025 (Employment Agencies Act, Labour Mobility Act)',
            ),
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
            esComplaint(
              'the inspector talks to the respondent; both the employer and the employee present the facts and arguments during an investigation',
              'secondary',
              checked,
            ),
          ],
        },
      ),
    ],
    'small-claims.limit': [
      fact(
        { maxDollars: 16_000, forum: SMALL_CLAIMS },
        {
          effective: { from: '2017-07-08' },
          citations: [rule74Text(`title: "Small Claims Section Actions Where the Debt or Damages Claimed Do Not Exceed $16,000."; note: ${RULE_74_NOTE}`)],
        },
      ),
      fact(
        { maxDollars: 8_000, forum: SMALL_CLAIMS },
        {
          effective: { from: NOT_RESEARCHED, until: '2017-07-07' },
          // The note says the limit was $8,000 until 8 Jul 2017; when $8,000 began was not researched.
          citations: [rule74Text(`note: ${RULE_74_NOTE}`)],
        },
      ),
    ],
    'civil.limitation': [
      fact(
        {
          months: 72,
          rule: wording('pe.pe.params.civil.limitation.0.rule'),
        },
        {
          effective: START_NOT_RESEARCHED,
          citations: [
            limitationsDebt('Prince Edward Island: 6 years for debt (Statute of Limitations)', 'secondary', checked),
            limitationsSexual('2021 bill to remove time limits on sexual assault and misconduct claims', 'secondary', checked),
          ],
          verify: wording('pe.pe.params.civil.limitation.0.verify'),
        },
      ),
    ],
    'human-rights.limitation': [
      fact(
        {
          months: 12,
          body: PEIHRC,
          extension: wording('pe.pe.params.human-rights.limitation.0.extension'),
        },
        {
          effective: START_NOT_RESEARCHED,
          citations: [
            peihrc('a complaint must be made within one year after the alleged discrimination occurred', 'secondary', checked),
            peihrcProcess('complaints outside the time frame (within one year of the incident) may be dismissed at intake', 'secondary', checked),
            notFoundInOfficialSources(
              'PEI Human Rights Commission pages: a power to extend the one-year time limit, and the section of the Human Rights Act setting it',
            ),
          ],
        },
      ),
    ],
    'victim-compensation.program': [
      fact(
        {
          name: CIC,
          months: 12,
          policeReportRequired: 'yes',
          traffickingCovered: 'unknown',
          extension: wording('pe.pe.params.victim-compensation.program.0.extension'),
        },
        {
          effective: START_NOT_RESEARCHED,
          citations: [
            cic211('generally apply within 1 year of the crime; extensions possible; crime reported to police and cooperation', 'secondary', checked),
            cic('crime reported to police; maximum $25,000 for one victim; eligible crimes in the Victims of Crime Act and Regulations', 'secondary', checked),
            crcvcPe('application received within one year of the crime, some exceptions; police report and cooperation', 'secondary', checked),
            notFoundInOfficialSources('princeedwardisland.ca Criminal Injuries Compensation page: whether human trafficking is an eligible offence'),
          ],
          verify: wording('pe.pe.params.victim-compensation.program.0.verify'),
        },
      ),
    ],
    'social-assistance.access': [
      fact(
        {
          program: wording('pe.pe.params.social-assistance.access.0.program'),
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
          conditions: wording('pe.pe.params.social-assistance.access.0.conditions'),
          sharesWithImmigration: 'unknown',
        },
        {
          effective: START_NOT_RESEARCHED,
          citations: [
            saPolicies('program for Islanders who meet the eligibility requirements; eligibility policy not read', 'unverified', checked),
            saWayfinder('proof of citizenship or immigration status requested', 'secondary', checked),
            notFoundInOfficialSources(
              'princeedwardisland.ca Social Assistance pages: eligibility by immigration status, and any sharing of applicants\u2019 information with immigration authorities',
            ),
          ],
        },
      ),
    ],
  },
};
