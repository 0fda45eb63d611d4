// Citation builders for the sources the knowledge files use most. A builder fixes the source
// name and URL; each use states the pinpoint and how it was verified.
import { quoteFor, type FederalInstrument } from '../law/quotes';
import { filled, wordingOf } from '../wording';
import type { Citation, VerificationStatus } from './model';
import en from './wording/en.json';
import fr from './wording/fr.json';

/**
 * Written where nobody recorded the day a source was read. The research notes
 * (shared/research/remedies.md) record what their sources say but not when each was read, so
 * their facts say so rather than borrow a date: the product shows "review date not recorded" and
 * `harbour knowledge report` counts them. A citation read later states the day it was read.
 */
export const REVIEW_DATE_NOT_RECORDED = null;
/** The day a review date is, or says it is not recorded. */
export type ReviewDate = string | typeof REVIEW_DATE_NOT_RECORDED;
/** Facts re-checked against a retrieved text while encoding (IRPA s. 24(4), Operational Bulletin 440-H; commit 8c13e3a). */
export const CHECKED_WHILE_ENCODING = '2026-11-28';
/**
 * The day the quotes of src/core/law/quotes.ts were read in Justice Canada's XML (commits 0d29957,
 * a1939af and 9283cc4 of 2026-12-05): an official-text citation that carries a quote was read that day.
 */
const QUOTES_READ_ON = '2026-12-05';

/** The version of the legal content as a whole: the date of the last review pass. */
export const KNOWLEDGE_VERSION = '2026-11-28';

/** `quoteFr`: the provision's official French wording (Quebec, New Brunswick), shown to readers in French. */
type Opts = { url?: string; lastReviewed?: ReviewDate; quoteFr?: string };

/** A federal instrument's citations labelled 'official-text' carry the register's quote of the provision, if it has one. */
/**
 * A source of the register. `read` is the day its text was read for the knowledge, or
 * REVIEW_DATE_NOT_RECORDED: there is no default. A use may state a later day (`{ lastReviewed }`),
 * and a federal provision quoted in law/quotes.ts was read the day its quote was.
 */
function builder(source: string, read: ReviewDate, defaultUrl?: string, instrument?: FederalInstrument) {
  return (pinpoint: string, verification: VerificationStatus, opts: Opts = {}): Citation => {
    const url = opts.url ?? defaultUrl;
    const quote = instrument && verification === 'official-text' ? quoteFor(instrument, pinpoint) : undefined;
    const lastReviewed = opts.lastReviewed !== undefined ? opts.lastReviewed : quote ? QUOTES_READ_ON : read;
    // Two literal layouts rather than a conditional spread (slow in V8): the same properties in the same order.
    const citation: Citation = url ? { source, pinpoint, verification, lastReviewed, url } : { source, pinpoint, verification, lastReviewed };
    if (quote) citation.quote = quote.quote;
    if (opts.quoteFr !== undefined) citation.quoteFr = opts.quoteFr;
    return citation;
  };
}

export const irpa = builder(
  'Immigration and Refugee Protection Act, S.C. 2001, c. 27',
  REVIEW_DATE_NOT_RECORDED,
  'https://laws-lois.justice.gc.ca/eng/acts/i-2.5/',
  'IRPA',
);
export const irpr = builder(
  'Immigration and Refugee Protection Regulations, SOR/2002-227',
  REVIEW_DATE_NOT_RECORDED,
  'https://laws-lois.justice.gc.ca/eng/regulations/SOR-2002-227/',
  'IRPR',
);
const criminalCode = builder('Criminal Code, R.S.C. 1985, c. C-46', REVIEW_DATE_NOT_RECORDED, 'https://laws-lois.justice.gc.ca/eng/acts/c-46/', 'CC');
export const ircc = (title: string, url?: string) => builder(`IRCC, ${title}`, REVIEW_DATE_NOT_RECORDED, url);
export const secondarySource = (title: string, url?: string) => builder(title, REVIEW_DATE_NOT_RECORDED, url);
export const seedReport = builder('Practitioner consultation on legal services for trafficked persons (Harbour seed report)', REVIEW_DATE_NOT_RECORDED);
export const researchNotes = builder('Harbour research notes, shared/research/remedies.md', REVIEW_DATE_NOT_RECORDED);

export const FEWO_TESTIMONY = builder(
  'House of Commons Standing Committee on the Status of Women (FEWO), 44th Parl., meeting 58, testimony of J. Blagovcanin',
  REVIEW_DATE_NOT_RECORDED,
  'https://openparliament.ca/committees/status-of-women/44-1/58/jovana-blagovcanin-4/only',
);

const IRCC_VICTIMS_PAGE =
  'https://www.canada.ca/en/immigration-refugees-citizenship/services/application/application-forms-guides/protection-assistance-victims-human-trafficking.html';
const IRCC_FEB_2025_NOTICE =
  'https://www.canada.ca/en/immigration-refugees-citizenship/news/notices/better-support-foreign-nationals-facing-human-trafficking-family-violence-canada.html';

export const eiAct = builder('Employment Insurance Act, S.C. 1996, c. 23', REVIEW_DATE_NOT_RECORDED, undefined, 'EIA');
const billC12Commentary = builder(
  'Bill C-12 (2025) commentary: maplerouteimmigration.ca (Mar 2026), bartlaw.ca (16 Jan 2026), migrationlawgroup.com, immcanlaw.com',
  REVIEW_DATE_NOT_RECORDED,
  'https://maplerouteimmigration.ca/blog/bill-c12-canada.html',
);

const OB_440_URL =
  'https://www.canada.ca/en/immigration-refugees-citizenship/corporate/publications-manuals/operational-bulletins-manuals/bulletins-2012/440-december-17-2012.html';
/** IRCC Operational Bulletin 440-H: the 12-month PRRA bars and their coming into force. */
export const ob440 = ircc('Operational Bulletin 440-H (17 Dec 2012)', OB_440_URL);
/** IRCC program delivery instructions on the TRP for victims of family violence. */
const familyViolenceTrpPdi = ircc(
  'PDI "TRP for victims of family violence"',
  'https://www.canada.ca/en/immigration-refugees-citizenship/corporate/publications-manuals/operational-bulletins-manuals/temporary-residents/permits/family-violence.html',
);
const goulartLawyers = secondarySource('Goulart Lawyers (2025)');
const grokipedia = secondarySource('grokipedia (low reliability)');

/** The day IRPA (consolidation current to 2026-03-31) and IRPR (current to 2026-06-14) were read in Justice Canada's XML for the refugee-claim bars. */
export const READ_IN_OFFICIAL_XML = '2026-12-05';
/** IRCC's page on the Safe Third Country Agreement: where it applies and its exceptions (secondary to IRPR ss. 159.1–159.7). */
const stcaPage = ircc(
  'Canada–U.S. Safe Third Country Agreement',
  'https://www.canada.ca/en/immigration-refugees-citizenship/corporate/mandate/policies-operational-instructions-agreements/agreements/safe-third-country-agreement.html',
);
// ---- Corrections of the legal review of December 2026 (shared/research/legal-review-2026-12.md) ----
/**
 * The day these corrections were checked: provisions quoted from the official XML consolidation
 * (github justicecanada/laws-lois-xml, consolidations of June 2026), and what the review reports.
 */
const CORRECTIONS_CHECKED = '2026-12-05';
const reviewed = (source: string, url?: string) => builder(source, CORRECTIONS_CHECKED, url);
/** Ontario VQRP+: victims of human trafficking may report to a community agency instead of the police (review E2). */
export const vqrpTraffickingReport = reviewed(
  'Ontario Ministry of the Attorney General, Victim Quick Response Program+; CLEO (as reported in the Harbour legal review of Dec 2026, E2)',
);
/** BC CVAP: a police report is "highly advisable but not mandatory" (review E2). */
export const clicklawCvap = reviewed(
  'Clicklaw Wikibooks, LSLAP Manual, "Crime Victim Assistance Program (4:III)" (as reported in the Harbour legal review of Dec 2026, E2)',
);
/** Government of Alberta, Victims of Crime Assistance Program page (current version, read for the review, E6). */
export const vocapPage = reviewed(
  'Government of Alberta, Victims of Crime Assistance Program (current page)',
  'https://alberta.ca/victims-of-crime-assistance-program',
);
// ---- Legal review of December 2026: provisions read in the official XML -----------------------
/**
 * The day the provisions below were read in Justice Canada's official XML consolidation
 * (github.com/justicecanada/laws-lois-xml; IRPA consolidated to 2026-03-31, with its amendments not in force).
 */
