// The client's options sheet as a Word document: the client's goals, one page per option, then the
// options left out and why; the notes sit in the page header so they repeat on every page.
import { Document, Header, HeadingLevel, Packer, PageBreak, Paragraph, TextRun } from 'docx';
import type { OptionsSheet, SheetLang } from '../core/planning/options-sheet';
import { DOCX_FONT_NAMES, fontFamilyFor } from './fonts';

export function renderOptionsSheetDocx(sheet: OptionsSheet, lang: SheetLang = sheet.lang): Promise<Buffer> {
  const font = DOCX_FONT_NAMES[fontFamilyFor(lang)];
  const runFont = { ascii: font, hAnsi: font, eastAsia: font, cs: font };
  const para = (
    text: string,
    opts: {
      bold?: boolean;
      italics?: boolean;
      color?: string;
      size?: number;
      bullet?: boolean;
      heading?: (typeof HeadingLevel)[keyof typeof HeadingLevel];
    } = {},
  ) =>
    new Paragraph({
      ...(opts.heading ? { heading: opts.heading } : {}),
      ...(opts.bullet ? { bullet: { level: 0 } } : {}),
      children: [
        new TextRun({
          text,
          font: runFont,
          bold: opts.bold ?? false,
          italics: opts.italics ?? false,
          ...(opts.color ? { color: opts.color } : {}),
          ...(opts.size ? { size: opts.size } : {}),
        }),
      ],
    });

  const body: Paragraph[] = [
    para(sheet.title, { heading: HeadingLevel.TITLE }),
    para([sheet.preparedFor, sheet.dateLine].filter(Boolean).join(' · '), { size: 18 }),
  ];
  if (sheet.goals.length) {
    body.push(para(sheet.goalsTitle, { heading: HeadingLevel.HEADING_1 }), para(sheet.goalsIntro));
    for (const g of sheet.goals) body.push(para(g.heading, { heading: HeadingLevel.HEADING_2 }), para(g.text));
  }
  sheet.options.forEach((option, i) => {
    if (i > 0 || sheet.goals.length) body.push(new Paragraph({ children: [new PageBreak()] }));
    body.push(para(option.heading, { heading: HeadingLevel.HEADING_1 }), para(option.status, { bold: true, color: '1D4E89' }));
    if (option.deadline) body.push(para(option.deadline, { bold: true, color: 'A01010' }));
    for (const section of option.sections) {
      body.push(para(section.heading, { heading: HeadingLevel.HEADING_2 }));
      for (const p of section.paragraphs) body.push(para(p, { bullet: section.id === 'risks' }));
    }
  });

  if (sheet.leftOut.length) {
    if (sheet.options.length || sheet.goals.length) body.push(new Paragraph({ children: [new PageBreak()] }));
    body.push(para(sheet.leftOutTitle, { heading: HeadingLevel.HEADING_1 }));
    for (const l of sheet.leftOut) body.push(para(l.name, { heading: HeadingLevel.HEADING_2 }), para(l.why));
  }

  const doc = new Document({
    creator: 'Harbour',
    title: sheet.title,
    styles: { default: { document: { run: { font: runFont, size: 22 } } } },
    sections: [
      {
        headers: {
          default: new Header({
            children: sheet.notices.map((n, i) => para(n, { italics: i === 0, bold: i > 0, color: i > 0 ? 'A01010' : '333333', size: 18 })),
          }),
        },
        children: body,
      },
    ],
  });
  return Packer.toBuffer(doc);
}
