// Case summary for counsel: facts, screening, legal tests, remedies, plan, chronology and evidence
// index. Every page carries the DRAFT mark in its header and as a watermark.
import { formatDay } from '../core/dates/format';
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { chronologyNote, DRAFT_MARK, type PractitionerFileInput } from './practitioner-file';
import { pdfDefaultStyle, renderPdf } from './pdf-engine';

// The summary is written in English; its dates in the one English format ("5 Dec 2026", ADR 0020).
const day = (d: string) => formatDay(d, 'en');

const table = (head: string[], rows: string[][]): Content => ({
  table: {
    headerRows: 1,
    widths: head.map((_, i) => (i === head.length - 1 ? '*' : 'auto')),
    body: [head.map((h): TableCell => ({ text: h, bold: true })), ...rows],
  },
  layout: 'lightHorizontalLines',
  fontSize: 9,
  margin: [0, 2, 0, 8],
});

function caseSummaryDefinition(input: PractitionerFileInput): TDocumentDefinitions {
  const { facts, assessment } = input;
  const p = facts.person;
  const yes = facts.facts.filter((f) => f.answer === 'yes').map((f) => `${f.id} (${f.phase})`);
  const h = (text: string): Content => ({ text, style: 'h' });
  const factRows: string[][] = [
    ['Status', p.immigrationStatus],
    ['Province', p.province],
    ['Age band', p.ageBand],
    ['Removal', p.removal ? `${p.removal.state}${p.removal.date ? ` on ${day(p.removal.date)}` : ''}` : 'none recorded'],
    [
      'Prior refugee claim',
      p.priorRefugeeClaim
        ? `${p.priorRefugeeClaim.outcome}${p.priorRefugeeClaim.date ? ` (${day(p.priorRefugeeClaim.date)})` : ''}${
            p.priorRefugeeClaim.withdrawnAfterSubstantiveEvidence
              ? `; after substantive evidence: ${p.priorRefugeeClaim.withdrawnAfterSubstantiveEvidence}`
              : ''
          }`
        : 'none recorded',
    ],
    ['Entries into Canada', p.entries?.map((entry) => `${day(entry.date)} (${entry.via})`).join(', ') || 'none recorded'],
    ['PRRA', p.prra ? `${p.prra.state}${p.prra.date ? ` (${day(p.prra.date)})` : ''}` : 'none recorded'],
    [
      'Refugee history abroad / maintained status / witness / designated',
      [p.refugeeHistoryAbroad, p.maintainedStatus, p.witnessInProceedings, p.designatedForeignNational].map((value) => value ?? '—').join(' / '),
    ],
    ['Exploiters / contexts', `${facts.exploiters.join(', ') || '—'} / ${facts.contexts.join(', ') || '—'}`],
    ['Goals', facts.goals.join(', ') || '—'],
    [
      'Consents',
      Object.entries(facts.consents)
        .map(([k, v]) => `${k}: ${v}`)
        .join('; '),
    ],
    ['Indicators answered yes', yes.join(', ') || '—'],
  ];
  const content: Content[] = [
    { text: `Case summary — ${input.caseCode}`, style: 'title' },
    { text: `As of ${day(input.asOf)} · knowledge version ${assessment.knowledgeVersion} · continuum: ${assessment.continuum}`, style: 'meta' },
    h('Facts'),
    table(['Fact', 'Value'], factRows),
    h('Flags'),
    assessment.flags.length
      ? table(
          ['Flag', 'Level', 'Why'],
          assessment.flags.map((f) => [f.id, f.level, f.why]),
        )
      : { text: 'None.' },
    h('Legal tests'),
    table(
      ['Test', 'Status', 'Notes'],
      assessment.legalTests.map((t) => [t.id, t.status, (t.notes ?? []).join(' ')]),
    ),
    h('Remedies'),
    table(
      ['Remedy', 'Eligibility', 'Deadline', 'Risks'],
      assessment.remedies.map((r) => [r.id, r.eligibility, r.deadline ? day(r.deadline.date) : '—', r.risks.map((k) => `${k.id} (${k.level})`).join(', ')]),
    ),
    h('Recommended plan'),
    table(
      ['#', 'Remedy', 'Why'],
      assessment.plan.steps.map((s) => [String(s.order), s.remedy, s.why]),
    ),
    ...(assessment.plan.awaitingDecision.length
      ? [
          h('Waiting for the client’s decision'),
          table(
            ['Remedy', 'Consent', 'Risks'],
            assessment.plan.awaitingDecision.map((a) => [a.remedy, a.consentNeeded, a.risks.join('; ')]),
          ),
        ]
      : []),
    ...(assessment.plan.excluded.length
      ? [
          h('Excluded'),
          table(
            ['Remedy', 'Why'],
            assessment.plan.excluded.map((e) => [e.remedy, e.why]),
          ),
        ]
      : []),
    h('Trade-offs'),
    { ul: assessment.plan.tradeOffs },
    ...(assessment.alternatives.length
      ? [h('Alternatives'), { ol: assessment.alternatives.map((a) => `${a.steps.map((s) => s.remedy).join(' → ')}. ${a.tradeOffs[0] ?? ''}`) }]
      : []),
    h('Chronology'),
    ...(chronologyNote(input) ? [{ text: chronologyNote(input)!, italics: true, color: '#a01010', margin: [0, 0, 0, 4] } as Content] : []),
    table(
      ['When', 'Source', 'What'],
      input.chronology.map((c) => [day(c.when), c.source, c.text]),
    ),
    h('Evidence index'),
    table(
      ['#', 'Title', 'Kind', 'Date'],
      input.evidence.map((e, i) => [String(i + 1), e.title, e.kind, e.date ? day(e.date) : '—']),
    ),
  ];
  return {
    info: { title: `Case summary ${input.caseCode} (draft)` },
    pageSize: 'LETTER',
    pageMargins: [40, 60, 40, 40],
    watermark: { text: 'DRAFT', opacity: 0.08, bold: true },
    header: () => ({ text: `${DRAFT_MARK} File ${input.caseCode}.`, margin: [40, 20, 40, 0], fontSize: 8, bold: true, color: '#a01010' }),
    footer: (current, total) => ({ text: `DRAFT · ${current} / ${total}`, alignment: 'center', fontSize: 8 }),
    content,
    defaultStyle: { ...pdfDefaultStyle('NotoSans'), fontSize: 10 },
    styles: {
      title: { fontSize: 18, bold: true },
      meta: { fontSize: 9, color: '#444444', margin: [0, 0, 0, 8] },
      h: { fontSize: 13, bold: true, margin: [0, 8, 0, 4] },
    },
  };
}

export function renderCaseSummaryPdf(input: PractitionerFileInput): Promise<Buffer> {
  return renderPdf(caseSummaryDefinition(input));
}
