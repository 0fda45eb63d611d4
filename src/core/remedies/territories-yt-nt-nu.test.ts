// Provincial remedies of Yukon, the Northwest Territories and Nunavut (issue #19). The review of
// December 2026 did not find, in official sources, the limitation period of the territories'
// Limitation of Actions Acts for a court claim for unpaid wages (and, in Nunavut, the complaint period
// of the Labour Standards Act): numbers a reviewed jurisdiction must have. So none of the three is
// marked reviewed, nothing is encoded, and a screened person there gets "unknown" answers that say so.
// What was found is recorded, with its sources, in jurisdictions/{yt,nt,nu}.ts.
import { describe, expect, it } from 'vitest';
import type { RemedyId } from '../contract';
import { evaluateRemedies, jurisdictionAt, listJurisdictions, REVIEWED_PROVINCES } from './index';
import { PARAM_IDS } from './model';
import { caseFacts, screening, type ScenarioFacts } from './scenario-support';

type Territory = 'YT' | 'NT' | 'NU';
const TERRITORIES: readonly Territory[] = ['YT', 'NT', 'NU'];

/** A worker owed wages who was also harassed and assaulted: every provincial remedy has its trigger. */
const exploitedWorker = (province: Territory): ScenarioFacts => ({
  asOf: '2026-11-28',
  exploiters: ['employer'],
  contexts: ['labour'],
  facts: [
    { id: 'low-or-no-pay', answer: 'yes' },
    { id: 'violence', phase: 'destination', answer: 'yes' },
  ],
  events: { employmentEnded: '2026-10-15', lastDiscriminationIncident: '2026-10-01', lastCrimeAgainstPerson: '2026-10-10' },
  person: { province },
});

const record = (code: Territory) => listJurisdictions().find((j) => j.code === code)!;

describe('a territory is not marked reviewed while a number its limits need was not found in official sources', () => {
  it('Yukon, the Northwest Territories and Nunavut are not among the reviewed jurisdictions', () => {
    for (const code of TERRITORIES) expect(REVIEWED_PROVINCES).not.toContain(code);
  });
  for (const code of TERRITORIES) {
    it(`${code}: the review note says the Limitation of Actions Act period for a wage claim was not found, in English and French`, () => {
      const { review } = record(code);
      expect(review.status).toBe('not-yet-reviewed');
      expect(review.note.en).toContain('Limitation of Actions Act');
      expect(review.note.en).toContain('not found in official sources');
      expect(review.note.fr).toContain('Limitation of Actions Act');
      expect(review.note.fr).toContain('pas été trouvé');
    });
    it(`${code}: no parameter is encoded, so no limit, deadline or program rule is guessed`, () => {
      const view = jurisdictionAt(code, '2026-11-28');
      expect(view.reviewed).toBe(false);
      for (const id of PARAM_IDS) expect(view.param(id), id).toBeUndefined();
    });
  }
  it('Nunavut: the note also names the Labour Standards Act, whose complaint period was not found', () => {
    expect(record('NU').review.note.en).toContain('Labour Standards Act');
    expect(record('NU').review.note.fr).toContain('Labour Standards Act');
  });
});

describe('a screened person owed wages, discriminated against and assaulted, in each territory', () => {
  const REMEDIES: readonly RemedyId[] = ['employment-standards', 'human-rights', 'victim-compensation', 'small-claims'];
  for (const code of TERRITORIES) {
    it(`${code}: employment standards, human rights, victim compensation and small claims answer unknown, say why, and give no deadline`, () => {
      const result = evaluateRemedies(caseFacts(exploitedWorker(code)), screening());
      for (const id of REMEDIES) {
        const r = result.remedies.find((x) => x.id === id)!;
        expect(r.jurisdiction, id).toEqual({ code, reviewed: false });
        expect(r.eligibility, id).toBe('unknown');
        expect(r.reasonCodes, id).toContain('jurisdiction-not-yet-reviewed');
        expect(r.deadline, id).toBeUndefined();
        expect(r.deadlines, id).toEqual([]);
      }
    });
    it(`${code}: the explanation is in French too`, () => {
      const r = evaluateRemedies(caseFacts(exploitedWorker(code)), screening(), { locale: 'fr' }).remedies.find((x) => x.id === 'employment-standards')!;
      expect(r.reasons.join(' ')).toContain('pas encore été examiné');
    });
  }
});
