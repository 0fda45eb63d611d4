import { describe, expect, it } from 'vitest';
import { consent, d, explained, override, refusal } from './fixtures.test-support';
import { mayPerform } from './may-perform';
import type { GatedAction } from './model';

const referToShelter: GatedAction = { kind: 'refer', recipient: 'org-shelter', categories: ['identity', 'contact'] };
const referralConsent = consent({ id: 'c-refer', purpose: 'refer', recipient: 'org-shelter', scope: ['identity', 'contact', 'narrative'] });
const explainedReferral = explained(['refer']);

describe('mayPerform: consent on file', () => {
  it('refuses a referral when the client has not consented', () => {
    expect(mayPerform(referToShelter, [explainedReferral], d('2025-02-01'))).toEqual({
      allowed: false,
      reason: 'no-consent',
      missing: { purpose: 'refer', recipient: 'org-shelter', categories: ['identity', 'contact'] },
    });
  });

  it('allows a referral the client consented to, naming the consent as its basis', () => {
    expect(mayPerform(referToShelter, [explainedReferral, referralConsent], d('2025-02-01'))).toEqual({ allowed: true, basis: { consentId: 'c-refer' } });
  });

  it('refuses a referral to an organisation other than the one the client agreed to', () => {
    const result = mayPerform({ ...referToShelter, recipient: 'org-other' }, [explainedReferral, referralConsent], d('2025-02-01'));
    expect(result).toMatchObject({ allowed: false, reason: 'other-recipient', nearestConsentId: 'c-refer', missing: { recipient: 'org-other' } });
  });

  it('refuses to share a data category outside the consent scope', () => {
    const result = mayPerform({ ...referToShelter, categories: ['identity', 'health'] }, [explainedReferral, referralConsent], d('2025-02-01'));
    expect(result).toMatchObject({ allowed: false, reason: 'categories-not-covered', missing: { categories: ['identity', 'health'] } });
  });

  it('does not let a consent to refer count as a consent to share, or the reverse', () => {
    const share: GatedAction = { kind: 'share-with-organisation', recipient: 'org-shelter', categories: ['identity'] };
    expect(mayPerform(share, [explained(['refer', 'share-with-organisation']), referralConsent], d('2025-02-01'))).toMatchObject({
      allowed: false,
      reason: 'no-consent',
    });
  });

  it('refuses a consent that was never explained: informed consent rests on an explanation', () => {
    expect(mayPerform(referToShelter, [referralConsent], d('2025-02-01'))).toMatchObject({ allowed: false, reason: 'not-explained' });
  });

  it('refuses a consent explained only after it was given', () => {
    expect(mayPerform(referToShelter, [explained(['refer'], '2025-01-11'), referralConsent], d('2025-02-01'))).toMatchObject({ reason: 'not-explained' });
  });

  it('accepts an explanation given the same day as the consent', () => {
    expect(mayPerform(referToShelter, [explained(['refer'], '2025-01-10'), referralConsent], d('2025-02-01')).allowed).toBe(true);
  });
});

describe('mayPerform: remedies', () => {
  const ledger = [explained(['file-remedy', 'name-employer-in-complaint']), consent({ id: 'c-hr', purpose: 'file-remedy', remedy: 'human-rights' })];

  it('allows filing the remedy the client consented to', () => {
    expect(mayPerform({ kind: 'file-remedy', remedy: 'human-rights' }, ledger, d('2025-02-01'))).toEqual({ allowed: true, basis: { consentId: 'c-hr' } });
  });

  it('refuses filing a different remedy, naming the remedy that is missing', () => {
    expect(mayPerform({ kind: 'file-remedy', remedy: 'criminal-complaint' }, ledger, d('2025-02-01'))).toMatchObject({
      allowed: false,
      reason: 'other-remedy',
      missing: { purpose: 'file-remedy', remedy: 'criminal-complaint' },
    });
  });

  it('lets a general consent to name the employer cover every complaint', () => {
    const general = [...ledger, consent({ id: 'c-name', purpose: 'name-employer-in-complaint' })];
    expect(mayPerform({ kind: 'name-employer-in-complaint', remedy: 'employment-standards' }, general, d('2025-02-01')).allowed).toBe(true);
  });

  it('limits a consent to name the employer in one remedy to that remedy', () => {
    const narrow = [...ledger, consent({ id: 'c-name', purpose: 'name-employer-in-complaint', remedy: 'human-rights' })];
    expect(mayPerform({ kind: 'name-employer-in-complaint', remedy: 'human-rights' }, narrow, d('2025-02-01')).allowed).toBe(true);
    expect(mayPerform({ kind: 'name-employer-in-complaint', remedy: 'employment-standards' }, narrow, d('2025-02-01'))).toMatchObject({
      reason: 'other-remedy',
    });
  });
});

