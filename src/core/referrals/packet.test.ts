import { describe, expect, it } from 'vitest';
import { consent, explained, d } from '../consent/fixtures.test-support';
import { DATA_CATEGORIES, type DataCategory } from '../consent/model';
import { mayRefer, stillShared } from './consent';
import { buildPacket, narrowPacket, type CaseExtract } from './packet';

const marker = (c: DataCategory) => `MARK-${c.toUpperCase()}-7Q`;
const extract: CaseExtract = {
  header: { province: 'AB', languages: ['es'], interpreterNeeded: true },
  byCategory: Object.fromEntries(DATA_CATEGORIES.map((c) => [c, [{ key: `${c}.note`, value: marker(c) }]])),
};

describe('referral packet', () => {
  it.each(DATA_CATEGORIES)('holds %s when chosen, and no marker of a category not chosen', (chosen) => {
    const text = JSON.stringify(buildPacket(extract, [chosen], 'Needs a safe place tonight'));
    expect(text).toContain(marker(chosen));
    for (const other of DATA_CATEGORIES.filter((c) => c !== chosen)) expect(text).not.toContain(marker(other));
  });

  it('lists the chosen categories in the consent model order, and narrows to what is still open', () => {
    const packet = buildPacket(extract, ['health', 'identity', 'narrative'], 'p');
    expect(packet.categories).toEqual(['identity', 'narrative', 'health']);
    const narrowed = narrowPacket(packet, ['narrative']);
    expect(narrowed.sections.map((s) => s.category)).toEqual(['narrative']);
    expect(JSON.stringify(narrowed)).not.toContain(marker('identity'));
  });
});

describe('consent to refer', () => {
  const referToShelter = consent({ purpose: 'refer', recipient: 'shelter', scope: ['narrative', 'contact'] });
  const ledger = [explained(['refer']), referToShelter];

  it('is refused without a consent, naming the purpose, the recipient and the categories', () => {
    const result = mayRefer([explained(['refer'])], 'shelter', ['narrative'], d('2025-02-01'));
    expect(result).toMatchObject({ allowed: false, reason: 'no-consent', missing: { purpose: 'refer', recipient: 'shelter', categories: ['narrative'] } });
  });

  it('is refused for a category the consent does not name, and for another recipient', () => {
    expect(mayRefer(ledger, 'shelter', ['narrative', 'identity'], d('2025-02-01'))).toMatchObject({ allowed: false, reason: 'categories-not-covered' });
    expect(mayRefer(ledger, 'clinic', ['narrative'], d('2025-02-01'))).toMatchObject({ allowed: false, reason: 'other-recipient' });
  });

  it('is allowed by a consent to refer, or to share with that organisation, covering the categories', () => {
    expect(mayRefer(ledger, 'shelter', ['narrative'], d('2025-02-01')).allowed).toBe(true);
    const share = [explained(['share-with-organisation']), consent({ purpose: 'share-with-organisation', recipient: 'clinic', scope: ['identity'] })];
    expect(mayRefer(share, 'clinic', ['identity'], d('2025-02-01')).allowed).toBe(true);
  });

  it('keeps the recipient’s access while the consent stands and ends it from the day it is withdrawn', () => {
    expect(stillShared(ledger, 'shelter', ['narrative', 'contact'], d('2025-02-01'))).toEqual({ open: true, categories: ['narrative', 'contact'] });
    const withdrawn = [explained(['refer']), { ...referToShelter, withdrawnOn: d('2025-03-01') }];
    expect(stillShared(withdrawn, 'shelter', ['narrative'], d('2025-02-28')).open).toBe(true);
    expect(stillShared(withdrawn, 'shelter', ['narrative'], d('2025-03-01'))).toEqual({ open: false, categories: [] });
  });
});
