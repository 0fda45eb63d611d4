// Helpers for the document tests: extract text with poppler's pdftotext and read word/document.xml.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function pdfPages(pdf: Buffer): string[] {
  const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', '-', '-'], { input: pdf }).toString('utf8');
  return text.split('\f').slice(0, -1);
}

export function pdfText(pdf: Buffer): string {
  return pdfPages(pdf).join('\n').replace(/\s+/g, ' ');
}

export function docxXml(docx: Buffer, part = 'word/document.xml'): string {
  const dir = mkdtempSync(join(tmpdir(), 'docx-'));
  const file = join(dir, 'doc.docx');
  writeFileSync(file, docx);
  return execFileSync('unzip', ['-p', file, part]).toString('utf8');
}

/** The visible text of a DOCX part, runs joined, XML entities decoded. */
export function docxText(docx: Buffer, part?: string): string {
  return [...docxXml(docx, part).matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
    .map((m) => m[1]!)
    .join(' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'");
}

/**
 * PDF text comes out in visual order; Gurmukhi's sihari (ਿ) is drawn before its consonant but
 * stored after it. Put it back in logical order so extracted text compares with the source.
 */
export function gurmukhiLogicalOrder(text: string): string {
  return text.replace(/\u0A3F([\u0A15-\u0A39]\u0A3C?)/g, '$1\u0A3F');
}
