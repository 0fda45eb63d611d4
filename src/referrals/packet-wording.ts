import type { DataCategory } from '../core/consent';
import { formatDay } from '../core/dates/format';
import { isIsoDate } from '../core/dates/iso-date';
import { CATALOGUE } from '../core/screening';
// The person's coded answers are worded once, for the screen that records them; the packet says
// them with the same words rather than keep a second copy.
import screeningEn from '../web/locales/en/screening.json';
import screeningFr from '../web/locales/fr/screening.json';

// The words of a referral packet, in the recipient's language (EN/FR). The packet holds codes; a
// screening answer ("fact.<id>") is named by its indicator's practitioner wording, and coded values
// ("yes", "safe", "unsafe", an immigration status, a removal, claim or PRRA state) are said in
// words, and days in the one date format. A code nobody worded is shown as it is.

type Lang = 'en' | 'fr';

export const PACKET_WORDS: Record<
  Lang,
  {
    title: string;
    confirm: string;
    purpose: string;
    province: string;
    languages: string;
    interpreter: string;
    yes: string;
    no: string;
    safety: Record<'safe' | 'unsafe' | 'unknown', string>;
    nothingShared: string;
    categories: Record<DataCategory, string>;
    items: Record<string, string>;
  }
> = {
  en: {
    title: 'Referral',
    confirm: 'Shared with the client’s consent, for this referral only. Do not pass it on.',
    purpose: 'Why we are referring',
    province: 'Province or territory',
    languages: 'Languages',
    interpreter: 'Interpreter needed',
    yes: 'yes',
    no: 'no',
    safety: { safe: 'safe', unsafe: 'not safe', unknown: 'not known' },
    nothingShared: 'No personal information is shared with this referral.',
    categories: {
      identity: 'Identity',
      contact: 'Contact',
      narrative: 'Story',
      immigration: 'Immigration',
      employment: 'Work',
      health: 'Health',
      documents: 'Documents',
    },
    items: {
      'identity.name': 'Name',
      'identity.alias': 'Also known as',
      'identity.dateOfBirth': 'Date of birth',
      'identity.nationality': 'Nationality',
      'contact.phone': 'Phone',
      'contact.email': 'E-mail',
      'contact.address': 'Address',
      'contact.other': 'Other contact',
      'contact.safe.call': 'Safe to call',
      'contact.safe.text': 'Safe to text',
      'contact.safe.email': 'Safe to e-mail',
      'contact.safe.leaveMessages': 'Safe to leave messages',
      'contact.safeTimes': 'Safe times',
      'contact.codeWord': 'Code word',
      'contact.othersWhoMayAnswer': 'Others who may answer',
      'contact.notes': 'Contact notes',
      'narrative.fragment': 'Account',
      'immigration.status': 'Immigration status',
      'immigration.permitExpiry': 'Permit expires',
      'immigration.removal': 'Removal',
      'immigration.inCanadaSince': 'In Canada since',
      'immigration.priorRefugeeClaim': 'Earlier refugee claim',
      'immigration.prra': 'Pre-removal risk assessment',
      'employment.sector': 'Sector',
      'employment.ended': 'Work ended',
      'employment.context': 'Context',
      'documents.held': 'Document held',
    },
  },
  fr: {
    title: 'Orientation',
    confirm: 'Transmis avec le consentement de la personne, pour cette orientation seulement. Ne pas le transmettre à d’autres.',
    purpose: 'Motif de l’orientation',
    province: 'Province ou territoire',
    languages: 'Langues',
    interpreter: 'Interprète nécessaire',
    yes: 'oui',
    no: 'non',
    safety: { safe: 'sans danger', unsafe: 'dangereux', unknown: 'inconnu' },
    nothingShared: 'Aucun renseignement personnel n’est transmis avec cette orientation.',
    categories: {
      identity: 'Identité',
      contact: 'Coordonnées',
      narrative: 'Récit',
      immigration: 'Immigration',
      employment: 'Travail',
      health: 'Santé',
      documents: 'Documents',
    },
    items: {
      'identity.name': 'Nom',
      'identity.alias': 'Aussi connue sous le nom de',
      'identity.dateOfBirth': 'Date de naissance',
      'identity.nationality': 'Nationalité',
      'contact.phone': 'Téléphone',
      'contact.email': 'Courriel',
      'contact.address': 'Adresse',
      'contact.other': 'Autre moyen de contact',
      'contact.safe.call': 'Appel sans danger',
      'contact.safe.text': 'Texto sans danger',
      'contact.safe.email': 'Courriel sans danger',
      'contact.safe.leaveMessages': 'Message sans danger',
      'contact.safeTimes': 'Moments sûrs',
      'contact.codeWord': 'Mot de code',
      'contact.othersWhoMayAnswer': 'Autres personnes qui peuvent répondre',
      'contact.notes': 'Notes sur le contact',
      'narrative.fragment': 'Récit',
      'immigration.status': 'Statut d’immigration',
      'immigration.permitExpiry': 'Fin du permis',
      'immigration.removal': 'Renvoi',
      'immigration.inCanadaSince': 'Au Canada depuis',
      'immigration.priorRefugeeClaim': 'Demande d’asile antérieure',
      'immigration.prra': 'Examen des risques avant renvoi',
      'employment.sector': 'Secteur',
      'employment.ended': 'Fin du travail',
      'employment.context': 'Contexte',
      'documents.held': 'Document détenu',
    },
  },
};

const FACT_NAMES = new Map(CATALOGUE.map((i) => [`fact.${i.id}`, i.practitioner]));

export const itemLabel = (lang: Lang, key: string): string => PACKET_WORDS[lang].items[key] ?? FACT_NAMES.get(key)?.[lang] ?? key.replace(/^fact\./, '');

const PERSON_WORDS = { en: screeningEn.person, fr: screeningFr.person };
const DAY_ITEMS = new Set(['identity.dateOfBirth', 'immigration.permitExpiry', 'immigration.inCanadaSince', 'employment.ended']);

const wordOf = (words: Record<string, string>, code: string): string => words[code] ?? code;

/**
 * An item's value in words: a screening answer's "yes" (its note kept as written), a safe-contact
 * code, the immigration codes, and days.
 */
export function itemValue(lang: Lang, key: string, value: string): string {
  const w = PACKET_WORDS[lang];
  const person = PERSON_WORDS[lang];
  if (key.startsWith('fact.')) return value.replace(/^yes(?= — |$)/, w.yes);
  if (key.startsWith('contact.safe.') && value in w.safety) return w.safety[value as keyof typeof w.safety];
  if (key === 'immigration.status') return wordOf(person.statuses, value);
  if (key === 'immigration.priorRefugeeClaim') return wordOf(person.claimOutcomes, value);
  if (key === 'immigration.prra') return wordOf(person.prraStates, value);
  if (key === 'immigration.removal') {
    // "order-issued 2026-11-02": the state, then its day when one is known.
    const [state = '', day] = value.split(' ');
    return day && isIsoDate(day) ? `${wordOf(person.removalStates, state)}, ${formatDay(day, lang)}` : wordOf(person.removalStates, state);
  }
  if (DAY_ITEMS.has(key) && isIsoDate(value)) return formatDay(value, lang);
  return value;
}
