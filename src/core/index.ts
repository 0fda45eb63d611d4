export * from './contract';
export * from './dates/iso-date';
export { assess, assessFacts, isAssessmentLang, ASSESSMENT_LANGS, type AssessmentLang, type AssessOptions } from './assess';
