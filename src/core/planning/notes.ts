// The planner explains itself in codes; this file turns codes into English or French for
// practitioners, with the sentences in wording/{en,fr}.json. Client-facing wording lives in
// options-sheet.
import { CONSENT_KEYS, GOALS, RISK_IDS, RISK_LEVELS, type ConsentKey, type Goal, type RemedyId, type RiskId, type RiskLevel } from '../contract';
import { mapped } from '../lists';
import { listRemedies } from '../remedies/catalogue';
import { filled } from '../wording';
import type { BarCode } from './bars';
import { w } from './wording';

export type PlanLang = 'en' | 'fr';
export type StrategyId = 'evidence-first' | 'status-first' | 'low-exposure';

export type PlanNote =
  | { code: 'answers-imminent-removal'; date?: string }
  | { code: 'deadline'; date: string; passed: boolean }
  | { code: 'eligibility'; level: 'likely' | 'possible' }
  | { code: 'serves-goals'; goals: Goal[] }
  | { code: 'evidence-for'; remedies: RemedyId[] }
  | { code: 'uses-evidence-from'; remedies: RemedyId[] }
  | { code: 'not-before'; date: string; bar: BarCode; pinpoint: string }
  | { code: 'bar-caution'; bar: BarCode; pinpoint: string }
  | { code: 'bar-exception-child' }
  | { code: 'consent-refused'; consent: ConsentKey }
  | { code: 'barred'; bar: BarCode; pinpoint: string }
  | { code: 'left-out-high-risk'; risks: RiskId[] }
  | { code: 'strategy'; strategy: StrategyId }
  | { code: 'goal-unserved'; goal: Goal }
  | { code: 'high-risk-accepted'; remedy: RemedyId; risks: RiskId[] }
  | { code: 'awaiting-decisions'; count: number }
  | { code: 'refugee-claim-bars-later' }
  | { code: 'removal-unanswered' };

type Names<K extends string> = Record<PlanLang, Record<K, string>>;

/** Remedy names as they read inside a sentence, from each remedy's own knowledge file. */
export const REMEDY_NAMES: Names<RemedyId> = {
  en: Object.fromEntries(listRemedies().map((k) => [k.id, k.nameInSentence.en])) as Record<RemedyId, string>,
  fr: Object.fromEntries(listRemedies().map((k) => [k.id, k.nameInSentence.fr])) as Record<RemedyId, string>,
};

/** Names of one kind of code (goals, consents, risks…) in both languages, from the wording files. */
function namesOf<K extends string>(kind: string, ids: readonly K[]): Names<K> {
  const en = {} as Record<K, string>;
  const fr = {} as Record<K, string>;
  for (const id of ids) {
    const name = w(`${kind}.${id}`);
    en[id] = name.en;
    fr[id] = name.fr;
  }
  return { en, fr };
}

export const GOAL_NAMES = namesOf<Goal>('goal', GOALS);
export const CONSENT_NAMES = namesOf<ConsentKey>('consent', CONSENT_KEYS);
export const RISK_NAMES = namesOf<RiskId>('risk', RISK_IDS);
/** A risk's level as a word in a sentence (the level itself, a code, is in the remedy's risks). */
export const RISK_LEVEL_NAMES = namesOf<RiskLevel>('risk-level', RISK_LEVELS);

const list = (items: string[]) => items.join(', ');
const say = (code: string, lang: PlanLang, values: Record<string, string | number> = {}) => filled(w(code), values)[lang];

export function noteText(note: PlanNote, lang: PlanLang): string {
  const remedies = (ids: RemedyId[]) => list(mapped(ids, (id) => REMEDY_NAMES[lang][id]));
  const risks = (ids: RiskId[]) => list(mapped(ids, (r) => RISK_NAMES[lang][r]));
  const bar = (code: BarCode) => w(`bar.${code}`)[lang];
  switch (note.code) {
    case 'answers-imminent-removal':
      return note.date ? say('note.answers-imminent-removal.dated', lang, { date: note.date }) : say('note.answers-imminent-removal', lang);
    case 'deadline':
      return say(note.passed ? 'note.deadline-passed' : 'note.deadline', lang, { date: note.date });
    case 'eligibility':
      return say(`note.eligibility.${note.level}`, lang);
    case 'serves-goals':
      return say('note.serves-goals', lang, { goals: list(mapped(note.goals, (g) => GOAL_NAMES[lang][g])) });
    case 'evidence-for':
    case 'uses-evidence-from':
      return say(`note.${note.code}`, lang, { remedies: remedies(note.remedies) });
    case 'not-before':
      return say('note.not-before', lang, { date: note.date, bar: bar(note.bar), pinpoint: note.pinpoint });
    case 'bar-caution':
    case 'barred':
      return say(`note.${note.code}`, lang, { bar: bar(note.bar), pinpoint: note.pinpoint });
    case 'consent-refused':
      return say('note.consent-refused', lang, { consent: CONSENT_NAMES[lang][note.consent] });
    case 'left-out-high-risk':
      return say('note.left-out-high-risk', lang, { risks: risks(note.risks) });
    case 'strategy':
      return say(`strategy.${note.strategy}`, lang);
    case 'goal-unserved':
      return say('note.goal-unserved', lang, { goal: GOAL_NAMES[lang][note.goal] });
    case 'high-risk-accepted':
      return say('note.high-risk-accepted', lang, { remedy: REMEDY_NAMES[lang][note.remedy], risks: risks(note.risks) });
    case 'awaiting-decisions':
      return say('note.awaiting-decisions', lang, { count: note.count });
    case 'bar-exception-child':
    case 'refugee-claim-bars-later':
    case 'removal-unanswered':
      return say(`note.${note.code}`, lang);
  }
}

/** A risk awaiting the client's decision, as one line: name, level and why (French sets a space before the colon). */
export function awaitingRiskText(risk: { id: RiskId; level: RiskLevel; why: string }, lang: PlanLang): string {
  return say('awaiting.risk', lang, { risk: RISK_NAMES[lang][risk.id], level: RISK_LEVEL_NAMES[lang][risk.level], why: risk.why });
}
