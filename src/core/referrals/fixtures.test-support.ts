// Directory entries for tests only. The organisations are made up (their details must never be
// mistaken for the researched seed in src/referrals/directory/seed/); the shape is the seed's.
import type { DirectoryEntry } from './directory-entry';
import { isoDate } from '../dates/iso-date';

export const HOTLINE: DirectoryEntry = {
  id: 'ca-test-national-line',
  name: { en: 'Test National Trafficking Line', fr: 'Ligne nationale d’essai contre la traite' },
  kinds: ['hotline', 'anti-trafficking'],
  services: ['crisis-line', 'safety-planning', 'victim-support'],
  jurisdictions: ['CA'],
  regions: [],
  languages: ['en', 'fr', 'es', 'tl'],
  serves: { statusRequired: false, genders: null, ages: null, sectors: [] },
  contact: { phone: '1-800-555-0100', website: 'https://line.example.org/', email: null, hours: { en: '24/7', fr: '24 h sur 24, 7 jours sur 7' } },
  safetyNotes: { en: 'Call rather than e-mail.', fr: 'Appeler plutôt qu’écrire.' },
  acceptsLawyerReferrals: true,
  sources: [{ url: 'https://line.example.org/about', title: 'About the line', covers: ['name', 'services', 'contact.phone', 'languages'] }],
  lastReviewed: isoDate('2026-11-20'),
  confirmBeforeReferring: true,
};

export const ALBERTA_SHELTER: DirectoryEntry = {
  id: 'ab-test-prairie-shelter',
  name: { en: 'Test Prairie Shelter', fr: null },
  kinds: ['shelter', 'transition-house'],
  services: ['shelter', 'emergency-housing', 'safety-planning', 'counselling'],
  jurisdictions: ['AB'],
  regions: ['Calgary'],
  languages: ['en', 'es'],
  serves: { statusRequired: false, genders: ['women', 'gender-diverse'], ages: 'adults', sectors: [] },
  contact: { phone: '403-555-0101', website: 'https://shelter.example.org/', email: null, hours: null },
  safetyNotes: { en: 'Call the intake line; do not visit unannounced.', fr: 'Appeler la ligne d’accueil; ne pas se présenter sans prévenir.' },
  acceptsLawyerReferrals: true,
  sources: [{ url: 'https://shelter.example.org/', title: 'Home', covers: ['name', 'services', 'languages', 'contact.phone'] }],
  lastReviewed: isoDate('2026-10-01'),
  confirmBeforeReferring: true,
};

export const ONTARIO_CLINIC: DirectoryEntry = {
  id: 'on-test-workers-clinic',
  name: { en: 'Test Workers’ Legal Clinic', fr: 'Clinique juridique d’essai des travailleurs' },
  kinds: ['legal-clinic', 'workers-centre'],
  services: ['wage-claim', 'employment-rights', 'legal-advice', 'immigration-legal'],
  jurisdictions: ['ON'],
  regions: ['Toronto'],
  languages: ['en', 'fr', 'es', 'pt'],
  serves: { statusRequired: false, genders: null, ages: 'adults', sectors: ['agriculture', 'caregiving'] },
  contact: { phone: '416-555-0102', website: 'https://clinic.example.org/', email: 'intake@clinic.example.org', hours: null },
  safetyNotes: null,
  acceptsLawyerReferrals: null,
  sources: [{ url: 'https://clinic.example.org/services', title: 'Services', covers: ['services', 'languages'] }],
  // Reviewed long ago: stale on the fixtures' review day.
  lastReviewed: isoDate('2025-06-01'),
  confirmBeforeReferring: true,
};

export const ENTRIES: readonly DirectoryEntry[] = [HOTLINE, ALBERTA_SHELTER, ONTARIO_CLINIC];
