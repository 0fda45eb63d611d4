// New Brunswick. Sources: the official consolidations on laws.gnb.ca (read for Regulation 96-81,
// s. 3(2), and the Limitation of Actions Act, s. 5(1)), the Department of Social Development's
// policy manual, official Government of New Brunswick pages and secondary commentary (issue #19).
// New Brunswick is bilingual: the French names are the official French titles of the statutes and
// bodies; the French wording of the provisions themselves was not retrieved.
import { fact, t, START_NOT_RESEARCHED, NOT_RESEARCHED } from '../build';
import type { Jurisdiction } from '../model';
import { secondarySource } from '../sources';
import { PROVINCES_REVIEWED_ON } from './shared';

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

const ESB = t('New Brunswick Employment Standards Branch', 'Direction des normes d\u2019emploi du Nouveau-Brunswick');
const NBHRC = t('New Brunswick Human Rights Commission', 'Commission des droits de la personne du Nouveau-Brunswick');
const SMALL_CLAIMS = t('Small Claims Court of New Brunswick (adjudicators)', 'Cour des petites créances du Nouveau-Brunswick (arbitres)');
// The French name follows the Regulation's official French title ("Règlement sur les compensations pour les
// victimes d'actes criminels", laws.gnb.ca/fr/showdoc/cr/96-81, read 5 Dec 2026), which speaks of "compensation financière".
const CVC = t(
  'Compensation for Victims of Crime Program (New Brunswick)',
  'Programme de compensation pour les victimes d\u2019actes criminels (Nouveau-Brunswick)',
);

