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
});
