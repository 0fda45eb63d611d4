// A referral packet as a PDF or a Word document, in the recipient's language, with the fonts and
// locked-down pdfmake of src/documents. It prints the packet and nothing else.
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import type { Content } from 'pdfmake/interfaces';
import type { Packet } from '../core/referrals';
import { DOCX_FONT_NAMES } from '../documents/fonts';
import { pdfDefaultStyle, renderPdf } from '../documents/pdf-engine';
import { itemLabel, itemValue, PACKET_WORDS } from './packet-wording';

type Lang = 'en' | 'fr';

interface Line {
  kind: 'title' | 'notice' | 'heading' | 'field' | 'text';
  text: string;
}

function linesOf(packet: Packet, lang: Lang): Line[] {
  const w = PACKET_WORDS[lang];
  const h = packet.header;
  return [
    { kind: 'title', text: w.title },
    { kind: 'notice', text: w.confirm },
    { kind: 'field', text: `${w.province}: ${h.province}` },
    { kind: 'field', text: `${w.languages}: ${h.languages.join(', ')}` },
    { kind: 'field', text: `${w.interpreter}: ${h.interpreterNeeded ? w.yes : w.no}` },
    { kind: 'heading', text: w.purpose },
    { kind: 'text', text: packet.purpose },
    ...(packet.sections.length === 0 ? [{ kind: 'text' as const, text: w.nothingShared }] : []),
    ...packet.sections.flatMap((s): Line[] => [
      { kind: 'heading', text: w.categories[s.category] },
      ...s.items.map((i): Line => ({ kind: 'field', text: `${itemLabel(lang, i.key)}: ${itemValue(lang, i.key, i.value)}` })),
    ]),
  ];
}

export async function renderPacket(packet: Packet, lang: Lang, format: 'pdf' | 'docx'): Promise<{ body: Buffer; type: string }> {
  const lines = linesOf(packet, lang);
  if (format === 'pdf') {
    const style = {
      title: { fontSize: 18, bold: true },
      notice: { italics: true, fontSize: 9, margin: [0, 4, 0, 10] },
      heading: { bold: true, fontSize: 13, margin: [0, 10, 0, 4] },
    };
    const content: Content[] = lines.map((l) => ({
      text: l.text,
      ...(l.kind === 'title' || l.kind === 'notice' || l.kind === 'heading' ? { style: l.kind } : {}),
    }));
    return {
      body: await renderPdf({
        info: { title: PACKET_WORDS[lang].title },
        pageSize: 'LETTER',
        content,
        defaultStyle: pdfDefaultStyle('NotoSans'),
        styles: style as never,
      }),
      type: 'application/pdf',
    };
  }
  const font = DOCX_FONT_NAMES.NotoSans;
  const runFont = { ascii: font, hAnsi: font, eastAsia: font, cs: font };
  const paragraphs = lines.map(
    (l) =>
      new Paragraph({
        ...(l.kind === 'title' ? { heading: HeadingLevel.TITLE } : l.kind === 'heading' ? { heading: HeadingLevel.HEADING_2 } : {}),
        children: [new TextRun({ text: l.text, font: runFont, italics: l.kind === 'notice' })],
      }),
  );
  const doc = new Document({ creator: 'Harbour', title: PACKET_WORDS[lang].title, sections: [{ children: paragraphs }] });
  return { body: await Packer.toBuffer(doc), type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' };
}
