// The client's options sheet, as content: for each option in the plan or waiting for the client's
// decision, what it is, what could happen, the risks in the client's terms, next steps, how long
// it takes and what we need. Pure; the PDF and DOCX renderers in src/documents lay it out.
// Privacy: nothing identifying appears unless the caller passes a display name.
import type { Assessment, CaseFacts, RemedyId } from '../../contract';
import { formatDay } from '../../dates/format';
import { SHEET_LOCALES } from './locales';
import { type OptionText, type SheetLang } from './types';

export { SHEET_LOCALES };

export type SectionId = keyof OptionText | 'risks';

export interface SheetSection {
  id: SectionId;
  heading: string;
  paragraphs: string[];
}

export interface SheetOption {
  remedy: RemedyId;
  heading: string;
  status: string;
  /** Set when this option's wording is not yet written in the sheet's (draft) language and English stands in. */
  inEnglish?: true;
  deadline?: string;
  sections: SheetSection[];
}

export interface OptionsSheet {
  lang: SheetLang;
  reviewed: boolean;
  title: string;
  /** Shown at the top of every page: legal information, and the unreviewed-translation note. */
  notices: string[];
  preparedFor?: string;
  dateLine: string;
  options: SheetOption[];
}

export interface OptionsSheetInput {
  facts: CaseFacts;
  assessment: Assessment;
}

export interface OptionsSheetOptions {
  lang: SheetLang;
  /** A name or pseudonym the client chose to show; absent by default. */
  displayName?: string;
}

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? `{${key}}`));

export function buildOptionsSheetContent({ facts, assessment }: OptionsSheetInput, { lang, displayName }: OptionsSheetOptions): OptionsSheet {
  const locale = SHEET_LOCALES[lang];
  const { labels } = locale;
  const remedies = new Map(assessment.remedies.map((r) => [r.id, r]));

  const option = (remedy: RemedyId, status: string, awaiting: boolean): SheetOption => {
    const text = locale.remedies[remedy];
    const inEnglish = locale.inEnglish.includes(remedy);
    const result = remedies.get(remedy);
    const risks = result?.risks ?? [];
    const riskLines = risks.length
      ? [...new Map(risks.map((r) => [r.id, r])).values()].map((r) => `${locale.risks[r.id]} (${labels.riskLevel[r.level]})`)
      : [labels.noRisks];
    const section = (id: SectionId, paragraphs: string[]): SheetSection => ({ id, heading: labels.sections[id], paragraphs });
    return {
      remedy,
      heading: text.name,
      status,
      ...(inEnglish ? { inEnglish } : {}),
      ...(result?.deadline ? { deadline: fill(labels.deadline, { date: formatDay(result.deadline.date, lang) }) } : {}),
      sections: [
        // The note leads the first section, so every renderer shows it.
        section('what', inEnglish ? [labels.inEnglish, text.what] : [text.what]),
        section('could', [text.could]),
        section('risks', riskLines),
        section('next', awaiting ? [labels.decisionNeeded, text.next] : [text.next]),
        section('long', [text.long]),
        section('need', [text.need]),
      ],
    };
  };

  const name = displayName?.trim();
  return {
    lang,
    reviewed: locale.reviewed,
    title: labels.title,
    notices: locale.reviewed ? [labels.legalInfo] : [labels.legalInfo, labels.unreviewed],
    ...(name ? { preparedFor: fill(labels.preparedFor, { name }) } : {}),
    dateLine: fill(labels.date, { date: formatDay(facts.asOf, lang) }),
    options: [
      ...assessment.plan.steps.map((s) => option(s.remedy, fill(labels.stepInPlan, { n: s.order }), false)),
      ...assessment.plan.awaitingDecision.map((a) => option(a.remedy, labels.awaitingDecision, true)),
    ],
  };
}

export { SHEET_LANGS, type SheetLang, type OptionText } from './types';