/** IRPA as consolidated, read in the official XML: `irpaXml('s. 24(3.1) "…"')`. */
export const irpaXml = (pinpoint: string) => irpa(pinpoint, 'official-text', { lastReviewed: READ_IN_OFFICIAL_XML });
export const irprXml = (pinpoint: string) => irpr(pinpoint, 'official-text', { lastReviewed: READ_IN_OFFICIAL_XML });
/** The Refugee Appeal Division Rules (SOR/2012-257), the Federal Court's immigration rules (SOR/93-22) and the Federal Courts Act, read in the official XML. */
const radRules = builder('Refugee Appeal Division Rules, SOR/2012-257', READ_IN_OFFICIAL_XML, 'https://laws-lois.justice.gc.ca/eng/regulations/SOR-2012-257/');
const federalCourtImmigrationRules = builder(
  'Federal Courts Citizenship, Immigration and Refugee Protection Rules, SOR/93-22',
  READ_IN_OFFICIAL_XML,
  'https://laws-lois.justice.gc.ca/eng/regulations/SOR-93-22/',
);
const federalCourtsAct = builder('Federal Courts Act, R.S.C. 1985, c. F-7', READ_IN_OFFICIAL_XML, 'https://laws-lois.justice.gc.ca/eng/acts/F-7/');
/** Amendments of S.C. 2026, c. 4 (Bill C-12) that the consolidation lists as not in force. */
const billC12NotInForceText = builder(
  'S.C. 2026, c. 4 (Bill C-12), amendments to the Immigration and Refugee Protection Act not yet in force',
  READ_IN_OFFICIAL_XML,
  'https://laws-lois.justice.gc.ca/eng/acts/I-2.5/NifProv.html',
);
export const billC12NotInForce = (pinpoint: string) => billC12NotInForceText(pinpoint, 'official-text', { lastReviewed: READ_IN_OFFICIAL_XML });
/**
 * S.C. 2026, c. 4 (Bill C-12), the amending Act, not a provision of the consolidated IRPA: its transitional s. 75
 * read in the "Related Provisions" the IRPA consolidation reproduces (law/federal/I-2.5.xml.gz, consolidated 2026-04-01).
 */
const sc2026c4 = builder(
  'S.C. 2026, c. 4 (Bill C-12), as reproduced in the Related Provisions of the consolidated IRPA',
  READ_IN_OFFICIAL_XML,
  'https://laws-lois.justice.gc.ca/eng/acts/I-2.5/',
);

// ---- What could not be found ---------------------------------------------------------------------
/** The day the provincial searches of December 2026 ended: a value not found is "not found as of" this day. */
export const PROVINCIAL_SEARCH_DATE = '2026-12-05';
/** The source a not-found citation names, in each language (./wording/{en,fr}.json). */
const NOT_FOUND_SOURCE = filled(wordingOf('remedies', { en, fr })('citation.not-found.source'), { date: PROVINCIAL_SEARCH_DATE });
/**
 * A value searched for and not found in official sources: the citation says where it was looked
 * for, so the product shows "not found in official sources as of …" instead of a guess, and the
 * knowledge report counts it (`harbour knowledge report`, column "not found").
 */
export const notFoundInOfficialSources = (searched: string): Citation =>
  builder(NOT_FOUND_SOURCE.en, PROVINCIAL_SEARCH_DATE)(`searched: ${searched}`, 'unverified');
/** A value that cites `notFoundInOfficialSources(…)`: counted as "not found" and always shown with its remedy's result. */
export const citesNotFound = (record: { citations: readonly Citation[] }): boolean => record.citations.some((c) => c.source === NOT_FOUND_SOURCE.en);
/** A citation's source title in the reader's language: a not-found citation reads "Introuvable dans les sources officielles au …" in French. */
export const sourceTitle = (c: Pick<Citation, 'source'>, locale: 'en' | 'fr'): string =>
  c.source === NOT_FOUND_SOURCE.en ? NOT_FOUND_SOURCE[locale] : c.source;

// ---- Sources the remedy and jurisdiction files cite, one object per file --------------------------
/** Sources the ab jurisdiction file cites (jurisdictions/ab/ab.ts). */
export const AB_SOURCES = {
  /** Government of Alberta news release on Bill 2 (7 Mar 2017), read on 5 Dec 2026: the Limitations Act as it stood. */
  bill2Release: (pinpoint: string) =>
    builder(
      'Government of Alberta, "Supporting survivors of sexual and domestic violence" (news release on Bill 2, An Act to Remove Barriers for Survivors of Sexual and Domestic Violence, 7 Mar 2017)',
      PROVINCIAL_SEARCH_DATE,
      'https://www.alberta.ca/Announcements.cfm?xID=46419AB12CC85-9A30-DDFF-0D89143907093EB0',
    )(pinpoint, 'secondary'),
  /** Parlee McLaws on the Limitations Act, R.S.A. 2000, c. L-12, s. 3 (the "2/10 rule"), read on 5 Dec 2026. */
  parleeLimitations: (pinpoint: string) =>
    builder(
      'Parlee McLaws, "As Time Winds Down – An Overview of Limitations in Alberta" (Limitations Act, R.S.A. 2000, c. L-12, s. 3)',
      PROVINCIAL_SEARCH_DATE,
      'https://parlee.com/news/as-time-winds-down-an-overview-of-limitations-in-alberta',
    )(pinpoint, 'secondary'),
  esc: secondarySource(
    'Government of Alberta, "File an employment standards complaint" (Employment Standards Code, R.S.A. 2000, c. E-9)',
    'https://www.alberta.ca/file-employment-standards-complaint.aspx',
  ),
  ahrc: secondarySource(
    'Alberta Human Rights Commission, "Making a complaint" (Alberta Human Rights Act, R.S.A. 2000, c. A-25.5, s. 20)',
    'https://albertahumanrights.ab.ca/complaints/making-a-complaint',
  ),
  ng: secondarySource(
    'Bow River Employment Law on Ng v. Athabasca University, 2023 AHRC 94',
    'https://bowriveremploymentlaw.com/case-illustrates-discoverability-does-not-apply-in-alberta-human-rights/',
  ),
  mt: secondarySource(
    'Miller Thomson, "Small claims court (Provincial Court) claim limit increase in Alberta" (Jan/Jun 2023)',
    'https://millerthomson.com/en/insights/commercial-litigation-communique/small-claims-court-provincial-court-claim-limit-increase-alberta',
  ),
  vocap: secondarySource('Government of Alberta, Victims of Crime Assistance Program', 'https://alberta.ca/victims-of-crime-assistance-program'),
  bill2: secondarySource(
    'Morinville News, "Government legislation would remove time limits on civil claims for sexual assault" (7 Mar 2017), on Bill 2, An Act to Remove Barriers for Survivors of Sexual and Domestic Violence',
    'https://morinvillenews.com/2017/03/07/government-legislation-would-remove-time-limits-on-civil-claims-for-sexual-assault/',
  ),
  isManual: secondarySource(
    'Alberta Income and Employment Supports Policy Manual, "Assessing eligibility and verifying immigration status" (19 Dec 2019)',
    'http://www.humanservices.alberta.ca/AWonline/IS/4831.html',
  ),
};

/** The day the B.C. provisions reproduced in the Interpretation Guidelines Manual were read (issue #19). */
const BC_IGM_READ_ON = '2026-12-05';
/** An ESA section as the B.C. Government reproduces it under "Text of Legislation" in its Interpretation Guidelines Manual: official text, quoted in the pinpoint. */
const bcEsaIgm = (section: string, url: string) => (pinpoint: string) =>
  builder(
    `Employment Standards Act, R.S.B.C. 1996, c. 113, s. ${section} (text of the legislation as reproduced in the B.C. Government\u2019s Interpretation Guidelines Manual)`,
    BC_IGM_READ_ON,
    url,
  )(pinpoint, 'official-text');

/** Sources the bc jurisdiction file cites (jurisdictions/bc/bc.ts). */
export const BC_SOURCES = {
  /** ESA s. 80 as the manual reproduces it now (12 months). */
  esaS80: bcEsaIgm(
    '80',
    'https://www2.gov.bc.ca/gov/content/employment-business/employment-standards-advice/employment-standards/forms-resources/igm/esa-part-10-section-80',
  ),
  /** ESA s. 80 as an earlier copy of the same manual page reproduced it (6 months). */
  esaS80Former: bcEsaIgm(
    '80, former wording (earlier copy of the manual page)',
    'http://www2.gov.bc.ca/gov/content/employment-business/employment-standards-advice/employment-standards/igm/esa-part-10-section-80',
  ),
  /** ESA s. 75 (manual page last updated 6 Sep 2019). */
  esaS75: bcEsaIgm(
    '75',
    'https://www2.gov.bc.ca/gov/content/employment-business/employment-standards-advice/employment-standards/forms-resources/igm/esa-part-10-section-75',
  ),
  code: secondarySource(
    'Human Rights Code, R.S.B.C. 1996, c. 210',
    'https://www.hrreporter.com/focus-areas/employment-law/bc-human-rights-code-changed-human-rights-commission-re-established/307831',
  ),
  court: secondarySource('Provincial Court of British Columbia, Small claims matters', 'http://www.provincialcourt.bc.ca/types-of-cases/small-claims-matters'),
  cvap: secondarySource(
    'Government of B.C., Crime Victim Assistance Program: financial assistance and benefits',
    'https://www2.gov.bc.ca/gov/content/justice/criminal-justice/bcs-criminal-justice-system/if-you-are-a-victim-of-a-crime/victim-of-crime/financial-assistance-benefits',
  ),
  bcea: secondarySource(
    'BC Employment and Assistance Policy and Procedure Manual, "Citizenship requirements" (versions of 29 Oct 2013 and 1 Jun 2024)',
    'http://www2.gov.bc.ca/gov/content/governments/policies-for-government/bcea-policy-and-procedure-manual/application-and-intake/citizenship-requirements',
  ),
};

