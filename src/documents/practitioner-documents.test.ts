import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { facts, sampleAssessment } from '../core/planning/fixtures';
import { buildOptionsSheetContent } from '../core/planning/options-sheet';
import { DRAFT_MARK, renderCaseSummaryPdf, renderOptionsSheetPdf, renderSubmissionDraftDocx, type PractitionerFileInput } from './index';
import { renderPdf } from './pdf-engine';
import { docxText, pdfPages } from './test-support';

const base = sampleAssessment(facts({ person: { priorRefugeeClaim: { outcome: 'rejected', date: '2026-03-01' } } }));
const file: PractitionerFileInput = {
  caseCode: 'HB-2026-014',
  asOf: '2026-11-28',
  ...base,
  chronology: [
    { when: '2019-05', text: 'Arrived in Canada on a promise of restaurant work.', source: 'client' },
    { when: '2026-09-30', text: 'Left the employer’s house with help from a neighbour.', source: 'practitioner' },
  ],
  evidence: [
    { title: 'Text messages with the recruiter', kind: 'messages', date: '2019-03-02' },
    { title: 'Letter from the shelter', kind: 'support letter' },
  ],
};

describe('renderCaseSummaryPdf', () => {
  it('marks every page DRAFT and carries the plan, chronology and evidence index', async () => {
    const pdf = await renderCaseSummaryPdf(file);
    const pages = pdfPages(pdf);
    for (const page of pages) expect(page).toContain('DRAFT: for a lawyer to review and edit.');
    const text = pages.join(' ').replace(/\s+/g, ' ');
    for (const expected of [
      'Case summary — HB-2026-014',
      'As of 28 Nov 2026',
      'Recommended plan',
      'employment-standards',
      'Arrived in Canada on a promise',
      'Letter from the shelter',
      'criminal-code-279',
    ]) {
      expect(text).toContain(expected);
    }
    writeFileSync('/tmp/harbour-case-summary.pdf', pdf);
  });
});

describe('renderSubmissionDraftDocx', () => {
  it.each([
    ['vtip-trp', 'Request for a temporary resident permit as a victim of trafficking in persons'],
    ['hc', 'Application for permanent residence on humanitarian and compassionate grounds'],
  ] as const)('drafts the %s submission with the test, facts, evidence index and a DRAFT header', async (kind, title) => {
    const docx = await renderSubmissionDraftDocx(file, kind);
    const body = docxText(docx);
    expect(body).toContain(`DRAFT — ${title}`);
    expect(body).toContain('Left the employer’s house');
    expect(body).toContain('Text messages with the recruiter');
    expect(body).toContain('[Counsel: apply the facts and evidence to this element]');
    expect(docxText(docx, 'word/header1.xml')).toContain(DRAFT_MARK);
  });

  it('flags the 12-month bar after a refused refugee claim in the H&C draft', async () => {
    expect(docxText(await renderSubmissionDraftDocx(file, 'hc'))).toContain('Bar to check: refugee-rejected-12-months until 1 Mar 2027');
  });
});

describe('the PDF engine', () => {
  it('refuses to fetch images from the network', async () => {
    await expect(renderPdf({ content: [{ image: 'https://example.org/x.png' }] })).rejects.toThrow(/denied/);
  });

  it('refuses to read local files other than the embedded fonts', async () => {
    await expect(renderPdf({ content: [{ image: '/etc/hostname' }] })).rejects.toThrow(/denied/);
  });

  it('produces PDFs that poppler can rasterise (pages written to /tmp for a visual check)', async () => {
    for (const lang of ['zh-Hans', 'pa'] as const) {
      const pdf = await renderOptionsSheetPdf(buildOptionsSheetContent(base, { lang }));
      writeFileSync(`/tmp/harbour-options-${lang}.pdf`, pdf);
      execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '2', `/tmp/harbour-options-${lang}.pdf`, `/tmp/harbour-options-${lang}`]);
      expect(readFileSync(`/tmp/harbour-options-${lang}-1.png`).subarray(1, 4).toString()).toBe('PNG');
    }
  });
});
