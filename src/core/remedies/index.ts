// Remedies as law-as-code: the public surface. Pure; evaluation is always as of facts.asOf.
import { PROVINCES, type CaseFacts, type FlagOut, type RemedyResult } from '../contract';
import type { ScreeningResult } from '../screening';
import { evaluateRemedy, type Locale, type RemedyEvaluation } from './evaluate';
import { remedyFlags } from './flags';
import { jurisdictionAt } from './jurisdictions';
import { REMEDY_KNOWLEDGE } from './knowledge';
import type { EvaluationContext } from './model';
import { KNOWLEDGE_VERSION } from './sources';
import { REMEDY_IDS } from '../contract';

export interface RemediesResult {
  remedies: RemedyEvaluation[];
  flags: FlagOut[];
  knowledgeVersion: string;
}

export interface EvaluateOptions {
  locale?: Locale;
}

// Looked up once: the catalogue is fixed when it loads.
const KNOWLEDGE_IN_CONTRACT_ORDER = REMEDY_IDS.map((id) => REMEDY_KNOWLEDGE.get(id)!);

export function evaluateRemedies(facts: CaseFacts, screening: ScreeningResult, options: EvaluateOptions = {}): RemediesResult {
  const province = PROVINCES.includes(facts.person.province) ? facts.person.province : 'ON';
  const answeredYes = new Set<string>();
  for (const f of facts.facts) if (f.answer === 'yes') answeredYes.add(f.id);
  const ctx: EvaluationContext = { facts, screening, asOf: facts.asOf, province, jurisdiction: jurisdictionAt(province, facts.asOf), answeredYes };
  const locale = options.locale ?? 'en';
  const remedies: RemedyEvaluation[] = [];
  for (const k of KNOWLEDGE_IN_CONTRACT_ORDER) remedies.push(evaluateRemedy(k, ctx, locale));
  return { remedies, flags: remedyFlags(facts, remedies, locale), knowledgeVersion: KNOWLEDGE_VERSION };
}

export type { RemedyResult, RemedyEvaluation, Locale };
export { evaluateRemedy, citationOut, primaryDeadline } from './evaluate';
export { remedyFlags, IMMINENT_REMOVAL_DAYS, PERMIT_EXPIRING_DAYS, DEADLINE_SOON_DAYS } from './flags';
export {
  listRemedies,
  showRemedy,
  listJurisdictions,
  showJurisdiction,
  reasonWording,
  REMEDY_NAMES,
  knowledgeReport,
  allDatedRecords,
  type KnowledgeReport,
} from './catalogue';
export { valueAt, rulesAt, inForce } from './dated';
export { jurisdictionAt, REVIEWED_PROVINCES } from './jurisdictions';
export { KNOWLEDGE_VERSION, sourceTitle } from './sources';
export { endOfMonthsPeriod, endOfDaysPeriod } from './build';
export type { RemedyKnowledge, Jurisdiction, Citation, Fact, ParamId, VerificationStatus } from './model';
