import { describe, expect, it } from 'vitest';
import { CONTEXTS, FACT_PHASES, type FactId } from '../../contract';
import { screen } from '../screen';
import { given, type Given } from '../testing';
import { indicator, itemsOf } from './index';
import type { Indicator } from './schema';

// The red flags from the front-line lists (RCMP, BC government, Polaris, UNODC), the two ILO 2009
// recruitment items that had no fact, and the one observation (shared/contracts/assessment.md,
// "Red flags from the front-line lists").

const RED_FLAGS: [FactId, readonly string[]][] = [
  ['moved-between-locations', ['destination']],
  ['third-party-speaks-for-person', ['destination']],
  ['ownership-marks', ['destination']],
  ['third-party-profits-from-sexual-services', ['destination']],
  ['not-free-to-leave', ['destination']],
  ['lives-at-workplace', ['destination']],
  ['phone-or-online-control', ['recruitment', 'destination']],
  ['gifts-or-substances-used-to-control', ['recruitment', 'destination']],
  ['minor-away-from-guardian', ['recruitment', 'destination']],
];
const ILO_ITEMS: FactId[] = ['difficulty-organising-travel', 'general-context-of-crisis'];
const OBSERVATION: FactId = 'fearful-or-submissive-presentation';
const NEW_IDS: FactId[] = [...RED_FLAGS.map(([id]) => id), ...ILO_ITEMS, OBSERVATION];

const words = (text: Indicator['why']) => [text.en, text.fr];

describe('the front-line red flags in the catalogue', () => {
  it.each(NEW_IDS.map((id) => [id]))('words %s in English and French, for the practitioner and for the client, and says why', (id) => {
    const record = indicator(id);
    for (const text of [record.practitioner, record.question, record.why]) {
      expect(text.en.trim()).not.toBe('');
      expect(text.fr.trim()).not.toBe('');
      expect(text.fr).not.toBe(text.en);
    }
    expect(record.question.en).toMatch(/\?$/);
    expect(record.question.fr).toMatch(/\?$/);
  });

  it.each(NEW_IDS.map((id) => [id]))('cites %s to a source with an address and an honest verification label', (id) => {
    const { citations } = indicator(id);
    expect(citations.length).toBeGreaterThanOrEqual(1);
    expect(citations.some((c) => c.url !== undefined)).toBe(true);
    for (const c of citations) expect(['official-text', 'secondary', 'unverified']).toContain(c.verification);
  });

  it.each(RED_FLAGS)('records %s as a red flag with no ILO weight, in the phases %j', (id, phases) => {
    const record = indicator(id);
    expect(record.kind).toBe('red-flag');
    expect(record.weightings).toEqual([]);
    expect(FACT_PHASES[id]).toEqual(phases);
  });

  it('asks about ownership marks and a third party profiting from sex only where sexual exploitation is in view', () => {
    expect(indicator('third-party-profits-from-sexual-services').contexts).toEqual(['sexual']);
    expect(indicator('ownership-marks').contexts).toContain('sexual');
    expect(indicator('ownership-marks').contexts).not.toContain('labour');
    expect(indicator('lives-at-workplace').contexts).not.toContain('forced-marriage');
    for (const id of NEW_IDS) for (const c of indicator(id).contexts) expect(CONTEXTS).toContain(c);
  });
});

describe('the two ILO 2009 recruitment items that had no fact', () => {
  it.each(ILO_ITEMS.map((id) => [id]))('weights %s in element 3, recruitment by abuse of vulnerability, as weak for adults', (id) => {
    const record = indicator(id);
    expect(record.kind).toBe('ilo-indicator');
    expect(FACT_PHASES[id]).toEqual(['recruitment']);
    expect(record.weightings).toHaveLength(1);
    const [w] = record.weightings;
    expect(w!.dimension).toBe('recruitment-abuse-of-vulnerability');
    expect(w!.phase).toBe('recruitment');
    expect(w!.strength['adult-labour']).toBe('weak');
    // The child lists have no weak tier.
    expect(w!.strength['child-labour']).toBe('medium');
  });

  it('marks the disputed weight of "difficulty to organise the travel" as unverified, and "general context" as from the compilation', () => {
    expect(indicator('difficulty-organising-travel').weightings[0]!.strengthVerification['adult-labour']).toBe('unverified');
    expect(indicator('general-context-of-crisis').weightings[0]!.strengthVerification['adult-labour']).toBe('secondary');
  });

  it('puts them in the element 3 list', () => {
    const facts = itemsOf('recruitment-abuse-of-vulnerability').map((i) => i.fact);
    expect(facts).toEqual(expect.arrayContaining(ILO_ITEMS));
  });

  it('cannot make element 3 positive alone, being weak', () => {
    const d = screen(given({ facts: ILO_ITEMS })).dimensions.find((x) => x.id === 'recruitment-abuse-of-vulnerability')!;
    expect(d.status).not.toBe('met');
  });

  it('add to a medium item of element 3 for an adult, as weak items do', () => {
    const base = ['vulnerable-economic@recruitment', 'vulnerable-family-situation@recruitment'];
    const statusOf = (facts: string[]) => screen(given({ facts })).dimensions.find((x) => x.id === 'recruitment-abuse-of-vulnerability')!.status;
    expect(statusOf([...base, ...ILO_ITEMS])).toBe('met');
  });
});

