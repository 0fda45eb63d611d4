// Citation builders for the sources the knowledge files use most. A builder fixes the source
// name and URL; each use states the pinpoint and how it was verified.
import { quoteFor, type FederalInstrument } from '../law/quotes';
import type { Citation, VerificationStatus } from './model';

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

type Opts = { url?: string; lastReviewed?: ReviewDate };

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
export const criminalCode = builder('Criminal Code, R.S.C. 1985, c. C-46', REVIEW_DATE_NOT_RECORDED, 'https://laws-lois.justice.gc.ca/eng/acts/c-46/', 'CC');
export const ircc = (title: string, url?: string) => builder(`IRCC, ${title}`, REVIEW_DATE_NOT_RECORDED, url);
export const secondarySource = (title: string, url?: string) => builder(title, REVIEW_DATE_NOT_RECORDED, url);
export const seedReport = builder('Practitioner consultation on legal services for trafficked persons (Harbour seed report)', REVIEW_DATE_NOT_RECORDED);
export const researchNotes = builder('Harbour research notes, shared/research/remedies.md', REVIEW_DATE_NOT_RECORDED);

export const FEWO_TESTIMONY = builder(
  'House of Commons Standing Committee on the Status of Women (FEWO), 44th Parl., meeting 58, testimony of J. Blagovcanin',
  REVIEW_DATE_NOT_RECORDED,
  'https://openparliament.ca/committees/status-of-women/44-1/58/jovana-blagovcanin-4/only',
);

export const IRCC_VICTIMS_PAGE =
  'https://www.canada.ca/en/immigration-refugees-citizenship/services/application/application-forms-guides/protection-assistance-victims-human-trafficking.html';
export const IRCC_FEB_2025_NOTICE =
  'https://www.canada.ca/en/immigration-refugees-citizenship/news/notices/better-support-foreign-nationals-facing-human-trafficking-family-violence-canada.html';

export const eiAct = builder('Employment Insurance Act, S.C. 1996, c. 23', REVIEW_DATE_NOT_RECORDED, undefined, 'EIA');
export const billC12Commentary = builder(
  'Bill C-12 (2025) commentary: maplerouteimmigration.ca (Mar 2026), bartlaw.ca (16 Jan 2026), migrationlawgroup.com, immcanlaw.com',
  REVIEW_DATE_NOT_RECORDED,
  'https://maplerouteimmigration.ca/blog/bill-c12-canada.html',
);

const OB_440_URL =
  'https://www.canada.ca/en/immigration-refugees-citizenship/corporate/publications-manuals/operational-bulletins-manuals/bulletins-2012/440-december-17-2012.html';
/** IRCC Operational Bulletin 440-H: the 12-month PRRA bars and their coming into force. */
export const ob440 = ircc('Operational Bulletin 440-H (17 Dec 2012)', OB_440_URL);
/** IRCC program delivery instructions on the TRP for victims of family violence. */
export const familyViolenceTrpPdi = ircc(
  'PDI "TRP for victims of family violence"',
  'https://www.canada.ca/en/immigration-refugees-citizenship/corporate/publications-manuals/operational-bulletins-manuals/temporary-residents/permits/family-violence.html',
);
/** IRPA s. 24 as consolidated on 2019-06-21 (the version read while encoding). */
export const IRPA_S24_2019_URL = 'https://lois.justice.gc.ca/eng/acts/I-2.5/section-24-20190621.html';
export const goulartLawyers = secondarySource('Goulart Lawyers (2025)');
export const grokipedia = secondarySource('grokipedia (low reliability)');

/** The day IRPA (consolidation current to 2026-03-31) and IRPR (current to 2026-06-14) were read in Justice Canada's XML for the refugee-claim bars. */
export const READ_IN_OFFICIAL_XML = '2026-12-05';
/** IRCC's page on the Safe Third Country Agreement: where it applies and its exceptions (secondary to IRPR ss. 159.1–159.7). */
export const stcaPage = ircc(
  'Canada–U.S. Safe Third Country Agreement',
  'https://www.canada.ca/en/immigration-refugees-citizenship/corporate/mandate/policies-operational-instructions-agreements/agreements/safe-third-country-agreement.html',
);
// ---- Corrections of the legal review of December 2026 (shared/research/legal-review-2026-12.md) ----
/**
 * The day these corrections were checked: provisions quoted from the official XML consolidation
 * (github justicecanada/laws-lois-xml, consolidations of June 2026), and what the review reports.
 */
