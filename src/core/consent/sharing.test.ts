import { describe, expect, it } from 'vitest';
import { consent, d, explained, override, refusal } from './fixtures.test-support';
import { sharedCategories, sharingInEffect } from './sharing';

const share = (fields: Parameters<typeof consent>[0] extends infer F ? Partial<F> : never) =>
  consent({ purpose: 'share-with-organisation', recipient: 'org-b', scope: ['narrative'], ...fields });
const ledger = [explained(['share-with-organisation']), share({})];

describe('what a consent to share opens', () => {
  it('opens the categories it names, from the day it is given', () => {
    expect(sharedCategories(ledger, 'org-b', d('2025-01-09'))).toBeNull();
    expect(sharedCategories(ledger, 'org-b', d('2025-01-10'))).toEqual(['narrative']);
    expect(sharedCategories(ledger, 'org-c', d('2025-01-10'))).toBeNull();
  });

  it('ends on the day it is withdrawn, expires or is refused', () => {
    expect(sharedCategories([explained(['share-with-organisation']), share({ withdrawnOn: d('2025-02-01') })], 'org-b', d('2025-02-01'))).toBeNull();
    expect(sharedCategories([explained(['share-with-organisation']), share({ expiresOn: d('2025-02-01') })], 'org-b', d('2025-02-01'))).toBeNull();
    expect(sharedCategories([...ledger, refusal({ purpose: 'share-with-organisation', recipient: 'org-b' })], 'org-b', d('2025-02-01'))).toBeNull();
  });

  it('does not count a consent that was never explained', () => {
    expect(sharedCategories([share({})], 'org-b', d('2025-01-10'))).toBeNull();
  });

  it('adds up the categories of several consents in effect, and a lawyer’s override only while it lasts', () => {
    const two = [...ledger, share({ id: 'second', scope: ['identity', 'contact'] })];
    expect(sharingInEffect(two, d('2025-01-20'))).toEqual([{ orgId: 'org-b', categories: ['identity', 'contact', 'narrative'] }]);
    const overrides = [override({ action: { kind: 'share-with-organisation', recipient: 'org-c', categories: ['health'] } })];
    expect(sharingInEffect(ledger, d('2025-03-01'), overrides)).toEqual([
      { orgId: 'org-b', categories: ['narrative'] },
      { orgId: 'org-c', categories: ['health'] },
    ]);
    expect(sharingInEffect(ledger, d('2025-03-02'), overrides)).toEqual([{ orgId: 'org-b', categories: ['narrative'] }]);
  });
});
