// The consent a remedy needs in one case: its own, or its province's, unless the result carries a reason that
// waives it (Ontario VQRP+: a victim of trafficking may report to a community agency instead of the police).
// Written once for the remedy engine and the planner, so that they never disagree on a consent.
import type { ConsentKey, Province } from '../contract';
import type { RemedyKnowledge } from './model';

type ConsentKnowledge = Pick<RemedyKnowledge, 'consentNeeded' | 'consentByProvince' | 'consentWaivedBy'>;

export function consentFor(k: ConsentKnowledge, province: Province, reasonCodes: readonly string[] = []): ConsentKey | 'none' {
  if (k.consentWaivedBy?.some((code) => reasonCodes.includes(code))) return 'none';
  return k.consentByProvince?.[province] ?? k.consentNeeded;
}
