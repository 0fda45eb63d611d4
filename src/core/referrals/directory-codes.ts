// The codes of the directory of services: kinds of organisation and services. No dependencies, so
// the browser's filters and forms use these very lists rather than copies.
export const DIRECTORY_KINDS = [
  'anti-trafficking',
  'legal-clinic',
  'legal-aid',
  'shelter',
  'transition-house',
  'victim-services',
  'health',
  'counselling',
  'settlement',
  'interpretation',
  'workers-centre',
  'hotline',
  'police-alternative',
] as const;
export type DirectoryKind = (typeof DIRECTORY_KINDS)[number];

export const DIRECTORY_SERVICES = [
  'shelter',
  'emergency-housing',
  'immigration-legal',
  'legal-advice',
  'wage-claim',
  'employment-rights',
  'counselling',
  'medical',
  'crisis-line',
  'interpretation',
  'settlement',
  'income-support',
  'victim-support',
  'safety-planning',
  'sex-worker-support',
  'youth-support',
] as const;
export type DirectoryService = (typeof DIRECTORY_SERVICES)[number];
