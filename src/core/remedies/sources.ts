// Citation builders for the sources the knowledge files use most. A builder fixes the source
// name and URL; each use states the pinpoint and how it was verified.
import type { Citation, VerificationStatus } from './model';

/**
 * Research-window date. The research notes (shared/research/remedies.md) were compiled from
 * stored copies whose newest dated item is SI/2026-11, registered 8 April 2026, so no fact
 * taken from them can have been checked later than that. Facts re-checked against a retrieved
 * text while encoding carry CHECKED_WHILE_ENCODING instead.
 */
const RESEARCH_WINDOW = '2026-04-08';
export const CHECKED_WHILE_ENCODING = '2026-11-28';

/** The version of the legal content as a whole: the date of the last review pass. */
export const KNOWLEDGE_VERSION = '2026-11-28';

type Opts = { url?: string; lastReviewed?: string };

function builder(source: string, defaultUrl?: string) {
  return (pinpoint: string, verification: VerificationStatus, opts: Opts = {}): Citation => {
    const url = opts.url ?? defaultUrl;
    const lastReviewed = opts.lastReviewed ?? RESEARCH_WINDOW;
    // Two literal layouts rather than a conditional spread (slow in V8): the same properties in the same order.
    return url ? { source, pinpoint, verification, lastReviewed, url } : { source, pinpoint, verification, lastReviewed };
  };
}

export const irpa = builder('Immigration and Refugee Protection Act, S.C. 2001, c. 27', 'https://laws-lois.justice.gc.ca/eng/acts/i-2.5/');
export const irpr = builder('Immigration and Refugee Protection Regulations, SOR/2002-227', 'https://laws-lois.justice.gc.ca/eng/regulations/SOR-2002-227/');
export const criminalCode = builder('Criminal Code, R.S.C. 1985, c. C-46', 'https://laws-lois.justice.gc.ca/eng/acts/c-46/');
export const ircc = (title: string, url?: string) => builder(`IRCC, ${title}`, url);
export const secondarySource = (title: string, url?: string) => builder(title, url);
export const seedReport = builder('Practitioner consultation on legal services for trafficked persons (Harbour seed report)');
export const researchNotes = builder('Harbour research notes, shared/research/remedies.md');

export const FEWO_TESTIMONY = builder(
  'House of Commons Standing Committee on the Status of Women (FEWO), 44th Parl., meeting 58, testimony of J. Blagovcanin',
  'https://openparliament.ca/committees/status-of-women/44-1/58/jovana-blagovcanin-4/only',
);

export const IRCC_VICTIMS_PAGE =
  'https://www.canada.ca/en/immigration-refugees-citizenship/services/application/application-forms-guides/protection-assistance-victims-human-trafficking.html';
export const IRCC_FEB_2025_NOTICE =
  'https://www.canada.ca/en/immigration-refugees-citizenship/news/notices/better-support-foreign-nationals-facing-human-trafficking-family-violence-canada.html';

export const eiAct = builder('Employment Insurance Act, S.C. 1996, c. 23');
export const billC12Commentary = builder(
  'Bill C-12 (2025) commentary: maplerouteimmigration.ca (Mar 2026), bartlaw.ca (16 Jan 2026), migrationlawgroup.com, immcanlaw.com',
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

// ---- Legal review of December 2026: immigration bars read in the official XML -------------------
/**
 * The day the provisions below were read in Justice Canada's official XML consolidation
 * (github.com/justicecanada/laws-lois-xml; IRPA consolidated to 2026-03-31, with its amendments not in force).
 */
const READ_IN_OFFICIAL_XML = '2026-12-05';
/** IRPA as consolidated, read in the official XML: `irpaXml('s. 24(3.1) "…"')`. */
export const irpaXml = (pinpoint: string) => irpa(pinpoint, 'official-text', { lastReviewed: READ_IN_OFFICIAL_XML });
export const irprXml = (pinpoint: string) => irpr(pinpoint, 'official-text', { lastReviewed: READ_IN_OFFICIAL_XML });
/** Amendments of S.C. 2026, c. 4 (Bill C-12) that the consolidation lists as not in force. */
export const billC12NotInForce = (pinpoint: string) =>
  builder(
    'S.C. 2026, c. 4 (Bill C-12), amendments to the Immigration and Refugee Protection Act not yet in force',
    'https://laws-lois.justice.gc.ca/eng/acts/I-2.5/NifProv.html',
  )(pinpoint, 'official-text', { lastReviewed: READ_IN_OFFICIAL_XML });
