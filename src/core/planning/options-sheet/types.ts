import type { RemedyId, RiskId, RiskLevel } from '../../contract';

export const SHEET_LANGS = ['en', 'fr', 'es', 'tl', 'zh-Hans', 'pa'] as const;
export type SheetLang = (typeof SHEET_LANGS)[number];

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
  /** Remedies (or their risks) shown in English because this draft language has no wording for them yet. */
  inEnglish: readonly RemedyId[];
}
