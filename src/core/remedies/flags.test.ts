import { describe, expect, it } from 'vitest';
import { evaluateRemedies } from './index';
import { caseFacts, screening } from './scenario-support';

const flagIds = (facts: Parameters<typeof caseFacts>[0]) => evaluateRemedies(caseFacts(facts), screening()).flags.map((f) => f.id);

describe('imminent-removal flag (removal within 30 days of asOf, inclusive)', () => {
  const removalOn = (date: string) => ({ asOf: '2026-11-28', person: { removal: { state: 'scheduled' as const, date } } });
  it('flags a removal 29 days away', () => expect(flagIds(removalOn('2026-12-27'))).toContain('imminent-removal'));
  it('flags a removal exactly 30 days away (the boundary is inclusive)', () => expect(flagIds(removalOn('2026-12-28'))).toContain('imminent-removal'));
  it('does not flag a removal 31 days away', () => expect(flagIds(removalOn('2026-12-29'))).not.toContain('imminent-removal'));
  it('flags a removal set for asOf itself (day 0)', () => expect(flagIds(removalOn('2026-11-28'))).toContain('imminent-removal'));
  it('does not flag a removal date already past', () => expect(flagIds(removalOn('2026-11-27'))).not.toContain('imminent-removal'));
  it('does not flag when the removal state is none', () =>
    expect(flagIds({ person: { removal: { state: 'none', date: '2026-12-01' } } })).not.toContain('imminent-removal'));
});

describe('permit-expiring flag (permit expiry within 60 days, inclusive)', () => {
  const expiring = (permitExpiry: string) => ({ person: { immigrationStatus: 'work-permit-open' as const, permitExpiry } });
  it('flags a permit expiring in 59 days', () => expect(flagIds(expiring('2027-01-26'))).toContain('permit-expiring'));
  it('flags a permit expiring in exactly 60 days', () => expect(flagIds(expiring('2027-01-27'))).toContain('permit-expiring'));
  it('does not flag a permit expiring in 61 days', () => expect(flagIds(expiring('2027-01-28'))).not.toContain('permit-expiring'));
});

describe('deadline-soon flag (a limitation period ends within 30 days, inclusive)', () => {
  // Ontario human rights: 12 months from the last incident. asOf 2026-11-28.
  const incident = (lastDiscriminationIncident: string) => ({ exploiters: ['employer' as const], events: { lastDiscriminationIncident } });
  it('flags a period ending in 29 days', () => expect(flagIds(incident('2025-12-27'))).toContain('deadline-soon'));
  it('flags a period ending in exactly 30 days', () => expect(flagIds(incident('2025-12-28'))).toContain('deadline-soon'));
  it('does not flag a period ending in 31 days', () => expect(flagIds(incident('2025-12-29'))).not.toContain('deadline-soon'));
  it('does not flag a period that has already ended', () => expect(flagIds(incident('2025-11-27'))).not.toContain('deadline-soon'));
});
