import { describe, expect, it } from 'vitest';
import { REMEDY_IDS, type RemedyId } from '../contract';
import { consentKeyFor, SEQUENCING_RULES } from './sequencing-rules';

describe('the sequencing table', () => {
  it('has one rule, with at least one citation and a review date, for every remedy id', () => {
    expect([...SEQUENCING_RULES.keys()].sort()).toEqual([...REMEDY_IDS].sort());
    for (const rule of SEQUENCING_RULES.values()) {
      expect(rule.citations.length).toBeGreaterThan(0);
      expect(rule.lastReviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('has no evidence cycle, so steps can always be put in order', () => {
    const state = new Map<RemedyId, 'visiting' | 'done'>();
    const visit = (id: RemedyId): void => {
      expect(state.get(id), `cycle through ${id}`).not.toBe('visiting');
      if (state.get(id) === 'done') return;
      state.set(id, 'visiting');
      for (const next of SEQUENCING_RULES.get(id)!.producesEvidenceFor) visit(next);
      state.set(id, 'done');
    };
    REMEDY_IDS.forEach(visit);
  });

  it('never lists a remedy as evidence for itself', () => {
    for (const rule of SEQUENCING_RULES.values()) expect(rule.producesEvidenceFor).not.toContain(rule.remedy);
  });

  it('needs police consent for victim compensation except in Quebec', () => {
    expect(consentKeyFor('victim-compensation', 'ON')).toBe('contactPolice');
    expect(consentKeyFor('victim-compensation', 'QC')).toBeNull();
  });

  it('treats Alberta social assistance as contact with immigration authorities (data shared with IRCC)', () => {
    expect(consentKeyFor('social-assistance', 'AB')).toBe('contactImmigrationAuthorities');
    expect(consentKeyFor('social-assistance', 'ON')).toBeNull();
  });
});
