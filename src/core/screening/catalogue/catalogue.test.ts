import { describe, expect, it } from 'vitest';
import { DIMENSION_IDS, FACT_IDS, FACT_PHASES, type DimensionId } from '../../contract';
import { CATALOGUE, indicator, itemsOf, LAST_REVIEWED, PROFILES } from './index';

describe('the indicator catalogue', () => {
  it.each(FACT_IDS.map((id) => [id]))('catalogues %s with English and French wording and a citation', (id) => {
    const record = indicator(id);
    expect(record).toBeDefined();
    for (const text of [record.practitioner, record.question, record.why]) {
      expect(text.en.trim()).not.toBe('');
      expect(text.fr.trim()).not.toBe('');
    }
    expect(record.citations.length).toBeGreaterThanOrEqual(1);
  });

  it('holds exactly the contract fact ids', () => {
    expect(CATALOGUE.map((r) => r.id).sort()).toEqual([...FACT_IDS].sort());
  });

  it('weights a fact only in a phase the contract allows for it', () => {
    for (const record of CATALOGUE) for (const w of record.weightings) expect(FACT_PHASES[record.id as keyof typeof FACT_PHASES]).toContain(w.phase);
  });

  it('marks every citation as reviewed on the knowledge date', () => {
    for (const record of CATALOGUE) for (const c of record.citations) expect(c.lastReviewed).toBe(LAST_REVIEWED);
  });

  it('marks every weight outside the adult-labour list as unverified', () => {
    for (const record of CATALOGUE)
      for (const w of record.weightings) for (const p of PROFILES.filter((p) => p !== 'adult-labour')) expect(w.strengthVerification[p]).toBe('unverified');
  });
});

describe('the adult-labour list, element by element', () => {
  // ILO 2009 counts 10/10/16/9/15/7 items. Element 3 maps 16 items onto 14 facts: two pairs share
  // a fact ("difficult family situation" + "family situation"; "illegal status" + "relationship with authorities").
  const table: [DimensionId, number, string[]][] = [
    ['deceptive-recruitment', 10, ['deceived-job-nature']],
    ['coercive-recruitment', 10, ['violence']],
    ['recruitment-abuse-of-vulnerability', 14, []],
    ['exploitative-conditions', 9, ['excessive-hours']],
    ['coercion-at-destination', 15, ['documents-confiscated', 'debt-bondage', 'isolation-confinement-surveillance', 'violence']],
    ['abuse-of-vulnerability-at-destination', 7, []],
  ];
  it.each(table)('%s has %i facts and these strong ones: %j', (dimension, count, strong) => {
    const items = itemsOf(dimension);
    expect(items).toHaveLength(count);
    expect(
      items
        .filter((i) => i.weighting.strength['adult-labour'] === 'strong')
        .map((i) => i.fact)
        .sort(),
    ).toEqual([...strong].sort());
  });

  it('covers every dimension', () => {
    expect(DIMENSION_IDS.every((d) => itemsOf(d).length > 0)).toBe(true);
  });
});
