import type { VerificationStatus } from '../core/remedies/model';

// The words `harbour knowledge show` puts around the data, in English and French. Ids, codes and
// field names stay as the data files write them: a reviewer reads the output beside the file.

export interface ShowWords {
  badge: Record<VerificationStatus, string>;
  review: { reviewed: string; 'not-yet-reviewed': string };
  startNotResearched: string;
  inForceFrom: string;
  until: string;
  reviewNotRecorded: string;
  lastReviewed: string;
  reviewed: string;
  verify: string;
  notFound: string;
  noProvincialValues: string;
  decisionMaker: string;
  legalBasis: string;
  timeline: string;
  fees: string;
  eligibility: string;
  harm: string;
  dependsOnFacts: string;
  practice: string;
  evidence: string;
  yields: string;
  deadlines: string;
  eventDate: string;
  provincialPeriod: string;
  bars: string;
  whileTriggerLasts: string;
  months: string;
  after: string;
  subjectTo: string;
  creates: string;
  evidenceFor: string;
  consent: string;
}

export const SHOW_WORDS: Record<'en' | 'fr', ShowWords> = {
  en: {
    badge: { 'official-text': 'official text', secondary: 'secondary source', unverified: 'UNVERIFIED' },
    review: { reviewed: 'reviewed', 'not-yet-reviewed': 'not yet reviewed' },
    startNotResearched: 'start not researched',
    inForceFrom: 'in force from',
    until: 'until',
    reviewNotRecorded: 'review date not recorded',
    lastReviewed: 'last reviewed',
    reviewed: 'reviewed',
    verify: 'VERIFY',
    notFound: 'not found',
    noProvincialValues: 'No provincial values: federal law is encoded rule by rule in the remedies (harbour knowledge show <remedy>).',
    decisionMaker: 'Decision-maker',
    legalBasis: 'Legal basis',
    timeline: 'Timeline',
    fees: 'Fees',
    eligibility: 'Eligibility rules',
    harm: 'Collateral harm',
    dependsOnFacts: 'depends on the facts',
    practice: 'Practice notes (what happens in practice; not the legal rule)',
    evidence: 'Evidence typically needed',
    yields: 'Yields',
    deadlines: 'Deadlines',
    eventDate: "the event's own date (no period)",
    provincialPeriod: "the period is a provincial value (harbour knowledge report lists each jurisdiction's)",
    bars: 'Bars on this remedy',
    whileTriggerLasts: 'while the trigger lasts',
    months: 'months',
    after: 'after',
    subjectTo: 'Subject to bars',
    creates: 'Creates bars',
    evidenceFor: 'Its outcome is evidence for',
    consent: 'Consent needed',
  },
  fr: {
    badge: { 'official-text': 'texte officiel', secondary: 'source secondaire', unverified: 'NON VÉRIFIÉ' },
    review: { reviewed: 'examiné', 'not-yet-reviewed': 'pas encore examiné' },
    startNotResearched: 'date de début non recherchée',
    inForceFrom: 'en vigueur depuis le',
    until: 'jusqu’au',
    reviewNotRecorded: 'date de révision non consignée',
    lastReviewed: 'révisé le',
    reviewed: 'révisé le',
    verify: 'À VÉRIFIER',
    notFound: 'introuvable',
    noProvincialValues: 'Aucune valeur provinciale : le droit fédéral est encodé règle par règle dans les recours (harbour knowledge show <recours>).',
    decisionMaker: 'Décideur',
    legalBasis: 'Fondement juridique',
    timeline: 'Délais de traitement',
    fees: 'Frais',
    eligibility: 'Règles d’admissibilité',
    harm: 'Préjudices collatéraux',
    dependsOnFacts: 'selon les faits',
    practice: 'Notes de pratique (ce qui se passe en pratique; pas la règle de droit)',
    evidence: 'Preuve habituellement requise',
    yields: 'Ce que le recours procure',
    deadlines: 'Délais',
    eventDate: 'la date de l’événement lui-même (sans délai)',
    provincialPeriod: 'le délai est une valeur provinciale (harbour knowledge report donne celui de chaque province ou territoire)',
    bars: 'Interdictions visant ce recours',
    whileTriggerLasts: 'tant que dure le déclencheur',
    months: 'mois',
    after: 'après',
    subjectTo: 'Soumis aux interdictions',
    creates: 'Crée les interdictions',
    evidenceFor: 'Son résultat sert de preuve pour',
    consent: 'Consentement requis',
  },
};
