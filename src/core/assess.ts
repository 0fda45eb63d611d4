import { assessmentSchema, caseFactsSchema, parseWith, type Assessment, type CaseFacts, type Result } from './contract';
import { screen } from './screening';
import { evaluateRemedies } from './remedies';
import { planStrategy } from './planning';

/** The whole pipeline on already-validated facts: screening → remedies → plan. Pure. */
export function assessFacts(facts: CaseFacts): Assessment {
  const screening = screen(facts);
  const remedies = evaluateRemedies(facts, screening);
  const { plan, alternatives } = planStrategy(facts, screening, remedies, { riskTolerance: facts.riskTolerance ?? 'low' });
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
export function assess(input: unknown): Result<Assessment> {
  const parsed = parseWith(caseFactsSchema, input);
  if (!parsed.ok) return parsed;
  return { ok: true, value: assessmentSchema.parse(assessFacts(parsed.value)) };
}