describe('mayPerform: dates', () => {
  const ledger = [explained(['contact-police']), consent({ id: 'c-police', purpose: 'contact-police', givenOn: d('2025-01-10'), expiresOn: d('2025-06-30') })];
  const police: GatedAction = { kind: 'contact-police' };

  it.each([
    ['2025-01-09', false, 'consent-not-yet-given'],
    ['2025-01-10', true, undefined],
    ['2025-06-29', true, undefined],
    ['2025-06-30', false, 'consent-expired'],
    ['2025-07-01', false, 'consent-expired'],
  ])('on %s the consent valid from 2025-01-10 until 2025-06-30 (exclusive) allows: %s', (asOf, allowed, reason) => {
    const result = mayPerform(police, ledger, d(asOf));
    expect(result.allowed).toBe(allowed);
    if (!result.allowed) expect(result.reason).toBe(reason);
  });

  it.each([
    ['2025-03-31', true],
    ['2025-04-01', false],
    ['2025-04-02', false],
  ])('on %s, a consent withdrawn on 2025-04-01 allows: %s (withdrawal applies from its own day)', (asOf, allowed) => {
    const withdrawn = [explained(['contact-police']), consent({ id: 'c-police', purpose: 'contact-police', withdrawnOn: d('2025-04-01') })];
    const result = mayPerform(police, withdrawn, d(asOf));
    expect(result.allowed).toBe(allowed);
    if (!result.allowed) expect(result.reason).toBe('consent-withdrawn');
  });

  it('treats a later refusal as superseding an earlier consent', () => {
    const changedMind = [...ledger, refusal({ purpose: 'contact-police', decidedOn: d('2025-02-01') })];
    expect(mayPerform(police, changedMind, d('2025-01-31')).allowed).toBe(true);
    expect(mayPerform(police, changedMind, d('2025-02-01'))).toMatchObject({ allowed: false, reason: 'client-refused' });
  });

  it('on the same day, lets the entry recorded later in the ledger decide', () => {
    const no = refusal({ purpose: 'contact-police', decidedOn: d('2025-01-10') });
    const yes = consent({ id: 'c-police', purpose: 'contact-police', givenOn: d('2025-01-10') });
    expect(mayPerform(police, [explained(['contact-police']), no, yes], d('2025-01-10')).allowed).toBe(true);
    expect(mayPerform(police, [explained(['contact-police']), yes, no], d('2025-01-10')).allowed).toBe(false);
  });

  it('reports a recorded refusal rather than "no consent" when the client said no', () => {
    expect(mayPerform(police, [refusal({ purpose: 'contact-police' })], d('2025-03-01'))).toMatchObject({ reason: 'client-refused' });
  });

  it('reports a refusal of one remedy even when another remedy was consented to', () => {
    const ledger2 = [explained(['file-remedy']), consent({ purpose: 'file-remedy', remedy: 'hc' }), refusal({ purpose: 'file-remedy', remedy: 'prra' })];
    const result = mayPerform({ kind: 'file-remedy', remedy: 'prra' }, ledger2, d('2025-03-01'));
    expect(result).toEqual({ allowed: false, reason: 'client-refused', missing: { purpose: 'file-remedy', remedy: 'prra' } });
  });
});

describe('mayPerform: lawyer overrides', () => {
  const police: GatedAction = { kind: 'contact-police' };
  const refused = [refusal({ purpose: 'contact-police', decidedOn: d('2025-02-01') })];

  it('allows the action under a lawyer override and returns the override so it can be audited', () => {
    const o = override({ action: police });
    expect(mayPerform(police, refused, d('2025-03-01'), [o])).toEqual({
      allowed: true,
      basis: { overrideId: 'override-1' },
      override: o,
      withoutConsentBecause: 'client-refused',
    });
  });

  it('ignores an override whose written reason is shorter than 20 characters', () => {
    expect(mayPerform(police, refused, d('2025-03-01'), [override({ action: police, reason: '  too short reason  ' })]).allowed).toBe(false);
  });

  it('accepts a reason of exactly 20 characters after trimming', () => {
    expect(mayPerform(police, refused, d('2025-03-01'), [override({ action: police, reason: ' 12345678901234567890 ' })]).allowed).toBe(true);
  });

  it('applies an override only from the day it was recorded to its expiry (default: that day only)', () => {
    const o = override({ action: police, recordedOn: d('2025-03-01') });
    expect(mayPerform(police, refused, d('2025-02-28'), [o]).allowed).toBe(false);
    expect(mayPerform(police, refused, d('2025-03-02'), [o]).allowed).toBe(false);
    const week = override({ action: police, recordedOn: d('2025-03-01'), expiresOn: d('2025-03-08') });
    expect(mayPerform(police, refused, d('2025-03-07'), [week]).allowed).toBe(true);
    expect(mayPerform(police, refused, d('2025-03-08'), [week]).allowed).toBe(false);
  });

  it('does not stretch an override to another recipient or to more data categories', () => {
    const o = override({ action: { kind: 'refer', recipient: 'org-shelter', categories: ['contact'] } });
    expect(mayPerform({ kind: 'refer', recipient: 'org-other', categories: ['contact'] }, [], d('2025-03-01'), [o]).allowed).toBe(false);
    expect(mayPerform({ kind: 'refer', recipient: 'org-shelter', categories: ['contact', 'health'] }, [], d('2025-03-01'), [o]).allowed).toBe(false);
    expect(mayPerform({ kind: 'refer', recipient: 'org-shelter', categories: ['contact'] }, [], d('2025-03-01'), [o]).allowed).toBe(true);
  });

  it('prefers the client consent over an override when both exist', () => {
    const ledger = [explained(['contact-police']), consent({ id: 'c-police', purpose: 'contact-police' })];
    expect(mayPerform(police, ledger, d('2025-03-01'), [override({ action: police })])).toEqual({ allowed: true, basis: { consentId: 'c-police' } });
  });
});
