// The planner explains itself in codes; this file turns codes into English or French for
// practitioners. Client-facing wording lives in options-sheet/locales.
import type { ConsentKey, Goal, RemedyId, RiskId, RiskLevel } from '../contract';
import { mapped } from '../lists';
import { listRemedies } from '../remedies/catalogue';
import type { BarCode } from './bars';

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

export const GOAL_NAMES: Names<Goal> = {
  en: {
    'stay-in-canada': 'stay in Canada',
    'regularize-temporarily': 'get temporary status',
    'recover-wages': 'recover wages',
    safety: 'safety',
    accountability: 'hold the exploiter accountable',
    'return-home': 'return home',
    'keep-working': 'keep working',
    compensation: 'compensation',
  },
  fr: {
    'stay-in-canada': 'rester au Canada',
    'regularize-temporarily': 'obtenir un statut temporaire',
    'recover-wages': 'récupérer le salaire',
    safety: 'sécurité',
    accountability: 'tenir l’exploiteur responsable',
    'return-home': 'rentrer au pays',
    'keep-working': 'continuer à travailler',
    compensation: 'indemnisation',
  },
};

export const CONSENT_NAMES: Names<ConsentKey> = {
  en: {
    contactPolice: 'contact the police',
    contactImmigrationAuthorities: 'contact immigration authorities',
    fileComplaintsNamingEmployer: 'file complaints naming the employer',
  },
  fr: {
    contactPolice: 'communiquer avec la police',
    contactImmigrationAuthorities: 'communiquer avec les autorités de l’immigration',
    fileComplaintsNamingEmployer: 'déposer des plaintes nommant l’employeur',
  },
};

export const RISK_NAMES: Names<RiskId> = {
  en: {
    'cbsa-exposure': 'exposure to CBSA',
    'employer-retaliation': 'employer retaliation',
    'criminal-exposure': 'criminal exposure',
    'status-jeopardy': 'status jeopardy',
    'no-stay-of-removal': 'no stay of removal',
    'long-wait': 'long wait',
    'public-decision': 'public decision',
    retraumatization: 'retraumatization',
    'information-sharing-with-immigration': 'information shared with immigration',
    'bars-later-remedies': 'bars later remedies',
    'reprisal-against-family': 'reprisal against family',
    'financial-cost': 'financial cost',
    'enforcement-difficulty': 'hard to enforce',
    inadmissibility: 'could make the person inadmissible',
  },
  fr: {
    'cbsa-exposure': 'exposition à l’ASFC',
    'employer-retaliation': 'représailles de l’employeur',
    'criminal-exposure': 'exposition pénale',
    'status-jeopardy': 'statut compromis',
    'no-stay-of-removal': 'aucun sursis au renvoi',
    'long-wait': 'longue attente',
    'public-decision': 'décision publique',
    retraumatization: 'retraumatisation',
    'information-sharing-with-immigration': 'renseignements transmis à l’immigration',
    'bars-later-remedies': 'ferme des recours futurs',
    'reprisal-against-family': 'représailles contre la famille',
    'financial-cost': 'coût financier',
    'enforcement-difficulty': 'difficile à exécuter',
    inadmissibility: 'risque d’interdiction de territoire',
  },
};

/** A risk's level as a word in a sentence (the level itself, a code, is in the remedy's risks). */
export const RISK_LEVEL_NAMES: Names<RiskLevel> = {
  en: { low: 'low', medium: 'medium', high: 'high' },
  fr: { low: 'faible', medium: 'moyen', high: 'élevé' },
};

const BAR_TEXT: Names<BarCode> = {
  en: {
    'refugee-rejected-12-months': '12-month bar after a refused refugee claim',
    'refugee-claim-pending': 'no H&C while a refugee claim is pending',
    'prra-refused-12-months': '12-month bar after a refused PRRA',
    'refugee-rejection-date-unknown': 'possible 12-month bar (date of the refugee decision unknown)',
    'withdrawal-evidence-unknown': 'possible 12-month bar (whether evidence was heard before the claim was withdrawn is unknown)',
    'prra-pending-after-ineligible-claim': 'no TRP or H&C while a PRRA is pending after an ineligible refugee claim',
    'designated-foreign-national-5-years': 'five-year bar on a designated foreign national',
  },
  fr: {
    'refugee-rejected-12-months': 'interdiction de 12 mois après le rejet d’une demande d’asile',
    'refugee-claim-pending': 'aucune demande CH pendant une demande d’asile',
    'prra-refused-12-months': 'interdiction de 12 mois après un ERAR refusé',
    'refugee-rejection-date-unknown': 'interdiction possible de 12 mois (date de la décision d’asile inconnue)',
    'withdrawal-evidence-unknown': 'interdiction possible de 12 mois (on ignore si la preuve avait été entendue avant le retrait de la demande d’asile)',
    'prra-pending-after-ineligible-claim': 'aucun PST ni demande CH pendant un ERAR en cours après une demande d’asile irrecevable',
    'designated-foreign-national-5-years': 'interdiction de cinq ans visant l’étranger désigné',
  },
};

