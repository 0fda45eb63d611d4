// New Brunswick. Sources: the official consolidations on laws.gnb.ca (read for Regulation 96-81,
// s. 3(2), and the Limitation of Actions Act, s. 5(1)), the Department of Social Development's
// policy manual, official Government of New Brunswick pages and secondary commentary (issue #19).
// New Brunswick is bilingual: the French names are the official French titles of the statutes and
// bodies; the French wording of the provisions themselves was not retrieved.
import { fact, START_NOT_RESEARCHED, NOT_RESEARCHED } from '../../build';
import type { Jurisdiction } from '../../model';
import { secondarySource } from '../../sources';
import { PROVINCES_REVIEWED_ON } from '../shared/shared';
import { wordingOf } from '../../../wording';
import en from './wording/en.json';
import fr from './wording/fr.json';

/** This file's sentences, by code (./wording/en.json, ./wording/fr.json). */
const wording = wordingOf('remedies/jurisdictions/nb', { en, fr });

const checked = { lastReviewed: PROVINCES_REVIEWED_ON };

const esa61 = secondarySource(
  'Info Whistleblowers, on the Employment Standards Act, S.N.B. 1982, c. E-7.2 / Loi sur les normes d\u2019emploi, s. 61',
  'https://www.infowhistleblowers.ca/protection/employment-standards-act/',
);
const esInvestigations = secondarySource(
  'Government of New Brunswick, "Investigations of Complaints – Employment Standards"',
  'https://www2.gnb.ca/content/gnb/en/departments/post-secondary_education_training_and_labour/services/services_renderer.17416.Investigations_of_Complaints_-_Employment_Standards.html',
);
const foreignWorkers2014 = secondarySource(
  'Stewart McKelvey (Mondaq), "Mixed bag of amendments to the NB Employment Standards Act" (4 Nov 2014): foreign-worker protections in force 1 Sep 2014',
  'http://www.mondaq.com/article.asp?article_id=351762&type=mondaqai',
);
const smallClaims2018 = secondarySource(
  'Government of New Brunswick news release (Mar 2018): Small Claims Act limit $20,000 from 1 Apr 2018',
  'https://www2.gnb.ca/content/gnb/en/news/news_release.2018.03.0324.html',
);
const smallClaims2013 = secondarySource(
  'McInnes Cooper, "N.B. reinstates Small Claims Court effective January 1, 2013" (limit $12,500)',
  'https://www.mcinnescooper.com/publications/n-b-reinstates-small-claims-court-effective-january-1-2013/',
);
const limitationAct = secondarySource(
  'Limitation of Actions Act, S.N.B. 2009, c. L-8.5 / Loi sur la prescription (laws.gnb.ca consolidation current to 1 Jan 2024)',
  'http://laws.gnb.ca/en/showfulldoc/cs/L-8.5/',
);
const limitationInForce = secondarySource(
  'Stewart McKelvey, "Reminder: New Brunswick Limitation of Actions Act" (17 Apr 2012): in force 1 May 2010',
  'http://www.stewartmckelvey.com/en/home/resources/publications/clientupdateremindernewbrunswicklimitationofaction.aspx',
);
const nbhrc = secondarySource(
  'New Brunswick Human Rights Commission, "Filing a complaint" (Human Rights Act, R.S.N.B. 2011, c. 171 / Loi sur les droits de la personne)',
  'https://www2.gnb.ca/content/gnb/en/departments/nbhrc/the-complaint-process/filing-a-complaint.html',
);
const reg9681 = secondarySource(
  'Compensation for Victims of Crime Regulation, N.B. Reg. 96-81 under the Victims Services Act / Règlement sur les compensations pour les victimes d\u2019actes criminels - Loi sur les services aux victimes, Règl. du N.-B. 96-81 (laws.gnb.ca consolidation current to 1 Jan 2024)',
  'https://laws.gnb.ca/en/showdoc/cr/96-81',
);
const cvcPage = secondarySource(
  'Government of New Brunswick, Compensation for victims of crime (Victims Services Act)',
  'https://www2.gnb.ca/content/gnb/en/services/services_renderer.201175.html',
);
const crcvcNb = secondarySource(
  'Canadian Resource Centre for Victims of Crime, "Victims\' guide to financial assistance in New Brunswick"',
  'http://www.victimsofviolence.on.ca/victim-information-library/guide-financial-assistance-victims/victims-guide-financial-assistance-new-brunswick/',
);
const saImmigrants = secondarySource(
  'New Brunswick Department of Social Development, Social Assistance Policy Manual, "Immigrants" (Family Income Security Act / Loi sur la sécurité du revenu familial)',
  'https://www2.gnb.ca/content/gnb/en/departments/social_development/policy_manual/applicant_and_clienttypes/content/immigrants.html',
);

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
              checked,
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
