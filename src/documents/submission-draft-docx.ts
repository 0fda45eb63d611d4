// Submission skeletons for counsel (VTIP TRP, H&C) as Word documents: the legal test, the facts
// from the chronology, an element-by-element analysis with the screening's findings and blanks
// for counsel, and the evidence index. The DRAFT mark is in the header of every page.
import { Document, Footer, Header, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { findBars } from '../core/planning';
import { formatDay } from '../core/dates/format';
import type { IsoDate } from '../core/dates/iso-date';
import { chronologyNote, DRAFT_MARK, SUBMISSION_TESTS, type PractitionerFileInput } from './practitioner-file';

export type SubmissionKind = keyof typeof SUBMISSION_TESTS;

const p = (text: string, opts: { bold?: boolean; italics?: boolean; color?: string } = {}) =>
  new Paragraph({ children: [new TextRun({ text, bold: opts.bold ?? false, italics: opts.italics ?? false, ...(opts.color ? { color: opts.color } : {}) })] });
const h = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel] = HeadingLevel.HEADING_1) =>
  new Paragraph({ heading: level, children: [new TextRun(text)] });
const blank = (what: string) => p(`[Counsel: ${what}]`, { italics: true, color: '1D4E89' });
const row = (cells: string[], bold = false) => new TableRow({ children: cells.map((c) => new TableCell({ children: [p(c, { bold })] })) });

export function renderSubmissionDraftDocx(input: PractitionerFileInput, kind: SubmissionKind): Promise<Buffer> {
  const test = SUBMISSION_TESTS[kind];
  const { assessment, facts } = input;
  const dims = new Map(assessment.dimensions.map((d) => [d.id, d]));
  const remedy = assessment.remedies.find((r) => r.id === kind);
  const bars = findBars(facts, input.asOf as IsoDate).filter((b) => b.remedy === kind);

  const children: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(`DRAFT — ${test.title}`)] }),
    p(`File ${input.caseCode} · prepared ${formatDay(input.asOf, 'en')}`),
    blank('insert the applicant’s name, date of birth and UCI only in the filed copy'),
    h('1. Relief sought'),
    blank(kind === 'hc' ? 'state the exemption requested and the class' : 'state the permit length requested (at least 12 months) and dependants included'),
    h('2. Legal framework'),
    ...test.basis.map((b) => p(b)),
    ...test.notes.map((n) => p(`Note: ${n}`, { italics: true })),
    ...bars.map((b) =>
      p(`Bar to check: ${b.code}${b.until ? ` until ${formatDay(b.until, 'en')}` : ''} (IRPA ${b.citation.pinpoint}).`, { bold: true, color: 'A01010' }),
    ),
    h('3. Facts'),
    ...(chronologyNote(input) ? [p(chronologyNote(input)!, { italics: true, color: 'A01010' })] : []),
    ...(input.chronology.length ? input.chronology.map((c) => p(`${c.when} — ${c.text} (source: ${c.source})`)) : [blank('set out the facts in order')]),
    h('4. Analysis'),
  ];
  for (const element of test.elements) {
    children.push(h(element.label, HeadingLevel.HEADING_2), p(element.text, { italics: true }));
    for (const id of element.dimensions) {
      const d = dims.get(id as never);
      if (d)
        children.push(
          p(
            `Screening (${id}): ${d.status}${d.because.length ? ` — ${d.because.join('; ')}` : ''}${d.missing.length ? `; missing: ${d.missing.join(', ')}` : ''}`,
          ),
        );
    }
    children.push(blank('apply the facts and evidence to this element'));
  }
  if (remedy) {
    children.push(h('Risks counsel should weigh', HeadingLevel.HEADING_2), ...remedy.risks.map((r) => p(`${r.id} (${r.level}): ${r.why}`)));
    if (remedy.evidenceNeeded.length) children.push(h('Evidence still needed', HeadingLevel.HEADING_2), ...remedy.evidenceNeeded.map((e) => p(e)));
  }
  const supporting = assessment.plan.steps.filter((s) => s.producesEvidenceFor.includes(kind)).map((s) => s.remedy);
  if (supporting.length) children.push(p(`Planned steps whose outcomes support this application: ${supporting.join(', ')}.`));
  children.push(
    h('5. Evidence index'),
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [
        row(['Tab', 'Document', 'Kind', 'Date'], true),
        ...input.evidence.map((e, i) => row([String(i + 1), e.title, e.kind, e.date ? formatDay(e.date, 'en') : '—'])),
      ],
    }),
    h('6. Conclusion'),
    blank('summarise why the request should be granted'),
  );

  const doc = new Document({
    creator: 'Harbour',
    title: `DRAFT ${test.title}`,
    sections: [
      {
        headers: { default: new Header({ children: [p(`${DRAFT_MARK} File ${input.caseCode}.`, { bold: true, color: 'A01010' })] }) },
        footers: { default: new Footer({ children: [p('DRAFT', { bold: true })] }) },
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}