/** Sources the mb jurisdiction file cites (jurisdictions/mb/mb.ts). */
export const MB_SOURCES = {
  esClaims: secondarySource(
    'Government of Manitoba, Employment Standards, "File a Claim" (The Employment Standards Code, C.C.S.M. c. E110)',
    'https://www.gov.mb.ca/labour/standards/claims.html',
  ),
  esFactSheet: secondarySource(
    'Government of Manitoba, Employment Standards fact sheet "Filing a Claim" (C.C.S.M. c. E110)',
    'http://www.gov.mb.ca/labour/standards/doc,filing-claim,factsheet.html',
  ),
  wrapaLexology: secondarySource(
    'Lexology, on The Worker Recruitment and Protection Act, C.C.S.M. c. W197 (S.M. 2008, c. 23) and its regulations coming into effect on 1 Apr 2009',
    'https://www.lexology.com/library/detail.aspx?g=c178973b-c8cb-4806-ab8f-0b7eadc15318',
  ),
  wrapaMondaq: secondarySource(
    'Mondaq, "When employers may be liable for recruiters\' illegal fees charged to foreign workers" (24 Feb 2026) (C.C.S.M. c. W197)',
    'https://www.mondaq.com/canada/employee-rights-labour-relations/1748434/when-employers-may-be-liable-for-recruiters-illegal-fees-charged-to-foreign-workers',
  ),
  smallClaims2025: secondarySource(
    'Pitblado Law, "Manitoba small claims court limit increasing" (The Court of King\'s Bench Small Claims Practices Act, regulation amended); CBC News (14 Nov 2024)',
    'https://www.pitblado.com/manitoba-small-claims-court-limit-increasing',
  ),
  limitations2022: secondarySource(
    'MLT Aikins, "September 30, 2024 is a crucial date for litigation in Manitoba" (The Limitations Act, S.M. 2021, c. 44, in force 30 Sep 2022)',
    'https://mltaikins.com/litigation/take-note-september-30-2024-is-a-crucial-date-for-litigation-in-manitoba',
  ),
  oldLimitations: secondarySource(
    'Simon Reimer (SNJ), "The New Limitations Act: What you need to know" (23 Sep 2022), on the former Limitation of Actions Act',
    'https://snj.ca/the-new-limitations-act-what-you-need-to-know',
  ),
  mhrc: secondarySource(
    'Manitoba Human Rights Commission, "Guide to Filing a Complaint" (The Human Rights Code, C.C.S.M. c. H175)',
    'https://manitobahumanrights.ca/complaints/guides/guide_filing_complaint.html',
  ),
  cvcp: secondarySource(
    "Government of Manitoba, Compensation for Victims of Crime Program (The Victims' Bill of Rights, C.C.S.M. c. V55)",
    'https://www.manitoba.ca/justice/vs/cvc/print,index.html',
  ),
  appeal0124: secondarySource(
    "Manitoba Appeal Commission, Decision #01/24 (Victims' Rights), quoting The Victims' Bill of Rights, s. 51(1)",
    'https://www.appeal.mb.ca/public-decisions/display,decision/4278',
  ),
  appeal0803: secondarySource(
    "Manitoba Appeal Commission, Decision #08/03 (Victims' Rights): the Director may extend the one-year limit under s. 51(2)",
    'https://www.appeal.mb.ca/public-decisions/display,decision/1212',
  ),
  eiaIntake: secondarySource(
    'Government of Manitoba, Employment and Income Assistance Administrative Manual, s. 6.1.2 (intake) and s. 13 (immigrants)',
    'https://www.gov.mb.ca/fs/eia_manual/sec6/index.html',
  ),
  /**
   * The Court of King's Bench Small Claims Practices Regulation on the Manitoba Laws site, read on 5 Dec 2026:
   * the consolidated version's history and the amending M.R. 44/2024 (its French page, which shows both languages).
   * The retrieved text stops before the amount of the new claim limit, so it dates the versions but not the $20,000.
   */
  smallClaimsRegText: builder(
    "Court of King's Bench Small Claims Practices Regulation, Man. Reg. 283/2014, as amended by M.R. 44/2024 (Manitoba Laws, consolidated version and amending regulation)",
    PROVINCIAL_SEARCH_DATE,
    'https://web2.gov.mb.ca/laws/regs/current/283-2014.php?lang=en',
  ),
};

/** Sources the nb jurisdiction file cites (jurisdictions/nb/nb.ts). */
export const NB_SOURCES = {
  /** Commentary on ESA s. 61(1); the French wording of s. 61(1) was not retrieved as of 2026-12-05 (no `quoteFr`). */
  esa61: secondarySource(
    'Info Whistleblowers, on the Employment Standards Act, S.N.B. 1982, c. E-7.2 / Loi sur les normes d\u2019emploi, s. 61',
    'https://www.infowhistleblowers.ca/protection/employment-standards-act/',
  ),
  esInvestigations: secondarySource(
    'Government of New Brunswick, "Investigations of Complaints – Employment Standards"',
    'https://www2.gnb.ca/content/gnb/en/departments/post-secondary_education_training_and_labour/services/services_renderer.17416.Investigations_of_Complaints_-_Employment_Standards.html',
  ),
  foreignWorkers2014: secondarySource(
    'Stewart McKelvey (Mondaq), "Mixed bag of amendments to the NB Employment Standards Act" (4 Nov 2014): foreign-worker protections in force 1 Sep 2014',
    'http://www.mondaq.com/article.asp?article_id=351762&type=mondaqai',
  ),
  smallClaims2018: secondarySource(
    'Government of New Brunswick news release (Mar 2018): Small Claims Act limit $20,000 from 1 Apr 2018',
    'https://www2.gnb.ca/content/gnb/en/news/news_release.2018.03.0324.html',
  ),
  smallClaims2013: secondarySource(
    'McInnes Cooper, "N.B. reinstates Small Claims Court effective January 1, 2013" (limit $12,500)',
    'https://www.mcinnescooper.com/publications/n-b-reinstates-small-claims-court-effective-january-1-2013/',
  ),
  /** Limitation of Actions Act s. 5(1), read in English; its French wording (Loi sur la prescription, par. 5(1)) was not retrieved as of 2026-12-05. */
  limitationAct: secondarySource(
    'Limitation of Actions Act, S.N.B. 2009, c. L-8.5 / Loi sur la prescription (laws.gnb.ca consolidation current to 1 Jan 2024)',
    'http://laws.gnb.ca/en/showfulldoc/cs/L-8.5/',
  ),
  limitationInForce: secondarySource(
    'Stewart McKelvey, "Reminder: New Brunswick Limitation of Actions Act" (17 Apr 2012): in force 1 May 2010',
    'http://www.stewartmckelvey.com/en/home/resources/publications/clientupdateremindernewbrunswicklimitationofaction.aspx',
  ),
  nbhrc: secondarySource(
    'New Brunswick Human Rights Commission, "Filing a complaint" (Human Rights Act, R.S.N.B. 2011, c. 171 / Loi sur les droits de la personne)',
    'https://www2.gnb.ca/content/gnb/en/departments/nbhrc/the-complaint-process/filing-a-complaint.html',
  ),
  /** Reg. 96-81 s. 3(2), read in both languages on laws.gnb.ca; the French wording is the citation's `quoteFr` (nb.ts). */
  reg9681: secondarySource(
    'Compensation for Victims of Crime Regulation, N.B. Reg. 96-81 under the Victims Services Act / Règlement sur les compensations pour les victimes d\u2019actes criminels - Loi sur les services aux victimes, Règl. du N.-B. 96-81 (laws.gnb.ca consolidation current to 1 Jan 2024)',
    'https://laws.gnb.ca/en/showdoc/cr/96-81',
  ),
  cvcPage: secondarySource(
    'Government of New Brunswick, Compensation for victims of crime (Victims Services Act)',
    'https://www2.gnb.ca/content/gnb/en/services/services_renderer.201175.html',
  ),
  crcvcNb: secondarySource(
    'Canadian Resource Centre for Victims of Crime, "Victims\' guide to financial assistance in New Brunswick"',
    'http://www.victimsofviolence.on.ca/victim-information-library/guide-financial-assistance-victims/victims-guide-financial-assistance-new-brunswick/',
  ),
  saImmigrants: secondarySource(
    'New Brunswick Department of Social Development, Social Assistance Policy Manual, "Immigrants" (Family Income Security Act / Loi sur la sécurité du revenu familial)',
    'https://www2.gnb.ca/content/gnb/en/departments/social_development/policy_manual/applicant_and_clienttypes/content/immigrants.html',
  ),
};

