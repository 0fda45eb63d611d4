// Builders for ledger entries in tests: each names only what the test is about.
import { isoDate } from '../dates/iso-date';
import type { Consent, ConsentOverride, ExplanationRecord, Refusal } from './model';

export const d = isoDate;

export function explained(purposes: ExplanationRecord['purposes'], on = '2025-01-01', id = `explained-${purposes.join('+')}`): ExplanationRecord {
  return { kind: 'explanation', id, purposes, explainedOn: d(on), language: 'es', interpreter: 'interp-1', recordedBy: 'lawyer-1' };
}

export function consent(fields: Partial<Consent> & Pick<Consent, 'purpose'>): Consent {
  return {
    kind: 'consent',
    id: fields.id ?? `consent-${fields.purpose}`,
    scope: [],
    givenHow: 'written',
    language: 'es',
    givenOn: d('2025-01-10'),
    recordedBy: 'lawyer-1',
    ...fields,
  };
}

export function refusal(fields: Partial<Refusal> & Pick<Refusal, 'purpose'>): Refusal {
  return {
    kind: 'refusal',
    id: fields.id ?? `refusal-${fields.purpose}`,
    decidedOn: d('2025-02-01'),
    givenHow: 'verbal',
    language: 'es',
    recordedBy: 'lawyer-1',
    ...fields,
  };
}

export function override(fields: Partial<ConsentOverride> & Pick<ConsentOverride, 'action'>): ConsentOverride {
  return {
    id: 'override-1',
    reason: 'Imminent risk to the life of the client; police must be called now.',
    byLawyer: 'lawyer-1',
    recordedOn: d('2025-03-01'),
    ...fields,
  };
}
