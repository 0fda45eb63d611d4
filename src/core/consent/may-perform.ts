// May Harbour (or a person using it) take an action that needs the client's consent?
//
// Date rules, all on calendar days with no time of day (the ledger records days):
// - a consent applies from `givenOn` (inclusive);
// - it stops applying ON `expiresOn` and ON `withdrawnOn`: both are exclusive ends. When a client
//   withdraws in the afternoon, an action that morning is refused too: we err towards refusal;
// - a later refusal of the same purpose supersedes an earlier consent; on the same day the entry
//   recorded later in the (append-only) ledger wins;
// - a consent counts only if an explanation of its purpose was recorded on or before `givenOn`
//   (the rules above are those of "in effect", defined once in in-effect.ts);
// - a lawyer's override applies from `recordedOn` to `expiresOn` (exclusive; default: that one day).
import { addDays, type IsoDate } from '../dates/iso-date';
import { consentStateAt, type ConsentState } from './in-effect';
import type { RemedyId } from '../contract/identifiers';
import {
  OVERRIDE_REASON_MIN_LENGTH,
  type Consent,
  type ConsentLedger,
  type ConsentOverride,
  type ConsentPurpose,
  type DataCategory,
  type GatedAction,
  type Refusal,
} from './model';

/** Why an action is refused, from "nothing on file" to "a consent that almost fits". */
export const GATE_REFUSAL_REASONS = [
  'no-consent',
  'client-refused',
  'other-remedy',
  'other-recipient',
  'consent-not-yet-given',
  'consent-withdrawn',
  'consent-expired',
  'not-explained',
  'categories-not-covered',
] as const;
export type GateRefusalReason = (typeof GATE_REFUSAL_REASONS)[number];

export interface MissingConsent {
  purpose: ConsentPurpose;
  remedy?: RemedyId;
  recipient?: string;
  categories?: DataCategory[];
}

export type GateResult =
  | { allowed: true; basis: { consentId: string } }
  | { allowed: true; basis: { overrideId: string }; override: ConsentOverride; withoutConsentBecause: GateRefusalReason }
  | { allowed: false; missing: MissingConsent; reason: GateRefusalReason; nearestConsentId?: string };

interface ActionKey {
  purpose: ConsentPurpose;
  remedy?: RemedyId;
  recipient?: string;
  categories: DataCategory[];
}

function keyOf(action: GatedAction): ActionKey {
  return {
    purpose: action.kind,
    remedy: 'remedy' in action ? action.remedy : undefined,
    recipient: 'recipient' in action ? action.recipient : undefined,
    categories: 'categories' in action ? (action.categories ?? []) : [],
  };
}

function missingOf(key: ActionKey): MissingConsent {
  return {
    purpose: key.purpose,
    ...(key.remedy && { remedy: key.remedy }),
    ...(key.recipient && { recipient: key.recipient }),
    ...(key.categories.length > 0 && { categories: key.categories }),
  };
}

/** A refusal covers the action when it is about the same purpose and does not name something else. */
function refusalCovers(r: Refusal, key: ActionKey): boolean {
  return r.purpose === key.purpose && (!r.remedy || r.remedy === key.remedy) && (!r.recipient || r.recipient === key.recipient);
}

const REASON_OF_STATE: Record<Exclude<ConsentState, 'in-effect'>, GateRefusalReason> = {
  'not-yet-given': 'consent-not-yet-given',
  withdrawn: 'consent-withdrawn',
  expired: 'consent-expired',
  refused: 'client-refused',
  'not-explained': 'not-explained',
};

/**
 * Checks a consent against the action in a fixed order; the position of the first failed check
 * measures how close the consent came, so the refusal can name the nearest one. Whether the
 * consent is in effect is decided by consentStateAt (in-effect.ts), the one definition; a refusal
 * counts here when it covers this action, which includes a refusal narrower than the consent.
 */
function firstFailure(c: Consent, index: number, key: ActionKey, ledger: ConsentLedger, asOf: IsoDate): GateRefusalReason | null {
  if (key.purpose === 'file-remedy' ? c.remedy !== key.remedy : c.remedy !== undefined && c.remedy !== key.remedy) return 'other-remedy';
  if (c.recipient !== undefined ? c.recipient !== key.recipient : key.recipient !== undefined && needsRecipient(key)) return 'other-recipient';
  const state = consentStateAt(ledger, index, asOf, (r) => refusalCovers(r, key));
  if (state !== 'in-effect') return REASON_OF_STATE[state];
  if (!key.categories.every((cat) => c.scope.includes(cat))) return 'categories-not-covered';
  return null;
}

function needsRecipient(key: ActionKey): boolean {
  return key.purpose === 'refer' || key.purpose === 'share-with-organisation';
}

// Failure reasons from farthest to nearest, matching the order of checks in firstFailure.
const CLOSENESS: readonly GateRefusalReason[] = [
  'other-remedy',
  'other-recipient',
  'consent-not-yet-given',
  'consent-withdrawn',
  'consent-expired',
  'client-refused',
  'not-explained',
  'categories-not-covered',
];

function overrideCovers(o: ConsentOverride, key: ActionKey, asOf: IsoDate): boolean {
  const ok = keyOf(o.action);
  const until = o.expiresOn ?? addDays(o.recordedOn, 1);
  return (
    ok.purpose === key.purpose &&
    ok.remedy === key.remedy &&
    ok.recipient === key.recipient &&
    key.categories.every((cat) => ok.categories.includes(cat)) &&
    o.reason.trim().length >= OVERRIDE_REASON_MIN_LENGTH &&
    o.recordedOn <= asOf &&
    asOf < until
  );
}

export function mayPerform(action: GatedAction, ledger: ConsentLedger, asOf: IsoDate, overrides: readonly ConsentOverride[] = []): GateResult {
  const key = keyOf(action);
  let nearest: { reason: GateRefusalReason; consentId: string } | undefined;
  for (const [index, entry] of ledger.entries()) {
    if (entry.kind !== 'consent' || entry.purpose !== key.purpose) continue;
    const failure = firstFailure(entry, index, key, ledger, asOf);
    if (failure === null) return { allowed: true, basis: { consentId: entry.id } };
    if (!nearest || CLOSENESS.indexOf(failure) >= CLOSENESS.indexOf(nearest.reason)) nearest = { reason: failure, consentId: entry.id };
  }
  // A recorded "no" outranks consents that were about another remedy, recipient or period.
  const refusedOutright = ledger.some((e) => e.kind === 'refusal' && refusalCovers(e, key) && e.decidedOn <= asOf);
  if (refusedOutright && (!nearest || CLOSENESS.indexOf(nearest.reason) < CLOSENESS.indexOf('client-refused'))) nearest = undefined;
  const reason: GateRefusalReason = nearest?.reason ?? (refusedOutright ? 'client-refused' : 'no-consent');

  const override = overrides.find((o) => overrideCovers(o, key, asOf));
  if (override) return { allowed: true, basis: { overrideId: override.id }, override, withoutConsentBecause: reason };
  return { allowed: false, missing: missingOf(key), reason, ...(nearest && { nearestConsentId: nearest.consentId }) };
}