/** Sources the nl jurisdiction file cites (jurisdictions/nl/nl.ts). */
export const NL_SOURCES = {
  lsDivision: secondarySource(
    'Government of Newfoundland and Labrador, "Labour Standards Division (Non-Unionized Employees and Workplaces)" (Labour Standards Act, R.S.N.L. 1990, c. L-2)',
    'https://www.gov.nl.ca/aesl/labour/nonunion/',
  ),
  lsCovid: secondarySource(
    'Law Society of Newfoundland and Labrador, "Updates – Provincial Court and Labour Standards Act" (June 2020)',
    'https://lsnl.ca/?p=13582',
  ),
  ancTfw: secondarySource(
    'Association for New Canadians, "Temporary Foreign Workers" (rights at work in Newfoundland and Labrador)',
    'https://ancnl.ca/programs-and-services/temporary-foreign-workers/',
  ),
  smallClaims: secondarySource(
    'Provincial Court of Newfoundland and Labrador, "Small Claims Court" (Small Claims Act, R.S.N.L. 1990, c. S-16)',
    'https://court.nl.ca/Provincial/courts/smallclaims/index.html',
  ),
  smallClaims2010: secondarySource(
    'Government of Newfoundland and Labrador news release, "Changes to Small Claims Act Increase Access to Justice" (13 May 2010)',
    'http://www.releases.gov.nl.ca/releases/2010/just/0513n11.htm',
  ),
  limitationsDebt: secondarySource(
    'bremo.io, "Statute of Limitations on Debt in Canada by Province" (Apr 2025): Newfoundland and Labrador, 6 years, Limitations Act, S.N.L. 1995, c. L-16.1',
    'https://bremo.io/debt-statute-limitations-canada.html',
  ),
  limitationsStewart: secondarySource(
    'Stewart McKelvey, "Update on Newfoundland and Labrador variation of limitation periods and statutory timelines during COVID-19 pandemic" (2020)',
    'https://stewartmckelvey.com/covid_19/update-on-newfoundland-and-labrador-variation-of-limitation-periods-and-statutory-timelines-during-covid-19-pandemic/',
  ),
  hrAct: secondarySource(
    'Human Rights Act, 2010, S.N.L. 2010, c. H-13.1 (House of Assembly; assented to 24 Jun 2010; s. 25 "Complaints", listed in the analysis, text not read)',
    'http://www.assembly.nl.ca/Legislation/sr/statutes/h13-1.htm',
  ),
  hrc: secondarySource('Newfoundland and Labrador Human Rights Commission, "The Complaint Process"', 'https://thinkhumanrights.ca/the-complaint-process/'),
  hrcOld: secondarySource(
    'Newfoundland and Labrador Human Rights Commission, "How Do I Make a Complaint?"',
    'http://www.justice.gov.nl.ca/hrc/complaints/index.html',
  ),
  coxPalmer: secondarySource(
    'Cox & Palmer, "Newfoundland and Labrador Human Rights Act, 2010" (2 Aug 2010): in force 24 Jun 2010, replacing the Human Rights Code',
    'https://coxandpalmerlaw.com/publication/newfoundland-and-labrador-human-rights-act-2010',
  ),
  crcvcNl: secondarySource(
    'Canadian Resource Centre for Victims of Crime, "Victims\' guide to financial assistance in Newfoundland"',
    'http://www.victimsofviolence.on.ca/victim-information-library/guide-financial-assistance-victims/victims-guide-financial-assistance-newfoundland/',
  ),
  iesAct: secondarySource(
    'Income and Employment Support Act, S.N.L. 2002, c. I-0.1 (House of Assembly; Part II "Eligibility", ss. 13–16, listed in the analysis, text not read)',
    'http://www.assembly.nl.ca/legislation/sr/statutes/i00-1.htm',
  ),
  iesRegs: secondarySource(
    'Income and Employment Support Regulations, N.L.R. 144/04, s. 4 "Residency required" (listed in the analysis, text not read)',
    'http://www.assembly.nl.ca/legislation/sr/annualregs/2004/Nr040144.htm',
  ),
};

/** Sources the ns jurisdiction file cites (jurisdictions/ns/ns.ts). */
export const NS_SOURCES = {
  lsProcess: secondarySource(
    'Government of Nova Scotia, Labour Standards "Complaint Process" (Labour Standards Code, R.S.N.S. 1989, c. 246)',
    'https://novascotia.ca/lae/employmentrights/process.asp',
  ),
  halifaxWac: secondarySource(
    "Halifax Workers' Action Centre, Workers' Rights Guide: Labour Standards complaints",
    'https://www.halifaxwac.ca/workers-rights-guide/niche-eszfp-2w69l-b5xxb-dbc75-k76hx-lfw35-znp5f-gnd45-t9yjy-74zj5-plaxz-dlsje-exy46-kmtty-c3ph6-kbge4-7w9wz-8nnnd-n8rxl-wwmkl-zfj3z-c672f-7hsgg-n7lny',
  ),
  recruiterLicence: secondarySource(
    'Government of Nova Scotia, "Foreign Workers – Recruiter Licence Fact Sheet" (Labour Standards Code)',
    'https://novascotia.ca/lae/employmentrights/FW/ForeignWorkerRecruitmentLicence.asp',
  ),
  stewartMcKelvey: secondarySource(
    'Stewart McKelvey, "Nova Scotia amends foreign worker rules…" (Code amended 19 May 2011; recruiter licences from 1 May 2013, employer registration from 1 Aug 2013)',
    'https://stewartmckelvey.com/thought-leadership/client-update-nova-scotia-amends-foreign-worker-rules-to-exempt-some-recruiters-and-employers-from-licensing-and-registration-requirements',
  ),
  smallClaims: secondarySource(
    'Nova Scotia Courts, Small Claims Court (Small Claims Court Act, R.S.N.S. 1989, c. 430)',
    'http://courts.ns.ca/small_claims_court/nsscc_home.htm',
  ),
  limitations: secondarySource(
    'Legal Information Society of Nova Scotia, "Time limits for suing" (Limitation of Actions Act, S.N.S. 2014, c. 35, in force 1 Sep 2015)',
    'https://www.legalinfo.org/fr/representing-yourself/time-limits-for-suing',
  ),
  oldLimitations: secondarySource(
    'Burchell Wickwire Bryson, "Limitation period hard stop approaching" (former Limitation of Actions Act)',
    'https://bwbllp.ca/news/limitation-period-hard-stop-approaching',
  ),
  nshrc: secondarySource(
    'Nova Scotia Human Rights Commission, "The incident I am inquiring about happened more than 12 months ago…" (Human Rights Act, R.S.N.S. 1989, c. 214)',
    'https://humanrights.novascotia.ca/incident-i-am-inquiring-about-happened-more-12-months-ago-what-does-mean',
  ),
  nshrc2008: secondarySource(
    'Special Needs NS blog, "Heads up: new limitation period" (30 Jun 2008), quoting the amendment to the Human Rights Act',
    'https://specialneeds-ns.blogspot.com/2008/06/heads-up-new-limitation-period-for.html',
  ),
  cicp: secondarySource(
    'Canadian Resource Centre for Victims of Crime, "A victim\'s guide to financial assistance in Nova Scotia" (Criminal Injuries Counselling Program, Victims\' Rights and Services Act, S.N.S. 1989, c. 14)',
    'http://www.victimsofviolence.on.ca/victim-information-library/guide-financial-assistance-victims/a-victims-guide-to-financial-assistance-in-nova-scotia/',
  ),
  cicp2024: secondarySource(
    'CTV News Atlantic, "Nova Scotia Justice Department to provide more resources to victims of crime" (2024); N.S. Reg. 212/2024, effective 22 Oct 2024 (RRI Canada summary)',
    'https://atlantic.ctvnews.ca/nova-scotia-justice-department-to-provide-more-resources-to-victims-of-crime-1.7068223',
  ),
  esia: secondarySource(
    'Employment Support and Income Assistance Regulations, N.S. Reg. 195/2019 (table of contents: age, residency in the Province)',
    'http://www.gov.ns.ca/just/regulations/regs/esiaregs.htm',
  ),
  /**
   * The criminal injuries regulations under s. 14 of the Victims' Rights and Services Act, in the Registry of
   * Regulations' consolidations on novascotia.ca, read on 5 Dec 2026 (docs/research/provincial-review-east-2026-12-05.md):
   * the provision's words, quoted in the pinpoint. Only the opening of each consolidation was available.
   */
  counsellingRegsText: (pinpoint: string) =>
    builder(
      "Criminal Injuries Counselling Regulations, N.S. Reg. 24/94, made under s. 14 of the Victims' Rights and Services Act, S.N.S. 1989, c. 14 (Registry of Regulations consolidation amended to N.S. Reg. 212/2024, effective 22 Oct 2024)",
      PROVINCIAL_SEARCH_DATE,
      'https://novascotia.ca/Just/Regulations/regs/vrscounselling.htm',
    )(pinpoint, 'official-text'),
  compensationRegsText: (pinpoint: string) =>
    builder(
      "Criminal Injuries Compensation Regulations, N.S. Reg. 24/94, made under s. 14 of the Victims' Rights and Services Act, S.N.S. 1989, c. 14 (Registry of Regulations consolidation as amended up to N.S. Reg. 270/2009)",
      PROVINCIAL_SEARCH_DATE,
      'https://www.novascotia.ca/just/regulations/regs/vrscomp.htm',
    )(pinpoint, 'official-text'),
};

