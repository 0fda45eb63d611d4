// The client's options sheet, as content: for each option in the plan or waiting for the client's
// decision, what it is, what could happen, the risks in the client's terms, next steps, how long
// it takes and what we need. Pure; the PDF and DOCX renderers in src/documents lay it out.
// Privacy: nothing identifying appears unless the caller passes a display name.
import type { Assessment, CaseFacts, Goal, RemedyId } from '../../contract';
import { formatDay } from '../../dates/format';
import type { NeedState } from '../../evidence';
import { goalsServedBy } from '../sequencing-rules';
import { SHEET_LOCALES } from './locales';
import { type LeftOutReason, type OptionText, type SheetLang } from './types';

export { SHEET_LOCALES };

export type SectionId = keyof OptionText | 'risks' | 'bring';

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

/** One goal the client named: the options of the plan that serve it, or a sentence saying why none does now. */
export interface SheetGoal {
  goal: Goal;
  heading: string;
  /** The options (in the sheet's order) that serve it. */
  options: RemedyId[];
  /** "Options that can help: …", or why none does now. */
  text: string;
}

/** An option that is not in the client's plan, with the reason in the client's words. */
export interface SheetLeftOut {
  remedy: RemedyId;
  name: string;
  reason: LeftOutReason;
  why: string;
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
  goalsTitle: string;
  goalsIntro: string;
  /** Every goal the client named, in the order named. */
  goals: SheetGoal[];
  leftOutTitle: string;
  /** The options not in the plan that the client may ask about: those the plan left out, those not likely or not yet known to fit, and those that would serve a goal the client named. */
  leftOut: SheetLeftOut[];
}

export interface OptionsSheetInput {
  facts: CaseFacts;
  assessment: Assessment;
  /**
   * Where each remedy's evidence stands (core/evidence's checklist). Only the counts are read: an
   * option whose evidence is still partly missing says what the client could bring, in general
   * words, so the sheet never shows what is already held or what an item says. Absent: no such line.
   */
  evidence?: readonly { remedy: RemedyId; counts: Record<NeedState, number> }[];
}

export interface OptionsSheetOptions {
  lang: SheetLang;
  /** A name or pseudonym the client chose to show; absent by default. */
  displayName?: string;
}

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? `{${key}}`));

export function buildOptionsSheetContent({ facts, assessment, evidence }: OptionsSheetInput, { lang, displayName }: OptionsSheetOptions): OptionsSheet {
  const locale = SHEET_LOCALES[lang];
  const { labels } = locale;
  const remedies = new Map(assessment.remedies.map((r) => [r.id, r]));
  const stillMissing = new Set((evidence ?? []).filter((e) => e.counts.missing > 0).map((e) => e.remedy));

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
        ...(stillMissing.has(remedy) ? [section('bring', [locale.bring[remedy]])] : []),
      ],
    };
  };

  const options = [
    ...assessment.plan.steps.map((s) => option(s.remedy, fill(labels.stepInPlan, { n: s.order }), false)),
    ...assessment.plan.awaitingDecision.map((a) => option(a.remedy, labels.awaitingDecision, true)),
  ];
  const leftOut = leftOutOptions(facts, assessment, options).map(({ remedy, reason }): SheetLeftOut => ({
    remedy,
    name: locale.remedies[remedy].name,
    reason,
    why: locale.leftOut[reason],
  }));
  const goals = facts.goals.map((goal): SheetGoal => {
    const serving = options.filter((o) => goalsServedBy(o.remedy).includes(goal));
    const text = serving.length
      ? fill(labels.goalServedBy, { options: serving.map((o) => o.heading).join(', ') })
      : leftOut.some((l) => goalsServedBy(l.remedy).includes(goal))
        ? labels.goalNoneLeftOut
        : labels.goalNoneKnown;
    return { goal, heading: locale.goals[goal], options: serving.map((o) => o.remedy), text };
  });

  const name = displayName?.trim();
  return {
    lang,
    reviewed: locale.reviewed,
    title: labels.title,
    notices: locale.reviewed ? [labels.legalInfo] : [labels.legalInfo, labels.unreviewed],
    ...(name ? { preparedFor: fill(labels.preparedFor, { name }) } : {}),
    dateLine: fill(labels.date, { date: formatDay(facts.asOf, lang) }),
    options,
    goalsTitle: labels.goalsTitle,
    goalsIntro: labels.goalsIntro,
    goals,
    leftOutTitle: labels.leftOutTitle,
    leftOut,
  };
}

const NOT_OPEN: Partial<Record<string, LeftOutReason>> = { unlikely: 'unlikely', unknown: 'unknown', 'not-applicable': 'not-applicable' };

/**
 * The options not in the plan, in the contract's order of remedies, each with its reason. An option
 * that does not apply is listed only when it would serve a goal the client named: the sheet says why
 * that goal is not served, without listing every remedy that has nothing to do with the client.
 */
function leftOutOptions(facts: CaseFacts, assessment: Assessment, inPlan: readonly SheetOption[]): { remedy: RemedyId; reason: LeftOutReason }[] {
  const planned = new Set(inPlan.map((o) => o.remedy));
  const excluded = new Map(assessment.plan.excluded.map((e): [RemedyId, LeftOutReason] => [e.remedy, e.reason ?? 'not-in-plan']));
  const named = new Set<Goal>(facts.goals);
  const out: { remedy: RemedyId; reason: LeftOutReason }[] = [];
  for (const r of assessment.remedies) {
    if (planned.has(r.id)) continue;
    const reason = excluded.get(r.id) ?? NOT_OPEN[r.eligibility];
    if (!reason) continue; // open but placed nowhere: not something the contract's plans do
    if (reason === 'not-applicable' && !goalsServedBy(r.id).some((g) => named.has(g))) continue;
    if (!out.some((o) => o.remedy === r.id)) out.push({ remedy: r.id, reason });
  }
  return out;
}

export { LEFT_OUT_REASONS, SHEET_LANGS, type LeftOutReason, type SheetLang, type OptionText } from './types';
