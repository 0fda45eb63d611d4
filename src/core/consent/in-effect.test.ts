import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, type IsoDate } from '../dates/iso-date';
import type { RemedyId } from '../contract/identifiers';
import { CONTRACT_CONSENT_PURPOSES, contractConsentsAt, decisionAt } from './contract-consents';
import { consent, d, explained, refusal } from './fixtures.test-support';
import { consentStateAt, consentStatesAt, explanationOf } from './in-effect';
import { mayPerform } from './may-perform';
import { consentLedgerSchema, type Consent, type ConsentLedger, type ConsentPurpose, type DataCategory, type GatedAction, type LedgerEntry } from './model';

// Ledgers drawn from a small world (ten days, three remedies, two organisations) so that
// explanations, consents, refusals, withdrawals and expiries collide often.
const START = d('2025-03-01');
const day = fc.integer({ min: 0, max: 9 }).map((n) => addDays(START, n));
const PURPOSES = [
  'contact-police',
  'contact-immigration-authorities',
  'name-employer-in-complaint',
  'file-remedy',
  'refer',
  'use-interpreter',
] as const satisfies readonly ConsentPurpose[];
const REMEDIES = ['human-rights', 'employment-standards', 'criminal-complaint'] as const satisfies readonly RemedyId[];
const ORGS = ['org-a', 'org-b'] as const;
const CATEGORIES = ['identity', 'narrative', 'health'] as const satisfies readonly DataCategory[];

const target = fc.constantFrom(...PURPOSES).chain((purpose) =>
  fc.record({
    purpose: fc.constant(purpose),
    remedy:
      purpose === 'file-remedy'
        ? fc.constantFrom(...REMEDIES)
        : purpose === 'name-employer-in-complaint'
          ? fc.option(fc.constantFrom(...REMEDIES), { nil: undefined })
          : fc.constant(undefined),
    recipient:
      purpose === 'refer'
        ? fc.constantFrom(...ORGS)
        : purpose === 'use-interpreter'
          ? fc.option(fc.constantFrom(...ORGS), { nil: undefined })
          : fc.constant(undefined),
  }),
);

const clean = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

const entry: fc.Arbitrary<Omit<LedgerEntry, 'id'>> = fc.oneof(
  fc
    .record({ purposes: fc.subarray([...PURPOSES], { minLength: 1 }), on: day })
    .map(({ purposes, on }) => ({ kind: 'explanation' as const, purposes, explainedOn: on, language: 'es', recordedBy: 'u' })),
  fc
    .record({
      t: target,
      on: day,
      scope: fc.subarray([...CATEGORIES]),
      expiresIn: fc.option(fc.integer({ min: 1, max: 6 }), { nil: undefined }),
      withdrawIn: fc.option(fc.integer({ min: 0, max: 6 }), { nil: undefined }),
    })
    .map(({ t, on, scope, expiresIn, withdrawIn }) =>
      clean({
        kind: 'consent' as const,
        ...t,
        scope,
        givenHow: 'verbal' as const,
        language: 'es',
        givenOn: on,
        expiresOn: expiresIn === undefined ? undefined : addDays(on, expiresIn),
        withdrawnOn: withdrawIn === undefined ? undefined : addDays(on, withdrawIn),
        recordedBy: 'u',
      }),
    ),
  fc
    .record({ t: target, on: day })
    .map(({ t, on }) => clean({ kind: 'refusal' as const, ...t, decidedOn: on, givenHow: 'verbal' as const, language: 'es', recordedBy: 'u' })),
);
const ledgerArb: fc.Arbitrary<ConsentLedger> = fc.array(entry, { maxLength: 8 }).map((es) => es.map((e, i) => ({ ...e, id: `e${i}` }) as LedgerEntry));
const asOfArb = fc.integer({ min: -1, max: 12 }).map((n) => addDays(START, n));

/** Every action of the purpose that a consent in this small world could be about. */
function actionsFor(purpose: ConsentPurpose): GatedAction[] {
  switch (purpose) {
    case 'contact-police':
    case 'contact-immigration-authorities':
      return [{ kind: purpose }];
    case 'name-employer-in-complaint':
      return [{ kind: purpose }, ...REMEDIES.map((remedy) => ({ kind: purpose, remedy }))];
    case 'file-remedy':
      return REMEDIES.map((remedy) => ({ kind: purpose, remedy }));
    case 'refer':
      return ORGS.map((recipient) => ({ kind: purpose, recipient, categories: [] }));
    case 'use-interpreter':
      return [{ kind: purpose }, ...ORGS.map((recipient) => ({ kind: purpose, recipient }))];
    default:
      return [];
  }
}

