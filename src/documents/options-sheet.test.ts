import { describe, expect, it } from 'vitest';
import { sampleAssessment } from '../core/planning/fixtures';
import { buildOptionsSheetContent, SHEET_LANGS, SHEET_LOCALES } from '../core/planning/options-sheet';
import { buildOptionsSheet, renderOptionsSheetDocx, renderOptionsSheetPdf } from './index';
import { docxText, gurmukhiLogicalOrder, pdfPages } from './test-support';

const input = sampleAssessment();
const squash = (s: string) => s.replace(/\s+/g, '');
// Extracted text is in visual order; put Gurmukhi back in logical order before comparing.
const extracted = (s: string) => squash(gurmukhiLogicalOrder(s));

describe('renderOptionsSheetPdf', () => {
  it.each(SHEET_LANGS)('renders the %s sheet with the goals page, one page per option, the left-out page and their text', async (lang) => {
    const sheet = buildOptionsSheetContent(input, { lang });
    const pages = pdfPages(await renderOptionsSheetPdf(sheet, lang));
    expect(sheet.goals.length).toBeGreaterThan(0);
    expect(sheet.leftOut.length).toBeGreaterThan(0);
    expect(pages).toHaveLength(1 + sheet.options.length + 1);
    const locale = SHEET_LOCALES[lang];
    expect(extracted(pages[0]!)).toContain(squash(sheet.title));
    for (const goal of sheet.goals) expect(extracted(pages[0]!)).toContain(squash(goal.text));
    sheet.options.forEach((option, i) => {
      expect(extracted(pages[i + 1]!)).toContain(squash(option.heading));
      expect(extracted(pages[i + 1]!)).toContain(squash(locale.labels.legalInfo));
      if (!locale.reviewed) expect(extracted(pages[i + 1]!)).toContain(squash(locale.labels.unreviewed));
    });
    for (const left of sheet.leftOut) expect(extracted(pages.at(-1)!)).toContain(squash(left.why));
    expect(extracted(pages.join(''))).toContain(squash(locale.remedies['vtip-trp'].what));
  });

  it('leaves out the unreviewed-translation note from reviewed languages', async () => {
    const pages = pdfPages(await renderOptionsSheetPdf(buildOptionsSheetContent(input, { lang: 'fr' })));
    expect(pages.join('')).not.toContain('pas encore été vérifiée');
  });

  it('shows the chosen display name, and no name otherwise', async () => {
    const named = pdfPages(await buildOptionsSheet(input, { lang: 'en', format: 'pdf', displayName: 'Rosa' })).join('');
    const anonymous = pdfPages(await buildOptionsSheet(input, { lang: 'en', format: 'pdf' })).join('');
    expect(named).toContain('Prepared for Rosa');
    expect(anonymous).not.toContain('Prepared for');
  });
});

describe('renderOptionsSheetDocx', () => {
  it.each(SHEET_LANGS)('writes the %s sheet with every option and the notes in the page header', async (lang) => {
    const sheet = buildOptionsSheetContent(input, { lang });
    const docx = await renderOptionsSheetDocx(sheet, lang);
    const body = docxText(docx);
    for (const option of sheet.options) expect(body).toContain(option.heading);
    for (const goal of sheet.goals) expect(body).toContain(goal.heading);
    for (const left of sheet.leftOut) expect(body).toContain(left.why);
    expect(body).toContain(SHEET_LOCALES[lang].remedies.hc.could);
    const header = docxText(docx, 'word/header1.xml');
    for (const notice of sheet.notices) expect(header).toContain(notice);
  });

  it('breaks the page after the goals, between options and before the options left out', async () => {
    const sheet = buildOptionsSheetContent(input, { lang: 'en' });
    const xml = (await import('./test-support')).docxXml(await buildOptionsSheet(input, { lang: 'en', format: 'docx' }));
    expect(xml.match(/<w:br w:type="page"\/>/g)).toHaveLength(sheet.options.length + 1);
  });
});
