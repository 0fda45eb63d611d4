// The one definition of "a consent is in effect on a day". mayPerform, the contract consents
// (the case facts' `consents` block and the "today" summary), the consents tab and the
// documents all read it from here, so no screen can call a consent "in effect" that the gate
// would refuse, or the reverse.
//
// A consent is in effect on `asOf` when, checked in this order:
// 1. it was given on or before `asOf`                        (else `not-yet-given`);
// 2. it was not withdrawn on or before `asOf`                (else `withdrawn`);
// 3. it has not expired on or before `asOf`                  (else `expired`);
// 4. no refusal on or before `asOf` took it back: a refusal of the same purpose decided after the
//    consent was given, or on the same day and recorded later in the ledger (else `refused`);
// 5. an explanation of its purpose was recorded on or before the day it was given
//    (else `not-explained`): informed consent rests on it.
import type { IsoDate } from '../dates/iso-date';
import type { Consent, ConsentLedger, ConsentPurpose, ExplanationRecord, Refusal } from './model';

export const CONSENT_STATES = ['in-effect', 'not-yet-given', 'withdrawn', 'expired', 'refused', 'not-explained'] as const;
export type ConsentState = (typeof CONSENT_STATES)[number];

/** The first explanation of `purpose` recorded on or before `on`, if any. */
export function explanationOf(ledger: ConsentLedger, purpose: ConsentPurpose, on: IsoDate): ExplanationRecord | undefined {
  return ledger.find((e): e is ExplanationRecord => e.kind === 'explanation' && e.purposes.includes(purpose) && e.explainedOn <= on);
}

/**
 * A refusal takes a consent back as a whole when it is about the same purpose and names no
 * narrower remedy or recipient than the consent does. A narrower refusal (one remedy, when the
 * consent named none) leaves the consent in effect for the rest; mayPerform then refuses the
 * narrower action itself.
 */
export function refusalTakesBack(r: Refusal, c: Consent): boolean {
  return r.purpose === c.purpose && (!r.remedy || r.remedy === c.remedy) && (!r.recipient || r.recipient === c.recipient);
}

/**
 * The state of the consent at `index` in the ledger on `asOf`. `refusalCounts` says which
 * refusals can take it back; by default those that take it back as a whole. mayPerform passes the
 * refusals that cover the action it is asked about, which is never fewer.
 */
export function consentStateAt(
  ledger: ConsentLedger,
  index: number,
  asOf: IsoDate,
  refusalCounts: (r: Refusal, c: Consent) => boolean = refusalTakesBack,
): ConsentState {
  const c = ledger[index];
  if (!c || c.kind !== 'consent') throw new RangeError(`ledger entry ${index} is not a consent`);
  if (c.givenOn > asOf) return 'not-yet-given';
  if (c.withdrawnOn !== undefined && c.withdrawnOn <= asOf) return 'withdrawn';
  if (c.expiresOn !== undefined && c.expiresOn <= asOf) return 'expired';
  const takenBack = ledger.some(
    (e, j) => e.kind === 'refusal' && refusalCounts(e, c) && e.decidedOn <= asOf && (e.decidedOn > c.givenOn || (e.decidedOn === c.givenOn && j > index)),
  );
  if (takenBack) return 'refused';
  if (!explanationOf(ledger, c.purpose, c.givenOn)) return 'not-explained';
  return 'in-effect';
}

/** The state of every consent in the ledger on `asOf`, by consent id. */
export function consentStatesAt(ledger: ConsentLedger, asOf: IsoDate): Record<string, ConsentState> {
  const states: Record<string, ConsentState> = {};
  ledger.forEach((e, i) => {
    if (e.kind === 'consent') states[e.id] = consentStateAt(ledger, i, asOf);
  });
  return states;
}

/** Whether any consent for `purpose` is in effect on `asOf` (narrowed or not). */
export function inEffectFor(ledger: ConsentLedger, purpose: ConsentPurpose, asOf: IsoDate): boolean {
  return ledger.some((e, i) => e.kind === 'consent' && e.purpose === purpose && consentStateAt(ledger, i, asOf) === 'in-effect');
}
