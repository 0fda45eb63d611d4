// Reads the Justice Canada XML of a federal instrument kept in law/federal/ and returns the text
// of one provision, so a test can check that a quote in the register is the law's own words.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { XmlCDataNode, XmlDocument, XmlElement, XmlTextNode, type XmlNodeBase } from 'xmldoc';

/** Elements whose text is not the enacted words: notes, headings and the numbering itself. */
const NOT_LAW_TEXT = new Set(['HistoricalNote', 'MarginalNote', 'Label', 'Footnote', 'FootnoteRef']);

/** Whitespace (including no-break spaces) collapsed to one space, trimmed. */
export const normalise = (s: string): string => s.replace(/[\s\u00a0\u2009\u202f]+/g, ' ').trim();

function textOf(node: XmlNodeBase): string {
  if (node instanceof XmlTextNode) return node.text;
  if (node instanceof XmlCDataNode) return node.cdata;
  if (!(node instanceof XmlElement) || NOT_LAW_TEXT.has(node.name)) return '';
  // Block elements are separated by a space so that words of two paragraphs do not run together.
  return node.children.map(textOf).join(node.name === 'Text' ? '' : ' ');
}

const labelOf = (e: XmlElement) => normalise(e.childNamed('Label')?.val ?? '');

/** Labelled descendants reached without crossing another labelled element. */
function labelledChildren(e: XmlElement): XmlElement[] {
  return e.children.flatMap((c) => {
    if (!(c instanceof XmlElement) || NOT_LAW_TEXT.has(c.name)) return [];
    return c.childNamed('Label') ? [c] : labelledChildren(c);
  });
}

export interface FederalInstrument {
  /** The consolidation date the XML records (Identification > BillHistory, stage "consolidation"). */
  consolidated: string;
  /** The normalised text of a provision such as "24(3.1)" or "101(1)(b.1)", or undefined if absent. */
  provision(key: string): string | undefined;
}

export function readInstrument(gzPath: string): FederalInstrument {
  const doc = new XmlDocument(gunzipSync(readFileSync(gzPath)).toString('utf8'));
  const stages = doc.descendantWithPath('Identification.BillHistory')?.childrenNamed('Stages') ?? [];
  // An Act records it as a consolidation stage of its bill history, a regulation as ConsolidationDate.
  const date = (stages.find((s) => s.attr.stage === 'consolidation') ?? doc.descendantWithPath('Identification.ConsolidationDate'))?.childNamed('Date');
  const pad = (s: string | undefined) => (s ?? '').padStart(2, '0');
  const consolidated = date ? `${date.valueWithPath('YYYY')}-${pad(date.valueWithPath('MM'))}-${pad(date.valueWithPath('DD'))}` : '';
  const sections = new Map<string, XmlElement>();
  const body = doc.childNamed('Body') ?? doc;
  const collect = (e: XmlElement) => {
    for (const c of e.children) {
      if (!(c instanceof XmlElement)) continue;
      if (c.name === 'Section') {
        const label = labelOf(c);
        if (!sections.has(label)) sections.set(label, c);
      } else if (!NOT_LAW_TEXT.has(c.name)) collect(c);
    }
  };
  collect(body);
  return {
    consolidated,
    provision(key) {
      const m = /^([0-9]+(?:\.[0-9]+)*)((?:\([^)]+\))*)$/.exec(key);
      if (!m) return undefined;
      let node = sections.get(m[1]!);
      for (const part of m[2]!.match(/\([^)]+\)/g) ?? []) {
        node = node && labelledChildren(node).find((c) => labelOf(c) === part);
      }
      return node && normalise(textOf(node));
    },
  };
}