/** A provision of Ontario law read in the e-Laws consolidation on the day of the provincial review: official text. */
const ontarioLaw = (source: string, url: string) => (pinpoint: string) => builder(source, ONTARIO_LAW_READ_ON, url)(pinpoint, 'official-text');
/** The day Ontario's statutes were read in their e-Laws consolidation (docs/research/provincial-review-2026-12-05.md). */
const ONTARIO_LAW_READ_ON = '2026-12-05';

/** Sources the on jurisdiction file cites (jurisdictions/on/on.ts). */
export const ON_SOURCES = {
  esa2015: secondarySource(
    'Raven Law, "Expanded opportunities for recovery under the Employment Standards Act take effect" (Feb 2015) (ESA 2000, S.O. 2000, c. 41, s. 96(3))',
    'https://ravenlaw.com/expanded-opportunities-for-recovery-under-the-employment-standards-act-take-effect/',
  ),
  remiel: secondarySource(
    'Remiel Law, "Ontario raises small claims court limit to $50,000" (11 Aug 2025) (O. Reg. 42/25 amending O. Reg. 626/00)',
    'https://www.remiellaw.ca/post/ontario-raises-small-claims-court-limit-to-50-000-what-it-means-for-you',
  ),
  vqrp: secondarySource(
    'Luke\'s Place, "Criminal Injuries Compensation Board closes; Victim Quick Response Program starts October 1" (2019)',
    'https://lukesplace.ca/criminal-injuries-compensation-board-closes-victim-quick-response-program-starts-october-1/',
  ),
  /**
   * Ontario's statutes in the e-Laws consolidation (ontario.ca/laws), read on 5 Dec 2026 as plain-text
   * exports of the consolidation kept in a public repository (docs/research/provincial-review-2026-12-05.md
   * names each file and its consolidation period): the provision's words, quoted in the pinpoint.
   */
  esaText: ontarioLaw('Employment Standards Act, 2000, S.O. 2000, c. 41 (e-Laws consolidation from 1 Jan 2026)', 'https://www.ontario.ca/laws/statute/00e41'),
  limitationsText: ontarioLaw(
    'Limitations Act, 2002, S.O. 2002, c. 24, Sched. B (e-Laws consolidation from 4 Dec 2024)',
    'https://www.ontario.ca/laws/statute/02l24',
  ),
  humanRightsCodeText: ontarioLaw('Human Rights Code, R.S.O. 1990, c. H.19 (e-Laws consolidation)', 'https://www.ontario.ca/laws/statute/90h19'),
  smallClaimsRegText: ontarioLaw(
    'O. Reg. 626/00, Small Claims Court Jurisdiction and Appeal Limit (e-Laws consolidation from 1 Oct 2025)',
    'https://www.ontario.ca/laws/regulation/000626',
  ),
  /** The Ministry of Labour's guide page on time limits as it stood before the 2015 amendment of s. 111, read on 5 Dec 2026. */
  molTimeLimits: (pinpoint: string) =>
    builder(
      'Ontario Ministry of Labour, Your Guide to the Employment Standards Act, "It is Important for You to File a Claim Submission within a Certain Time" (guide page of the ESA before the 2015 amendment of s. 111)',
      ONTARIO_LAW_READ_ON,
      'http://www.labour.gov.on.ca/english/es/pubs/claim/time.php',
    )(pinpoint, 'secondary'),
  ow: secondarySource(
    'City of Toronto, Ontario Works policies: immigrants (O. Reg. 134/98, s. 6)',
    'https://www.toronto.ca/community-people/employment-social-support/support-for-people-in-financial-need/assistance-through-ontario-works/policies-and-procedures/immigrants/',
  ),
};

/** Sources the pe jurisdiction file cites (jurisdictions/pe/pe.ts). */
export const PE_SOURCES = {
  esComplaint: secondarySource(
    'Government of Prince Edward Island, "File a Formal Complaint under the PEI Employment Standards Act (Non-Union)" (Employment Standards Act, R.S.P.E.I. 1988, c. E-6.2)',
    'https://www.princeedwardisland.ca/en/service/file-a-formal-complaint-under-the-pei-employment-standards-act-non-union',
  ),
  esDeadline: secondarySource(
    'LawyerInfo, "How long does it take to resolve an employment standards dispute in Prince Edward Island?" (7 Jun 2026)',
    'https://lawyerinfo.ca/guides/prince-edward-island/employment-rights-prince-edward-island/how-long-does-it-take-to-resolve-an-employment-standards-dispute-in-prince-edward-island/',
  ),
  tfwpa: secondarySource(
    'Government of Prince Edward Island, "Temporary Foreign Worker Protection Act Information" (Act and General Regulations in force 1 Apr 2025)',
    'https://princeedwardisland.ca/en/information/workforce-advanced-learning-and-population/temporary-foreign-worker-protection-act',
  ),
  tfwpaRegs: secondarySource(
    'RRI Canada, "Protecting Temporary Foreign Workers and Regulating Recruiters" (19 Feb 2025), on the Temporary Foreign Worker Protection Act General Regulations',
    'https://rricanada.org/2025/02/19/protecting-temporary-foreign-workers-and-regulating-recruiters/',
  ),
  limitationsDebt: secondarySource(
    'bremo.io, "Statute of Limitations on Debt in Canada by Province" (Apr 2025): Prince Edward Island, 6 years, Statute of Limitations (R.S.P.E.I. 1988)',
    'https://bremo.io/debt-statute-limitations-canada.html',
  ),
  limitationsSexual: secondarySource(
    'Top Class Actions, "PEI to abolish time limits on sexual assault cases" (5 Nov 2021)',
    'https://ca.topclassactions.com/sexual-assault-abuse/967514-pei-to-abolish-time-limits-on-sexual-assault-cases-may-see-more-class-actions/',
  ),
  peihrc: secondarySource(
    'Prince Edward Island Human Rights Commission, "Filing a Complaint" (Human Rights Act, R.S.P.E.I. 1988)',
    'http://www.gov.pe.ca/humanrights/index.php3?number=1043536&lang=E',
  ),
  peihrcProcess: secondarySource('Prince Edward Island Human Rights Commission, "Complaint Process"', 'https://peihumanrights.ca/index.php/complaint-process'),
  cic: secondarySource(
    'Government of Prince Edward Island, "Criminal Injuries Compensation" (Victims of Crime Act, R.S.P.E.I. 1988, c. V-3.1, and Regulations)',
    'https://www.princeedwardisland.ca/en/information/justice-and-public-safety/criminal-injuries-compensation',
  ),
  cic211: secondarySource(
    'PEI 211, "Criminal Injuries Compensation Program" (Department of Justice and Public Safety)',
    'https://pe.211.ca/result/community-and-correctional-services-division-criminal-injuries-compensation-program-63745744',
  ),
  crcvcPe: secondarySource(
    'Canadian Resource Centre for Victims of Crime, "A victim\'s guide to financial assistance in Prince Edward Island"',
    'http://www.victimsofviolence.on.ca/victim-information-library/guide-financial-assistance-victims/a-victims-guide-to-financial-assistance-in-prince-edward-island/',
  ),
  saPolicies: secondarySource(
    'Government of Prince Edward Island, "Social Assistance Policies" (Social Assistance Act): policy 1.2 Eligibility listed, not read',
    'https://www.princeedwardisland.ca/en/information/social-development-and-housing/social-assistance-policies',
  ),
  saWayfinder: secondarySource(
    'Benefits Wayfinder, "Prince Edward Island Social Assistance Program": proof of legal status in Canada is asked for',
    'https://benefitswayfinder.org/prince-edward-island/social-assistance-program',
  ),
  /**
   * Rule 74 (Small Claims Section) of the Rules of Civil Procedure of the Supreme Court of Prince Edward Island, as
   * published with the Rules Committee's note of 1 Sep 2017 on Order in Council EC2017-387, read on 5 Dec 2026 in a
   * stored copy of that publication (docs/research/provincial-review-east-2026-12-05.md): the rule's title and the
   * note's words, quoted in the pinpoint.
   */
  rule74Text: (pinpoint: string) =>
    builder(
      'Rules of Civil Procedure, Supreme Court of Prince Edward Island, Rule 74, Small Claims Section, with the Rules Committee note (Chief Justice David H. Jenkins, Chair, 1 Sep 2017), as published and copied on vdocuments.net',
      PROVINCIAL_SEARCH_DATE,
      'https://vdocuments.net/prince-edward-island-small-claims-section-actions-where-edward-island-small.html',
    )(pinpoint, 'official-text'),
};