const STRATEGY_TEXT: Names<StrategyId> = {
  en: {
    'evidence-first':
      'Evidence first: steps whose decisions strengthen later applications go before them. Stronger files, but the immigration applications wait longer.',
    'status-first': 'Status first: immigration applications go in as soon as possible, without waiting for other decisions. Faster, but with less evidence.',
    'low-exposure': 'Low exposure: steps with a high risk are left out unless they answer an imminent removal. Safer now, but fewer goals are served.',
  },
  fr: {
    'evidence-first':
      'La preuve d’abord : les démarches dont les décisions renforcent les demandes suivantes passent avant elles. Dossiers plus solides, mais les demandes d’immigration attendent plus longtemps.',
    'status-first':
      'Le statut d’abord : les demandes d’immigration sont déposées dès que possible, sans attendre d’autres décisions. Plus rapide, mais avec moins de preuve.',
    'low-exposure':
      'Exposition minimale : les démarches à risque élevé sont écartées, sauf si elles répondent à un renvoi imminent. Plus sûr maintenant, mais moins d’objectifs sont servis.',
  },
};

const list = (items: string[]) => items.join(', ');

export function noteText(note: PlanNote, lang: PlanLang): string {
  const en = lang === 'en';
  const remedies = (ids: RemedyId[]) => list(mapped(ids, (id) => REMEDY_NAMES[lang][id]));
  switch (note.code) {
    case 'answers-imminent-removal':
      return en
        ? `Removal is scheduled${note.date ? ` for ${note.date}` : ''}; this can stop or answer it, so it comes first.`
        : `Le renvoi est prévu${note.date ? ` le ${note.date}` : ''}; cette démarche peut l’arrêter ou y répondre, elle passe donc en premier.`;
    case 'deadline':
      if (note.passed)
        return en
          ? `The deadline of ${note.date} may have passed; counsel should check for an extension.`
          : `Le délai du ${note.date} est peut-être passé; l’avocat doit vérifier une prolongation.`;
      return en ? `Must be filed by ${note.date}.` : `Doit être déposé au plus tard le ${note.date}.`;
    case 'eligibility':
      return en ? `Eligibility looks ${note.level}.` : `Admissibilité ${note.level === 'likely' ? 'probable' : 'possible'}.`;
    case 'serves-goals':
      return en
        ? `Serves the client's goals: ${list(mapped(note.goals, (g) => GOAL_NAMES.en[g]))}.`
        : `Sert les objectifs de la personne : ${list(mapped(note.goals, (g) => GOAL_NAMES.fr[g]))}.`;
    case 'evidence-for':
      return en ? `Its outcome is evidence for: ${remedies(note.remedies)}.` : `Son résultat sert de preuve pour : ${remedies(note.remedies)}.`;
    case 'uses-evidence-from':
      return en ? `Uses evidence from: ${remedies(note.remedies)}.` : `Utilise la preuve issue de : ${remedies(note.remedies)}.`;
    case 'not-before':
      return en
        ? `Not before ${note.date}: ${BAR_TEXT.en[note.bar]} (IRPA ${note.pinpoint}).`
        : `Pas avant le ${note.date} : ${BAR_TEXT.fr[note.bar]} (LIPR ${note.pinpoint}).`;
    case 'bar-caution':
      return en ? `Check first: ${BAR_TEXT.en[note.bar]} (IRPA ${note.pinpoint}).` : `À vérifier d’abord : ${BAR_TEXT.fr[note.bar]} (LIPR ${note.pinpoint}).`;
    case 'bar-exception-child':
      return en
        ? 'An exception for the best interests of a child may lift the bar (IRPA s. 25(1.21)).'
        : 'Une exception pour l’intérêt supérieur d’un enfant peut lever l’interdiction (LIPR, par. 25(1.21)).';
    case 'consent-refused':
      return en ? `The client has decided not to ${CONSENT_NAMES.en[note.consent]}.` : `La personne a décidé de ne pas ${CONSENT_NAMES.fr[note.consent]}.`;
    case 'barred':
      return en
        ? `Closed for now: ${BAR_TEXT.en[note.bar]} (IRPA ${note.pinpoint}).`
        : `Fermé pour l’instant : ${BAR_TEXT.fr[note.bar]} (LIPR ${note.pinpoint}).`;
    case 'left-out-high-risk':
      return en
        ? `Left out of this option because of high risk: ${list(mapped(note.risks, (r) => RISK_NAMES.en[r]))}.`
        : `Écarté de cette option à cause d’un risque élevé : ${list(mapped(note.risks, (r) => RISK_NAMES.fr[r]))}.`;
    case 'strategy':
      return STRATEGY_TEXT[lang][note.strategy];
    case 'goal-unserved':
      return en ? `No step serves the goal "${GOAL_NAMES.en[note.goal]}".` : `Aucune démarche ne sert l’objectif « ${GOAL_NAMES.fr[note.goal]} ».`;
    case 'high-risk-accepted':
      return en
        ? `The ${REMEDY_NAMES.en[note.remedy]} carries a high risk: ${list(mapped(note.risks, (r) => RISK_NAMES.en[r]))}.`
        : `La démarche « ${REMEDY_NAMES.fr[note.remedy]} » comporte un risque élevé : ${list(mapped(note.risks, (r) => RISK_NAMES.fr[r]))}.`;
    case 'awaiting-decisions':
      return en ? `${note.count} option(s) wait for the client's decision.` : `${note.count} option(s) attendent la décision de la personne.`;
    case 'refugee-claim-bars-later':
      return en
        ? 'If the refugee claim fails, H&C, PRRA and TRP requests are barred for 12 months (IRPA ss. 24(4), 25(1.2)(c), 112(2)(b.1)).'
        : 'Si la demande d’asile échoue, les demandes CH, ERAR et PST sont interdites pendant 12 mois (LIPR, art. 24(4), 25(1.2)c), 112(2)b.1)).';
    case 'removal-unanswered':
      return en ? 'Removal is imminent and no step in this option answers it.' : 'Le renvoi est imminent et aucune démarche de cette option n’y répond.';
  }
}
