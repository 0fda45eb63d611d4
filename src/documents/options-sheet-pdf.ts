// The client's options sheet as a PDF: the client's goals, one page per option, then the options
// left out and why; the legal-information note (and the unreviewed-translation note, for drafts)
// at the top of every page.
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { OptionsSheet, SheetLang } from '../core/planning/options-sheet';
import { fontFamilyFor } from './fonts';
import { pdfDefaultStyle, renderPdf } from './pdf-engine';

function optionsSheetDefinition(sheet: OptionsSheet, lang: SheetLang = sheet.lang): TDocumentDefinitions {
  const intro: Content[] = [
    { text: sheet.title, style: 'title' },
    { text: [sheet.preparedFor, sheet.dateLine].filter(Boolean).join(' · '), style: 'meta' },
  ];
  // What the client asked for comes first, each goal with the options serving it or why none does.
  const goals: Content[] = sheet.goals.length
    ? [
        { text: sheet.goalsTitle, style: 'option' },
        { text: sheet.goalsIntro, style: 'body' },
        ...sheet.goals.flatMap((g): Content[] => [
          { text: g.heading, style: 'section' },
          { text: g.text, style: 'body' },
        ]),
      ]
    : [];
  const leftOut: Content[] = sheet.leftOut.length
    ? [
        { text: sheet.leftOutTitle, style: 'option', ...(sheet.options.length || goals.length ? { pageBreak: 'before' as const } : {}) },
        ...sheet.leftOut.flatMap((l): Content[] => [
          { text: l.name, style: 'section' },
          { text: l.why, style: 'body' },
        ]),
      ]
    : [];
  const opening: Content[] = [...intro, ...goals];
  const pages: Content[] = sheet.options.map((option, i) => ({
    stack: [
      { text: option.heading, style: 'option' },
      { text: option.status, style: 'status' },
      ...(option.deadline ? [{ text: option.deadline, style: 'deadline' }] : []),
      ...option.sections.flatMap((section): Content[] => [
        { text: section.heading, style: 'section' },
        section.id === 'risks' ? { ul: section.paragraphs, style: 'body' } : { stack: section.paragraphs.map((p) => ({ text: p, style: 'body' })) },
      ]),
    ],
    // With goals, the first page is theirs; otherwise the first option sits under the title.
    ...(i > 0 || goals.length > 0 ? { pageBreak: 'before' as const } : {}),
  }));
  return {
    info: { title: sheet.title },
    pageSize: 'LETTER',
    pageMargins: [48, 78, 48, 48],
    header: () => ({
      margin: [48, 20, 48, 0],
      stack: sheet.notices.map((notice, i) => ({ text: notice, style: i === 0 ? 'notice' : 'draftNotice' })),
    }),
    footer: (current, total) => ({ text: `${current} / ${total}`, alignment: 'center', style: 'meta' }),
    content: [...opening, ...pages, ...leftOut],
    defaultStyle: pdfDefaultStyle(fontFamilyFor(lang)),
    styles: {
      title: { fontSize: 20, bold: true, margin: [0, 0, 0, 4] },
      meta: { fontSize: 9, color: '#444444', margin: [0, 0, 0, 12] },
      option: { fontSize: 16, bold: true, margin: [0, 4, 0, 2] },
      status: { fontSize: 10, color: '#1d4e89', bold: true, margin: [0, 0, 0, 4] },
      deadline: { fontSize: 11, bold: true, color: '#a01010', margin: [0, 0, 0, 4] },
      section: { fontSize: 12, bold: true, margin: [0, 10, 0, 2] },
      body: { margin: [0, 0, 0, 2] },
      notice: { fontSize: 9, italics: true, color: '#333333' },
      draftNotice: { fontSize: 9, bold: true, color: '#a01010' },
    },
  };
}

export function renderOptionsSheetPdf(sheet: OptionsSheet, lang: SheetLang = sheet.lang): Promise<Buffer> {
  return renderPdf(optionsSheetDefinition(sheet, lang));
}