// ---- Territories (issue #19): Yukon, Northwest Territories, Nunavut ---------------------------------
// Read in the December 2026 research (jurisdictions/{yt,nt,nu}.ts, docs/research/provincial-review-2026-12-05.md §1).
// No provision was read in the text of a territorial statute: every use is 'secondary' or 'unverified'.

/** Sources the yt jurisdiction file cites (jurisdictions/yt/yt.ts). */
export const YT_SOURCES = {
  labourFaq: secondarySource(
    'Government of Yukon, Labour Services, Employment Standards FAQ (archived 6 Feb 2008; Employment Standards Act, R.S.Y. 2002, c. 72)',
    'https://bac-lac.wayback.archive-it.org/web/20080206191846/http://www.community.gov.yk.ca/labour/comp.html',
  ),
  smallClaims: secondarySource('Yukon Courts, "Small Claims Court" (Small Claims Court Act)', 'https://www.yukoncourts.ca/en/small-claims-court'),
  laPrairie: secondarySource(
    'LaPrairie v. Yukon (Government), 2013 YKSC 59, para. 1 (on the Limitation of Actions Act, R.S.Y. 2002, c. 139, para. 2(1)(j))',
    'https://docslib.org/doc/13103300/laprairie-v-yukon-government-date-20130618-2013-yksc-59-s-c',
  ),
  yhrc: secondarySource(
    'Yukon Human Rights Commission, "Human rights complaints" (Human Rights Act, R.S.Y. 2002, c. 116)',
    'https://yukonhumanrights.ca/human-rights-complaints',
  ),
  yhrcFaq: secondarySource('Yukon Human Rights Commission, FAQs', 'http://yhrc.yk.ca/human-rights-yukon-0/faqs'),
  vcef: secondarySource(
    'Government of Yukon, Justice, "Fonds d’urgence pour les victimes d’actes criminels" (Victims of Crime Emergency Fund)',
    'http://www.justice.gov.yk.ca/fr/prog/cor/vs/vcef.html',
  ),
  sa: secondarySource('Government of Yukon, Health and Social Services, "Social Assistance" (Social Assistance Act)', 'https://hss.yukon.ca/sa.php'),
  saApply: secondarySource(
    'Government of Yukon, "Apply for social assistance"',
    'https://yukon.ca/en/legal-and-social-supports/supports-adults-and-seniors/apply-social-assistance',
  ),
};

/** Sources the nt jurisdiction file cites (jurisdictions/nt/nt.ts). */
export const NT_SOURCES = {
  legalBrief: secondarySource(
    'LegalBrief, "NWT labour complaints: filing a complaint" (Employment Standards Act, S.N.W.T. 2007, c. 13, ss. 52, 61-62)',
    'https://www.legalbrief.ca/nwt-labor-complaints-filing-a-complaint',
  ),
  workRights: secondarySource('WorkRights.ca, Northwest Territories employment standards complaints', 'http://www.workrights.ca/content.php?doc=105'),
  courts: secondarySource(
    'Northwest Territories Courts, Territorial Court, "Civil claims"',
    'https://www.nwtcourts.ca/en/courts/territorial-court/civil-claims/',
  ),
  hansardAssault: secondarySource(
    'Northwest Territories Hansard, 21 Feb 1995, Minister S. Kakfwi on Bill 4, An Act to Amend the Limitation of Actions Act (unofficial mirror)',
    'https://hansard.opennwt.ca/debates/1995/2/21/stephen-kakfwi-7/only',
  ),
  nwthrc: secondarySource(
    'Northwest Territories Human Rights Commission, "Complaints" (Human Rights Act, S.N.W.T. 2002, c. 18)',
    'https://nwthumanrights.ca/complaints/',
  ),
  vaf: secondarySource(
    'Government of the Northwest Territories, Justice, "Victims Assistance Fund" (Victims of Crime Act)',
    'https://www.justice.gov.nt.ca/en/victims-assistance-fund/',
  ),
  ia: secondarySource(
    'Government of the Northwest Territories, Education, Culture and Employment, "Income Assistance Program" (Social Assistance Act; Income Assistance Regulations)',
    'https://www.ece.gov.nt.ca/en/services/income-security-programs/income-assistance-program',
  ),
};

/** Sources the nu jurisdiction file cites (jurisdictions/nu/nu.ts). */
export const NU_SOURCES = {
  lsco: secondarySource(
    'Nunavut Labour Standards Compliance Office, FAQs (Labour Standards Act, R.S.N.W.T. 1988, c. L-1, as duplicated for Nunavut)',
    'https://nu-lsco.ca/faq-s',
  ),
  nlsb: secondarySource('Nunavut Labour Standards Board, FAQ (Labour Standards Act ss. 45(1), 53)', 'https://nu-nlsb.ca/faq/'),
  smallClaims: secondarySource('Nunavut Court of Justice, "Small claims"', 'https://nunavutcourts.ca/index.php/small-claims'),
  nhrt: secondarySource('Nunavut Human Rights Tribunal, "How to file" (Human Rights Act, S.Nu. 2003, c. 12)', 'https://nhrt.ca/how-to-file/'),
  sa: secondarySource(
    'Government of Nunavut, Family Services, "Social Assistance (SA)"',
    'https://www.gov.nu.ca/family-services/information/social-assistance-sa',
  ),
};

/** The day the Quebec provisions below were read (issue #19). */
const QC_READ_ON = '2026-12-05';
/** Sources the qc jurisdiction file cites (jurisdictions/qc/qc.ts). */
export const QC_SOURCES = {
  /** LNT s. 103 in its English version as the Commission des normes du travail reproduces it (interpretation guide); its French wording was not retrieved as of 2026-12-05 (no `quoteFr`). */
  lntS103: (pinpoint: string) =>
    builder(
      'Act respecting labour standards, CQLR c. N-1.1, s. 103 (English text as reproduced in the Commission des normes du travail\u2019s interpretation guide; the French text was not read)',
      QC_READ_ON,
      'https://www.cnt.gouv.qc.ca/en/interpretation-guide/part-i/act-respecting-labour-standards/recourses-sect-98-to-135/civil-recourses-sect-98-to-121/103/index.html',
    )(pinpoint, 'official-text'),
  /** Former Code of Civil Procedure (CQLR c. C-25), art. 953, with its earlier versions, on LégisQuébec ("Ce document a valeur officielle"); `quoteFr` its French words. */
  cpcS953: (pinpoint: string, quoteFr?: string) =>
    builder(
      'Code de procédure civile, RLRQ c. C-25 (remplacé le 1er janvier 2016), art. 953, versions successives (LégisQuébec)',
      QC_READ_ON,
      'https://www.legisquebec.gouv.qc.ca/fr/version/lc/c-25?code=se:953&historique=20240325',
    )(pinpoint, 'official-text', { quoteFr }),
  /** Code of Civil Procedure (CQLR c. C-25.01), art. 538, English version of 5 Jan 2023 on LégisQuébec; its French wording was not retrieved as of 2026-12-05 (no `quoteFr`). */
  cpcS538: (pinpoint: string) =>
    builder(
      'Code of Civil Procedure, CQLR c. C-25.01, art. 538 (LégisQuébec, English text)',
      QC_READ_ON,
      'https://www.legisquebec.gouv.qc.ca/en/version/cs/C-25.01?code=se:538&history=20230105',
    )(pinpoint, 'official-text'),
  lnt: secondarySource(
    'CNESST, plaintes pécuniaires (Loi sur les normes du travail, RLRQ c. N-1.1)',
    'https://canosmauricie.org/blogues/recours-plainte-pecuniaire-monetaire/',
  ),
  cdpdj: secondarySource(
    'CDPDJ, Foire aux questions (Charte des droits et libertés de la personne, RLRQ c. C-12, art. 77)',
    'https://cdpdj.qc.ca/fr/foire-aux-questions/notre-mission-et-nos-services',
  ),
  ivac: secondarySource(
    "IVAC, Conditions d'admissibilité (Loi visant à aider les personnes victimes d'infractions criminelles et à favoriser leur rétablissement, RLRQ c. P-9.2.1)",
    'https://www.ivac.qc.ca/victimes/Pages/conditions-dadmissibilite.aspx',
  ),
  rapf: secondarySource(
    "LégisQuébec, Loi sur l'aide aux personnes et aux familles, art. 26; Règlement, art. 47",
    'http://legisquebec.gouv.qc.ca/fr/showversion/cr/A-13.1.1,%20r.%201?code=se:47',
  ),
};

