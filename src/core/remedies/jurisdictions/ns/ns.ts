// Nova Scotia. Sources: official Government of Nova Scotia, Human Rights Commission and court pages,
// and secondary commentary (issue #19). Nothing here was read in the official text of a statute:
// every record is 'secondary' or 'unverified'.
import { fact, START_NOT_RESEARCHED, NOT_RESEARCHED } from '../../build';
import type { Jurisdiction, Localized } from '../../model';
import { secondarySource } from '../../sources';
import { PROVINCES_REVIEWED_ON } from '../shared/shared';
import { filled, wordingOf } from '../../../wording';
import en from './wording/en.json';
import fr from './wording/fr.json';

/** This file's sentences, by code (./wording/en.json, ./wording/fr.json). */
const wording = wordingOf('remedies/jurisdictions/ns', { en, fr });

const checked = { lastReviewed: PROVINCES_REVIEWED_ON };

const lsProcess = secondarySource(
  'Government of Nova Scotia, Labour Standards "Complaint Process" (Labour Standards Code, R.S.N.S. 1989, c. 246)',
  'https://novascotia.ca/lae/employmentrights/process.asp',
);
const halifaxWac = secondarySource(
  "Halifax Workers' Action Centre, Workers' Rights Guide: Labour Standards complaints",
  'https://www.halifaxwac.ca/workers-rights-guide/niche-eszfp-2w69l-b5xxb-dbc75-k76hx-lfw35-znp5f-gnd45-t9yjy-74zj5-plaxz-dlsje-exy46-kmtty-c3ph6-kbge4-7w9wz-8nnnd-n8rxl-wwmkl-zfj3z-c672f-7hsgg-n7lny',
);
const recruiterLicence = secondarySource(
  'Government of Nova Scotia, "Foreign Workers – Recruiter Licence Fact Sheet" (Labour Standards Code)',
  'https://novascotia.ca/lae/employmentrights/FW/ForeignWorkerRecruitmentLicence.asp',
);
const stewartMcKelvey = secondarySource(
  'Stewart McKelvey, "Nova Scotia amends foreign worker rules…" (Code amended 19 May 2011; recruiter licences from 1 May 2013, employer registration from 1 Aug 2013)',
  'https://stewartmckelvey.com/thought-leadership/client-update-nova-scotia-amends-foreign-worker-rules-to-exempt-some-recruiters-and-employers-from-licensing-and-registration-requirements',
);
const smallClaims = secondarySource(
  'Nova Scotia Courts, Small Claims Court (Small Claims Court Act, R.S.N.S. 1989, c. 430)',
  'http://courts.ns.ca/small_claims_court/nsscc_home.htm',
);
const limitations = secondarySource(
  'Legal Information Society of Nova Scotia, "Time limits for suing" (Limitation of Actions Act, S.N.S. 2014, c. 35, in force 1 Sep 2015)',
  'https://www.legalinfo.org/fr/representing-yourself/time-limits-for-suing',
);
const oldLimitations = secondarySource(
  'Burchell Wickwire Bryson, "Limitation period hard stop approaching" (former Limitation of Actions Act)',
  'https://bwbllp.ca/news/limitation-period-hard-stop-approaching',
);
const nshrc = secondarySource(
  'Nova Scotia Human Rights Commission, "The incident I am inquiring about happened more than 12 months ago…" (Human Rights Act, R.S.N.S. 1989, c. 214)',
  'https://humanrights.novascotia.ca/incident-i-am-inquiring-about-happened-more-12-months-ago-what-does-mean',
);
const nshrc2008 = secondarySource(
  'Special Needs NS blog, "Heads up: new limitation period" (30 Jun 2008), quoting the amendment to the Human Rights Act',
  'https://specialneeds-ns.blogspot.com/2008/06/heads-up-new-limitation-period-for.html',
);
const cicp = secondarySource(
  'Canadian Resource Centre for Victims of Crime, "A victim\'s guide to financial assistance in Nova Scotia" (Criminal Injuries Counselling Program, Victims\' Rights and Services Act, S.N.S. 1989, c. 14)',
  'http://www.victimsofviolence.on.ca/victim-information-library/guide-financial-assistance-victims/a-victims-guide-to-financial-assistance-in-nova-scotia/',
);
const cicp2024 = secondarySource(
  'CTV News Atlantic, "Nova Scotia Justice Department to provide more resources to victims of crime" (2024); N.S. Reg. 212/2024, effective 22 Oct 2024 (RRI Canada summary)',
  'https://atlantic.ctvnews.ca/nova-scotia-justice-department-to-provide-more-resources-to-victims-of-crime-1.7068223',
);
const esia = secondarySource(
  'Employment Support and Income Assistance Regulations, N.S. Reg. 195/2019 (table of contents: age, residency in the Province)',
  'http://www.gov.ns.ca/just/regulations/regs/esiaregs.htm',
);

const LSD = wording('ns.lsd');
const NSHRC = wording('ns.nshrc');
const SMALL_CLAIMS = wording('ns.small-claims');
const CICP = wording('ns.cicp');

const sixMonthLookback: Localized = wording('ns.six-month-lookback');

