// What going through an options sheet with the client explains, as consent purposes.
import { CONTRACT_CONSENT_PURPOSES, type ConsentPurpose } from '../core/consent';
import type { Province, RemedyId } from '../core/contract';
import { consentKeyFor } from '../core/planning';

/**
 * Which consent purposes the options on the sheet touch: what going through it explains. Each
 * option's consent is the one its remedy's knowledge names for this province (written once,
 * there). The sheet is about remedies and their risks; it says nothing about making documents
 * from the client's information, so it never counts as explaining `generate-document`.
 */
export function purposesExplained(remedies: RemedyId[], province: Province): ConsentPurpose[] {
  const purposes = new Set<ConsentPurpose>(['file-remedy']);
  for (const remedy of remedies) {
    const key = consentKeyFor(remedy, province);
    if (key) purposes.add(CONTRACT_CONSENT_PURPOSES[key]);
  }
  return [...purposes];
}
