import type { TFunction } from 'i18next';
import type { LegalView } from './case-data';

// Results name facts and dimensions by code ("documents-confiscated (strong)", "act@recruitment").
// The server words the name and the qualifier; the phase is the page's own word for it.

export type Ref = LegalView['screening']['dimensions'][number]['because'][number];

export function describeRef(ref: Ref, t: TFunction): string {
  const parts = [ref.name];
  if (ref.phase) parts.push(t(`screening:phase.${ref.phase}`));
  if (ref.qualifier) parts.push(ref.qualifier);
  return parts.length > 1 ? `${parts[0]} (${parts.slice(1).join(', ')})` : parts[0]!;
}