/** Sources the sk jurisdiction file cites (jurisdictions/sk/sk.ts). */
export const SK_SOURCES = {
  esComplaint: secondarySource(
    'Government of Saskatchewan, "File an Employment Standards Complaint" (The Saskatchewan Employment Act, S.S. 2013, c. S-15.1, Part II)',
    'https://www.saskatchewan.ca/business/employment-standards/complaints-investigations-enforcement-and-fines/file-an-employment-standards-complaint',
  ),
  seaProclaimed: secondarySource(
    'Government of Saskatchewan news release, "The Saskatchewan Employment Act Proclaimed Today" (29 Apr 2014)',
    'http://www.saskatchewan.ca/government/news-and-media/2014/april/29/employment-act',
  ),
  fwrisa: secondarySource(
    'Meurrens Law, "Saskatchewan\'s Foreign Worker Recruitment and Immigration Services Act" (S.S. 2013, c. F-18.1, proclaimed 11 Oct 2013)',
    'https://meurrensonimmigration.com/saskatchewans-foreign-worker-recruitment-and-immigration-services-act/',
  ),
  isa: secondarySource(
    'Government of Saskatchewan, "Protection for Immigrants and Foreign Workers" (The Immigration Services Act, in force 1 Jul 2024)',
    'https://www.saskatchewan.ca/residents/moving-to-saskatchewan/live-in-saskatchewan/by-immigrating/protection-for-immigrants-and-foreign-workers',
  ),
  smallClaims2024: secondarySource(
    'Government of Saskatchewan news release, "Saskatchewan Raises Small Claims Limit in Provincial Courts" (10 Nov 2023) (The Small Claims Act, 2016)',
    'https://saskatchewan.ca/government/news-and-media/2023/november/10/modernizations-to-small-claims-court-to-increase-access-to-justice-in-saskatchewan',
  ),
  smallClaims2016: secondarySource(
    'FindLaw Canada, "Saskatchewan raises small claims limit to $30,000" (2016)',
    'http://legalblogs.findlaw.ca/legal-life/saskatchewan-raises-small-claims-limit-to-30000-707/',
  ),
  limitations: secondarySource('Saskatchewan Justice, "The Limitations Act" (S.S. 2004, c. L-16.1, s. 5)', 'http://www.justice.gov.sk.ca/Limitations-Act'),
  shrc: secondarySource(
    'Saskatchewan Human Rights Commission, "Am I in the Right Place?" (The Saskatchewan Human Rights Code, 2018)',
    'https://saskatchewanhumanrights.ca/index?p=35',
  ),
  shrc2011: secondarySource(
    'Lexology, on The Saskatchewan Human Rights Code Amendment Act, 2011 (assented 18 May 2011, in force 1 Jul 2011); CBC News: the limit cut from two years to one',
    'https://www.lexology.com/library/detail.aspx?g=fafcab5f-6fb8-4876-b957-bf4ed03fc62e',
  ),
  shrc2008: secondarySource(
    'Saskatchewan Human Rights Commission, "How to File a Complaint" (archived 27 Feb 2008)',
    'https://bac-lac.wayback.archive-it.org/web/20080227221548/http:/www.shrc.gov.sk.ca/complaint_process.htm',
  ),
  victims: secondarySource(
    'Saskatchewan Justice, Victims Services, Compensation (The Victims of Crime Act, 1995; The Victims of Crime Regulations, 1997) (page of 30 Jun 2015)',
    'http://www.justice.gov.sk.ca/Default.aspx?DN=c3ac5166-e466-451a-998c-7c4c45fe4f07',
  ),
  sis: secondarySource(
    'Benefits Wayfinder, "Saskatchewan Income Support", reproducing the Government of Saskatchewan eligibility list',
    'https://benefitswayfinder.org/saskatchewan/saskatchewan-income-support',
  ),
  plea: secondarySource(
    'PLEA Saskatchewan, "Applying for support" (Saskatchewan Income Support)',
    'https://plea.org/government-agencies/social-services-financial-assistance/applying-for-support',
  ),
  /** Government of Saskatchewan news release of 1 Dec 2006 on the amendments to The Victims of Crime Act and Regulations, read on 5 Dec 2026. */
  victims2006: builder(
    'Government of Saskatchewan news release, "Victims of Crime Act Amendments Now in Force" (1 Dec 2006) (The Victims of Crime Act, 1995)',
    PROVINCIAL_SEARCH_DATE,
    'http://www.gov.sk.ca/news?newsId=ceaf7ca8-a3a2-4d26-9801-2f4c4f3ebf22',
  ),
};

/** Sources the criminal-complaint remedy file cites (knowledge/criminal-complaint/criminal-complaint.ts). */
export const CRIMINAL_COMPLAINT_SOURCES = {
  vice: secondarySource(
    'VICE Canada, "How Canada\u2019s immigration laws are making migrant sex workers\u2019 jobs more dangerous" (c. 2017)',
    'https://www.vice.com/en/article/kwkz4z/how-canadas-immigration-laws-are-making-migrant-sex-workers-jobs-more-dangerous',
  ),
  hotline: secondarySource('Canadian Human Trafficking Hotline, "Who are we"', 'https://canadianhumantraffickinghotline.ca/who-are-we'),
};

/** Sources the employment-insurance remedy file cites (knowledge/employment-insurance/employment-insurance.ts). */
const EMPLOYMENT_INSURANCE_SOURCES = {
  karas: secondarySource('HR Reporter, S. Karas on EI for temporary foreign workers (3 Jun 2020)', 'http://digital.hrreporter.com/i/1254293/3'),
};

/** Sources the forced-marriage-protection remedy file cites (knowledge/forced-marriage-protection/forced-marriage-protection.ts). */
const FORCED_MARRIAGE_PROTECTION_SOURCES = {
  justice: secondarySource('Justice Canada, "Child Abuse is Wrong" (forced marriage peace bond)'),
};

/** Sources the fv-trp remedy file cites (knowledge/fv-trp/fv-trp.ts). */
const FV_TRP_SOURCES = {
  cicNews: secondarySource(
    'CIC News (26 Jul 2019)',
    'https://www.cicnews.com/2019/07/canada-now-issuing-temporary-resident-permits-to-out-of-status-victims-of-family-violence-0712559.html',
  ),
  cleo: secondarySource('CLEO, "Temporary Resident Permit"', 'https://www.cleo.on.ca/en/publications/famvio/temporary-resident-permit'),
  feb2025: ircc('notice of 4 Feb 2025', IRCC_FEB_2025_NOTICE),
};

/** Sources the hc remedy file cites (knowledge/hc/hc.ts). */
const HC_SOURCES = {
  cimm: ircc(
    'CIMM briefing "Humanitarian and Compassionate and Other Category" (25 Nov 2024)',
    'https://www.canada.ca/en/immigration-refugees-citizenship/corporate/transparency/committees/cimm-nov-25-2024/humanitarian-compassionate-other-category.html',
  ),
  reform: ircc('"Limits on pre-removal risk assessments and applications for H&C consideration"', 'http://www.cic.gc.ca/english/refugees/reform-ppra.asp'),
  stj: secondarySource(
    'Steps to Justice, H&C application',
    'https://stepstojustice.ca/questions/immigration/ive-sent-my-hc-application-ircc-what-happens-next/',
  ),
};

/** Sources the human-rights remedy file cites (knowledge/human-rights/human-rights.ts). */
const HUMAN_RIGHTS_SOURCES = {
  opt: secondarySource(
    'Hicks Morley on O.P.T. v. Presteve Foods Ltd., 2015 HRTO 675 (24 Jun 2015)',
    'https://hicksmorley.com/2015/06/24/significant-damages-awarded-against-employer-for-sexual-harassment-of-temporary-foreign-workers',
  ),
  pn: secondarySource('KM Law on PN v. FR and another (No. 2), 2015 BCHRT 60 (26 May 2015)', 'https://kmlaw.ca/sexually-abused-nanny-awarded/'),
};

