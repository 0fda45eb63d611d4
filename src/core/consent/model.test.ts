import { describe, expect, it } from 'vitest';
import { parseWith } from '../contract/result';
import { consentLedgerSchema, consentOverrideSchema } from './model';

const base = { kind: 'consent', id: 'c1', scope: ['identity'], givenHow: 'written', language: 'es', givenOn: '2025-01-10', recordedBy: 'u1' };

describe('consent ledger schema', () => {
  it('accepts a ledger of a consent, a refusal and an explanation', () => {
    const ledger = [
      { kind: 'explanation', id: 'e1', purposes: ['refer'], explainedOn: '2025-01-10', language: 'pa-Guru', interpreter: 'Interp A', recordedBy: 'u1' },
      { ...base, purpose: 'refer', recipient: 'org-1' },
      { kind: 'refusal', id: 'r1', purpose: 'contact-police', decidedOn: '2025-01-10', givenHow: 'verbal', language: 'es', recordedBy: 'u1' },
    ];
    expect(parseWith(consentLedgerSchema, ledger).ok).toBe(true);
  });

  it('requires a referral consent to name the organisation', () => {
    expect(parseWith(consentLedgerSchema, [{ ...base, purpose: 'refer' }])).toEqual({
      ok: false,
      issues: [{ path: '[0].recipient', message: 'refer names the organisation it is for' }],
    });
  });

  it('requires a file-remedy consent to name the remedy', () => {
    const result = parseWith(consentLedgerSchema, [{ ...base, purpose: 'file-remedy' }]);
    expect(result.ok ? [] : result.issues.map((i) => i.path)).toEqual(['[0].remedy']);
  });

  it('rejects a remedy or recipient on a purpose whose action never names one', () => {
    const consentWithRemedy = parseWith(consentLedgerSchema, [{ ...base, purpose: 'contact-police', remedy: 'criminal-complaint' }]);
    expect(consentWithRemedy.ok ? [] : consentWithRemedy.issues.map((i) => i.path)).toEqual(['[0].remedy']);
    const refusalWithRecipient = parseWith(consentLedgerSchema, [
      {
        kind: 'refusal',
        id: 'r1',
        purpose: 'contact-police',
        recipient: 'org-1',
        decidedOn: '2025-01-10',
        givenHow: 'verbal',
        language: 'es',
        recordedBy: 'u1',
      },
    ]);
    expect(refusalWithRecipient.ok ? [] : refusalWithRecipient.issues.map((i) => i.path)).toEqual(['[0].recipient']);
    expect(parseWith(consentLedgerSchema, [{ ...base, purpose: 'use-interpreter', recipient: 'org-1' }]).ok).toBe(true);
  });

  it('rejects an expiry on or before the day the consent was given', () => {
    const result = parseWith(consentLedgerSchema, [{ ...base, purpose: 'contact-police', expiresOn: '2025-01-10' }]);
    expect(result.ok ? [] : result.issues.map((i) => i.path)).toEqual(['[0].expiresOn']);
  });

  it('rejects a withdrawal before the consent was given', () => {
    const result = parseWith(consentLedgerSchema, [{ ...base, purpose: 'contact-police', withdrawnOn: '2025-01-09' }]);
    expect(result.ok ? [] : result.issues.map((i) => i.path)).toEqual(['[0].withdrawnOn']);
  });

  it('rejects an unknown data category', () => {
    expect(parseWith(consentLedgerSchema, [{ ...base, purpose: 'contact-police', scope: ['bank-account'] }]).ok).toBe(false);
  });
});

describe('consent override schema', () => {
  const override = { id: 'o1', action: { kind: 'contact-police' }, byLawyer: 'u1', recordedOn: '2025-03-01' };

  it('requires a written reason of at least 20 characters', () => {
    expect(parseWith(consentOverrideSchema, { ...override, reason: 'client at risk' }).ok).toBe(false);
    expect(parseWith(consentOverrideSchema, { ...override, reason: 'Client at imminent risk of harm.' }).ok).toBe(true);
  });
});
