// The screening engine's public surface: screen() and the data, rules and wording it uses.
export { CATALOGUE, citations, indicator, itemsOf, PROFILES, STRENGTHS, type Indicator, type Profile, type Strength } from './catalogue';
export { satisfiesIloRule, ruleStatus, type ScreenedDimension } from './combining-rule';
export { CONTINUUM_REASONS, LABOUR_RIGHTS_FACTS, type ContinuumReason } from './continuum';
export { COUNSEL_ONLY_FLAGS, COUNSEL_ONLY_PERSON_FIELDS, IMMEDIATE_SAFETY_FACTS, type FlagAudience, type ScreeningFlag } from './flags';
export type { LegalElement, LegalTest } from './legal-tests';
export type { PersonLevel } from './person-rule';
export { nextQuestions, PRELIMINARY_QUESTIONS, type Question, type QuestionRequest, type Stage } from './questions';
export { screeningText, LOCALES, type Locale, type ScreeningLocale } from './text';
export { screen, SCREENING_CAVEATS, type ScreenOptions, type ScreeningCaveat, type ScreeningReport, type ScreeningResult } from './screen';
export { unweightedSigns } from './signs';
