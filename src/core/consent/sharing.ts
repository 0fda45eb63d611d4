// What a consent to share with another organisation opens on a given day: the data categories
// named by the consents (or a lawyer's override) for that organisation that apply that day
// (given, explained, not withdrawn, expired or superseded by a refusal). The access policy
// (core/access) lets members of that organisation reach those categories and nothing else.
import type { IsoDate } from '../dates/iso-date';
import { mayPerform } from './may-perform';
import { DATA_CATEGORIES, type ConsentLedger, type ConsentOverride, type DataCategory } from './model';

/** The organisations a share-with-organisation consent may name in this ledger. */
function recipientsOf(ledger: ConsentLedger, overrides: readonly ConsentOverride[]): string[] {
  const named = new Set<string>();
  for (const e of ledger) if (e.kind === 'consent' && e.purpose === 'share-with-organisation' && e.recipient) named.add(e.recipient);
  for (const o of overrides) if (o.action.kind === 'share-with-organisation') named.add(o.action.recipient);
  return [...named];
}

/** Null when nothing is in effect for this organisation; otherwise the categories it reaches (possibly none). */
export function sharedCategories(ledger: ConsentLedger, recipient: string, asOf: IsoDate, overrides: readonly ConsentOverride[] = []): DataCategory[] | null {
  const allows = (categories: DataCategory[]) => mayPerform({ kind: 'share-with-organisation', recipient, categories }, ledger, asOf, overrides).allowed;
  if (!allows([])) return null;
  return DATA_CATEGORIES.filter((category) => allows([category]));
}

/** Every organisation with a consent to share in effect on `asOf`, and what it reaches. */
export function sharingInEffect(
  ledger: ConsentLedger,
  asOf: IsoDate,
  overrides: readonly ConsentOverride[] = [],
): { orgId: string; categories: DataCategory[] }[] {
  return recipientsOf(ledger, overrides).flatMap((orgId) => {
    const categories = sharedCategories(ledger, orgId, asOf, overrides);
    return categories ? [{ orgId, categories }] : [];
  });
}