export const ns: Jurisdiction = {
  code: 'NS',
  name: wording('ns.ns.name'),
  review: {
    status: 'reviewed',
    note: wording('ns.ns.review.note'),
  },
  params: {
    'employment-standards.limitation': [
      fact(
        {
          months: 6,
          trigger: 'wagesDue',
          body: LSD,
          extension: wording('ns.ns.params.employment-standards.limitation.0.extension'),
        },
        {
          effective: START_NOT_RESEARCHED,
          citations: [
            lsProcess('complaints within six months of a violation; only pay owed within the preceding 6 months can be ordered', 'secondary', checked),
            halifaxWac('the form must be filed in time; a phone call is not enough', 'secondary', checked),
          ],
        },
      ),
    ],
    'employment-standards.recovery': [
      fact(
        {
          text: filled(wording('ns.ns.params.employment-standards.recovery.0.text'), { sixMonthLookback: sixMonthLookback }),
        },
        {
          effective: { from: '2011-05-19' },
          citations: [
            lsProcess('only pay owed within the 6-month period preceding the complaint', 'secondary', checked),
            recruiterLicence('illegal to charge or collect a fee from any worker for helping the worker seek or find work', 'secondary', checked),
            stewartMcKelvey('Code amended 19 May 2011 to prohibit recruitment fees; licensing 1 May 2013; registration 1 Aug 2013', 'secondary', checked),
          ],
          verify: wording('ns.ns.params.employment-standards.recovery.0.verify'),
        },
      ),
      fact(
        { text: sixMonthLookback },
        {
          effective: { from: NOT_RESEARCHED, until: '2011-05-18' },
          citations: [lsProcess('only pay owed within the 6-month period preceding the complaint (earlier start not researched)', 'unverified', checked)],
        },
      ),
    ],
    'employment-standards.complaint-disclosed-to-employer': [
      fact(
        { disclosed: 'yes' },
        {
          effective: START_NOT_RESEARCHED,
          citations: [halifaxWac('an officer may contact the parties and help both sides reach a settlement, or investigate', 'secondary', checked)],
        },
      ),
    ],
    'small-claims.limit': [
      fact(
        { maxDollars: 25_000, forum: SMALL_CLAIMS },
        {
          effective: START_NOT_RESEARCHED,
          citations: [smallClaims('claims up to $25,000, not including interest and costs', 'secondary', checked)],
          verify: wording('ns.ns.params.small-claims.limit.0.verify'),
        },
      ),
    ],
    'civil.limitation': [
      fact(
        {
          months: 24,
          rule: wording('ns.ns.params.civil.limitation.0.rule'),
        },
        {
          effective: { from: '2015-09-01' },
          citations: [limitations('two-year basic limitation period from discovery, law since 1 Sep 2015', 'secondary', checked)],
        },
      ),
      fact(
        {
          months: 72,
          rule: wording('ns.ns.params.civil.limitation.1.rule'),
        },
        {
          effective: { from: NOT_RESEARCHED, until: '2015-08-31' },
          citations: [oldLimitations('most breaches had a six-year limitation period', 'secondary', checked)],
        },
      ),
    ],
    'human-rights.limitation': [
      fact(
        {
          months: 12,
          body: NSHRC,
          extension: wording('ns.ns.params.human-rights.limitation.0.extension'),
        },
        {
          effective: { from: '2008-06-30' },
          citations: [
            nshrc('statutory 12-month filing period from the last alleged date of discrimination; extension of up to 12 more months', 'secondary', checked),
            nshrc2008('one-year limitation in force 30 Jun 2008; no legislated limit before', 'secondary', checked),
          ],
        },
      ),
    ],
    'victim-compensation.program': [
      fact(
        {
          name: CICP,
          months: 12,
          noLimitFor: wording('ns.ns.params.victim-compensation.program.0.noLimitFor'),
          policeReportRequired: 'yes',
          traffickingCovered: 'yes',
          extension: wording('ns.ns.params.victim-compensation.program.0.extension'),
        },
        {
          effective: { from: '2024-10-22' },
          citations: [
            cicp(
              'one year from the crime; no limit for sexual offences by persons in authority; children until 20; police report and cooperation',
              'secondary',
              checked,
            ),
            cicp2024('human trafficking survivors $8,235 over three years; N.S. Reg. 212/2024 effective 22 Oct 2024', 'secondary', checked),
          ],
        },
      ),
      fact(
        {
          name: CICP,
          months: 12,
          noLimitFor: wording('ns.ns.params.victim-compensation.program.1.noLimitFor'),
          policeReportRequired: 'yes',
          traffickingCovered: 'yes',
          extension: wording('ns.ns.params.victim-compensation.program.1.extension'),
        },
        {
          effective: { from: NOT_RESEARCHED, until: '2024-10-21' },
          citations: [
            cicp('one year from the crime (undated guide)', 'secondary', checked),
            cicp2024('earlier amount for human trafficking survivors over two years', 'secondary', checked),
          ],
        },
      ),
    ],
    'social-assistance.access': [
      fact(
        {
          program: wording('ns.ns.params.social-assistance.access.0.program'),
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
          conditions: wording('ns.ns.params.social-assistance.access.0.conditions'),
          sharesWithImmigration: 'unknown',
        },
        {
          effective: START_NOT_RESEARCHED,
          citations: [esia('eligibility: age of applicant, residency in Province; no immigration-status rule found', 'unverified', checked)],
        },
      ),
    ],
  },
};
