// OpenFisca-style scenario tables: {name, asOf, facts, screening, expected}. One runner; a final
// test proves every eligibility row and collateral-harm rule in force on 2026-11-28 fired in at
// least one scenario.
import { describe, expect, it } from 'vitest';
import type { RemedyId } from '../contract';
import { inForce } from './dated';
import { evaluateRemedies, listRemedies } from './index';
import { caseFacts, screening } from './scenario-support';
import type { Expect } from './scenarios/scenario-types.test-support';
import { STATUS_AND_PROTECTION_SCENARIOS } from './scenarios/status-and-protection.test-support';
import { WORK_CRIME_AND_FAMILY_SCENARIOS } from './scenarios/work-crime-and-family.test-support';

const SCENARIOS = [...STATUS_AND_PROTECTION_SCENARIOS, ...WORK_CRIME_AND_FAMILY_SCENARIOS];

const fired = new Set<string>();
// Fallback rows that no reviewed jurisdiction's data can reach today (every reviewed province states
// whether a police report is required); kept so a future jurisdiction without that value still gets an answer.
const DEFENSIVE_FALLBACKS = new Set(['victim-compensation.program-unknown']);

describe('remedy scenarios', () => {
  for (const s of SCENARIOS) {
    it(s.name, () => {
      const result = evaluateRemedies(caseFacts({ ...s.facts, asOf: s.asOf ?? '2026-11-28' }), screening(s.screening ?? {}));
      for (const r of result.remedies) [...r.reasonCodes, ...r.riskCodes].forEach((code) => fired.add(code));
      for (const [id, exp] of Object.entries(s.expected) as [RemedyId, Expect][]) {
        const r = result.remedies.find((x) => x.id === id)!;
        if (exp.eligibility) expect(r.eligibility, `${id} eligibility (${r.reasonCodes.join(', ')})`).toBe(exp.eligibility);
        for (const code of exp.reasons ?? []) expect(r.reasonCodes, id).toContain(code);
        for (const [risk, level] of Object.entries(exp.risks ?? {})) expect(r.risks.find((x) => x.id === risk)?.level, `${id} ${risk}`).toBe(level);
        for (const risk of exp.noRisks ?? [])
          expect(
            r.risks.map((x) => x.id),
            id,
          ).not.toContain(risk);
      }
    });
  }
});

describe('scenario coverage', () => {
  it('every eligibility row and collateral-harm rule in force on 2026-11-28 fires in at least one scenario', () => {
    const expected = listRemedies().flatMap((k) => [...k.eligibility, ...k.risks].filter((r) => inForce(r, '2026-11-28')).map((r) => r.id));
    const missing = [...new Set(expected)].filter((id) => !fired.has(id) && !DEFENSIVE_FALLBACKS.has(id));
    expect(missing).toEqual([]);
  });
});