export const nb: Jurisdiction = {
  code: 'NB',
  name: t('New Brunswick', 'Nouveau-Brunswick'),
  review: {
    status: 'reviewed',
    note: t(
      'Reviewed in December 2026: the victim-compensation deadline, the civil limitation period and the social-assistance immigration rules were read in their official text (laws.gnb.ca; Social Development policy manual); the rest rests on official government pages and secondary commentary.',
      'Examiné en décembre 2026 : le délai d\u2019indemnisation des victimes, le délai de prescription civil et les règles d\u2019aide sociale visant les immigrants ont été lus dans leur texte officiel (laws.gnb.ca; manuel des politiques du Développement social); le reste repose sur des pages gouvernementales officielles et des commentaires.',
    ),
  },
  params: {
    'employment-standards.limitation': [
      fact(
        {
          months: 12,
          trigger: 'wagesDue',
          body: ESB,
          extension: t(
            'No extension found. The complaint goes to the Director within 12 months following the alleged violation (s. 61(1)); the Director may keep the complainant\u2019s identity confidential where reprisal is possible.',
            'Aucune prolongation trouvée. La plainte est adressée au directeur dans les 12 mois suivant la violation alléguée (par. 61(1) de la Loi sur les normes d\u2019emploi); le directeur peut garder l\u2019identité du plaignant confidentielle en cas de risque de représailles.',
          ),
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
          text: t(
            'How far back pay can be recovered, and any cap, were not confirmed in the sources (unverified). Foreign workers (since 1 Sep 2014): employers must register with the Director; employers and recruiters may not recover recruitment costs from foreign workers unless the recruitment program allows it, take their passport or work permit, misrepresent the job, reduce pay or change the terms after recruitment, refuse to let them leave employer-provided housing or threaten deportation.',
            'La période de recouvrement de la paie et tout plafond n\u2019ont pas été confirmés (non vérifié). Travailleurs étrangers (depuis le 1er septembre 2014) : les employeurs doivent s\u2019inscrire auprès du directeur; employeurs et recruteurs ne peuvent recouvrer les frais de recrutement auprès des travailleurs étrangers sauf si le programme de recrutement le permet, ni prendre leur passeport ou permis de travail, déformer l\u2019emploi, réduire la paie ou changer les conditions après le recrutement, les empêcher de quitter un logement fourni par l\u2019employeur ou les menacer d\u2019expulsion.',
          ),
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
          text: t(
            'How far back pay could be recovered, and any cap, were not confirmed in the sources (unverified). The foreign-worker protections of 1 Sep 2014 were not yet in force.',
            'La période de recouvrement de la paie et tout plafond n\u2019ont pas été confirmés (non vérifié). Les protections des travailleurs étrangers du 1er septembre 2014 n\u2019étaient pas encore en vigueur.',
          ),
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
          rule: t(
            '2 years from the day the claim is discovered, at most 15 years from the act or omission (Limitation of Actions Act, S.N.B. 2009, c. L-8.5, s. 5(1)); no limit for claims for trespass to the person, assault or battery of a sexual nature.',
            'Deux ans à compter du jour où la réclamation est découverte, au plus 15 ans après l\u2019acte ou l\u2019omission (Loi sur la prescription, L.N.-B. 2009, ch. L-8.5, par. 5(1)); aucun délai pour les réclamations pour atteinte à la personne, voies de fait ou coups de nature sexuelle.',
          ),
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
          extension: t(
            'For a continuing violation, within one year of the last incident. A later complaint needs a Time Limit Extension Request Form filed with it; the Commission decides under its guideline on time-limit extensions.',
            'Pour une violation continue, dans l\u2019année du dernier incident. Une plainte tardive doit être accompagnée du formulaire de demande de prorogation du délai; la Commission décide selon sa ligne directrice sur la prorogation.',
          ),
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
          extension: t(
            'For a sexual offence, within one year of disclosure to the police (Reg. 96-81, s. 3(2)(b)); continuing victimization is treated together (s. 3(4)); applicants unaware of the program may ask the Minister for an extension (secondary). The crime must be reported to police, with cooperation through any prosecution. The Regulation covers injury, including mental or nervous shock, from any Criminal Code offence, so trafficking appears covered where injury is shown, but the program describes itself as for violent crime (not confirmed).',
            'La demande de compensation financière doit être faite « dans un délai d\u2019un an de la perpétration de l\u2019infraction » (Règl. 96-81, al. 3(2)a)); pour une infraction d\u2019ordre sexuel, dans l\u2019année de la divulgation à la police (al. 3(2)b)); la victimisation continue est traitée globalement (par. 3(4)); une personne qui ignorait le programme peut demander une prorogation au ministre (secondaire). Le crime doit être signalé à la police, avec collaboration pendant toute poursuite. Le règlement vise les blessures, y compris le choc mental ou nerveux, causées par toute infraction au Code criminel : la traite semble couverte si une blessure est établie, mais le programme se décrit comme visant les crimes violents (non confirmé).',
          ),
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
          verify: t(
            'Section 3 of the Regulation was amended by N.B. Reg. 2005-134; when the one-year rule began was not researched.',
            'L\u2019article 3 du règlement a été modifié par le Règl. du N.-B. 2005-134; la date de début de la règle d\u2019un an n\u2019a pas été recherchée.',
          ),
        },
      ),
    ],
    'social-assistance.access': [
      fact(
        {
          program: t('Social Assistance (Transitional Assistance Program)', 'Aide sociale (Programme d\u2019assistance transitoire)'),
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
          conditions: t(
            'Citizens and permanent residents can apply. Anyone in Canada under another status "puts their status at risk" by applying; temporary residents (students, work permits, visitors) are ineligible, including for health cards and day-care assistance. Refugees and refugee claimants can be assessed only after the department contacts the federal immigration department, and are referred to it. Sponsored immigrants are not entitled while the sponsorship holds.',
            'Les citoyens et résidents permanents peuvent présenter une demande. Toute personne ayant un autre statut « met son statut en péril » en faisant une demande; les résidents temporaires (étudiants, permis de travail, visiteurs) sont inadmissibles, y compris à la carte d\u2019assurance-maladie et à l\u2019aide pour garderie. L\u2019admissibilité des réfugiés et demandeurs d\u2019asile n\u2019est évaluée qu\u2019après que le ministère a communiqué avec le ministère fédéral de l\u2019Immigration, vers lequel ils sont dirigés. Les immigrants parrainés n\u2019y ont pas droit tant que le parrainage tient.',
          ),
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
