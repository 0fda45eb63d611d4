import { EXCLUSION_REASONS, type Goal, type RemedyId, type RiskId, type RiskLevel } from '../../contract';

export const SHEET_LANGS = ['en', 'fr', 'es', 'tl', 'zh-Hans', 'pa'] as const;
export type SheetLang = (typeof SHEET_LANGS)[number];

/**
 * Why an option is not in the client's plan: the plan's own reasons (EXCLUSION_REASONS), the
 * remedy's eligibility when it is not open, or, for a plan written without reason codes, a reason
 * the practitioner gives in person.
 */
export const LEFT_OUT_REASONS = [...EXCLUSION_REASONS, 'unlikely', 'not-applicable', 'unknown', 'not-in-plan'] as const;
export type LeftOutReason = (typeof LEFT_OUT_REASONS)[number];

/** Plain-language text for one option, in the client's terms. */
export interface OptionText {
  /** What it is. */
  what: string;
  /** What could happen (outcomes, good and bad). */
  could: string;
  /** How long it takes. */
  long: string;
  /** What we need from you. */
  need: string;
  /** Next steps. */
  next: string;
}

export interface SheetLabels {
  title: string;
  legalInfo: string;
  unreviewed: string;
  preparedFor: string; // "{name}"
  date: string; // "{date}"
  stepInPlan: string; // "{n}"
  awaitingDecision: string;
  sections: { what: string; could: string; risks: string; next: string; long: string; need: string; bring: string };
  riskLevel: Record<RiskLevel, string>;
  noRisks: string;
  deadline: string; // "{date}"
  decisionNeeded: string;
  /** Shown on an option whose client wording is not yet written in a draft language. */
  inEnglish: string;
  goalsTitle: string;
  goalsIntro: string;
  goalServedBy: string; // "{options}"
  goalNoneLeftOut: string;
  goalNoneKnown: string;
  leftOutTitle: string;
}

export interface SheetLocale {
  lang: SheetLang;
  /** False until a fluent reviewer has checked the translation; the sheet then says so. */
  reviewed: boolean;
  labels: SheetLabels;
  /** Every remedy has text: where a draft language has none yet, the English text stands in. */
  remedies: Record<RemedyId, OptionText & { name: string }>;
  risks: Record<RiskId, string>;
  /**
   * What the client could bring for each remedy, shown while some of its evidence is still
   * missing. A draft language without it shows the English line, as for risks and labels.
   */
  bring: Record<RemedyId, string>;
  /** Each goal the client can name, as the client would say it. */
  goals: Record<Goal, string>;
  /** Why an option is left out, in the client's words. */
  leftOut: Record<LeftOutReason, string>;
  /** Remedies (or their risks) shown in English because this draft language has no wording for them yet. */
  inEnglish: readonly RemedyId[];
}
