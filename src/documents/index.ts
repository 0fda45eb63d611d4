// Document adapters: the options sheet for the client (PDF, DOCX) and drafts for counsel.
import type { Assessment, CaseFacts } from '../core/contract';
import { buildOptionsSheetContent, type SheetLang } from '../core/planning/options-sheet';
import { renderOptionsSheetDocx } from './options-sheet-docx';
import { renderOptionsSheetPdf } from './options-sheet-pdf';

export interface BuildOptionsSheetOptions {
  lang: SheetLang;
  format: 'pdf' | 'docx';
  /** A name or pseudonym the client chose to show; absent by default. */
  displayName?: string;
}

/** For the CLI: an assessed case → the client's options sheet in the chosen language and format. */
export function buildOptionsSheet(
  assessmentInput: { facts: CaseFacts; assessment: Assessment },
  { lang, format, displayName }: BuildOptionsSheetOptions,
): Promise<Buffer> {
  const sheet = buildOptionsSheetContent(assessmentInput, { lang, ...(displayName ? { displayName } : {}) });
  return format === 'pdf' ? renderOptionsSheetPdf(sheet, lang) : renderOptionsSheetDocx(sheet, lang);
}

export { renderOptionsSheetPdf } from './options-sheet-pdf';
export { renderOptionsSheetDocx } from './options-sheet-docx';
export { renderCaseSummaryPdf } from './case-summary-pdf';
export { renderSubmissionDraftDocx, type SubmissionKind } from './submission-draft-docx';
export { DRAFT_MARK, type PractitionerFileInput, type ChronologyEntry, type EvidenceItem } from './practitioner-file';
