import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANSWERS, ENTRY_ROUTES, FACT_PHASES, REFUGEE_CLAIM_OUTCOMES, TRI_STATE, type FactId } from '../../src/core/contract';
import { factsPatchSchema } from '../../src/cases/use-cases/facts';
import { arbitraryFrom } from '../support/arbitrary-from-zod';
import { createTestApp, type TestApp } from '../support/test-app';
import { addPerson, client, newCase, setUpFirstAdmin, type Client } from './cases-support';

// Any sequence of partial updates, generated from the API's own change schema, followed by a read
// gives back exactly what was written; and no valid stored value makes any read of the case fail.
// The model below is the API's documented contract (docs/cases/api.md), written independently of
// the server's merge: person fields merge one by one (null removes), answers merge by id and phase
// (answer null removes), every other key sent replaces what was stored, a key not sent is kept.

type Answer = { id: string; phase?: string; answer: string | null; note?: string };
type Patch = { person?: Record<string, unknown>; sector?: string | null; answers?: Answer[]; [key: string]: unknown };
type Stored = { person: Record<string, unknown>; answers: Answer[]; sector?: string; [key: string]: unknown };

const phasesOf = (id: string) => FACT_PHASES[id as FactId] as readonly string[];
const answerArbitrary = fc
  .constantFrom(...(Object.keys(FACT_PHASES) as FactId[]))
  .chain((id) => {
    const phases = phasesOf(id);
    // A fact that occurs in both phases needs its phase; one that occurs in one may omit it.
    const phase = phases.length === 1 ? fc.option(fc.constant(phases[0]!), { nil: undefined }) : fc.constantFrom(...phases);
    return fc.record(
      { id: fc.constant(id), phase, answer: fc.constantFrom(...ANSWERS, null), note: fc.option(fc.string({ maxLength: 40 }), { nil: undefined }) },
      { requiredKeys: phases.length === 1 ? ['id', 'answer'] : ['id', 'phase', 'answer'] },
    );
  })
  .map((a) => JSON.parse(JSON.stringify(a)) as Answer);
const answersArbitrary = fc.uniqueArray(answerArbitrary, { maxLength: 8, selector: (a) => `${a.id}@${a.phase ?? phasesOf(a.id)[0]}` });
// The two person fields whose parts depend on each other are generated valid: entries oldest
// first, and whether evidence was heard only on a withdrawn claim (invalid ones are refused, tested elsewhere).
const dateArbitrary = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const entriesArbitrary = fc.option(
  fc
    .array(fc.record({ date: dateArbitrary, via: fc.constantFrom(...ENTRY_ROUTES) }, { requiredKeys: ['date'] }), { minLength: 1, maxLength: 4 })
    .map((entries) => [...entries].sort((a, b) => a.date.localeCompare(b.date))),
  { nil: null },
);
const priorClaimArbitrary = fc.option(
  fc.oneof(
    fc.record({ outcome: fc.constantFrom(...REFUGEE_CLAIM_OUTCOMES.filter((o) => o !== 'withdrawn')), date: dateArbitrary }, { requiredKeys: ['outcome'] }),
    fc.record(
      { outcome: fc.constant('withdrawn'), date: dateArbitrary, withdrawnAfterSubstantiveEvidence: fc.constantFrom(...TRI_STATE) },
      { requiredKeys: ['outcome'] },
    ),
  ),
  { nil: null },
);
const patchArbitrary = arbitraryFrom(factsPatchSchema, {
  answers: answersArbitrary,
  'person.entries': entriesArbitrary,
  'person.priorRefugeeClaim': priorClaimArbitrary,
}) as fc.Arbitrary<Patch>;

function apply(model: Stored, patch: Patch): Stored {
  const next: Stored = structuredClone(model);
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    if (key === 'person') {
      for (const [field, v] of Object.entries(value as Record<string, unknown>)) {
        if (v === null) delete next.person[field];
        else if (v !== undefined) next.person[field] = v;
      }
    } else if (key === 'sector' || key === 'riskTolerance') {
      // null (or, for the sector, an empty string) removes it.
      if (value) (next as Record<string, unknown>)[key] = value;
      else delete next[key];
    } else if (key === 'answers') {
      const keyOf = (a: Answer) => `${a.id}@${a.phase ?? phasesOf(a.id)[0]}`;
      const byKey = new Map(next.answers.map((a) => [keyOf(a), a]));
      for (const a of value as Answer[]) {
        if (a.answer === null) byKey.delete(keyOf(a));
        else byKey.set(keyOf(a), { ...a, phase: a.phase ?? phasesOf(a.id)[0]! });
      }
      next.answers = [...byKey.values()];
    } else next[key] = value;
  }
  return next;
}

let t: TestApp;
let L: Client;
beforeAll(async () => {
  t = await createTestApp();
  const admin = await setUpFirstAdmin(t);
  L = client(t, await addPerson(t, admin.orgId, 'lawyer', 'lawyer@clinic.example'));
});
afterAll(async () => t.close());

describe('partial updates of the screening facts', () => {
  it('any sequence of partial updates reads back exactly as written, and every read of the case still answers', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(patchArbitrary, { minLength: 1, maxLength: 5 }), async (patches) => {
        const code = await newCase(L);
        let model: Stored = { person: {}, exploiters: [], contexts: [], answers: [], events: {}, goals: [] };
        for (const patch of patches) {
          const put = await L.put(`/api/cases/${code}/facts`, patch);
          expect(put.statusCode, put.body).toBe(200);
          model = apply(model, patch);
        }
        const read = await L.get(`/api/cases/${code}/facts`);
        expect(read.statusCode, read.body).toBe(200);
        expect(read.json().facts).toEqual(model);
        for (const url of ['assessment', 'questions', 'questions?stage=full']) {
          const res = await L.get(`/api/cases/${code}/${url}`);
          expect(res.statusCode, `${url}: ${res.body}`).toBe(200);
        }
      }),
      { numRuns: 40 },
    );
  }, 180_000);
});