const CORRECTIONS_CHECKED = '2026-12-05';
/** A provision quoted from the official XML consolidation while correcting: official text. */
export const readInXml = (cite: typeof irpa, pinpoint: string): Citation => cite(pinpoint, 'official-text', { lastReviewed: CORRECTIONS_CHECKED });
const reviewed = (source: string, url?: string) => (pinpoint: string, verification: VerificationStatus) =>
  builder(source, CORRECTIONS_CHECKED, url)(pinpoint, verification);
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
/** The Refugee Appeal Division Rules (SOR/2012-257) and the Federal Court's immigration rules (SOR/93-22), read in the official XML. */
export const radRulesXml = (pinpoint: string) =>
  builder('Refugee Appeal Division Rules, SOR/2012-257', READ_IN_OFFICIAL_XML, 'https://laws-lois.justice.gc.ca/eng/regulations/SOR-2012-257/')(
    pinpoint,
    'official-text',
    {
      lastReviewed: READ_IN_OFFICIAL_XML,
    },
  );
export const federalCourtImmigrationRulesXml = (pinpoint: string) =>
  builder(
    'Federal Courts Citizenship, Immigration and Refugee Protection Rules, SOR/93-22',
    READ_IN_OFFICIAL_XML,
    'https://laws-lois.justice.gc.ca/eng/regulations/SOR-93-22/',
  )(pinpoint, 'official-text', { lastReviewed: READ_IN_OFFICIAL_XML });
export const federalCourtsActXml = (pinpoint: string) =>
  builder('Federal Courts Act, R.S.C. 1985, c. F-7', READ_IN_OFFICIAL_XML, 'https://laws-lois.justice.gc.ca/eng/acts/F-7/')(pinpoint, 'official-text', {
    lastReviewed: READ_IN_OFFICIAL_XML,
  });
/** Amendments of S.C. 2026, c. 4 (Bill C-12) that the consolidation lists as not in force. */
export const billC12NotInForce = (pinpoint: string) =>
  builder(
    'S.C. 2026, c. 4 (Bill C-12), amendments to the Immigration and Refugee Protection Act not yet in force',
    READ_IN_OFFICIAL_XML,
    'https://laws-lois.justice.gc.ca/eng/acts/I-2.5/NifProv.html',
  )(pinpoint, 'official-text', { lastReviewed: READ_IN_OFFICIAL_XML });
/**
 * S.C. 2026, c. 4 (Bill C-12), the amending Act, not a provision of the consolidated IRPA: its transitional s. 75
 * read in the "Related Provisions" the IRPA consolidation reproduces (law/federal/I-2.5.xml.gz, consolidated 2026-04-01).
 */
export const sc2026c4Xml = (pinpoint: string) =>
  builder(
    'S.C. 2026, c. 4 (Bill C-12), as reproduced in the Related Provisions of the consolidated IRPA',
    READ_IN_OFFICIAL_XML,
    'https://laws-lois.justice.gc.ca/eng/acts/I-2.5/',
  )(pinpoint, 'official-text', { lastReviewed: READ_IN_OFFICIAL_XML });

// ---- What could not be found ---------------------------------------------------------------------
/** The day the provincial searches of December 2026 ended: a value not found is "not found as of" this day. */
export const PROVINCIAL_SEARCH_DATE = '2026-12-05';
/**
 * A value searched for and not found in official sources: the citation says where it was looked
 * for, so the product shows "not found in official sources as of …" instead of a guess, and the
 * knowledge report counts it (`harbour knowledge report`, column "not found").
 */
export const notFoundInOfficialSources = (searched: string): Citation =>
  builder(`Not found in official sources as of ${PROVINCIAL_SEARCH_DATE}`, PROVINCIAL_SEARCH_DATE)(`searched: ${searched}`, 'unverified');
/** A value that cites `notFoundInOfficialSources(…)`: counted as "not found" and always shown with its remedy's result. */
export const citesNotFound = (record: { citations: readonly Citation[] }): boolean =>
  record.citations.some((c) => c.source.startsWith('Not found in official sources as of '));
/** A citation's source title in the reader's language: a not-found citation reads "Introuvable dans les sources officielles au …" in French. */
export const sourceTitle = (c: Pick<Citation, 'source'>, locale: 'en' | 'fr'): string =>
  locale === 'fr' && c.source.startsWith('Not found in official sources as of ')
    ? `Introuvable dans les sources officielles au ${c.source.slice('Not found in official sources as of '.length)}`
    : c.source;
