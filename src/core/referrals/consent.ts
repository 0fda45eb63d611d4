// A referral rests on the client's consent in the ledger (core/consent): a consent to refer to
// that recipient (or to share with it) that names every data category sent. Without one, the
// referral is refused naming the consent that is missing: purpose "refer", the recipient and the
// categories. The same rule, asked again each day, decides what the recipient still sees.
import type { IsoDate } from '../dates/iso-date';
import { mayPerform, type GateResult } from '../consent/may-perform';
import type { ConsentLedger, ConsentOverride, DataCategory } from '../consent/model';

export function mayRefer(
  ledger: ConsentLedger,
  recipient: string,
  categories: readonly DataCategory[],
  asOf: IsoDate,
  overrides: readonly ConsentOverride[] = [],
): GateResult {
  const refer = mayPerform({ kind: 'refer', recipient, categories: [...categories] }, ledger, asOf, overrides);
  if (refer.allowed) return refer;
  const share = mayPerform({ kind: 'share-with-organisation', recipient, categories: [...categories] }, ledger, asOf, overrides);
  return share.allowed ? share : refer;
}

/**
 * What the recipient may still see of a packet on `asOf`: the packet's categories whose sharing a
 * consent (or override) still covers. Empty once the client withdraws: access ends from that day.
 * A consent to refer with no category at all still lets the referral itself be seen (its header and purpose).
 */
export function stillShared(
  ledger: ConsentLedger,
  recipient: string,
  categories: readonly DataCategory[],
  asOf: IsoDate,
  overrides: readonly ConsentOverride[] = [],
): { open: boolean; categories: DataCategory[] } {
  if (!mayRefer(ledger, recipient, [], asOf, overrides).allowed) return { open: false, categories: [] };
  return { open: true, categories: categories.filter((c) => mayRefer(ledger, recipient, [c], asOf, overrides).allowed) };
}
