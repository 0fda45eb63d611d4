// Input for the practitioner documents (case summary, submission drafts), and the legal tests
// they quote. English only: these are drafts for counsel, who edits them before any use.
import type { Assessment, CaseFacts } from '../core/contract';

export interface ChronologyEntry {
  when: string;
  text: string;
  source: 'client' | 'practitioner' | 'document';
}

export interface EvidenceItem {
  title: string;
  kind: string;
  date?: string;
}

export interface PractitionerFileInput {
  /** A file code, never the client's name. */
  caseCode: string;
  asOf: string;
  facts: CaseFacts;
  assessment: Assessment;
  chronology: ChronologyEntry[];
  evidence: EvidenceItem[];
  /** What boundChronology left out, said in the document so nobody takes it for the whole story. */
  chronologyOmitted?: { entries: number; characters: number; shortened: number };
}

/**
 * How much of the story a practitioner document carries. Laying text out costs pdfmake about
 * 50 µs a character on a small server; these bounds keep a case summary to seconds of work in
 * the document worker however long the story is. The full story stays in Harbour.
 */
export const CHRONOLOGY_LIMITS = { entryCharacters: 10_000, totalCharacters: 100_000 } as const;

/** The chronology cut to the limits: long entries shortened, and entries past the total left out, each said in the document. */
export function boundChronology(
  entries: ChronologyEntry[],
  limits: { entryCharacters: number; totalCharacters: number } = CHRONOLOGY_LIMITS,
): Pick<PractitionerFileInput, 'chronology' | 'chronologyOmitted'> {
  const kept: ChronologyEntry[] = [];
  let used = 0;
  let shortened = 0;
  let omittedEntries = 0;
  let omittedCharacters = 0;
  for (const entry of entries) {
    if (used >= limits.totalCharacters) {
      omittedEntries += 1;
      omittedCharacters += entry.text.length;
      continue;
    }
    const room = Math.min(limits.entryCharacters, limits.totalCharacters - used);
    if (entry.text.length > room) {
      shortened += 1;
      const cut = entry.text.slice(0, room);
      kept.push({ ...entry, text: `${cut} […] (${entry.text.length - room} more characters in Harbour)` });
      used += room;
    } else {
      kept.push(entry);
      used += entry.text.length;
    }
  }
  return omittedEntries || shortened
    ? { chronology: kept, chronologyOmitted: { entries: omittedEntries, characters: omittedCharacters, shortened } }
    : { chronology: kept };
}

/** The sentence a document carries when its chronology was cut, or undefined. */
export function chronologyNote(input: PractitionerFileInput): string | undefined {
  const o = input.chronologyOmitted;
  if (!o) return undefined;
  const parts = [
    ...(o.shortened ? [`${o.shortened} long ${o.shortened === 1 ? 'entry is' : 'entries are'} shortened`] : []),
    ...(o.entries
      ? [`${o.entries} later ${o.entries === 1 ? 'entry' : 'entries'} (${o.characters} characters) ${o.entries === 1 ? 'is' : 'are'} left out`]
      : []),
  ];
  return `This chronology is cut to fit one document: ${parts.join(', and ')}. The full story is in Harbour.`;
}

export const DRAFT_MARK = 'DRAFT: for a lawyer to review and edit. Not legal advice. Not for filing as is.';

export interface LegalTestText {
  title: string;
  basis: string[];
  elements: { label: string; text: string; dimensions: string[] }[];
  notes: string[];
}

export const SUBMISSION_TESTS: Record<'vtip-trp' | 'hc', LegalTestText> = {
  'vtip-trp': {
    title: 'Request for a temporary resident permit as a victim of trafficking in persons',
    basis: [
      'Immigration and Refugee Protection Act, S.C. 2001, c. 27, s. 24(1) (temporary resident permit) and s. 24(3) (Ministerial instructions).',
      'Ministerial Instructions regarding the issuance of temporary resident permits to victims of human trafficking (2007); IRCC program delivery instructions, "TRPs: Considerations specific to victims of trafficking in persons".',
      'Since 4 February 2025: initial permit of at least 12 months, fees waived (IRCC notice, 4 February 2025).',
    ],
    elements: [
      {
        label: 'Recruitment',
        text: 'The person was recruited fraudulently or by coercion for the purpose of exploitation.',
        dimensions: ['deceptive-recruitment', 'coercive-recruitment', 'recruitment-abuse-of-vulnerability'],
      },
      { label: 'Coercion', text: 'The person was coerced into work or another activity.', dimensions: ['coercion-at-destination'] },
      { label: 'Exploitative conditions', text: 'The conditions of work or activity were exploitative.', dimensions: ['exploitative-conditions'] },
      {
        label: 'Restricted freedom',
        text: 'The person’s freedom was restricted (movement, documents, contact).',
        dimensions: ['abuse-of-vulnerability-at-destination'],
      },
    ],
    notes: [
      'Cooperation with police is not required (IRCC, "Protection and assistance for victims of human trafficking").',
      'Standard of proof wording for VTIP permits is unverified; confirm against the current program delivery instructions.',
      'If a refugee claim was refused less than 12 months ago, check IRPA s. 24(4) (its reach to VTIP permits is unverified).',
    ],
  },
  hc: {
    title: 'Application for permanent residence on humanitarian and compassionate grounds',
    basis: [
      'Immigration and Refugee Protection Act, S.C. 2001, c. 27, s. 25(1).',
      'Kanthasamy v. Canada (Citizenship and Immigration), 2015 SCC 61: a global assessment of facts that would excite in a reasonable person a desire to relieve the misfortunes of another.',
      'Bars: s. 25(1.2)(b) (pending refugee claim) and (c) (12 months after a negative refugee decision), exceptions in s. 25(1.21).',
    ],
    elements: [
      {
        label: 'Establishment in Canada',
        text: 'Work, community, language, ties; include employment standards awards, EI records and letters.',
        dimensions: [],
      },
      { label: 'Best interests of any child directly affected', text: 'Identify each child and how the decision affects them.', dimensions: [] },
      { label: 'Hardship on return', text: 'Adverse country conditions, risk of re-trafficking, lack of support, stigma.', dimensions: [] },
      {
        label: 'Exploitation and its effects',
        text: 'The trafficking or exploitation experienced in Canada and its effects on health.',
        dimensions: ['coercion-at-destination', 'exploitative-conditions'],
      },
      { label: 'Health and family violence', text: 'Medical and psychological evidence; family-violence considerations.', dimensions: [] },
    ],
    notes: [
      'An H&C application does not stay removal; consider a deferral request if removal is scheduled.',
      'Fees apply (IRPA s. 25(1.1): the Minister is seized only once fees are paid); current amounts to be verified.',
    ],
  },
};
