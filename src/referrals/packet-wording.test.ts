import { describe, expect, it } from 'vitest';
import { indicator } from '../core/screening';
import { itemLabel, itemValue } from './packet-wording';

describe('the words of a referral packet', () => {
  it('names a screening answer by its indicator, in the recipient’s language', () => {
    const wording = indicator('entered-on-false-documents').practitioner;
    expect(itemLabel('en', 'fact.entered-on-false-documents')).toBe(wording.en);
    expect(itemLabel('fr', 'fact.entered-on-false-documents')).toBe(wording.fr);
  });

  it('says a screening answer’s “yes” in words and keeps its note as written', () => {
    expect(itemValue('fr', 'fact.entered-on-false-documents', 'yes')).toBe('oui');
    expect(itemValue('fr', 'fact.entered-on-false-documents', 'yes — papers from the recruiter')).toBe('oui — papers from the recruiter');
    expect(itemValue('en', 'fact.entered-on-false-documents', 'yes — yes')).toBe('yes — yes');
  });

  it('says whether a way of contact is safe in words', () => {
    expect(itemValue('en', 'contact.safe.call', 'unsafe')).toBe('not safe');
    expect(itemValue('fr', 'contact.safe.text', 'safe')).toBe('sans danger');
  });

  it('leaves the client’s own words and unknown codes as they are', () => {
    expect(itemValue('fr', 'narrative.fragment', 'safe')).toBe('safe');
    expect(itemLabel('en', 'fact.not-a-known-fact')).toBe('not-a-known-fact');
  });

  it('says the immigration codes in words, in the recipient’s language', () => {
    expect(itemValue('en', 'immigration.status', 'work-permit-employer-specific')).toBe('Work permit tied to one employer');
    expect(itemValue('fr', 'immigration.status', 'temporary-resident-permit')).toBe('Permis de séjour temporaire');
    expect(itemValue('fr', 'immigration.priorRefugeeClaim', 'rejected')).toBe('Refusée');
    expect(itemValue('en', 'immigration.prra', 'pending')).toBe('Made, waiting for a decision');
    expect(itemValue('en', 'immigration.removal', 'scheduled')).toBe('A removal date is set');
  });

  it('writes days in the one date format of the recipient’s language', () => {
    expect(itemValue('en', 'immigration.removal', 'order-issued 2026-11-02')).toBe('A removal order was issued, 2 Nov 2026');
    expect(itemValue('fr', 'immigration.permitExpiry', '2027-03-01')).toBe('1er mars 2027');
    expect(itemValue('en', 'employment.ended', '2026-10-15')).toBe('15 Oct 2026');
  });
});
