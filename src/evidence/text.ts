import type { EvidenceKind, TranslationStatus } from '../core/evidence';

// The words of the bundle's index, in English and French (the web has its own, in
// src/web/locales/*/evidence.json).

export const BUNDLE_LANGS = ['en', 'fr'] as const;
export type BundleLang = (typeof BUNDLE_LANGS)[number];

export const KIND_WORDS: Record<EvidenceKind, Record<BundleLang, string>> = {
  'identity-document': { en: 'Identity or travel document', fr: 'Pièce d’identité ou de voyage' },
  contract: { en: 'Contract', fr: 'Contrat' },
  'pay-record': { en: 'Pay record', fr: 'Relevé de paie' },
  messages: { en: 'Messages', fr: 'Messages' },
  photo: { en: 'Photo', fr: 'Photo' },
  'medical-record': { en: 'Medical record', fr: 'Dossier médical' },
  'police-report': { en: 'Police or incident report', fr: 'Rapport de police ou d’incident' },
  'tribunal-decision': { en: 'Tribunal decision', fr: 'Décision d’un tribunal' },
  'witness-statement': { en: 'Witness statement', fr: 'Déclaration de témoin' },
  'expert-report': { en: 'Expert or country report', fr: 'Rapport d’expert ou sur le pays' },
  other: { en: 'Other', fr: 'Autre' },
};

export const TRANSLATION_WORDS: Record<TranslationStatus, Record<BundleLang, string>> = {
  none: { en: 'no translation', fr: 'aucune traduction' },
  requested: { en: 'translation requested', fr: 'traduction demandée' },
  done: { en: 'translated', fr: 'traduit' },
  certified: { en: 'certified translation', fr: 'traduction certifiée' },
};

export const INDEX_WORDS: Record<
  BundleLang,
  Record<'title' | 'exhibit' | 'date' | 'noFile' | 'sha256Original' | 'metadataRemoved' | 'custody' | 'manifest', string>
> = {
  en: {
    title: 'Evidence index',
    exhibit: 'Exhibit',
    date: 'Date',
    noFile: 'no file in Harbour',
    sha256Original: 'SHA-256 of the original',
    metadataRemoved: 'Photo copy re-encoded without its metadata (location, camera); the original is kept sealed in Harbour.',
    custody: 'Chain of custody',
    manifest: 'Every file of this bundle is listed with its SHA-256 in manifest-sha256.txt (check with `sha256sum -c manifest-sha256.txt`).',
  },
  fr: {
    title: 'Index des pièces',
    exhibit: 'Pièce',
    date: 'Date',
    noFile: 'aucun fichier dans Harbour',
    sha256Original: 'SHA-256 de l’original',
    metadataRemoved: 'Copie de la photo réencodée sans ses métadonnées (lieu, appareil); l’original reste scellé dans Harbour.',
    custody: 'Chaîne de possession',
    manifest: 'Chaque fichier de ce lot figure avec son SHA-256 dans manifest-sha256.txt (vérifier avec `sha256sum -c manifest-sha256.txt`).',
  },
};
