import { describe, expect, it } from 'vitest';
import { REMEDY_IDS, type RemedyId } from '../contract';
import { listRemedies } from '../remedies';
import { consentKeyFor, goalsServedBy, ruleFor } from './sequencing-rules';

describe('what the planner reads from the remedy knowledge', () => {
  it("reads every remedy's evidence links, goals, urgency and consent from its knowledge, with the sources of its links", () => {
    for (const k of listRemedies()) {
      expect(ruleFor(k.id).producesEvidenceFor).toBe(k.producesEvidenceFor);
      expect(goalsServedBy(k.id)).toBe(k.goals);
      expect(ruleFor(k.id).answersImminentRemoval).toBe(k.urgencyRole !== 'none');
      expect(ruleFor(k.id).immigration).toBe(k.immigrationApplication);
      expect(k.sequencingBasis.length).toBeGreaterThan(0);
    }
  });

  it('has no evidence cycle, so steps can always be put in order', () => {
    const state = new Map<RemedyId, 'visiting' | 'done'>();
    const visit = (id: RemedyId): void => {
      expect(state.get(id), `cycle through ${id}`).not.toBe('visiting');
      if (state.get(id) === 'done') return;
      state.set(id, 'visiting');
      for (const next of ruleFor(id).producesEvidenceFor) visit(next);
      state.set(id, 'done');
    };
    REMEDY_IDS.forEach(visit);
  });

  it('never lists a remedy as evidence for itself', () => {
    for (const id of REMEDY_IDS) expect(ruleFor(id).producesEvidenceFor).not.toContain(id);
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
