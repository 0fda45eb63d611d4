// Citation builders for the sources the knowledge files use most. A builder fixes the source
// name and URL; each use states the pinpoint and how it was verified.
import { quoteFor, type FederalInstrument } from '../law/quotes';
import { filled, wordingOf } from '../wording';
import type { Citation, CitationRef, VerificationStatus } from './model';
import type { SourceEntry } from './data-schemas';
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

/** A source a jurisdiction's data file registers under `sources` (model.ts, sourceEntrySchema). */
const sourceOf = (entry: SourceEntry) => builder(entry.title, entry.read, entry.url);

export const irpa = builder(
  'Immigration and Refugee Protection Act, S.C. 2001, c. 27',
  REVIEW_DATE_NOT_RECORDED,
  'https://laws-lois.justice.gc.ca/eng/acts/i-2.5/',
  'IRPA',
);
const irpr = builder(
  'Immigration and Refugee Protection Regulations, SOR/2002-227',
  REVIEW_DATE_NOT_RECORDED,
  'https://laws-lois.justice.gc.ca/eng/regulations/SOR-2002-227/',
  'IRPR',
);
const criminalCode = builder('Criminal Code, R.S.C. 1985, c. C-46', REVIEW_DATE_NOT_RECORDED, 'https://laws-lois.justice.gc.ca/eng/acts/c-46/', 'CC');
export const ircc = (title: string, url?: string) => builder(`IRCC, ${title}`, REVIEW_DATE_NOT_RECORDED, url);
export const secondarySource = (title: string, url?: string) => builder(title, REVIEW_DATE_NOT_RECORDED, url);
const seedReport = builder('Practitioner consultation on legal services for trafficked persons (Harbour seed report)', REVIEW_DATE_NOT_RECORDED);
export const researchNotes = builder('Harbour research notes, shared/research/remedies.md', REVIEW_DATE_NOT_RECORDED);

const FEWO_TESTIMONY = builder(
  'House of Commons Standing Committee on the Status of Women (FEWO), 44th Parl., meeting 58, testimony of J. Blagovcanin',
  REVIEW_DATE_NOT_RECORDED,
  'https://openparliament.ca/committees/status-of-women/44-1/58/jovana-blagovcanin-4/only',
);

const IRCC_VICTIMS_PAGE =
  'https://www.canada.ca/en/immigration-refugees-citizenship/services/application/application-forms-guides/protection-assistance-victims-human-trafficking.html';
const IRCC_FEB_2025_NOTICE =
  'https://www.canada.ca/en/immigration-refugees-citizenship/news/notices/better-support-foreign-nationals-facing-human-trafficking-family-violence-canada.html';

const eiAct = builder('Employment Insurance Act, S.C. 1996, c. 23', REVIEW_DATE_NOT_RECORDED, undefined, 'EIA');
const billC12Commentary = builder(
  'Bill C-12 (2025) commentary: maplerouteimmigration.ca (Mar 2026), bartlaw.ca (16 Jan 2026), migrationlawgroup.com, immcanlaw.com',
  REVIEW_DATE_NOT_RECORDED,
  'https://maplerouteimmigration.ca/blog/bill-c12-canada.html',
);

const OB_440_URL =
  'https://www.canada.ca/en/immigration-refugees-citizenship/corporate/publications-manuals/operational-bulletins-manuals/bulletins-2012/440-december-17-2012.html';
/** IRCC Operational Bulletin 440-H: the 12-month PRRA bars and their coming into force. */
const ob440 = ircc('Operational Bulletin 440-H (17 Dec 2012)', OB_440_URL);
/** IRCC program delivery instructions on the TRP for victims of family violence. */
const familyViolenceTrpPdi = ircc(
  'PDI "TRP for victims of family violence"',
  'https://www.canada.ca/en/immigration-refugees-citizenship/corporate/publications-manuals/operational-bulletins-manuals/temporary-residents/permits/family-violence.html',
);
const goulartLawyers = secondarySource('Goulart Lawyers (2025)');
const grokipedia = secondarySource('grokipedia (low reliability)');

/** The day IRPA (consolidation current to 2026-03-31) and IRPR (current to 2026-06-14) were read in Justice Canada's XML for the refugee-claim bars. */
const READ_IN_OFFICIAL_XML = '2026-12-05';
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
const vqrpTraffickingReport = reviewed(
  'Ontario Ministry of the Attorney General, Victim Quick Response Program+; CLEO (as reported in the Harbour legal review of Dec 2026, E2)',
);
/** BC CVAP: a police report is "highly advisable but not mandatory" (review E2). */
const clicklawCvap = reviewed(
  'Clicklaw Wikibooks, LSLAP Manual, "Crime Victim Assistance Program (4:III)" (as reported in the Harbour legal review of Dec 2026, E2)',
);
/** Government of Alberta, Victims of Crime Assistance Program page (current version, read for the review, E6). */
const vocapPage = reviewed(
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

// ---- Sources the remedy files cite, one object per file (a jurisdiction registers its own in its data file) ----
/** Sources the criminal-complaint remedy file cites (knowledge/criminal-complaint/criminal-complaint.ts). */
const CRIMINAL_COMPLAINT_SOURCES = {
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
  // A value searched for and not found: the pinpoint says where ("searched: …"), the title the day (notFoundInOfficialSources).
  'not-found-in-official-sources': builder(NOT_FOUND_SOURCE.en, PROVINCIAL_SEARCH_DATE),
  'vtip-trp.ccr': secondarySource(
    'CCR, "Temporary Resident Permits: Limits to Protection for Trafficked Persons"',
    'http://ccrweb.ca/en/trafficking/temporary-resident-permit-report',
  ),
  // Sources of the rows several remedies share (knowledge/common/common.json).
  'noii-vancouver-2010': secondarySource(
    'No One Is Illegal Vancouver, post of 12 Jul 2010',
    'https://noii-van.resist.ca/canada-border-services-celebrates-canada-day-by-detaining-migrant-worker/',
  ),
  'ilo-ec-indicators': secondarySource('ILO/EC operational indicators (2009), coercion: violence or threats to family'),
};

// ---- Citations of the data files, resolved in the register --------------------------------------

class UnknownSourceError extends Error {
  override name = 'UnknownSourceError';
}

/** A citation of a data file, as the engine reads it: the register's source, with what the file adds. */
export function citationOf(ref: CitationRef): Citation {
  return citationAmong({}, ref);
}

/** The same, where the data file registers sources of its own (a jurisdiction's `sources`). */
export function citationAmong(local: Readonly<Record<string, SourceEntry>>, ref: CitationRef): Citation {
  const entry = Object.hasOwn(local, ref.source) ? local[ref.source] : undefined;
  const cite = entry ? sourceOf(entry) : SOURCES_BY_ID[ref.source as keyof typeof SOURCES_BY_ID];
  if (!cite) throw new UnknownSourceError(`citation of unknown source "${ref.source}" (add it to SOURCES_BY_ID in sources.ts, or to the data file's sources)`);
  const opts = {
    ...(ref.url !== undefined ? { url: ref.url } : {}),
    ...(ref.lastReviewed !== undefined ? { lastReviewed: ref.lastReviewed } : {}),
  };
  const citation = cite(ref.pinpoint, ref.verification, opts);
  if (ref.quote !== undefined) citation.quote = ref.quote;
  if (ref.quoteFr !== undefined) citation.quoteFr = ref.quoteFr;
  return citation;
}
