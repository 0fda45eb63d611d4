import { assessmentSchema, caseFactsSchema, parseWith, type Assessment, type CaseFacts, type Result } from './contract';
import { screen } from './screening';
import { evaluateRemedies } from './remedies';
import { planStrategy } from './planning';

/** The languages an assessment can be written in. Ids, codes and dates are the same in each. */
export const ASSESSMENT_LANGS = ['en', 'fr'] as const;
export type AssessmentLang = (typeof ASSESSMENT_LANGS)[number];

export interface AssessOptions {
  /** The language of every sentence in the assessment; defaults to 'en'. */
  lang?: AssessmentLang;
}

/** True for a language an assessment can be written in ('en' or 'fr'). */
export function isAssessmentLang(value: unknown): value is AssessmentLang {
  return typeof value === 'string' && (ASSESSMENT_LANGS as readonly string[]).includes(value);
}

/** The whole pipeline on already-validated facts: screening → remedies → plan. Pure. */
export function assessFacts(facts: CaseFacts, options: AssessOptions = {}): Assessment {
  const lang = options.lang ?? 'en';
  // Adapters check the language first (a 400, exit status 2); this stops a caller that did not.
  if (!isAssessmentLang(lang)) throw new RangeError(`An assessment is written in ${ASSESSMENT_LANGS.join(' or ')} only.`);
  const screening = screen(facts, { locale: lang });
  const remedies = evaluateRemedies(facts, screening, { locale: lang });
  const { plan, alternatives } = planStrategy(facts, screening, remedies, { riskTolerance: facts.riskTolerance ?? 'low', lang });
  return {
    contractVersion: 1,
    knowledgeVersion: remedies.knowledgeVersion,
    continuum: screening.continuum,
    dimensions: screening.dimensions,
    legalTests: screening.legalTests,
    remedies: remedies.remedies,
    flags: [...screening.flags, ...remedies.flags],
    plan,
    alternatives,
  };
}

/** Validates a case-facts document (unknown fields, dates, ids, phases) and assesses it. */
export function assess(input: unknown, options: AssessOptions = {}): Result<Assessment> {
  const parsed = parseWith(caseFactsSchema, input);
  if (!parsed.ok) return parsed;
  return { ok: true, value: assessmentSchema.parse(assessFacts(parsed.value, options)) };
}
