import { describe, expect, it } from 'vitest';
import { caseFactsSchema } from '../contract/case-facts';
import { contractConsentsAt } from './contract-consents';
import { consent, d, explained, refusal } from './fixtures.test-support';
import type { ConsentLedger } from './model';

const explainedAll = explained(['contact-police', 'contact-immigration-authorities', 'name-employer-in-complaint']);

describe('contractConsentsAt', () => {
  it('is undecided on every question when nothing is recorded', () => {
    expect(contractConsentsAt([], d('2025-01-01'))).toEqual({
      contactPolice: 'undecided',
      contactImmigrationAuthorities: 'undecided',
      fileComplaintsNamingEmployer: 'undecided',
    });
  });

  it('says yes when an explained consent applies on the date', () => {
    const ledger: ConsentLedger = [explainedAll, consent({ purpose: 'contact-police' })];
    expect(contractConsentsAt(ledger, d('2025-01-10')).contactPolice).toBe('yes');
  });

  it('says no when the client refused', () => {
    const ledger: ConsentLedger = [explainedAll, refusal({ purpose: 'contact-immigration-authorities', decidedOn: d('2025-01-05') })];
    expect(contractConsentsAt(ledger, d('2025-01-05')).contactImmigrationAuthorities).toBe('no');
    expect(contractConsentsAt(ledger, d('2025-01-04')).contactImmigrationAuthorities).toBe('undecided');
  });

  it('says no from the day a consent is withdrawn', () => {
    const ledger: ConsentLedger = [explainedAll, consent({ purpose: 'contact-police', withdrawnOn: d('2025-03-01') })];
    expect(contractConsentsAt(ledger, d('2025-02-28')).contactPolice).toBe('yes');
    expect(contractConsentsAt(ledger, d('2025-03-01')).contactPolice).toBe('no');
  });

  it('goes back to undecided when a consent expires, so the client is asked again', () => {
    const ledger: ConsentLedger = [explainedAll, consent({ purpose: 'contact-police', expiresOn: d('2025-06-30') })];
    expect(contractConsentsAt(ledger, d('2025-06-29')).contactPolice).toBe('yes');
    expect(contractConsentsAt(ledger, d('2025-06-30')).contactPolice).toBe('undecided');
  });

  it('says yes again when the client consents after an earlier refusal', () => {
    const ledger: ConsentLedger = [
      explainedAll,
      refusal({ purpose: 'contact-police', decidedOn: d('2025-01-05') }),
      consent({ purpose: 'contact-police', givenOn: d('2025-02-01') }),
    ];
    expect(contractConsentsAt(ledger, d('2025-01-20')).contactPolice).toBe('no');
    expect(contractConsentsAt(ledger, d('2025-02-01')).contactPolice).toBe('yes');
  });

  it('does not say yes for a consent that was never explained', () => {
    expect(contractConsentsAt([consent({ purpose: 'contact-police' })], d('2025-02-01')).contactPolice).toBe('undecided');
  });

  it('counts a consent to name the employer in one remedy as yes', () => {
    const ledger: ConsentLedger = [explainedAll, consent({ purpose: 'name-employer-in-complaint', remedy: 'human-rights' })];
    expect(contractConsentsAt(ledger, d('2025-02-01')).fileComplaintsNamingEmployer).toBe('yes');
  });

  it('produces consents the assessment contract accepts', () => {
    const consents = contractConsentsAt([explainedAll, consent({ purpose: 'contact-police' })], d('2025-02-01'));
    const parsed = caseFactsSchema.safeParse({
      contractVersion: 1,
      asOf: '2025-02-01',
      person: { ageBand: 'adult', province: 'ON', immigrationStatus: 'visitor' },
      consents,
    });
    expect(parsed.success).toBe(true);
  });
});