/** Sources the owp-v remedy file cites (knowledge/owp-v/owp-v.ts). */
const OWP_V_SOURCES = {
  pdi: ircc(
    'PDI "Open work permits for vulnerable workers [R207.1 – A72]"',
    'https://www.canada.ca/en/immigration-refugees-citizenship/corporate/publications-manuals/operational-bulletins-manuals/temporary-residents/foreign-workers/vulnerable-workers.html',
  ),
};

/** Sources the prra remedy file cites (knowledge/prra/prra.ts). */
const PRRA_SOURCES = {
  meurrens: secondarySource('Meurrens on Immigration, PRRA changes', 'https://meurrensonimmigration.com/overview-of-prra-changes/'),
  restricted: ircc(
    '"Processing PRRA applications: applicant restrictions on access to protection"',
    'http://www.cic.gc.ca/english/resources/tools/refugees/prra/protection.asp',
  ),
};

/** Sources the refugee-claim remedy file cites (knowledge/refugee-claim/refugee-claim.ts). */
const REFUGEE_CLAIM_SOURCES = {
  ineligibility: secondarySource(
    'IRCC PDI "In-Canada refugee claims: grounds for ineligibility"; cleartoenter.ca consolidated IRPA s. 101',
    'https://cleartoenter.ca/irpa/101',
  ),
};

/** Sources the removal-deferral remedy file cites (knowledge/removal-deferral/removal-deferral.ts). */
const REMOVAL_DEFERRAL_SOURCES = {
  baron: secondarySource(
    'Baron v. Canada (Public Safety and Emergency Preparedness), 2009 FCA 81, as summarised by Meurrens and Bellissimo Law Group (22 Jul 2019)',
  ),
  lao: secondarySource(
    'Legal Aid Ontario, deferral requests (effective 8 Jun 2015)',
    'https://www.legalaid.on.ca/lawyers-legal-professionals/for-refugee-and-immigration-lawyers/deferral-requests/',
  ),
};

/** Sources the social-assistance remedy file cites (knowledge/social-assistance/social-assistance.ts). */
const SOCIAL_ASSISTANCE_SOURCES = {
  nbSocialDevelopmentImmigrants: secondarySource(
    'New Brunswick Department of Social Development, Social Assistance Policy Manual, "Immigrants"',
    'https://www2.gnb.ca/content/gnb/en/departments/social_development/policy_manual/applicant_and_clienttypes/content/immigrants.html',
  ),
};

/** Sources the spousal-sponsorship remedy file cites (knowledge/spousal-sponsorship/spousal-sponsorship.ts). */
const SPOUSAL_SPONSORSHIP_SOURCES = {
  ob640: ircc(
    'Operational Bulletin 640, "Repeal of conditional permanent residence" (28 Apr 2017)',
    'https://www.canada.ca/en/immigration-refugees-citizenship/corporate/publications-manuals/operational-bulletins-manuals/bulletins-2017/640-april-28-2017.html',
  ),
};

/** Sources the tfw-compliance-report remedy file cites (knowledge/tfw-compliance-report/tfw-compliance-report.ts). */
const TFW_COMPLIANCE_REPORT_SOURCES = {
  esdc: secondarySource(
    'ESDC, "Temporary Foreign Worker Program compliance regime" (Jun 2024)',
    'https://www.canada.ca/en/employment-social-development/news/2024/06/temporary-foreign-worker-program-compliance-regime.html',
  ),
};

/** Sources the vtip-trp remedy file cites (knowledge/vtip-trp/vtip-trp.ts). */
const VTIP_TRP_SOURCES = {
  victimsPage: ircc('"Protection and assistance for victims of human trafficking"', IRCC_VICTIMS_PAGE),
  feb2025: ircc('notice "Better support for foreign nationals facing human trafficking and family violence" (4 Feb 2025)', IRCC_FEB_2025_NOTICE),
  mi: ircc(
    'Ministerial Instructions on TRPs for victims of human trafficking (2007)',
    'https://www.canada.ca/en/immigration-refugees-citizenship/corporate/mandate/policies-operational-instructions-agreements/ministerial-instructions/other-goals/mi-htv.html',
  ),
  trpPdi: secondarySource(
    'IRCC program delivery instructions on TRPs, as reproduced by immigration.ca (28 Aug 2017)',
    'https://immigration.ca/fr/temporary-resident-permits-trps-processing-eligibility-assessment',
  ),
};

// ---- The register by id, as the remedies' data files cite it (knowledge/<id>/<id>.json) -----------
/**
 * Every source a remedy's data file may cite, by id: `{ "source": "irpa", "pinpoint": "s. 24(1)",
 * "verification": "official-text" }`. Ids are kebab-case; a source one remedy alone cites is
 * prefixed with that remedy's id. A data file citing an id not listed here fails to load.
 */
export const SOURCES_BY_ID = {
  irpa,
  irpr,
  'criminal-code': criminalCode,
  'ei-act': eiAct,
  'research-notes': researchNotes,
  'seed-report': seedReport,
  'fewo-testimony': FEWO_TESTIMONY,
  'bill-c12-commentary': billC12Commentary,
  'bill-c12-not-in-force': billC12NotInForceText,
  'sc-2026-c4': sc2026c4,
  'ob-440': ob440,
  'family-violence-trp-pdi': familyViolenceTrpPdi,
  'goulart-lawyers': goulartLawyers,
  grokipedia,
  'stca-page': stcaPage,
  'vqrp-trafficking-report': vqrpTraffickingReport,
  'clicklaw-cvap': clicklawCvap,
  'vocap-page': vocapPage,
  'rad-rules': radRules,
  'federal-court-immigration-rules': federalCourtImmigrationRules,
  'federal-courts-act': federalCourtsAct,
  'criminal-complaint.vice': CRIMINAL_COMPLAINT_SOURCES.vice,
  'criminal-complaint.hotline': CRIMINAL_COMPLAINT_SOURCES.hotline,
  'criminal-complaint.s-224-debate': secondarySource('House of Commons debate on Bill S-224'),
  'criminal-complaint.s-224-debate-statcan': secondarySource('House of Commons debate on Bill S-224 (Statistics Canada data)'),
  'employment-insurance.karas': EMPLOYMENT_INSURANCE_SOURCES.karas,
  'employment-insurance.pagtakhan': secondarySource('R. Pagtakhan blog (14 Dec 2012)'),
  'forced-marriage-protection.justice': FORCED_MARRIAGE_PROTECTION_SOURCES.justice,
  'fv-trp.cic-news': FV_TRP_SOURCES.cicNews,
  'fv-trp.cleo': FV_TRP_SOURCES.cleo,
  'fv-trp.feb-2025': FV_TRP_SOURCES.feb2025,
  'hc.cimm': HC_SOURCES.cimm,
  'hc.reform': HC_SOURCES.reform,
  'hc.stj': HC_SOURCES.stj,
  'hc.lao': secondarySource('Legal Aid Ontario, H&C page'),
  'hc.elation-visas': secondarySource('elationvisas.com (2024)'),
  'human-rights.opt': HUMAN_RIGHTS_SOURCES.opt,
  'human-rights.pn': HUMAN_RIGHTS_SOURCES.pn,
  'owp-v.pdi': OWP_V_SOURCES.pdi,
  'prra.meurrens': PRRA_SOURCES.meurrens,
  'prra.restricted': PRRA_SOURCES.restricted,
  'refugee-claim.ineligibility': REFUGEE_CLAIM_SOURCES.ineligibility,
  'removal-deferral.baron': REMOVAL_DEFERRAL_SOURCES.baron,
  'removal-deferral.lao': REMOVAL_DEFERRAL_SOURCES.lao,
  'small-claims.lbw-lawyers': secondarySource('lbwlawyers.com'),
  'small-claims.practitioner-consultation': secondarySource('Practitioner consultation (Harbour seed report)'),
  'social-assistance.nb-immigrants': SOCIAL_ASSISTANCE_SOURCES.nbSocialDevelopmentImmigrants,
  'spousal-sponsorship.ob-640': SPOUSAL_SPONSORSHIP_SOURCES.ob640,
  'tfw-compliance-report.esdc': TFW_COMPLIANCE_REPORT_SOURCES.esdc,
  'tfw-compliance-report.boisjoly': secondarySource(
    'PACP 42-1 meeting 75, É. Boisjoly',
    'https://openparliament.ca/committees/public-accounts/42-1/75/elise-boisjoly-1/only',
  ),
  'vtip-trp.victims-page': VTIP_TRP_SOURCES.victimsPage,
  'vtip-trp.feb-2025': VTIP_TRP_SOURCES.feb2025,
  'vtip-trp.mi': VTIP_TRP_SOURCES.mi,
  'vtip-trp.trp-pdi': VTIP_TRP_SOURCES.trpPdi,
  'vtip-trp.ccr': secondarySource(
    'CCR, "Temporary Resident Permits: Limits to Protection for Trafficked Persons"',
    'http://ccrweb.ca/en/trafficking/temporary-resident-permit-report',
  ),
};