describe('the observation of a fearful or submissive presentation', () => {
  it('is an observation for the practitioner, never weighted and never a question put to the client', () => {
    const record = indicator(OBSERVATION);
    expect(record.kind).toBe('observation');
    expect(record.weightings).toEqual([]);
    expect(FACT_PHASES[OBSERVATION]).toEqual(['destination']);
    expect(record.question.en).toMatch(/^For you, not the client/);
    expect(record.question.fr).toMatch(/^Pour vous, pas pour le client/);
    // It says why it is never weighed: a trauma response, and culture.
    expect(words(record.why).join(' ')).toMatch(/trauma/i);
    expect(record.why.en).toMatch(/culture/);
    expect(record.why.fr).toMatch(/culture/);
  });

  // One case on every step of the continuum, for an adult and for a child.
  const CASES: Given[] = [
    {},
    { facts: ['low-or-no-pay'] },
    { facts: ['low-or-no-pay', 'labour-law-violations', 'wage-manipulation'] },
    { facts: ['fear-for-safety'] },
    { facts: ['movement-controlled', 'fear-for-safety'] },
    { facts: ['third-party-speaks-for-person', 'not-free-to-leave'] },
    { ageBand: 'minor', contexts: ['sexual'], facts: ['minor-away-from-guardian@destination'] },
    { ageBand: 'minor', facts: ['movement-controlled', 'low-or-no-pay', 'labour-law-violations', 'wage-manipulation'] },
  ];
  it.each(CASES.map((g) => [JSON.stringify(g), g] as const))('never changes the continuum, an element or a flag: %s', (_name, g) => {
    const without = screen(given(g));
    for (const answer of ['yes', 'no', 'unknown', 'declined']) {
      const withIt = screen(given({ ...g, facts: [...(g.facts ?? []), `${OBSERVATION}=${answer}`] }));
      expect(withIt.continuum).toBe(without.continuum);
      expect(withIt.continuumBecause).toEqual(without.continuumBecause);
      expect(withIt.dimensions.map((d) => d.status)).toEqual(without.dimensions.map((d) => d.status));
      expect(withIt.personLevel.status).toBe(without.personLevel.status);
      expect(withIt.legalTests.map((t) => t.status)).toEqual(without.legalTests.map((t) => t.status));
      expect(withIt.flags.map((f) => f.id)).toEqual(without.flags.map((f) => f.id));
    }
  });

  it('is never named among the facts a result still needs, so it is never asked of the client', () => {
    const result = screen(given({ contexts: [] }));
    const missing = [...result.dimensions.flatMap((d) => d.missing), ...result.legalTests.flatMap((t) => t.elements.flatMap((e) => e.missing))];
    expect(missing.some((ref) => ref.startsWith(OBSERVATION))).toBe(false);
  });
});

describe('poor health or neglect, widened', () => {
  it('covers malnourishment, fatigue and hygiene in English and French', () => {
    const record = indicator('poor-health-or-neglect');
    for (const text of [record.practitioner, record.question]) {
      expect(text.en).toMatch(/malnourish|food/i);
      expect(text.en).toMatch(/exhaust|sleep/i);
      expect(text.en).toMatch(/clean|wash/i);
      expect(text.fr).toMatch(/malnutrition|nourriture/i);
      expect(text.fr).toMatch(/épuisement|sommeil/i);
      expect(text.fr).toMatch(/propre|laver/i);
    }
    expect(record.kind).toBe('red-flag');
    expect(record.weightings).toEqual([]);
    expect(record.citations.length).toBeGreaterThanOrEqual(2);
  });
});
