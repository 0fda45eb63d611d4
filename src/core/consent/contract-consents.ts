// The assessment contract only knows three coarse decisions (contactPolice,
// contactImmigrationAuthorities, fileComplaintsNamingEmployer: yes | no | undecided).
// This derives them from the ledger at a date so the planner never sees a stale "yes".
import type { CaseFacts } from '../contract/case-facts';
import type { ConsentDecision, ConsentKey } from '../contract/identifiers';
import type { IsoDate } from '../dates/iso-date';
import { inEffectFor } from './in-effect';
import type { ConsentLedger, ConsentPurpose } from './model';

export const CONTRACT_CONSENT_PURPOSES = {
  contactPolice: 'contact-police',
  contactImmigrationAuthorities: 'contact-immigration-authorities',
  fileComplaintsNamingEmployer: 'name-employer-in-complaint',
} as const satisfies Record<ConsentKey, ConsentPurpose>;

type ContractPurpose = (typeof CONTRACT_CONSENT_PURPOSES)[ConsentKey];

/**
 * yes: a consent for the purpose is in effect at `asOf` (inEffectFor, the definition mayPerform
 * uses too; for naming the employer, a consent limited to one remedy also counts).
 * no: otherwise, when the latest decision on or before `asOf` is a refusal or a withdrawal.
 * undecided: otherwise, including when the only consent has expired (ask again).
 */
export function decisionAt(ledger: ConsentLedger, purpose: ContractPurpose, asOf: IsoDate): ConsentDecision {
  if (inEffectFor(ledger, purpose, asOf)) return 'yes';

  // Decisions in order: by date, then by position in the append-only ledger.
  const decisions: { on: IsoDate; index: number; decision: 'yes' | 'no' }[] = [];
  ledger.forEach((entry, index) => {
    if (entry.kind === 'explanation' || entry.purpose !== purpose) return;
    if (entry.kind === 'refusal') decisions.push({ on: entry.decidedOn, index, decision: 'no' });
    else {
      decisions.push({ on: entry.givenOn, index, decision: 'yes' });
      if (entry.withdrawnOn) decisions.push({ on: entry.withdrawnOn, index, decision: 'no' });
    }
  });
  const past = decisions.filter((d) => d.on <= asOf).sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : a.index - b.index));
  return past.at(-1)?.decision === 'no' ? 'no' : 'undecided';
}

export function contractConsentsAt(ledger: ConsentLedger, asOf: IsoDate): CaseFacts['consents'] {
  return {
    contactPolice: decisionAt(ledger, CONTRACT_CONSENT_PURPOSES.contactPolice, asOf),
    contactImmigrationAuthorities: decisionAt(ledger, CONTRACT_CONSENT_PURPOSES.contactImmigrationAuthorities, asOf),
    fileComplaintsNamingEmployer: decisionAt(ledger, CONTRACT_CONSENT_PURPOSES.fileComplaintsNamingEmployer, asOf),
  };
}
