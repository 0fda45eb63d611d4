import type { Assessment, CaseFacts, Plan } from '../../core/contract';
import { caseFactsSchema } from '../../core/contract/case-facts';
import { evaluateRemedies, type RemedyEvaluation } from '../../core/remedies';
import { rankPlans, toContractPlan, type RankedPlan } from '../../core/planning';
import { screen, type ScreeningReport } from '../../core/screening';
import type { ContractConsents, StoredFacts } from '../screening/case-data';

// The server's assessment is the authority (it alone knows which flags this reader may see).
// Its sentences are in English only, so the browser runs the same pure core on the same facts
// to word the result in the reader's language and to show what the contract leaves out:
// practice notes, "verify" banners for law in motion, every deadline, the continuum's reasons.
// If the two ever disagree (e.g. the day changed between requests), the page says so.

export type Lang = 'en' | 'fr';

export interface LocalAssessment {
  facts: CaseFacts;
  screening: ScreeningReport;
  remedies: RemedyEvaluation[];
  plans: { ranked: RankedPlan; contract: Plan }[];
  /** True when the local result gives the same statuses as the server's. */
  matchesServer: boolean;
}

/** The contract document the server builds for today (see src/cases/use-cases/facts.ts). */
export function contractFacts(stored: StoredFacts, province: string, asOf: string, consents: ContractConsents): CaseFacts {
  return caseFactsSchema.parse({
    contractVersion: 1,
    asOf,
    person: { ageBand: 'unknown', immigrationStatus: 'unknown', ...stored.person, province },
    exploiters: stored.exploiters,
    contexts: stored.contexts,
    ...(stored.sector ? { sector: stored.sector } : {}),
    facts: stored.answers.map((a) => ({ id: a.id, ...(a.phase ? { phase: a.phase } : {}), answer: a.answer, ...(a.note ? { note: a.note } : {}) })),
    events: stored.events,
    goals: stored.goals,
    consents,
  });
}

function sameStatuses(local: Omit<LocalAssessment, 'matchesServer'>, server: Assessment): boolean {
  const key = (a: Pick<Assessment, 'continuum' | 'dimensions' | 'legalTests'> & { remedies: { id: string; eligibility: string }[] }) =>
    JSON.stringify([a.continuum, a.dimensions.map((d) => d.status), a.legalTests.map((t) => t.status), a.remedies.map((r) => `${r.id}:${r.eligibility}`)]);
  return key({ ...local.screening, remedies: local.remedies }) === key(server);
}

export function localAssessment(facts: CaseFacts, server: Assessment, lang: Lang): LocalAssessment {
  const screening = screen(facts);
  const evaluated = evaluateRemedies(facts, screening, { locale: lang });
  const remedies = evaluated.remedies;
  const ranked = rankPlans(facts, screening, evaluated, { riskTolerance: facts.riskTolerance ?? 'low' });
  const plans = ranked.map((r) => ({ ranked: r, contract: toContractPlan(r, lang) }));
  const local = { facts, screening, remedies, plans };
  return { ...local, matchesServer: sameStatuses(local, server) };
}