/** The action a consent is exactly about: its own remedy, recipient and data categories. */
function actionOf(c: Consent): GatedAction {
  return {
    kind: c.purpose,
    ...(c.remedy && { remedy: c.remedy }),
    ...(c.recipient && { recipient: c.recipient }),
    ...(c.purpose !== 'contact-police' &&
      c.purpose !== 'contact-immigration-authorities' &&
      c.purpose !== 'name-employer-in-complaint' && { categories: c.scope }),
  } as GatedAction;
}

describe('one definition of "in effect"', () => {
  it('generates ledgers the schemas accept', () => {
    fc.assert(fc.property(ledgerArb, (ledger) => consentLedgerSchema.safeParse(ledger).success));
  });

  it('the contract summary says yes exactly when mayPerform allows some action of the purpose, for any ledger and day', () => {
    fc.assert(
      fc.property(ledgerArb, asOfArb, (ledger, asOf) => {
        for (const purpose of Object.values(CONTRACT_CONSENT_PURPOSES)) {
          const allowed = actionsFor(purpose).some((a) => mayPerform(a, ledger, asOf).allowed);
          expect(decisionAt(ledger, purpose, asOf) === 'yes').toBe(allowed);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('a consent shown as in effect lets its own action through, and mayPerform rests only on a consent in effect', () => {
    fc.assert(
      fc.property(ledgerArb, asOfArb, (ledger, asOf) => {
        const states = consentStatesAt(ledger, asOf);
        for (const e of ledger) if (e.kind === 'consent' && states[e.id] === 'in-effect') expect(mayPerform(actionOf(e), ledger, asOf).allowed).toBe(true);
        for (const purpose of PURPOSES) {
          for (const action of actionsFor(purpose)) {
            const result = mayPerform(action, ledger, asOf);
            if (result.allowed && 'consentId' in result.basis) expect(states[result.basis.consentId]).toBe('in-effect');
          }
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('a summary of no or undecided never sits beside an allowed action', () => {
    fc.assert(
      fc.property(ledgerArb, asOfArb, (ledger, asOf) => {
        const summary = contractConsentsAt(ledger, asOf);
        for (const [key, purpose] of Object.entries(CONTRACT_CONSENT_PURPOSES)) {
          if (summary[key as keyof typeof summary] !== 'yes') expect(actionsFor(purpose).every((a) => !mayPerform(a, ledger, asOf).allowed)).toBe(true);
        }
      }),
    );
  });
});

describe('consentStateAt', () => {
  const on = (s: string): IsoDate => d(s);
  it('calls an unexplained consent not-explained, which the summary reads as undecided', () => {
    const ledger: ConsentLedger = [consent({ purpose: 'contact-police' })];
    expect(consentStateAt(ledger, 0, on('2025-02-01'))).toBe('not-explained');
    expect(contractConsentsAt(ledger, on('2025-02-01')).contactPolice).toBe('undecided');
  });

  it('names each way a consent stops being in effect', () => {
    const ledger: ConsentLedger = [
      explained(['contact-police']),
      consent({ purpose: 'contact-police', expiresOn: on('2025-03-01'), withdrawnOn: on('2025-02-15') }),
      refusal({ purpose: 'contact-police', decidedOn: on('2025-02-10') }),
    ];
    expect(consentStateAt(ledger, 1, on('2025-01-09'))).toBe('not-yet-given');
    expect(consentStateAt(ledger, 1, on('2025-01-10'))).toBe('in-effect');
    expect(consentStateAt(ledger, 1, on('2025-02-10'))).toBe('refused');
    expect(consentStateAt(ledger, 1, on('2025-02-15'))).toBe('withdrawn');
  });

  it('keeps a consent to name the employer in effect when only one remedy was refused since', () => {
    const ledger: ConsentLedger = [
      explained(['name-employer-in-complaint']),
      consent({ purpose: 'name-employer-in-complaint' }),
      refusal({ purpose: 'name-employer-in-complaint', remedy: 'human-rights' }),
    ];
    expect(consentStateAt(ledger, 1, on('2025-03-01'))).toBe('in-effect');
    expect(mayPerform({ kind: 'name-employer-in-complaint', remedy: 'human-rights' }, ledger, on('2025-03-01'))).toMatchObject({
      allowed: false,
      reason: 'client-refused',
    });
    expect(mayPerform({ kind: 'name-employer-in-complaint', remedy: 'small-claims' }, ledger, on('2025-03-01')).allowed).toBe(true);
  });

  it('finds the explanation a consent rests on only on or before the day it was given', () => {
    const ledger: ConsentLedger = [explained(['refer'], '2025-01-11')];
    expect(explanationOf(ledger, 'refer', on('2025-01-10'))).toBeUndefined();
    expect(explanationOf(ledger, 'refer', on('2025-01-11'))?.id).toBe('explained-refer');
  });
});
